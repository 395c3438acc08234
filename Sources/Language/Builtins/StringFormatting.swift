/// `"%d items" % n` and `"{:.2f}".format(x)`.
extension Interpreter {
    /// `bytes % args` (PEP 461): the template's bytes as Latin-1 code points, formatted as a
    /// str is, except that `%s`/`%b` take bytes-like values, `%r`/`%a` are ASCII reprs, `%c`
    /// takes an int below 256 or one byte, and mapping keys are bytes.
    func bytesPercentFormat(_ template: [UInt8], _ args: Value) throws -> [UInt8] {
        let text = try percentFormat(Builtins.latin1(template), args, bytes: true)
        return text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    }

    func percentFormat(_ template: String, _ args: Value, bytes: Bool = false) throws -> String {
        var values: [Value]
        var mapping: Value?
        if case .object(let o) = args, let t = o as? PyTuple {
            values = t.items
        } else if case .object(let o) = args, o is PyDict {
            values = []
            mapping = args
        } else {
            values = [args]
        }
        var out = ""
        // Code points, not Characters: the template's syntax is ASCII, and splitting it into
        // grapheme clusters costs more than the formatting.
        var chars = Array(template.unicodeScalars)[...]
        var used = 0
        func nextValue() throws -> Value {
            guard used < values.count else { throw PyError.type("not enough arguments for format string") }
            defer { used += 1 }
            return values[used]
        }
        func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
        while let c = chars.first {
            chars = chars.dropFirst()
            guard c == "%" else { out.unicodeScalars.append(c); continue }
            guard !chars.isEmpty else { throw PyError.value("incomplete format") }
            if chars.first == "%" { out.append("%"); chars = chars.dropFirst(); continue }
            var key: String?
            if chars.first == "(" {
                guard let close = chars.firstIndex(of: ")") else { throw PyError.value("incomplete format key") }
                key = String(String.UnicodeScalarView(chars[chars.index(after: chars.startIndex)..<close]))
                chars = chars[chars.index(after: close)...]
            }
            var flags = ""
            while let f = chars.first, "-+ #0".unicodeScalars.contains(f) { flags.unicodeScalars.append(f); chars = chars.dropFirst() }
            var width = ""
            if chars.first == "*" { width = String(try toInt(nextValue())); chars = chars.dropFirst() }
            while let d = chars.first, isDigit(d) { width.unicodeScalars.append(d); chars = chars.dropFirst() }
            var precision: String?
            if chars.first == "." {
                chars = chars.dropFirst()
                var p = ""
                if chars.first == "*" { p = String(try toInt(nextValue())); chars = chars.dropFirst() }
                while let d = chars.first, isDigit(d) { p.unicodeScalars.append(d); chars = chars.dropFirst() }
                precision = p.isEmpty ? "0" : p
            }
            guard let conversionScalar = chars.first else { throw PyError.value("incomplete format") }
            let conversion = Character(conversionScalar)
            chars = chars.dropFirst()
            let value: Value
            if let key = key, let m = mapping {
                value = try getItem(m, bytes ? .object(PyBytes(key.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })) : .str(key))
            } else {
                value = try nextValue()
            }
            var align: String = flags.contains("-" as Character) ? "<" : ""
            if flags.contains("0" as Character) && align.isEmpty && !"sr".contains(conversion) { align = "0" }
            let sign = flags.contains("+" as Character) ? "+" : (flags.contains(" " as Character) ? " " : "")
            let specPrecision = precision.map { "." + $0 } ?? ""
            // A number's spec in the mini-language's order: [<][sign][#][0][width].
            let numberLead = (align == "<" ? "<" : "") + sign, zero = align == "0" ? "0" : ""
            let alternate = flags.contains("#" as Character) ? "#" : ""
            switch conversion {
            case "s" where bytes, "b" where bytes:
                out += try FormatSpec.parsed((align.isEmpty ? ">" : "<") + width + specPrecision).format(string: Builtins.latin1(bytesOperand(value)))
            case "r" where bytes, "a" where bytes:
                out += try FormatSpec.parsed((align.isEmpty ? ">" : "<") + width + specPrecision).format(string: ascii(value))
            case "c" where bytes:
                if let b = value.asObject as? PyBytes, b.bytes.count == 1 {
                    out += Builtins.latin1(b.bytes)
                } else if case .int(let n) = value, (0..<256).contains(n) {
                    out.unicodeScalars.append(Unicode.Scalar(UInt8(n)))
                } else if case .int = value {
                    throw PyError.overflow("%c arg not in range(256)")
                } else {
                    throw PyError.type("%c requires an integer in range(256) or a single byte")
                }
            case "s": out += try FormatSpec.parsed((align.isEmpty ? ">" : "<") + width + specPrecision).format(string: str(value))
            case "r": out += try FormatSpec.parsed((align.isEmpty ? ">" : "<") + width + specPrecision).format(string: repr(value))
            case "a": out += try FormatSpec.parsed(align + width).format(string: ascii(value))
            case "d", "i", "u":
                var n = value
                if case .float(let d) = value {
                    n = try PyBigInt.fromDouble(d)
                } else if !isIntegral(value) && value.asObject?.type.lookup(Symbol("__int__")) == nil {
                    throw PyError.type("%\(conversion) format: a real number is required, not \(value.typeName)")
                }
                out += try formatInteger(n, FormatSpec.parsed(numberLead + zero + width))
            case "x", "X", "o":
                guard isIntegral(value) else {
                    throw PyError.type("%\(conversion) format: an integer is required, not \(value.typeName)")
                }
                out += try formatInteger(value, FormatSpec.parsed(numberLead + alternate + zero + width + String(conversion)))
            case "f", "F", "e", "E", "g", "G":
                out += try FormatSpec.parsed(numberLead + alternate + zero + width + (specPrecision.isEmpty ? ".6" : specPrecision) + String(conversion)).format(double: toDouble(value))
            case "c":
                if let s = value.asString { out += s } else { out += try FormatSpec.parsed("c").format(int: toInt(value)) }
            default:
                let index = template.unicodeScalars.count - chars.count - 1
                throw PyError.value("unsupported format character '\(conversion)' (0x\(String(conversionScalar.value, radix: 16))) at index \(index)")
            }
        }
        if mapping == nil && used < values.count {
            throw PyError.type("not all arguments converted during \(bytes ? "bytes" : "string") formatting")
        }
        return out
    }

    /// An int, a bool, or an object with `__index__`: what `%x` takes.
    private func isIntegral(_ value: Value) -> Bool {
        switch value {
        case .int, .bool: return true
        case .object(let o): return PyBigInt.of(value) != nil || o.type.lookup(Dunder.index) != nil
        default: return false
        }
    }

    /// What `%b` and `%s` take in a bytes template: bytes, bytearray or an object with `__bytes__`.
    private func bytesOperand(_ value: Value) throws -> [UInt8] {
        if let b = value.asObject as? PyBytes { return b.bytes }
        if let method = value.asObject?.type.lookup(Symbol("__bytes__")) {
            let result = try call(method, Arguments([value]))
            if let b = result.asObject as? PyBytes { return b.bytes }
            throw PyError.type("__bytes__ returned non-bytes (type \(result.typeName))")
        }
        throw PyError.type("%b requires a bytes-like object, or an object that implements __bytes__, not '\(value.typeName)'")
    }

    /// `str.format(*args, **kwargs)`.
    func strFormat(_ template: String, _ args: Arguments) throws -> String {
        var out = ""
        let chars = Array(template.unicodeScalars)
        var i = 0
        var autoIndex = 0
        while i < chars.count {
            let c = chars[i]
            if c == "{" {
                if i + 1 < chars.count && chars[i + 1] == "{" { out.append("{"); i += 2; continue }
                var depth = 1
                var j = i + 1
                while j < chars.count && depth > 0 {
                    if chars[j] == "{" { depth += 1 } else if chars[j] == "}" { depth -= 1 }
                    if depth > 0 { j += 1 }
                }
                guard j < chars.count else { throw PyError.value("expected '}' before end of string") }
                let field = String(String.UnicodeScalarView(chars[(i + 1)..<j]))
                out += try formatField(field, args, &autoIndex)
                i = j + 1
                continue
            }
            if c == "}" {
                if i + 1 < chars.count && chars[i + 1] == "}" { out.append("}"); i += 2; continue }
                throw PyError.value("Single '}' encountered in format string")
            }
            out.unicodeScalars.append(c)
            i += 1
        }
        return out
    }

    private func formatField(_ field: String, _ args: Arguments, _ autoIndex: inout Int) throws -> String {
        var name = field
        var spec = ""
        var conversion: Character?
        if let colon = field.firstIndex(of: ":") {
            name = String(field[..<colon])
            spec = String(field[field.index(after: colon)...])
        }
        if let bang = name.firstIndex(of: "!") {
            conversion = name[name.index(after: bang)...].first
            name = String(name[..<bang])
        }
        if spec.contains("{" as Character) { spec = try strFormat(spec, args) }
        // The first part is an index or keyword; then .attr and [key] accessors.
        var head = name
        var rest = ""
        if let cut = name.firstIndex(where: { $0 == "." || $0 == "[" }) {
            head = String(name[..<cut])
            rest = String(name[cut...])
        }
        var value: Value
        if head.isEmpty {
            guard autoIndex < args.positional.count else {
                throw PyError.index("Replacement index \(autoIndex) out of range for positional args tuple")
            }
            value = args.positional[autoIndex]
            autoIndex += 1
        } else if let n = Int(head) {
            guard n < args.positional.count else {
                throw PyError.index("Replacement index \(n) out of range for positional args tuple")
            }
            value = args.positional[n]
        } else {
            guard let v = args.keyword(head) else { throw PyError.key(.str(head)) }
            value = v
        }
        var r = Substring(rest)
        while let c = r.first {
            if c == "." {
                r = r.dropFirst()
                let attr = r.prefix { $0 != "." && $0 != "[" }
                r = r.dropFirst(attr.count)
                value = try getAttribute(value, Symbol(String(attr)))
            } else if c == "[" {
                guard let close = r.firstIndex(of: "]") else { throw PyError.value("Missing ']' in format string") }
                let key = String(r[r.index(after: r.startIndex)..<close])
                r = r[r.index(after: close)...]
                value = try getItem(value, Int(key).map { .int($0) } ?? .str(key))
            } else {
                break
            }
        }
        switch conversion {
        case "r": value = .str(try repr(value))
        case "s": value = .str(try str(value))
        case "a": value = .str(try ascii(value))
        default: break
        }
        return try format(value, spec)
    }
}
