import CPCRE2
import Language

/// `_regex`: the native half of `re`, over PCRE2. It compiles a pattern and runs one match
/// attempt; `re` (Library/re.py) builds Pattern and Match, sub, split and findall on top.
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
        let match = Signature("match(code, string, pos, endpos, mode, notempty_atstart)")
        // The spans of one match as a flat list [start0, end0, start1, end1, …], or None.
        m.define("match") { interp, args in
            let a = try match.bind(args)
            guard case .object(let co)? = a.value(0), let regex = co as? CompiledRegex else {
                throw PyError.type("_regex.match: expected a compiled pattern")
            }
            guard case .object(let so)? = a.value(1), let string = so as? PyStr else {
                throw PyError.type("expected string or bytes-like object, got '\(a.value(1)?.typeName ?? "NoneType")'")
            }
            let subject = SubjectCache.text(for: string)
            let pos = try interp.toInt(a.value(2) ?? .int(0)), endpos = try interp.toInt(a.value(3) ?? .int(subject.count))
            let mode = CompiledRegex.Mode(rawValue: try interp.toInt(a.value(4) ?? .int(0))) ?? .search
            let notEmpty = try interp.isTruthy(a.value(5) ?? .bool(false))
            guard let spans = try regex.match(subject, pos: pos, endpos: endpos, mode: mode, notEmptyAtStart: notEmpty) else {
                return .none
            }
            return .list(spans.map { .int($0) })
        }
        return m
    }
}
