import Foundation

/// The header of a `.npy` file: a Python dict literal after a magic string and a length.
///
/// ```
/// \x93NUMPY \x01 \x00 <uint16 length> {'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }␣␣…␣\n
/// ```
/// Version 1.0 stores the length in 2 bytes, 2.0 and 3.0 (UTF-8 header) in 4. NumPy pads the
/// header with spaces so that the data starts at a multiple of 64 bytes, after first adding
/// room for the first dimension to grow to 21 digits (`GROWTH_AXIS_MAX_DIGITS`).
/// Which `.npy` format version to write (`np.lib.format.write_array(..., version=)`).
public enum NPYFormatVersion: Sendable {
    /// 1.0, or 2.0 when the header does not fit a 16-bit length (NumPy's `np.save`).
    case automatic
    case v1, v2
    /// 3.0: as 2.0 with a UTF-8 header.
    case v3
}

struct NPYHeader: Equatable {
    var descr: String
    var fortranOrder: Bool
    var shape: [Int]

    static let magic: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]    // "\x93NUMPY"
    private static let alignment = 64
    private static let growthAxisMaxDigits = 21

    /// The dict text exactly as NumPy writes it (keys sorted, Python reprs, trailing `, }`).
    var dictText: String {
        let tuple = shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
        return "{'descr': '\(descr)', 'fortran_order': \(fortranOrder ? "True" : "False"), 'shape': \(tuple), }"
    }

    /// Magic, version, length and padded header: everything before the data. `.automatic`
    /// picks 1.0 unless the header needs more than 65535 bytes (then 2.0), as NumPy does.
    func encoded(version: NPYFormatVersion = .automatic) throws(NPYError) -> [UInt8] {
        var text = dictText
        if let growing = fortranOrder ? shape.last : shape.first {
            text += String(repeating: " ", count: max(0, NPYHeader.growthAxisMaxDigits - String(growing).count))
        }
        let body = Array(text.utf8)
        let headerLength = body.count + 1                                     // + "\n"
        func padding(lengthBytes: Int) -> Int {
            NPYHeader.alignment - (NPYHeader.magic.count + 2 + lengthBytes + headerLength) % NPYHeader.alignment
        }
        var major: UInt8
        switch version {
        case .automatic: major = headerLength + padding(lengthBytes: 2) < 65536 ? 1 : 2
        case .v1: major = 1
        case .v2: major = 2
        case .v3: major = 3
        }
        let lengthBytes = major == 1 ? 2 : 4
        let pad = padding(lengthBytes: lengthBytes)
        let total = headerLength + pad
        if major == 1 && total >= 65536 {
            throw .invalidFormat("Header length \(total) too big for version=(1, 0)")
        }
        var out = NPYHeader.magic + [major, 0]
        out += (0..<lengthBytes).map { UInt8((total >> (8 * $0)) & 0xFF) }
        out += body
        out += [UInt8](repeating: 0x20, count: pad)
        out.append(0x0A)
        return out
    }

    /// Parses the header at the start of `bytes`; returns it and the offset of the data.
    static func decode(_ bytes: [UInt8]) throws(NPYError) -> (header: NPYHeader, dataOffset: Int) {
        guard bytes.count >= 10, Array(bytes[0..<6]) == magic else {
            let shown = bytes.prefix(6).map { b -> String in
                (0x20..<0x7F).contains(b) && b != 0x5C && b != 0x27 ? String(UnicodeScalar(b)) : "\\x" + hex(b)
            }.joined()
            throw .invalidFormat("the magic string is not correct; expected b'\\x93NUMPY', got b'\(shown)'")
        }
        let major = bytes[6], minor = bytes[7]
        let lengthBytes: Int
        switch (major, minor) {
        case (1, 0): lengthBytes = 2
        case (2, 0), (3, 0): lengthBytes = 4
        default:
            throw .invalidFormat("we only support format version (1,0), (2,0), and (3,0), not (\(major), \(minor))")
        }
        guard bytes.count >= 8 + lengthBytes else { throw .invalidFormat("EOF: reading array header length, expected \(lengthBytes) bytes got \(bytes.count - 8)") }
        var length = 0
        for i in 0..<lengthBytes { length |= Int(bytes[8 + i]) << (8 * i) }
        let start = 8 + lengthBytes
        guard bytes.count >= start + length else {
            throw .invalidFormat("EOF: reading array header, expected \(length) bytes got \(bytes.count - start)")
        }
        let text = String(decoding: bytes[start..<(start + length)], as: UTF8.self)
        return (try parse(text), start + length)
    }

    private static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
    }

    /// Reads `{'descr': …, 'fortran_order': …, 'shape': …}` in any key order.
    static func parse(_ text: String) throws(NPYError) -> NPYHeader {
        var parser = NPYLiteralParser(text)
        guard case .dict(let entries)? = try? parser.parseValue() else {
            throw .invalidFormat("Cannot parse header: \(pythonRepr(text))")
        }
        let keys = Set(entries.map(\.key))
        guard keys == ["descr", "fortran_order", "shape"] else {
            throw .invalidFormat("Header does not contain the correct keys: ["
                + keys.sorted().map { "'\($0)'" }.joined(separator: ", ") + "]")
        }
        var header = NPYHeader(descr: "", fortranOrder: false, shape: [])
        for (key, value) in entries {
            switch (key, value) {
            case ("descr", .string(let s)): header.descr = s
            case ("descr", _): throw .unsupportedDType("structured dtypes are not supported: \(text)")
            case ("fortran_order", .bool(let b)): header.fortranOrder = b
            case ("shape", .tuple(let items)):
                var shape: [Int] = []
                for item in items {
                    guard case .int(let n) = item, n >= 0 else { throw .invalidFormat("shape is not valid: \(text)") }
                    shape.append(n)
                }
                header.shape = shape
            default:
                throw .invalidFormat("\(key) is not valid: \(text)")
            }
        }
        return header
    }

    static func pythonRepr(_ s: String) -> String { "'" + s.replacingOccurrences(of: "\n", with: "\\n") + "'" }
}

