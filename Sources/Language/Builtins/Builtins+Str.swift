import Foundation

/// Methods of `str`.
extension Builtins {
    static func string(_ v: Value) throws -> String {
        guard let s = v.asString else { throw PyError.type("descriptor requires a 'str' object but received a '\(v.typeName)'") }
        return s
    }

    static func installStrMethods() {
        let t = BuiltinTypes.str
        installStrSearchMethods()
        func arg(_ args: Arguments, _ i: Int) -> Value? { i < args.count ? args.positional[i] : nil }
        t.define("upper") { _, a in .str(try string(a.receiver).uppercased()) }
        t.define("lower") { _, a in .str(try string(a.receiver).lowercased()) }
        t.define("casefold") { _, a in .str(try string(a.receiver).lowercased()) }
        t.define("capitalize") { _, a in
            let s = try string(a.receiver)
            return .str(s.prefix(1).uppercased() + s.dropFirst().lowercased())
        }
        t.define("title") { _, a in
            var out = ""
            var previousIsLetter = false
            for c in try string(a.receiver) {
                out += previousIsLetter ? c.lowercased() : c.uppercased()
                previousIsLetter = c.isLetter
            }
            return .str(out)
        }
        t.define("swapcase") { _, a in
            .str(String(try string(a.receiver).map { $0.isUppercase ? Character($0.lowercased()) : Character($0.uppercased()) }))
        }
        t.define("strip") { interp, a in .str(try stripped(interp, a, leading: true, trailing: true)) }
        t.define("lstrip") { interp, a in .str(try stripped(interp, a, leading: true, trailing: false)) }
        t.define("rstrip") { interp, a in .str(try stripped(interp, a, leading: false, trailing: true)) }
        t.define("split") { interp, a in
            let p = try BuiltinSignatures.split.bind(a, skipReceiver: true)
            return .list(try splitString(string(a.receiver), sep: p.optional("sep").map { try interp.toStringValue($0) },
                                         maxsplit: try p["maxsplit"].map { try interp.toInt($0) } ?? -1).map { .str($0) })
        }
        t.define("rsplit") { interp, a in
            let p = try BuiltinSignatures.rsplit.bind(a, skipReceiver: true)
            let sep = try p.optional("sep").map { try interp.toStringValue($0) }
            let maxsplit = try p["maxsplit"].map { try interp.toInt($0) } ?? -1
            let s = try string(a.receiver)
            if maxsplit < 0 { return .list(try splitString(s, sep: sep, maxsplit: -1).map { .str($0) }) }
            let reversedParts = try splitString(String(s.reversed()), sep: sep.map { String($0.reversed()) }, maxsplit: maxsplit)
            return .list(reversedParts.reversed().map { .str(String($0.reversed())) })
        }
        t.define("splitlines") { interp, a in
            let keep = try arg(a, 1).map { try interp.isTruthy($0) } ?? false
            var lines: [Value] = []
            var current = ""
            for c in try string(a.receiver) {
                if c == "\n" || c == "\r\n" || c == "\r" {
                    lines.append(.str(keep ? current + String(c) : current))
                    current = ""
                } else {
                    current.append(c)
                }
            }
            if !current.isEmpty { lines.append(.str(current)) }
            return .list(lines)
        }
        t.define("join") { interp, a in
            let sep = try string(a.receiver)
            let items = try interp.iterateToArray(arg(a, 1) ?? Value.none)
            var parts: [String] = []
            for (i, v) in items.enumerated() {
                guard let s = v.asString else {
                    throw PyError.type("sequence item \(i): expected str instance, \(v.typeName) found")
                }
                parts.append(s)
            }
            try MemoryCeiling.checkJoin(pieces: parts.lazy.map(\.utf8.count), separator: sep.utf8.count,
                                        result: "a Python string")
            return .str(parts.joined(separator: sep))
        }
        t.define("startswith") { interp, a in try .bool(affixMatches(interp, a, name: "startswith", atEnd: false)) }
        t.define("endswith") { interp, a in try .bool(affixMatches(interp, a, name: "endswith", atEnd: true)) }
        t.define("isdigit") { _, a in let s = try string(a.receiver); return .bool(!s.isEmpty && s.allSatisfy { $0.isNumber }) }
        t.define("isdecimal") { _, a in let s = try string(a.receiver); return .bool(!s.isEmpty && s.allSatisfy { $0.isASCII && $0.isNumber }) }
        t.define("isnumeric") { _, a in let s = try string(a.receiver); return .bool(!s.isEmpty && s.allSatisfy { $0.isNumber }) }
        t.define("isalpha") { _, a in let s = try string(a.receiver); return .bool(!s.isEmpty && s.allSatisfy { $0.isLetter }) }
        t.define("isalnum") { _, a in let s = try string(a.receiver); return .bool(!s.isEmpty && s.allSatisfy { $0.isLetter || $0.isNumber }) }
        t.define("isspace") { _, a in let s = try string(a.receiver); return .bool(!s.isEmpty && s.allSatisfy { $0.isWhitespace }) }
        t.define("isupper") { _, a in let s = try string(a.receiver); return .bool(s.contains { $0.isLetter } && !s.contains { $0.isLowercase }) }
        t.define("islower") { _, a in let s = try string(a.receiver); return .bool(s.contains { $0.isLetter } && !s.contains { $0.isUppercase }) }
        t.define("istitle") { _, a in
            var previousCased = false, sawCased = false
            for c in try string(a.receiver) {
                if c.isUppercase {
                    if previousCased { return .bool(false) }
                    previousCased = true; sawCased = true
                } else if c.isLowercase {
                    if !previousCased { return .bool(false) }
                    previousCased = true; sawCased = true
                } else {
                    previousCased = false
                }
            }
            return .bool(sawCased)
        }
        t.define("isidentifier") { _, a in
            let s = try string(a.receiver)
            guard let f = s.unicodeScalars.first else { return .bool(false) }
            return .bool((f == "_" || f.properties.isXIDStart) && s.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue })
        }
        t.define("center") { interp, a in .str(try justify(interp, a, "^")) }
        t.define("ljust") { interp, a in .str(try justify(interp, a, "<")) }
        t.define("rjust") { interp, a in .str(try justify(interp, a, ">")) }
        t.define("zfill") { interp, a in
            let s = try string(a.receiver)
            let width = try interp.toInt(arg(a, 1) ?? .int(0))
            let length = s.unicodeScalars.count
            guard length < width else { return .str(s) }
            try MemoryCeiling.check(bytes: width, plus: s.utf8.count)
            if let sign = s.unicodeScalars.first, sign == "-" || sign == "+" {
                return .str(try TextFill.padded(String(s.unicodeScalars.dropFirst()), prefix: String(sign), fill: "0",
                                                left: width - length, right: 0, interp))
            }
            return .str(try TextFill.padded(s, fill: "0", left: width - length, right: 0, interp))
        }
        t.define("format") { interp, a in
            .str(try interp.strFormat(string(a.receiver), Arguments(Array(a.positional.dropFirst()), keywords: a.keywords)))
        }
        t.define("encode") { interp, a in
            let p = try BuiltinSignatures.encode.bind(a, skipReceiver: true)
            let encoding = try p["encoding"].map { try interp.toStringValue($0) } ?? "utf-8"
            let errors = try p["errors"].map { try interp.toStringValue($0) } ?? "strict"
            return .object(PyBytes(try encode(string(a.receiver), encoding: encoding, errors: errors)))
        }
        t.define("removeprefix") { interp, a in
            let s = try string(a.receiver), p = try interp.toStringValue(arg(a, 1) ?? Value.none)
            return .str(s.hasPrefix(p) ? String(s.dropFirst(p.count)) : s)
        }
        t.define("removesuffix") { interp, a in
            let s = try string(a.receiver), p = try interp.toStringValue(arg(a, 1) ?? Value.none)
            return .str(s.hasSuffix(p) && !p.isEmpty ? String(s.dropLast(p.count)) : s)
        }
        t.define("expandtabs") { interp, a in
            let size = try arg(a, 1).map { try interp.toInt($0) } ?? 8
            // CPython's tabsize is a C int.
            guard Int(Int32.min)...Int(Int32.max) ~= size else { throw PyError.overflow("Python int too large to convert to C int") }
            var out = "", column = 0
            for c in try string(a.receiver) {
                if c == "\t" {
                    let n = size > 0 ? size - column % size : 0
                    try MemoryCeiling.check(bytes: n, plus: out.utf8.count)
                    out += String(repeating: " ", count: n); column += n
                } else {
                    out.append(c); column = c == "\n" ? 0 : column + 1
                }
            }
            return .str(out)
        }
        t.define("__len__") { _, a in .int(try string(a.receiver).unicodeScalars.count) }
        t.define("__contains__") { interp, a in .bool(try interp.contains(a.receiver, arg(a, 1) ?? Value.none)) }
        t.define("__getitem__") { interp, a in try interp.builtinGetItem(a.receiver, arg(a, 1) ?? Value.none) }
        // Built-in dunders answer only for their own operand types and return NotImplemented
        // otherwise, so generic dispatch never loops back into them.
        t.define("__add__") { interp, a in try interp.builtinBinary(.add, a.receiver, arg(a, 1) ?? Value.none) ?? .object(PyNotImplemented.shared.value) }
        t.define("__mul__") { interp, a in try interp.builtinBinary(.mul, a.receiver, arg(a, 1) ?? Value.none) ?? .object(PyNotImplemented.shared.value) }
        t.define("__eq__") { interp, a in
            guard let other = arg(a, 1)?.asString else { return .object(PyNotImplemented.shared.value) }
            return .bool(try string(a.receiver) == other)
        }
        t.define("__hash__") { interp, a in .int(try interp.hashKey(a.receiver).hash) }
        t.define("__str__") { _, a in a.receiver }
        t.define("__repr__") { _, a in .str(Formatter.stringRepr(try string(a.receiver))) }
        t.namespace[Symbol("maketrans")] = .object(PyStaticMethod(.object(PyNativeFunction(name: "maketrans") { interp, a in
            let d = PyDict()
            if a.count == 1, case .object(let o) = try a[0], let mapping = o as? PyDict {
                for (k, v) in mapping.entries {
                    if let s = k.asString, let scalar = s.unicodeScalars.first, s.unicodeScalars.count == 1 {
                        d[try interp.hashKey(.int(Int(scalar.value)))] = v
                    } else if case .int = k {
                        d[try interp.hashKey(k)] = v
                    } else {
                        throw PyError.value("string keys in translate table must be of length 1")
                    }
                }
            }
            if a.count >= 2 {
                let from = Array(try interp.toStringValue(a[0]).unicodeScalars), to = Array(try interp.toStringValue(a[1]).unicodeScalars)
                for (x, y) in zip(from, to) { d[try interp.hashKey(.int(Int(x.value)))] = .int(Int(y.value)) }
                if a.count == 3 { for x in try interp.toStringValue(a[2]).unicodeScalars { d[try interp.hashKey(.int(Int(x.value)))] = Value.none } }
            }
            return .object(d)
        })))
        t.define("translate") { interp, a in
            let table = arg(a, 1) ?? Value.none
            var out = ""
            for s in try string(a.receiver).unicodeScalars {
                let mapped: Value?
                do { mapped = try interp.getItem(table, .int(Int(s.value))) } catch let e as PyError where e.isInstance(of: BuiltinTypes.lookupError) { mapped = nil }
                switch mapped {
                case nil: out.unicodeScalars.append(s)
                case .none?: break
                case .int(let i)?: if let u = Unicode.Scalar(UInt32(clamping: i)) { out.unicodeScalars.append(u) }
                case let v?: out += try interp.toStringValue(v)
                }
            }
            return .str(out)
        }
    }

    /// startswith/endswith: one prefix (or suffix) or a tuple of them, within start/end, read
    /// from the string's cached scalars: a parser calling `s.startswith(word, pos)` at each
    /// position would otherwise copy the whole string each time.
    static func affixMatches(_ interp: Interpreter, _ a: Arguments, name: String, atEnd: Bool) throws -> Bool {
        guard case .object(let o) = a.receiver, let text = o as? PyStr else { _ = try string(a.receiver); return false }
        guard a.count > 1 else { throw PyError.type("\(name)() takes at least 1 argument (0 given)") }
        let scalars = text.scalars
        let w = try SearchWindow(interp, a, count: scalars.count)
        let p = a.positional[1]
        let candidates = if case .object(let o) = p, let tuple = o as? PyTuple { tuple.items } else { [p] }
        for candidate in candidates {
            let affix = Array(try interp.toStringValue(candidate).unicodeScalars)
            guard w.fits(affix.count) else { continue }
            let from = atEnd ? w.end - affix.count : w.start
            if scalars[from..<(from + affix.count)].elementsEqual(affix) { return true }
        }
        return false
    }

    static func splitString(_ s: String, sep: String?, maxsplit: Int) throws -> [String] {
        if let sep = sep {
            if sep.isEmpty { throw PyError.value("empty separator") }
            return split(s, separator: sep, maxsplit: maxsplit)
        }
        // Runs of whitespace code points separate the words, as str.isspace defines them; the
        // walk is over scalars, not Characters, whose Unicode properties cost a table lookup each.
        // After `maxsplit` words the rest is one part, trailing whitespace included.
        var parts: [String] = []
        let scalars = s.unicodeScalars
        var i = scalars.startIndex
        while true {
            while i < scalars.endIndex && isPythonWhitespace(scalars[i]) { i = scalars.index(after: i) }
            if i == scalars.endIndex { break }
            if maxsplit >= 0 && parts.count == maxsplit {
                parts.append(String(scalars[i...]))
                break
            }
            var j = i
            while j < scalars.endIndex && !isPythonWhitespace(scalars[j]) { j = scalars.index(after: j) }
            parts.append(String(scalars[i..<j]))
            i = j
        }
        return parts
    }

    /// `str.isspace` for one code point: the ASCII separators and Unicode's spaces.
    @inline(__always)
    static func isPythonWhitespace(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09...0x0D, 0x1C...0x20: return true
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// strip/lstrip/rstrip: the code points in `chars` (whitespace when omitted or None) cut
    /// from the ends. A scan of the few `chars`, not a hash set built on every call.
    static func stripped(_ interp: Interpreter, _ a: Arguments, leading: Bool, trailing: Bool) throws -> String {
        let s = try string(a.receiver)
        let chars: [Unicode.Scalar]? = a.count > 1 && !a.positional[1].isNone
            ? Array(try interp.toStringValue(a.positional[1]).unicodeScalars) : nil
        func cut(_ u: Unicode.Scalar) -> Bool { chars.map { $0.contains(u) } ?? isPythonWhitespace(u) }
        let scalars = s.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        if leading { while start < end && cut(scalars[start]) { start = scalars.index(after: start) } }
        if trailing {
            while end > start {
                let last = scalars.index(before: end)
                if !cut(scalars[last]) { break }
                end = last
            }
        }
        return String(scalars[start..<end])
    }


    static func justify(_ interp: Interpreter, _ a: Arguments, _ align: Character) throws -> String {
        let s = try string(a.receiver)
        let width = try interp.toInt(a.count > 1 ? a[1] : .int(0))
        let fill = a.count > 2 ? try interp.toStringValue(a[2]) : " "
        guard fill.unicodeScalars.count == 1 else { throw PyError.type("The fill character must be exactly one character long") }
        let n = s.unicodeScalars.count
        guard width > n else { return s }
        let pad = width - n
        try MemoryCeiling.check(bytes: pad, times: fill.utf8.count, plus: s.utf8.count)
        switch align {
        case "<": return try TextFill.padded(s, fill: fill, left: 0, right: pad, interp)
        case ">": return try TextFill.padded(s, fill: fill, left: pad, right: 0, interp)
        default:
            // CPython's center puts the extra character on the left when the width is odd.
            let left = pad / 2 + (pad & width & 1)
            return try TextFill.padded(s, fill: fill, left: left, right: pad - left, interp)
        }
    }
}
