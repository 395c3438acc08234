/// The methods of `str` that search for a substring: `find`, `rfind`, `index`, `rindex`,
/// `count`, `replace`, `partition`, `rpartition` (and `in`, `split`), all in linear time
/// through ``SubstringSearch``.
extension Builtins {
    static func installStrSearchMethods() {
        let t = BuiltinTypes.str
        t.define("find") { interp, a in .int(try findIndex(interp, a, reverse: false, name: "find")) }
        t.define("rfind") { interp, a in .int(try findIndex(interp, a, reverse: true, name: "rfind")) }
        t.define("index") { interp, a in
            let i = try findIndex(interp, a, reverse: false, name: "index")
            if i < 0 { throw PyError.value("substring not found") }
            return .int(i)
        }
        t.define("rindex") { interp, a in
            let i = try findIndex(interp, a, reverse: true, name: "rindex")
            if i < 0 { throw PyError.value("substring not found") }
            return .int(i)
        }
        t.define("count") { interp, a in
            guard case .object(let o) = a.receiver, let str = o as? PyStr else { _ = try string(a.receiver); return .int(0) }
            guard a.count > 1 else { throw PyError.type("count() takes at least 1 argument (0 given)") }
            let sub = try substring(a[1])
            let w = try SearchWindow(interp, a, count: str.count)
            let subLength = sub.unicodeScalars.count
            guard w.fits(subLength) else { return .int(0) }
            if subLength == 0 { return .int(w.end - w.start + 1) }
            var s = str.value
            return .int(s.withUTF8 { t in
                let (from, to) = byteWindow(t, w, scalarCount: str.count)
                return SubstringSearch.occurrences(of: sub, in: t, from: from, to: to).count
            })
        }
        t.define("replace") { interp, a in
            guard a.count >= 3 else { throw PyError.type("replace expected at least 2 arguments, got \(a.count - 1)") }
            let s = try string(a.receiver), old = try interp.toStringValue(a[1]), new = try interp.toStringValue(a[2])
            let count = a.count > 3 ? try interp.toInt(a[3]) : -1
            if old.isEmpty {
                // An empty `old` matches before every code point and at the end.
                let scalars = Array(s.unicodeScalars)
                let n = count < 0 ? scalars.count + 1 : min(count, scalars.count + 1)
                try MemoryCeiling.check(bytes: n, times: new.utf8.count, plus: s.utf8.count)
                var out = ""
                for (i, u) in scalars.enumerated() {
                    if i < n { out += new }
                    out.unicodeScalars.append(u)
                }
                if n > scalars.count { out += new }
                return .str(out)
            }
            let found = SubstringSearch.occurrences(of: old, in: s, limit: count)
            if found.isEmpty { return a.receiver }
            try MemoryCeiling.check(bytes: found.count, times: new.utf8.count, plus: s.utf8.count)
            return .str(joinPieces(s, cutAt: found, with: new))
        }
        t.define("partition") { interp, a in
            let s = try string(a.receiver), sep = try interp.toStringValue(a.count > 1 ? a[1] : .none)
            if sep.isEmpty { throw PyError.value("empty separator") }
            guard let r = SubstringSearch.occurrences(of: sep, in: s, limit: 1).first else {
                return .tuple([.str(s), .str(""), .str("")])
            }
            return .tuple([.str(utf8Slice(s, 0..<r.lowerBound)), .str(sep), .str(utf8Slice(s, r.upperBound..<s.utf8.count))])
        }
        t.define("rpartition") { interp, a in
            var s = try string(a.receiver)
            let sep = try interp.toStringValue(a.count > 1 ? a[1] : .none)
            if sep.isEmpty { throw PyError.value("empty separator") }
            let search = SubstringSearch(sep)
            guard let i = s.withUTF8({ search.last(in: $0, from: 0, to: $0.count) }) else {
                return .tuple([.str(""), .str(""), .str(s)])
            }
            return .tuple([.str(utf8Slice(s, 0..<i)), .str(sep), .str(utf8Slice(s, (i + search.needle.count)..<s.utf8.count))])
        }
    }

    /// `s[range]` for a range of UTF-8 offsets on code point boundaries.
    static func utf8Slice(_ s: String, _ range: Range<Int>) -> String {
        let u = s.utf8
        return String(s[u.index(u.startIndex, offsetBy: range.lowerBound)..<u.index(u.startIndex, offsetBy: range.upperBound)])
    }

    /// `s` with each of the (ordered, disjoint) byte ranges `cuts` replaced by `piece`.
    static func joinPieces(_ s: String, cutAt cuts: [Range<Int>], with piece: String) -> String {
        var s = s
        return s.withUTF8 { t in
            var out: [UInt8] = []
            out.reserveCapacity(t.count + cuts.count * piece.utf8.count)
            var at = 0
            for r in cuts {
                out.append(contentsOf: t[at..<r.lowerBound])
                out.append(contentsOf: piece.utf8)
                at = r.upperBound
            }
            out.append(contentsOf: t[at..<t.count])
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The parts of `s` between occurrences of `sep` (`split` with a separator).
    static func split(_ s: String, separator sep: String, maxsplit: Int) -> [String] {
        let cuts = SubstringSearch.occurrences(of: sep, in: s, limit: maxsplit)
        var parts: [String] = []
        parts.reserveCapacity(cuts.count + 1)
        var at = 0
        for r in cuts {
            parts.append(utf8Slice(s, at..<r.lowerBound))
            at = r.upperBound
        }
        parts.append(utf8Slice(s, at..<s.utf8.count))
        return parts
    }

    /// `find`/`rfind`: the code point index of the first (last) occurrence within
    /// `s[start:end]`, or -1.
    static func findIndex(_ interp: Interpreter, _ a: Arguments, reverse: Bool, name: String) throws -> Int {
        guard case .object(let o) = a.receiver, let str = o as? PyStr else { _ = try string(a.receiver); return -1 }
        guard a.count > 1 else { throw PyError.type("\(name)() takes at least 1 argument (0 given)") }
        let sub = try substring(a[1])
        let w = try SearchWindow(interp, a, count: str.count)
        guard w.fits(sub.unicodeScalars.count) else { return -1 }
        var s = str.value
        return s.withUTF8 { t in
            let (from, to) = byteWindow(t, w, scalarCount: str.count)
            var search = SubstringSearch(sub)
            guard let hit = reverse ? search.last(in: t, from: from, to: to) : search.first(in: t, from: from, to: to) else {
                return -1
            }
            return t.count == str.count ? hit : w.start + SubstringSearch.scalarCount(t, from..<hit)
        }
    }

    /// The needle of a search, which must be a str (CPython: "must be str, not int").
    static func substring(_ v: Value) throws -> String {
        if let s = v.asString { return s }
        throw PyError.type("must be str, not \(v.typeName)")
    }

    /// The UTF-8 offsets of a window of code points (`start <= end`) of text `t`.
    static func byteWindow(_ t: UnsafeBufferPointer<UInt8>, _ w: SearchWindow, scalarCount: Int) -> (Int, Int) {
        if t.count == scalarCount { return (w.start, w.end) }
        return (SubstringSearch.byteOffset(t, scalar: w.start), SubstringSearch.byteOffset(t, scalar: w.end))
    }
}
