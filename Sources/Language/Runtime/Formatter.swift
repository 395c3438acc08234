import Foundation

/// `repr()` and `str()` of built-in values, with Python's exact spellings. Objects that define
/// their own `__repr__` are rendered through `custom`, which the interpreter supplies.
public enum Formatter {
    /// repr without calling back into Python: user objects print as `<Foo object>`.
    public static func repr(_ value: Value) -> String {
        (try? repr(value, custom: { _ in nil })) ?? "<object>"
    }

    /// `depthLimit` bounds the containers nested in one another, as Python's recursion limit
    /// does (`RecursionError` instead of a native stack overflow on a 1,000,000-deep list).
    public static func repr(_ value: Value, depthLimit: Int = 1000, custom: (PyObject) throws -> String?) throws -> String {
        var visiting = ReprVisit(limit: depthLimit)
        return try repr(value, custom: custom, visiting: &visiting)
    }

    static func repr(_ value: Value, custom: (PyObject) throws -> String?, visiting: inout ReprVisit) throws -> String {
        switch value {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return floatRepr(d)
        case .object(let o):
            if let b = PyBigInt.of(value) { return try PyBigInt.decimal(b.mpz) }
            if let s = o as? PyStr {
                // A str subclass (np.str_, a user class) may have its own __repr__.
                if o.type !== BuiltinTypes.str, let r = try custom(o) { return r }
                return stringRepr(s.value)
            }
            if o is PyList || o is PyTuple || o is PyDict || o is PySet {
                let id = ObjectIdentifier(o)
                if visiting.open.contains(id) { return o is PyList ? "[...]" : (o is PyDict ? "{...}" : "(...)") }
                if o.type.isMutable || nativeSubclassRepr(o.type), let s = try custom(o) { return s }
                if visiting.open.count >= visiting.limit {
                    throw PyError.recursion("maximum recursion depth exceeded while getting the repr of an object")
                }
                visiting.open.append(id)
                defer { visiting.open.removeLast() }
                if let l = o as? PyList {
                    return "[" + (try l.items.map { try repr($0, custom: custom, visiting: &visiting) }).joined(separator: ", ") + "]"
                }
                if let t = o as? PyTuple {
                    let inner = try t.items.map { try repr($0, custom: custom, visiting: &visiting) }
                    return "(" + inner.joined(separator: ", ") + (inner.count == 1 ? ",)" : ")")
                }
                if let d = o as? PyDict {
                    let inner = try d.entries.map { k, v in
                        try repr(k, custom: custom, visiting: &visiting) + ": " + repr(v, custom: custom, visiting: &visiting)
                    }
                    return "{" + inner.joined(separator: ", ") + "}"
                }
                if let s = o as? PySet {
                    let inner = try s.elements.map { try repr($0, custom: custom, visiting: &visiting) }
                    let name = s.type === BuiltinTypes.frozenset ? "frozenset" : "set"
                    if inner.isEmpty { return name + "()" }
                    return s.type === BuiltinTypes.frozenset ? "frozenset({" + inner.joined(separator: ", ") + "})"
                                                            : "{" + inner.joined(separator: ", ") + "}"
                }
            }
            if let s = try custom(o) { return s }
            return defaultRepr(o)
        }
    }

    /// The containers being rendered (a container met again inside itself prints as `[...]`),
    /// and how deep they may nest.
    struct ReprVisit {
        var open: [ObjectIdentifier] = []
        let limit: Int
    }

    /// True for a native subclass of a container (torch.Size) whose `__repr__` is its own,
    /// not the container's.
    static func nativeSubclassRepr(_ t: PyType) -> Bool {
        guard t !== BuiltinTypes.list, t !== BuiltinTypes.tuple, t !== BuiltinTypes.dict, t !== BuiltinTypes.set,
              t !== BuiltinTypes.frozenset, case .object(let f)? = t.lookup(Dunder.repr), let native = f as? PyNativeFunction else { return false }
        return native.owner === t || !(native.owner?.isBuiltin ?? true)
    }

    public static func defaultRepr(_ o: PyObject) -> String {
        switch o {
        case let t as PyType:
            return t.isBuiltin && t.moduleName == "builtins" ? "<class '\(t.name)'>" : "<class '\(t.moduleName).\(t.qualifiedName)'>"
        case let f as PyNativeFunction:
            if let owner = f.owner { return "<method '\(f.name)' of '\(owner.name)' objects>" }
            return "<built-in function \(f.name)>"
        case let m as PyModule: return "<module '\(m.name)' (built-in)>"
        case is PyEllipsis: return "Ellipsis"
        case is PyNotImplemented: return "NotImplemented"
        case let e as PyExceptionObject:
            let args = e.args.map { repr($0) }
            return e.type.name + "(" + args.joined(separator: ", ") + ")"
        default:
            let address = String(UInt(bitPattern: ObjectIdentifier(o).hashValue), radix: 16)
            let module = o.type.moduleName == "builtins" ? "" : o.type.moduleName + "."
            return "<\(module)\(o.type.qualifiedName) object at 0x\(address)>"
        }
    }

