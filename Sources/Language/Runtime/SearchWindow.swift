/// The optional `start, end` of a searching method (`str.find`, `str.count`, `startswith`,
/// `bytes.find`, `list.index`, `tuple.index`, …), adjusted as CPython adjusts them: a negative
/// bound counts from the end and stops at 0, `end` stops at the length, but `start` may lie
/// past the end, so `'abc'.find('', 4)` is -1 while `'abc'.find('', 3)` is 3.
struct SearchWindow {
    let start: Int
    let end: Int

    /// The bounds at `positional[first]` and `positional[first + 1]` of `a`, over `count` items.
    /// Strings and bytes take None for either bound; list and tuple (`allowsNone: false`) do
    /// not, as in CPython.
    init(_ interp: Interpreter, _ a: Arguments, first: Int = 2, count: Int, allowsNone: Bool = true) throws {
        func bound(_ i: Int, _ missing: Int) throws -> Int {
            guard i < a.count else { return missing }
            let v = a.positional[i]
            if v.isNone && allowsNone { return missing }
            if !allowsNone && !SearchWindow.isIndex(v) {
                throw PyError.type("slice indices must be integers or have an __index__ method")
            }
            // An int past 64 bits comes back as ±Int.max, which clamps below as CPython's does.
            let b = try PySlice.bound(v, interp)
            return b < 0 ? max(0, b + count) : b
        }
        start = try bound(first, 0)
        end = min(try bound(first + 1, count), count)
    }

    private static func isIndex(_ v: Value) -> Bool {
        switch v {
        case .int, .bool: return true
        case .object(let o): return o is PyBigInt || o.type.lookup(Dunder.index) != nil
        default: return false
        }
    }

    /// Whether a needle of `length` items fits inside the window (none does when start > end).
    func fits(_ length: Int) -> Bool { end - start >= length }

    /// The window as a range of items, empty (at `end`) when start lies past end.
    var range: Range<Int> { start < end ? start..<end : end..<end }
}
