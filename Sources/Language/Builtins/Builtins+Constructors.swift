import Foundation

/// `int(x)`, `float(x)`, `str(x)`, `bool(x)`, `list(x)`, `tuple(x)`, `dict(…)`, `set(x)`,
/// `range(…)`, `slice(…)`.
extension Builtins {
    static func installConstructors() {
        BuiltinTypes.int.constructor = { interp, _, args in
            let a = try BuiltinSignatures.int.bind(args)
            guard let x = a.value(0) else { return .int(0) }
            if let baseValue = a["base"] {
                let base = try interp.toInt(baseValue)
                guard let s = x.asString else { throw PyError.type("int() can't convert non-string with explicit base") }
                return try parseInt(s, base: base)
            }
            switch x {
            case .int(let i): return .int(i)
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d): return try PyBigInt.fromDouble(d)
            case .none: throw PyError.type("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'")
            case .object(let o):
                if let s = o as? PyStr { return try parseInt(s.value, base: 10) }
                if o is PyBigInt { return x }
                if let f = o.type.lookup(Dunder.int) { return try interp.call(f, Arguments([x])) }
                if let f = o.type.lookup(Dunder.index) { return try interp.call(f, Arguments([x])) }
                if let f = o.type.lookup(Dunder.float) { return try PyBigInt.fromDouble(interp.toDouble(interp.call(f, Arguments([x])))) }
                throw PyError.type("int() argument must be a string, a bytes-like object or a real number, not '\(o.type.name)'")
            }
        }
        BuiltinTypes.float.constructor = { interp, _, args in
            try arity("float", args, 0, 1)
            guard args.count == 1 else { return .float(0) }
            let x = try args[0]
            if let s = x.asString { return .float(try parseFloat(s)) }
            if case .none = x { throw PyError.type("float() argument must be a string or a real number, not 'NoneType'") }
            return .float(try interp.toDouble(x))
        }
        BuiltinTypes.bool.constructor = { interp, _, args in
            try arity("bool", args, 0, 1)
            return .bool(args.count == 1 ? try interp.isTruthy(args[0]) : false)
        }
        BuiltinTypes.str.constructor = { interp, _, args in
            let a = try BuiltinSignatures.str.bind(args)
            guard let x = a.value(0) else { return .str("") }
            if case .object(let o) = x, let b = o as? PyBytes, let encoding = a["encoding"] {
                let errors = try a["errors"].map { try interp.toStringValue($0) } ?? "strict"
                return .str(try decode(b.bytes, encoding: interp.toStringValue(encoding), errors: errors))
            }
            return .str(try interp.str(x))
        }
        BuiltinTypes.list.constructor = { interp, _, args in
            try arity("list", args, 0, 1)
            return .list(args.count == 1 ? try interp.iterateToArray(args[0]) : [])
        }
        BuiltinTypes.tuple.constructor = { interp, _, args in
            try arity("tuple", args, 0, 1)
            if args.count == 1, case .object(let o) = try args[0], o.type === BuiltinTypes.tuple { return try args[0] }
            return .tuple(args.count == 1 ? try interp.iterateToArray(args[0]) : [])
        }
        BuiltinTypes.dict.constructor = { interp, t, args in
            let d = t === BuiltinTypes.dict ? PyDict() : PyDict(type: t)
            if args.count > 1 { throw PyError.type("dict expected at most 1 argument, got \(args.count)") }
            if args.count == 1 { try interp.updateDict(d, args[0]) }
            for (k, v) in args.keywords { d[try interp.hashKey(.str(k.name))] = v }
            return .object(d)
        }
        BuiltinTypes.set.constructor = { interp, _, args in
            try arity("set", args, 0, 1)
            let s = PySet()
            if args.count == 1 { for v in try interp.iterateToArray(args[0]) { s.insert(try interp.hashKey(v)) } }
            return .object(s)
        }
        BuiltinTypes.frozenset.constructor = { interp, _, args in
            try arity("frozenset", args, 0, 1)
            let s = PySet(frozen: true)
            if args.count == 1 { for v in try interp.iterateToArray(args[0]) { s.insert(try interp.hashKey(v)) } }
            return .object(s)
        }
        BuiltinTypes.range.constructor = { interp, _, args in
            try arity("range", args, 1, 3)
            let v = try args.positional.map { x -> Value in
                if case .float = x { throw PyError.type("'float' object cannot be interpreted as an integer") }
                return try interp.toInteger(x)
            }
            let (start, stop, step) = v.count == 1 ? (.int(0), v[0], .int(1)) : (v[0], v[1], v.count == 3 ? v[2] : .int(1))
            if case .int(0) = step { throw PyError.value("range() arg 3 must not be zero") }
            return try PyBigRange.make(start: start, stop: stop, step: step, interp)
        }
        BuiltinTypes.slice.constructor = { _, _, args in
            try arity("slice", args, 1, 3)
            if args.count == 1 { return .object(PySlice(start: .none, stop: try args[0], step: .none)) }
            return .object(PySlice(start: try args[0], stop: try args[1], step: args.count == 3 ? try args[2] : .none))
        }
        BuiltinTypes.bytes.constructor = { interp, _, args in
            .object(PyBytes(try makeBytes(interp, args, typeName: "bytes")))
        }
        BuiltinTypes.bytearray.constructor = { interp, _, args in
            .object(PyBytes(try makeBytes(interp, args, typeName: "bytearray"), type: BuiltinTypes.bytearray))
        }
        BuiltinTypes.complex.constructor = { _, _, _ in
            throw PyError.notImplemented("complex numbers are not supported in Cellgrad Python")
        }
        let range = BuiltinTypes.range
        range.property("start") { _, v in (v.asObject as? PyBigRange)?.start ?? .int((v.asObject as? PyRange)?.start ?? 0) }
        range.property("stop") { _, v in (v.asObject as? PyBigRange)?.stop ?? .int((v.asObject as? PyRange)?.stop ?? 0) }
        range.property("step") { _, v in (v.asObject as? PyBigRange)?.step ?? .int((v.asObject as? PyRange)?.step ?? 1) }
        range.define("__repr__") { _, args in
            if let r = args.receiver.asObject as? PyBigRange { return .str(r.repr) }
            guard let r = args.receiver.asObject as? PyRange else { return .str("range") }
            return .str(r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))")
        }
        installBigRange(range)
        range.define("index") { interp, args in
            if let r = args.receiver.asObject as? PyBigRange, args.count > 1 {
                if let i = try r.index(of: args[1], interp) { return i }
                throw PyError.value("\(try interp.repr(args[1])) is not in range")
            }
            guard let r = args.receiver.asObject as? PyRange, args.count > 1 else { throw PyError.type("index() takes 1 argument") }
            let x = try interp.toInt(args[1])
            let offset = x - r.start
            if offset % r.step == 0, offset / r.step >= 0, offset / r.step < r.count { return .int(offset / r.step) }
            throw PyError.value("\(x) is not in range")
        }
        range.define("count") { interp, args in
            guard args.receiver.asObject is PyRange || args.receiver.asObject is PyBigRange, args.count > 1 else { return .int(0) }
            return .int(try interp.contains(args.receiver, args[1]) ? 1 : 0)
        }
        let slice = BuiltinTypes.slice
        slice.property("start") { _, v in (v.asObject as? PySlice)?.start ?? Value.none }
        slice.property("stop") { _, v in (v.asObject as? PySlice)?.stop ?? Value.none }
        slice.property("step") { _, v in (v.asObject as? PySlice)?.step ?? Value.none }
        slice.define("__repr__") { interp, args in
            guard let s = args.receiver.asObject as? PySlice else { return .str("slice") }
            return .str("slice(\(try interp.repr(s.start)), \(try interp.repr(s.stop)), \(try interp.repr(s.step)))")
        }
        slice.define("indices") { interp, args in
            guard let s = args.receiver.asObject as? PySlice, args.count > 1 else { throw PyError.type("indices() takes 1 argument") }
            let length = try interp.toInt(args[1])
            if length < 0 { throw PyError.value("length should not be negative") }
            let (a, b, c) = try s.indices(length: length, interp)
            // The step comes back as written (-2**63 and bigger ints included); only the bounds
            // are clamped to the length.
            var step = Value.int(c)
            if case .int = s.step { step = s.step } else if PyBigInt.of(s.step) != nil { step = s.step }
            return .tuple([.int(a), .int(b), step])
        }
    }

    /// `int(text, base)`: Python's literal syntax (sign, base prefix, underscores between digits).
    static func parseInt(_ text: String, base: Int) throws -> Value {
        // Plain decimal digits (`int(c)`, `int(field)` in a parsing loop) skip the general rules.
        if base == 10, let value = decimalDigitsValue(text) { return .int(value) }
        var s = Builtins.trimmedWhitespace(text)
        var negative = false
        if s.hasPrefix("-") { negative = true; s.removeFirst() } else if s.hasPrefix("+") { s.removeFirst() }
        var radix = base
        let lower = s.lowercased()
        let unprefixed = s.count
        if (base == 16 || base == 0) && lower.hasPrefix("0x") { s.removeFirst(2); radix = 16 } else if (base == 8 || base == 0) && lower.hasPrefix("0o") { s.removeFirst(2); radix = 8 } else if (base == 2 || base == 0) && lower.hasPrefix("0b") { s.removeFirst(2); radix = 2 } else if base == 0 { radix = 10 }
        guard radix >= 2 && radix <= 36 else { throw PyError.value("int() base must be >= 2 and <= 36, or 0") }
        // Made only when raised: a loop that tries `int(s)` on words fails often.
        func invalid() -> PyError { PyError.value("invalid literal for int() with base \(base): \(Formatter.stringRepr(text))") }
        // Underscores only between digits (or right after a base prefix).
        if s.hasPrefix("_") && s.count == unprefixed || s.hasSuffix("_") || (s.contains("_" as Character) && s.contains("__")) { throw invalid() }
        if s.hasPrefix("_") { s.removeFirst() }
        let digits = s.contains("_" as Character) ? s.replacingOccurrences(of: "_", with: "") : s
        guard !digits.isEmpty, digits.unicodeScalars.allSatisfy({ c in
            if c.isASCII { return Character(c).hexDigitValue.map { $0 < radix } ?? (c.properties.isAlphabetic && Int(String(c), radix: radix) != nil) }
            return c.properties.numericType != nil && (c.properties.numericValue.map { Int($0) < radix } ?? false)
        }) else { throw invalid() }
        if base == 0 && radix == 10 && digits.count > 1 && digits.hasPrefix("0") && digits.contains(where: { $0 != "0" }) { throw invalid() }
        if let v = Int(digits, radix: radix) { return .int(negative ? -v : v) }
        let ascii = String(digits.unicodeScalars.map { c in
            c.properties.numericType != nil ? Character(String(Int(c.properties.numericValue ?? 0))) : Character(c)
        })
        return try PyBigInt.parse(digits: ascii, radix: radix, negative: negative)
    }

    /// The value of 1 to 18 ASCII decimal digits with nothing around them; nil otherwise.
    static func decimalDigitsValue(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes -> Int? in
            guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
            var value = 0
            for b in bytes {
                guard b >= 0x30 && b <= 0x39 else { return nil }
                value = value * 10 + Int(b - 0x30)
            }
            return value
        }
    }

    /// The text without leading and trailing whitespace; Foundation's trimming only when there
    /// is some (it is a string search through Foundation, the common case has none).
    static func trimmedWhitespace(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              first.properties.isWhitespace || last.properties.isWhitespace else { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func parseFloat(_ text: String) throws -> Double {
        // Plain decimal text (`"3.25"`, `"-1e-3"`): no whitespace, underscores, or words to
        // normalise first, which would go through Foundation's string search.
        if text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x65 || $0 == 0x45 || $0 == 0x2B || $0 == 0x2D }),
           let d = Double(text) {
            return d
        }
        let trimmed = Builtins.trimmedWhitespace(text)
        let s = trimmed.contains("_" as Character) ? trimmed.replacingOccurrences(of: "_", with: "") : trimmed
        switch s.lowercased() {
        case "nan", "+nan", "-nan": return .nan
        case "inf", "+inf", "infinity", "+infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        default: break
        }
        guard !s.isEmpty, !s.lowercased().hasPrefix("0x"), let d = Double(s) else {
            throw PyError.value("could not convert string to float: \(Formatter.stringRepr(text))")
        }
        return d
    }
}

extension Interpreter {
    /// `dict(x)` / `d.update(x)`: a mapping or an iterable of pairs.
    public func updateDict(_ d: PyDict, _ source: Value) throws {
        let hasKeys = try lookupAttribute(source, Symbol("keys")) != nil
        if case .object(let o) = source, o is PyDict || hasKeys {
            try mergeMapping(into: d, source)
            return
        }
        for (i, item) in try iterateToArray(source).enumerated() {
            let pair = try iterateToArray(item)
            guard pair.count == 2 else {
                throw PyError.value("dictionary update sequence element #\(i) has length \(pair.count); 2 is required")
            }
            d[try hashKey(pair[0])] = pair[1]
        }
    }
}
