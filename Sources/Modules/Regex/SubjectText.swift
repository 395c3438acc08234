import Language

/// A string being searched: its UTF-8 bytes for PCRE2, and the conversions between byte
/// offsets (PCRE2's) and code-point indices (Python's). An ASCII string needs no table.
final class SubjectText {
    let source: PyStr
    let bytes: [UInt8]
    /// Byte offset of each code point, and one past the end; nil when every code point is one byte.
    private let offsets: [Int]?

    init(_ source: PyStr) {
        self.source = source
        let bytes = Array(source.value.utf8)
        self.bytes = bytes
        let count = source.count
        if count == bytes.count {
            offsets = nil
        } else {
            var table: [Int] = []
            table.reserveCapacity(count + 1)
            var offset = 0
            for scalar in source.value.unicodeScalars {
                table.append(offset)
                offset += UTF8.width(scalar)
            }
            table.append(offset)
            offsets = table
        }
    }

    var count: Int { offsets.map { $0.count - 1 } ?? bytes.count }

    func byteOffset(_ index: Int) -> Int {
        let i = min(max(index, 0), count)
        return offsets?[i] ?? i
    }

    func scalarIndex(_ byteOffset: Int) -> Int {
        guard let offsets else { return byteOffset }
        // Binary search: PCRE2's offsets always fall on code-point boundaries.
        var lo = 0, hi = offsets.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if offsets[mid] < byteOffset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
