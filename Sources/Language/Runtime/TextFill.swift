/// Text made of a piece repeated around a body, written with bulk copies into one allocation:
/// `'x'.zfill(10**8)`, `'x'.rjust(10**8)`, `'{:>100000000}'.format(7)` and `'ab' * 10**8` take
/// milliseconds (appending one character at a time took seconds per 100 MB), and an interrupt
/// is answered between blocks of 64 MB (where an interpreter is given: a format spec has none,
/// and sets a gigabyte in about 0.1 s).
///
/// ```swift
/// try TextFill.padded("7", fill: "0", left: 4, right: 0, interp)   // "00007"
/// ```
enum TextFill {
    /// Bytes written between two interrupt checks.
    private static let block = 1 << 26

    /// `prefix`, `left` copies of `fill`, `body`, `right` copies of `fill`. The caller has
    /// checked the size against the memory ceiling.
    static func padded(_ body: String, prefix: String = "", fill: String, left: Int, right: Int,
                       _ interp: Interpreter?) throws -> String {
        let unit = Array(fill.utf8), head = Array(prefix.utf8), tail = Array(body.utf8)
        let total = head.count + unit.count * (left + right) + tail.count
        return try String(unsafeUninitializedCapacity: total) { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var at = 0
            func copy(_ bytes: [UInt8]) {
                (base + at).initialize(from: bytes, count: bytes.count)
                at += bytes.count
            }
            copy(head)
            try repeatInto(base + at, unit, left, interp)
            at += unit.count * left
            copy(tail)
            try repeatInto(base + at, unit, right, interp)
            return total
        }
    }

    /// `count` copies of `unit` at `target`: one byte is set, longer units are copied by
    /// doubling what is already written.
    static func repeatInto(_ target: UnsafeMutablePointer<UInt8>, _ unit: [UInt8], _ count: Int,
                           _ interp: Interpreter?) throws {
        let total = unit.count * count
        guard total > 0 else { return }
        if unit.count == 1 {
            var filled = 0
            while filled < total {
                if filled > 0 { try interp?.checkInterrupt() }
                let chunk = min(block, total - filled)
                (target + filled).initialize(repeating: unit[0], count: chunk)
                filled += chunk
            }
            return
        }
        target.initialize(from: unit, count: unit.count)
        var filled = unit.count
        while filled < total {
            if filled >= block { try interp?.checkInterrupt() }
            let chunk = min(filled, total - filled, block)
            (target + filled).initialize(from: target, count: chunk)
            filled += chunk
        }
    }
}