/// Just enough of Python's literal syntax for `.npy` headers: dicts, tuples, lists, strings,
/// ints, `True`/`False`/`None`.
struct NPYLiteralParser {
    indirect enum Value: Equatable {
        case dict([(key: String, value: Value)])
        case tuple([Value]), list([Value])
        case string(String), int(Int), bool(Bool), none

        static func == (a: Value, b: Value) -> Bool {
            switch (a, b) {
            case (.tuple(let x), .tuple(let y)), (.list(let x), .list(let y)): x == y
            case (.string(let x), .string(let y)): x == y
            case (.int(let x), .int(let y)): x == y
            case (.bool(let x), .bool(let y)): x == y
            case (.none, .none): true
            case (.dict(let x), .dict(let y)): x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
            default: false
            }
        }
    }
    struct SyntaxError: Error {}

    private let chars: [Character]
    private var pos = 0

    init(_ text: String) { chars = Array(text) }

    private mutating func skipSpace() { while pos < chars.count, chars[pos].isWhitespace { pos += 1 } }

    private mutating func expect(_ c: Character) throws(SyntaxError) {
        skipSpace()
        guard pos < chars.count, chars[pos] == c else { throw SyntaxError() }
        pos += 1
    }

    private mutating func peek() -> Character? { skipSpace(); return pos < chars.count ? chars[pos] : nil }

    mutating func parseValue() throws(SyntaxError) -> Value {
        guard let c = peek() else { throw SyntaxError() }
        switch c {
        case "{":
            pos += 1
            var entries: [(key: String, value: Value)] = []
            while peek() != "}" {
                guard case .string(let key) = try parseValue() else { throw SyntaxError() }
                try expect(":")
                entries.append((key, try parseValue()))
                if peek() == "," { pos += 1 } else { break }
            }
            try expect("}")
            return .dict(entries)
        case "(", "[":
            pos += 1
            let close: Character = c == "(" ? ")" : "]"
            var items: [Value] = []
            while peek() != close {
                items.append(try parseValue())
                if peek() == "," { pos += 1 } else { break }
            }
            try expect(close)
            return c == "(" ? .tuple(items) : .list(items)
        case "'", "\"":
            pos += 1
            var s = ""
            while pos < chars.count, chars[pos] != c {
                if chars[pos] == "\\", pos + 1 < chars.count { pos += 1 }
                s.append(chars[pos])
                pos += 1
            }
            try expect(c)
            return .string(s)
        default:
            var word = ""
            while pos < chars.count, chars[pos].isLetter || chars[pos].isNumber || chars[pos] == "-" || chars[pos] == "_" {
                word.append(chars[pos])
                pos += 1
            }
            switch word {
            case "True": return .bool(true)
            case "False": return .bool(false)
            case "None": return .none
            default:
                if word.hasSuffix("L") { word.removeLast() }          // Python 2 longs
                guard let n = Int(word) else { throw SyntaxError() }
                return .int(n)
            }
        }
    }
}
