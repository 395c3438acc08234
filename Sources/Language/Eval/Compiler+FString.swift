/// f-strings: literal parts and formatted fields.
extension Compiler {
    func fstring(_ parts: [FStringPart]) throws -> ExprCode {
        let pieces = try fstringPieces(parts)
        return { f in
            var out = ""
            for p in pieces { out += try p(f) }
            return .str(out)
        }
    }

    func fstringPieces(_ parts: [FStringPart]) throws -> [(Frame) throws -> String] {
        let interp = self.interp
        return try parts.map { part in
            switch part {
            case .literal(let s):
                return { _ in s }
            case .field(let e, let conversion, let spec, let debugText):
                let value = try expr(e)
                let specPieces = try spec.map { try fstringPieces($0) }
                return { f in
                    var v = try value(f)
                    switch conversion {
                    case "r": v = .str(try interp.repr(v))
                    case "s": v = .str(try interp.str(v))
                    case "a": v = .str(try interp.ascii(v))
                    default: break
                    }
                    var specText = ""
                    if let sp = specPieces { for p in sp { specText += try p(f) } }
                    return (debugText ?? "") + (try interp.format(v, specText))
                }
            }
        }
    }
}

extension Interpreter {
    /// `ascii(v)`: repr with non-ASCII characters escaped.
    public func ascii(_ v: Value) throws -> String {
        var out = ""
        for s in try repr(v).unicodeScalars {
            if s.isASCII { out.unicodeScalars.append(s) } else { out += Formatter.escaped(s) }
        }
        return out
    }

    /// `format(v, spec)`: built-in numbers and strings by the format mini-language, other
    /// objects through `__format__`.
    public func format(_ v: Value, _ spec: String) throws -> String {
        if case .object(let o) = v, !(o is PyStr), let f = o.type.lookup(Dunder.format), !isObjectDefault(f) {
            let r = try call(f, Arguments([v, .str(spec)]))
            guard let s = r.asString else { throw PyError.type("__format__ must return a str, not \(r.typeName)") }
            return s
        }
        if spec.isEmpty { return try str(v) }
        let parsed = try FormatSpec.parsed(spec)
        switch v {
        case .int(let i): return try parsed.format(int: i)
        case .bool(let b): return parsed.type == nil ? try parsed.format(string: b ? "True" : "False") : try parsed.format(int: b ? 1 : 0)
        case .float(let d): return try parsed.format(double: d)
        case .object(let o):
            if let s = o as? PyStr { return try parsed.format(string: s.value) }
            if let b = PyBigInt.of(v) { return try parsed.format(bigInt: b) }
            if let f = o.type.lookup(Dunder.float), parsed.type.map({ "eEfFgG%".contains($0) }) ?? false {
                return try parsed.format(double: toDouble(call(f, Arguments([v]))))
            }
            throw PyError.type("unsupported format string passed to \(o.type.name).__format__")
        case .none:
            throw PyError.type("unsupported format string passed to NoneType.__format__")
        }
    }
}

extension Interpreter {
    /// `bin()`, `hex()`, `oct()`: an int of any size, or an object with `__index__`.
    func formatInteger(_ v: Value, _ spec: FormatSpec) throws -> String {
        let n = try toInteger(v)
        if let b = PyBigInt.of(n) { return try spec.format(bigInt: b) }
        return try spec.format(int: toInt(n))
    }
}

extension String {
    func leftPadded(_ width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