    /// A code point as Python escapes it: `\xNN` up to 0xff, `\uNNNN` up to 0xffff,
    /// `\UNNNNNNNN` beyond (repr of unprintable characters, and `ascii()`).
    static func escaped(_ scalar: Unicode.Scalar) -> String {
        let (prefix, width) = scalar.value <= 0xFF ? ("\\x", 2) : scalar.value <= 0xFFFF ? ("\\u", 4) : ("\\U", 8)
        return prefix + String(scalar.value, radix: 16).leftPadded(width)
    }

    /// Python's repr of a str: single quotes unless the text contains ' and no ".
    public static func stringRepr(_ s: String) -> String {
        // Printable ASCII without a backslash (the common case) needs no escapes: one scan of
        // the bytes and one copy (the repr of a 100 MB string took seconds scalar by scalar).
        var plain = true, hasSingle = false, hasDouble = false
        for byte in s.utf8 {
            if byte < 0x20 || byte > 0x7E || byte == 0x5C { plain = false; break }
            if byte == 0x27 { hasSingle = true } else if byte == 0x22 { hasDouble = true }
        }
        if plain && !(hasSingle && hasDouble) {
            let q = hasSingle ? "\"" : "'"
            return q + s + q
        }
        // Escapes written as bytes into one buffer (appending to a String scalar by scalar
        // took seconds per 100 MB). Python chooses the quote by code points, not graphemes.
        let quote: UInt8 = s.utf8.contains(0x27) && !s.utf8.contains(0x22) ? 0x22 : 0x27
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 2)
        out.append(quote)
        for scalar in s.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                switch byte {
                case 0x5C: out.append(0x5C); out.append(0x5C)
                case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
                case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
                case quote: out.append(0x5C); out.append(quote)
                case 0..<0x20, 0x7F: out.append(contentsOf: escaped(scalar).utf8)
                default: out.append(byte)
                }
            } else if isPrintable(scalar) {
                UTF8.encode(scalar) { out.append($0) }
            } else {
                out.append(contentsOf: escaped(scalar).utf8)
            }
        }
        out.append(quote)
        return String(decoding: out, as: UTF8.self)
    }

    static func isPrintable(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator: return false
        case .spaceSeparator: return s == " "
        default: return true
        }
    }

    /// Python's float repr: the shortest digits that round-trip, in positional notation when
    /// the decimal exponent is in [-4, 16), scientific otherwise.
    public static func floatRepr(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
        let (digits, exponent, negative) = shortestDigits(d)
        return formatDigits(digits, exponent: exponent, negative: negative)
    }

    /// float32 repr as NumPy prints it: shortest digits for a Float.
    public static func float32Repr(_ f: Float) -> String {
        if f.isNaN { return "nan" }
        if f.isInfinite { return f < 0 ? "-inf" : "inf" }
        if f == 0 { return f.sign == .minus ? "-0.0" : "0.0" }
        let (digits, exponent, negative) = parseShortest(f.description)
        return formatDigits(digits, exponent: exponent, negative: negative)
    }

    static func formatDigits(_ digits: [UInt8], exponent: Int, negative: Bool) -> String {
        // value = 0.d1d2d3… × 10^exponent; Python's decimal point position is `exponent`.
        let sign = negative ? "-" : ""
        let decimalExponent = exponent - 1
        let text = digits.map { String($0) }.joined()
        if decimalExponent >= -4 && decimalExponent < 16 {
            if exponent <= 0 {
                return sign + "0." + String(repeating: "0", count: -exponent) + text
            }
            if exponent >= digits.count {
                return sign + text + String(repeating: "0", count: exponent - digits.count) + ".0"
            }
            let i = text.index(text.startIndex, offsetBy: exponent)
            return sign + text[..<i] + "." + text[i...]
        }
        var mantissa = String(text.prefix(1))
        if digits.count > 1 { mantissa += "." + text.dropFirst() }
        let e = decimalExponent
        return sign + mantissa + "e" + (e < 0 ? "-" : "+") + (abs(e) < 10 ? "0" : "") + String(abs(e))
    }

    /// Decimal digits and exponent of the shortest round-tripping representation.
    static func shortestDigits(_ d: Double) -> ([UInt8], Int, Bool) {
        parseShortest(d.description)
    }

    /// Parses Swift's shortest description ("1.5e-07", "123.25") into digits and a point position.
    static func parseShortest(_ s: String) -> ([UInt8], Int, Bool) {
        var negative = false
        var mantissa = Substring(s)
        var exp = 0
        if mantissa.first == "-" { negative = true; mantissa = mantissa.dropFirst() }
        if let e = mantissa.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exp = Int(mantissa[mantissa.index(after: e)...]) ?? 0
            mantissa = mantissa[..<e]
        }
        var digits: [UInt8] = []
        var pointPosition: Int?
        for c in mantissa {
            if c == "." { pointPosition = digits.count; continue }
            if let v = c.wholeNumberValue { digits.append(UInt8(v)) }
        }
        var point = (pointPosition ?? digits.count) + exp
        while digits.first == 0 && digits.count > 1 { digits.removeFirst(); point -= 1 }
        while digits.last == 0 && digits.count > 1 { digits.removeLast() }
        return (digits, point, negative)
    }
}
