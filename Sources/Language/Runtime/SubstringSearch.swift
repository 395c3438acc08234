import Glibc

/// Finds a needle's occurrences in UTF-8 text in linear time, as CPython's fastsearch does.
///
/// The usual case runs at memchr speed: jump to the next byte equal to the needle's first
/// byte, compare the rest. That alone is quadratic on inputs like
/// `('a' * 2_000_000).find('a' * 1_000_000 + 'b')`, so the comparisons are budgeted: once they
/// cost more than a few passes over the text scanned so far, the search switches to
/// Knuth–Morris–Pratt, whose table makes every text byte be examined a bounded number of
/// times. Offsets are in bytes; a match of valid UTF-8 always starts on a code point.
///
/// ```python
/// s = 'a' * 2_000_000
/// s.find('a' * 1_000_000 + 'b')   # -1, in milliseconds
/// ```
struct SubstringSearch {
    let needle: [UInt8]
    /// KMP's failure function, built when the budget first runs out.
    private var failure: [Int] = []

    init(_ needle: String) {
        self.needle = Array(needle.utf8)
    }

    init(bytes: [UInt8]) {
        self.needle = bytes
    }

    /// The first match starting in `from..<`, ending by `to`; nil when there is none.
    mutating func first(in text: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        let m = needle.count
        guard m > 0 else { return from <= to ? from : nil }
        guard to - from >= m, let base = text.baseAddress else { return nil }
        let first = Int32(needle[0])
        let lastStart = to - m
        var i = from, work = 0
        while i <= lastStart {
            guard let hit = memchr(base + i, first, lastStart - i + 1) else { return nil }
            i = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
            let matched = prefixLength(base + i)
            if matched == m { return i }
            work += matched
            if SubstringSearch.overBudget(work, scanned: i - from, m) { return kmpFirst(base, from: i, to: to) }
            i += 1
        }
        return nil
    }

    /// The last match lying within `from..<to`; nil when there is none.
    func last(in text: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        let m = needle.count
        guard m > 0 else { return from <= to ? to : nil }
        guard to - from >= m, let base = text.baseAddress else { return nil }
        let first = needle[0]
        var i = to - m, work = 0
        while i >= from {
            if base[i] == first {
                let matched = prefixLength(base + i)
                if matched == m { return i }
                work += matched
                if SubstringSearch.overBudget(work, scanned: to - m - i, m) {
                    // The rest, as a forward search of the reversed text for the reversed needle.
                    var reversed = SubstringSearch(reversedOf: needle)
                    let end = i - 1 + m
                    let back = Array(text[from..<end].reversed())
                    return back.withUnsafeBufferPointer { b in
                        reversed.first(in: b, from: 0, to: b.count).map { end - $0 - m }
                    }
                }
            }
            i -= 1
        }
        return nil
    }

    /// True once comparisons cost more than a few passes over the text and the needle.
    @inline(__always)
    private static func overBudget(_ work: Int, scanned: Int, _ m: Int) -> Bool {
        work > 4 * scanned + 8 * m + 256
    }

    private init(reversedOf bytes: [UInt8]) { needle = bytes.reversed() }

    /// How many leading bytes of the needle match at `p` (which has room for all of them).
    @inline(__always)
    private func prefixLength(_ p: UnsafePointer<UInt8>) -> Int {
        needle.withUnsafeBufferPointer { n in
            var k = 0
            while k < n.count && n[k] == p[k] { k += 1 }
            return k
        }
    }

    private mutating func kmpFirst(_ text: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
        if failure.isEmpty { failure = SubstringSearch.failureFunction(needle) }
        let m = needle.count
        var j = 0
        return needle.withUnsafeBufferPointer { n in
            failure.withUnsafeBufferPointer { f in
                var i = from
                while i < to {
                    while j > 0 && n[j] != text[i] { j = f[j - 1] }
                    if n[j] == text[i] { j += 1 }
                    if j == m { return i - m + 1 }
                    i += 1
                }
                return nil
            }
        }
    }

    /// `f[k]`: the length of the longest proper border of `needle[...k]`.
    private static func failureFunction(_ p: [UInt8]) -> [Int] {
        var f = [Int](repeating: 0, count: p.count)
        var k = 0
        for q in 1..<max(p.count, 1) {
            while k > 0 && p[k] != p[q] { k = f[k - 1] }
            if p[k] == p[q] { k += 1 }
            f[q] = k
        }
        return f
    }
}

extension SubstringSearch {
    /// Byte ranges of non-overlapping occurrences, left to right, at most `limit` (-1: all).
    static func occurrences(of needle: String, in text: String, limit: Int = -1) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { occurrences(of: needle, in: $0, from: 0, to: $0.count, limit: limit) }
    }

    /// Byte ranges of non-overlapping occurrences of `needle` within `text[from..<to]`.
    static func occurrences(of needle: String, in text: UnsafeBufferPointer<UInt8>, from: Int, to: Int,
                            limit: Int = -1) -> [Range<Int>] {
        var search = SubstringSearch(needle)
        return search.occurrences(in: text, from: from, to: to, limit: limit)
    }

    /// Byte ranges of non-overlapping occurrences within `text[from..<to]`, at most `limit`.
    mutating func occurrences(in text: UnsafeBufferPointer<UInt8>, from: Int, to: Int, limit: Int = -1) -> [Range<Int>] {
        let m = needle.count
        var found: [Range<Int>] = []
        var at = from
        while limit < 0 || found.count < limit, let i = first(in: text, from: at, to: to) {
            found.append(i..<(i + m))
            at = i + max(m, 1)
            if at > to { break }
        }
        return found
    }

    /// True when `needle` occurs in `text` (`needle in text`).
    static func contains(_ needle: String, in text: String) -> Bool {
        var search = SubstringSearch(needle)
        var text = text
        return text.withUTF8 { search.first(in: $0, from: 0, to: $0.count) != nil }
    }
}

extension SubstringSearch {
    /// The byte offset of code point `k` in UTF-8 `t` (`t.count` past the end).
    static func byteOffset(_ t: UnsafeBufferPointer<UInt8>, scalar k: Int) -> Int {
        var seen = 0
        for i in 0..<t.count where t[i] & 0xC0 != 0x80 {
            if seen == k { return i }
            seen += 1
        }
        return t.count
    }

    /// The code points in `t[range]`.
    static func scalarCount(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var n = 0
        for i in range where t[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }
}
