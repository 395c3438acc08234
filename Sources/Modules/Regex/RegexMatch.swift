import Language

/// `re.Match`: one successful match, native so that a search, findall or sub costs no Python
/// object construction. Group texts are cut from the subject's UTF-8 bytes on demand.
final class RegexMatch: PyObject {
    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "Match", bases: [BuiltinTypes.object], module: "re",
                       doc: "The result of a successful match or search: group(), groups(), groupdict(), start(), end() and span() read what matched.")
        installMethods(t)
        return t
    }()

    let regex: CompiledRegex
    /// The Python `Pattern` (`m.re`).
    let pattern: Value
    let subject: SubjectText
    let pos: Int
    let endpos: Int
    /// Byte offsets of each group in the subject, start and end; -1 for a group that did not
    /// take part.
    let byteSpans: [Int]

    init(regex: CompiledRegex, pattern: Value, subject: SubjectText, pos: Int, endpos: Int, byteSpans: [Int]) {
        self.regex = regex
        self.pattern = pattern
        self.subject = subject
        self.pos = pos
        self.endpos = endpos
        self.byteSpans = byteSpans
        super.init(type: RegexMatch.type)
    }

    /// The code-point span of group g, (-1, -1) when it did not take part.
    func span(_ g: Int) -> (Int, Int) {
        let s = byteSpans[2 * g], e = byteSpans[2 * g + 1]
        if s < 0 { return (-1, -1) }
        return (subject.scalarIndex(s), subject.scalarIndex(e))
    }

    /// The text of group g, or nil when it did not take part.
    func text(_ g: Int) -> Value? {
        let s = byteSpans[2 * g], e = byteSpans[2 * g + 1]
        if s < 0 { return nil }
        if s == 0 && e == subject.bytes.count { return .object(subject.source) }
        return .str(String(decoding: subject.bytes[s..<e], as: UTF8.self))
    }

    /// The group number a `group()` argument names: an int in range, or a group's name.
    func index(_ group: Value) throws -> Int {
        switch group {
        case .int(let i) where i >= 0 && i <= regex.groupCount: return i
        case .object(let o):
            if let s = o as? PyStr, let n = regex.names.first(where: { $0.0 == s.value })?.1 { return n }
        default: break
        }
        throw PyError.index("no such group")
    }

    /// The matched group that closed last: the one ending last, the outermost among equals.
    var lastIndex: Int? {
        var best: Int?
        var bestEnd = -1
        if regex.groupCount > 0 {
            for g in 1...regex.groupCount {
                let s = byteSpans[2 * g], e = byteSpans[2 * g + 1]
                if s >= 0 && e > bestEnd {
                    bestEnd = e
                    best = g
                }
            }
        }
        return best
    }

    private static func match(_ v: Value) throws -> RegexMatch {
        guard let m = v.asObject as? RegexMatch else { throw PyError.type("descriptor requires a 're.Match' object") }
        return m
    }

    private static func installMethods(_ t: PyType) {
        t.define("group") { _, args in
            let m = try match(args.receiver)
            switch args.count {
            case 1: return m.text(0) ?? .none
            case 2: return m.text(try m.index(args.positional[1])) ?? .none
            default: return .tuple(try args.positional.dropFirst().map { m.text(try m.index($0)) ?? .none })
            }
        }
        t.define("__getitem__") { _, args in
            let m = try match(args.receiver)
            return m.text(try m.index(try args[1])) ?? .none
        }
        t.define("groups") { _, args in
            let m = try match(args.receiver)
            let fallback = try groupDefault(args, "groups")
            return .tuple((0..<m.regex.groupCount).map { m.text($0 + 1) ?? fallback })
        }
        t.define("groupdict") { interp, args in
            let m = try match(args.receiver)
            let fallback = try groupDefault(args, "groupdict")
            let d = PyDict()
            for (name, number) in m.regex.names { d[HashKey.string(name)] = m.text(number) ?? fallback }
            return .object(d)
        }
        for (name, part) in [("span", 2), ("start", 0), ("end", 1)] {
            t.define(name) { _, args in
                let m = try match(args.receiver)
                let g = args.count > 1 ? try m.index(args.positional[1]) : 0
                let (s, e) = m.span(g)
                switch part {
                case 0: return .int(s)
                case 1: return .int(e)
                default: return .tuple([.int(s), .int(e)])
                }
            }
        }
        t.define("expand") { interp, args in
            let m = try match(args.receiver)
            guard let expand = try interp.importModule("re")["_match_expand"] else {
                throw PyError.notImplemented("Match.expand is not available")
            }
            return try interp.call(expand, Arguments([.object(m), try args[1]]))
        }
        t.define("__repr__") { interp, args in
            let m = try match(args.receiver)
            let (s, e) = m.span(0)
            return .str("<re.Match object; span=(\(s), \(e)), match=\(try interp.repr(m.text(0) ?? .none))>")
        }
        t.define("__bool__") { _, _ in .bool(true) }
        t.define("__copy__") { _, args in args.receiver }
        t.define("__deepcopy__") { _, args in args.receiver }
        t.property("re") { _, v in try match(v).pattern }
        t.property("string") { _, v in .object(try match(v).subject.source) }
        t.property("pos") { _, v in .int(try match(v).pos) }
        t.property("endpos") { _, v in .int(try match(v).endpos) }
        t.property("lastindex") { _, v in try match(v).lastIndex.map { .int($0) } ?? .none }
        t.property("lastgroup") { _, v in
            let m = try match(v)
            guard let last = m.lastIndex, let name = m.regex.names.first(where: { $0.1 == last })?.0 else { return .none }
            return .str(name)
        }
        t.property("regs") { _, v in
            let m = try match(v)
            return .tuple((0...m.regex.groupCount).map { g in
                let (s, e) = m.span(g)
                return .tuple([.int(s), .int(e)])
            })
        }
    }

    /// The `default` argument of groups()/groupdict().
    private static func groupDefault(_ args: Arguments, _ name: String) throws -> Value {
        if let k = args.keywords.first {
            guard k.name.name == "default", args.count == 1 else {
                throw PyError.type("\(name)() got an unexpected keyword argument '\(k.name.name)'")
            }
            return k.value
        }
        if args.count > 2 { throw PyError.type("\(name)() takes at most 1 argument (\(args.count - 1) given)") }
        return args.count == 2 ? args.positional[1] : .none
    }
}
