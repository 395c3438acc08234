import CPCRE2
import Language

/// `_regex`: the native half of `re`, over PCRE2: compiling, the native Match, and the loops
/// of search, finditer, findall and sub; `re` (Library/re.py) holds Pattern, the translation of
/// Python's syntax, templates and errors.
enum RegexModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "_regex", doc: "PCRE2 matching for the re module.")
        m["CASELESS"] = .int(Int(PCRE2_CASELESS))
        m["MULTILINE"] = .int(Int(PCRE2_MULTILINE))
        m["DOTALL"] = .int(Int(PCRE2_DOTALL))
        m["EXTENDED"] = .int(Int(PCRE2_EXTENDED))
        m["UCP"] = .int(Int(PCRE2_UCP))
        let compile = Signature("compile(pattern, options)")
        // Returns (code, group count, {name: number}), or raises ValueError("code|offset|message").
        m.define("compile") { interp, args in
            let a = try compile.bind(args)
            let pattern = try interp.toStringValue(a.value(0) ?? .none)
            let options = try interp.toInt(a.value(1) ?? .int(0))
            do {
                let regex = try CompiledRegex(pattern: pattern, options: UInt32(truncatingIfNeeded: options))
                let names = PyDict()
                for (name, number) in regex.names { names[HashKey.string(name)] = .int(number) }
                return .tuple([.object(regex), .int(regex.groupCount), .object(names)])
            } catch let failure as CompileFailure {
                // "code|offset|message": re turns it into re.error with Python's wording.
                throw PyError.value("\(failure.code)|\(failure.offset)|\(failure.message)")
            }
        }
        m["Match"] = .object(RegexMatch.type)
        // search(code, pattern, string, pos, endpos, mode): a Match, or None.
        m.define("search") { interp, args in
            guard args.count == 6 else { throw PyError.type("_regex: expected 6 arguments, got \(args.count)") }
            let p = args.positional
            let mode = CompiledRegex.Mode(rawValue: try interp.toInt(p[5])) ?? .search
            return try search(interp, p[0], p[1], p[2], p[3], p[4], mode: mode)
        }
        // Pattern.search/match/fullmatch(self, string, pos=0, endpos=None) themselves: re's class
        // takes these natives as its methods, so a compiled pattern's call runs no Python frame.
        let code = Symbol("_code")
        for (name, mode) in [("search", CompiledRegex.Mode.search), ("match", .match), ("fullmatch", .fullmatch)] {
            let signature = Signature("\(name)(self, string, pos=0, endpos=None)")
            m.define("pattern_\(name)") { interp, args in
                let p = args.positional
                if args.keywords.isEmpty && (2...4).contains(p.count) {
                    return try search(interp, try interp.getAttribute(p[0], code), p[0], p[1],
                                      p.count > 2 ? p[2] : .int(0), p.count > 3 ? p[3] : .none, mode: mode)
                }
                let a = try signature.bind(args)
                let pattern = a.value(0) ?? .none
                return try search(interp, try interp.getAttribute(pattern, code), pattern, a.value(1) ?? .none,
                                  a.value(2) ?? .int(0), a.value(3) ?? .none, mode: mode)
            }
        }
        // all(code, pattern, string, pos, endpos, limit): every Match left to right (finditer, split).
        m.define("all") { interp, args in
            let (regex, subject) = try operands(args, count: 6)
            guard let range = try searchRange(interp, subject, args.positional[3], args.positional[4]) else { return .list([]) }
            let (pos, endpos) = range
            let limit = try interp.toInt(args.positional[5])
            var found: [Value] = []
            try scan(interp, regex, subject, pos, endpos, limit: limit) { spans in
                found.append(.object(RegexMatch(regex: regex, pattern: args.positional[1], subject: subject, pos: pos,
                                                endpos: endpos, byteSpans: spans)))
            }
            return .list(found)
        }
        // findall(code, pattern, string, pos, endpos): texts, or tuples of group texts.
        m.define("findall") { interp, args in
            let (regex, subject) = try operands(args, count: 5)
            guard let range = try searchRange(interp, subject, args.positional[3], args.positional[4]) else { return .list([]) }
            let (pos, endpos) = range
            var found: [Value] = []
            let groups = regex.groupCount
            func text(_ spans: [Int], _ g: Int) -> Value {
                let s = spans[2 * g], e = spans[2 * g + 1]
                return .str(s < 0 ? "" : String(decoding: subject.bytes[s..<e], as: UTF8.self))
            }
            try scan(interp, regex, subject, pos, endpos, limit: 0) { spans in
                switch groups {
                case 0: found.append(text(spans, 0))
                case 1: found.append(text(spans, 1))
                default: found.append(.tuple((1...groups).map { text(spans, $0) }))
                }
            }
            return .list(found)
        }
        // subn(code, pattern, repl, string, count): repl is a template (a list of literal
        // strs and group numbers) or a function of the Match.
        m.define("subn") { interp, args in
            guard args.count == 5 else { throw PyError.type("subn() takes 5 arguments (\(args.count) given)") }
            guard let regex = args.positional[0].asObject as? CompiledRegex else { throw PyError.type("_regex: expected a compiled pattern") }
            guard let string = args.positional[3].asObject as? PyStr else {
                throw PyError.type("expected string or bytes-like object, got '\(args.positional[3].typeName)'")
            }
            let subject = SubjectCache.text(for: string)
            let count = try interp.toInt(args.positional[4])
            let repl = args.positional[2]
            let template = (repl.asObject as? PyList)?.items
            var out: [UInt8] = []
            out.reserveCapacity(subject.bytes.count)
            var last = 0
            var n = 0
            // As CPython joins the pieces at the end: the first piece that is not a str is
            // reported, by its place among them, after every replacement was made.
            var pieces = 0
            var wrongPiece: (index: Int, typeName: String)?
            try scan(interp, regex, subject, 0, subject.count, limit: max(count, 0)) { spans in
                if last < spans[0] { pieces += 1 }
                out.append(contentsOf: subject.bytes[last..<spans[0]])
                if let template {
                    for item in template {
                        if case .int(let g) = item {
                            let s = spans[2 * g], e = spans[2 * g + 1]
                            if s >= 0 { out.append(contentsOf: subject.bytes[s..<e]) }
                        } else if let piece = item.asObject as? PyStr {
                            out.append(contentsOf: piece.value.utf8)
                        }
                    }
                } else {
                    let match = RegexMatch(regex: regex, pattern: args.positional[1], subject: subject, pos: 0,
                                           endpos: subject.count, byteSpans: spans)
                    let replacement = try interp.call(repl, Arguments([.object(match)]))
                    if let text = replacement.asObject as? PyStr {
                        out.append(contentsOf: text.value.utf8)
                        pieces += 1
                    } else if !replacement.isNone {
                        if wrongPiece == nil { wrongPiece = (pieces, replacement.typeName) }
                        pieces += 1
                    }
                }
                last = spans[1]
                n += 1
            }
            if let wrongPiece {
                throw PyError.type("sequence item \(wrongPiece.index): expected str instance, \(wrongPiece.typeName) found")
            }
            out.append(contentsOf: subject.bytes[last...])
            return .tuple([.str(String(decoding: out, as: UTF8.self)), .int(n)])
        }
        return m
    }

    /// One match attempt of `(code, pattern, string, pos, endpos)`: a Match, or None.
    static func search(_ interp: Interpreter, _ code: Value, _ pattern: Value, _ string: Value, _ posValue: Value,
                       _ endposValue: Value, mode: CompiledRegex.Mode) throws -> Value {
        let (regex, subject) = try operands(code, string)
        guard case let (pos, endpos)? = try searchRange(interp, subject, posValue, endposValue) else { return .none }
        guard let spans = try regex.matchBytes(subject, start: subject.byteOffset(pos), end: subject.byteOffset(endpos),
                                               mode: mode, notEmptyAtStart: false) else { return .none }
        return .object(RegexMatch(regex: regex, pattern: pattern, subject: subject, pos: pos, endpos: endpos, byteSpans: spans))
    }

    /// The compiled pattern (argument 0) and the subject string (argument 2) of a call.
    static func operands(_ args: Arguments, count: Int) throws -> (CompiledRegex, SubjectText) {
        guard args.count == count else { throw PyError.type("_regex: expected \(count) arguments, got \(args.count)") }
        return try operands(args.positional[0], args.positional[2])
    }

    static func operands(_ code: Value, _ string: Value) throws -> (CompiledRegex, SubjectText) {
        guard let regex = code.asObject as? CompiledRegex else { throw PyError.type("_regex: expected a compiled pattern") }
        guard let text = string.asObject as? PyStr else {
            throw PyError.type("expected string or bytes-like object, got '\(string.typeName)'")
        }
        return (regex, SubjectCache.text(for: text))
    }

    /// pos and endpos as Python clamps them; nil when pos is past endpos.
    static func searchRange(_ interp: Interpreter, _ subject: SubjectText, _ pos: Value, _ endpos: Value) throws -> (Int, Int)? {
        let n = subject.count
        let start = max(0, try interp.toInt(pos))
        let end = endpos.isNone ? n : min(n, try interp.toInt(endpos))
        return start > end ? nil : (start, end)
    }

    /// Every match from pos to endpos (at most `limit` when positive), as byte spans. After an
    /// empty match the next may not be empty at the same place; after a non-empty one it may.
    static func scan(_ interp: Interpreter, _ regex: CompiledRegex, _ subject: SubjectText, _ pos: Int, _ endpos: Int,
                     limit: Int, _ found: ([Int]) throws -> Void) throws {
        var at = subject.byteOffset(pos)
        let end = subject.byteOffset(endpos)
        var notEmpty = false
        var n = 0
        while at <= end {
            guard let spans = try regex.matchBytes(subject, start: at, end: end, mode: .search, notEmptyAtStart: notEmpty) else { break }
            try found(spans)
            n += 1
            if limit > 0 && n >= limit { break }
            notEmpty = spans[0] == spans[1]
            at = spans[1]
            if n & 1023 == 0 { try interp.checkInterrupt() }
        }
    }
}
