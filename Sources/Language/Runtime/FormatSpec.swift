import Foundation

/// Python's format-spec mini-language: `[[fill]align][sign][z][#][0][width][,|_][.precision][type]`.
///
///     try FormatSpec(".2f").format(double: 3.14159)   // "3.14"
///     try FormatSpec(">8,").format(int: 1234567)      // "1,234,567"
public struct FormatSpec {
    var fill: Character = " "
    var align: Character?
    var sign: Character = "-"
    var alternate = false
    var zeroPad = false
    var width = 0
    var grouping: Character?
    var precision: Int?
    public var type: Character?

    /// Parsed specs by text. An f-string's `{x:.2f}` or a `%` format asks for the same few
    /// specs on every call, and parsing one costs thousands of instructions; formatting, far
    /// fewer. (Interpreters run one thread at a time, as everywhere in Language.)
    nonisolated(unsafe) private static var parsedSpecs: [String: FormatSpec] = [:]

    /// `FormatSpec(spec)`, parsed once per distinct text.
    public static func parsed(_ spec: String) throws -> FormatSpec {
        if let known = parsedSpecs[spec] { return known }
        let parsed = try FormatSpec(spec)
        if parsedSpecs.count >= 512 { parsedSpecs.removeAll(keepingCapacity: true) }
        parsedSpecs[spec] = parsed
        return parsed
    }

    public init(_ spec: String) throws {
        var chars = Array(spec)
        var i = 0
        if chars.count >= 2 && "<>=^".contains(chars[1]) {
            fill = chars[0]; align = chars[1]; i = 2
        } else if let c = chars.first, "<>=^".contains(c) {
            align = c; i = 1
        }
        if i < chars.count && "+- ".contains(chars[i]) { sign = chars[i]; i += 1 }
        if i < chars.count && chars[i] == "z" { i += 1 }
        if i < chars.count && chars[i] == "#" { alternate = true; i += 1 }
        if i < chars.count && chars[i] == "0" {
            zeroPad = true
            if align == nil { fill = "0"; align = "=" }
            i += 1
        }
        var digits = ""
        while i < chars.count, chars[i].isASCII, chars[i].isNumber { digits.append(chars[i]); i += 1 }
        width = try FormatSpec.number(digits) ?? 0
        if i < chars.count && (chars[i] == "," || chars[i] == "_") { grouping = chars[i]; i += 1 }
        if i < chars.count && chars[i] == "." {
            i += 1
            var p = ""
            while i < chars.count, chars[i].isASCII, chars[i].isNumber { p.append(chars[i]); i += 1 }
            guard !p.isEmpty else { throw PyError.value("Format specifier missing precision") }
            precision = try FormatSpec.number(p)
            if let p = precision, p > Int(Int32.max) { throw PyError.value("precision too big") }
        }
        if i < chars.count { type = chars[i]; i += 1 }
        if i < chars.count {
            chars = Array(chars[i...])
            throw PyError.value("Invalid format specifier '\(spec)'")
        }
    }

    /// A width or precision; Python refuses more digits than an index holds.
    static func number(_ digits: String) throws -> Int? {
        if digits.isEmpty { return nil }
        guard let n = Int(digits) else { throw PyError.value("Too many decimal digits in format string") }
        return n
    }

    public func format(string s: String) throws -> String {
        if let t = type, t != "s" {
            throw PyError.value("Unknown format code '\(t)' for object of type 'str'")
        }
        if sign != "-" { throw PyError.value("Sign not allowed in string format specifier") }
        var text = s
        if let p = precision { text = String(text.prefix(p)) }
        return try pad(text, defaultAlign: "<")
    }

    public func format(int i: Int) throws -> String {
        try format(integerDigits: { String(i.magnitude, radix: $0, uppercase: $1) }, negative: i < 0,
                   codePoint: { i }, asDouble: { Double(i) })
    }

    /// An int of any size: `digits(radix, uppercase)` spells its magnitude.
    func format(integerDigits digits: (Int, Bool) throws -> String, negative: Bool, codePoint: () throws -> Int,
                asDouble: () throws -> Double) throws -> String {
        switch type {
        case nil, "d", "n":
            if precision != nil { throw PyError.value("Precision not allowed in integer format specifier") }
            return try pad(signed(group(try digits(10, false)), negative: negative), defaultAlign: ">", numeric: true)
        case "b", "o", "x", "X":
            let radix = type == "b" ? 2 : (type == "o" ? 8 : 16)
            var text = try digits(radix, type == "X")
            if grouping == "_" { text = group(text, size: 4, separator: "_") }
            let prefix = alternate ? (type == "b" ? "0b" : type == "o" ? "0o" : (type == "X" ? "0X" : "0x")) : ""
            return try pad(signed(text, negative: negative, prefix: prefix), defaultAlign: ">", numeric: true)
        case "c":
            guard let scalar = Unicode.Scalar(UInt32(clamping: try codePoint())) else { throw PyError.overflow("%c arg not in range(0x110000)") }
            return try pad(String(Character(scalar)), defaultAlign: "<")
        case "e", "E", "f", "F", "g", "G", "%":
            return try format(double: asDouble())
        case let t?:
            throw PyError.value("Unknown format code '\(t)' for object of type 'int'")
        }
    }

    public func format(double d: Double) throws -> String {
        let negative = d.sign == .minus && !(d == 0 && type == nil && false)
        let magnitude = abs(d)
        var body: String
        switch type {
        case nil:
            if let p = precision {
                body = FormatSpec.generalFormat(magnitude, precision: max(p, 1), alternate: alternate, trimZeros: true, noneType: true)
            } else {
                body = Formatter.floatRepr(magnitude)
            }
        case "f", "F":
            body = FormatSpec.fixed(magnitude, precision ?? 6)
            if alternate && !body.contains("." as Character) { body += "." }
            if type == "F" { body = body.uppercased() }
        case "e", "E":
            body = FormatSpec.exponent(magnitude, precision ?? 6, upper: type == "E")
        case "g", "G", "n":
            body = FormatSpec.generalFormat(magnitude, precision: precision ?? 6, alternate: alternate, trimZeros: !alternate, noneType: false)
            if type == "G" { body = body.uppercased() }
        case "%":
            body = FormatSpec.fixed(magnitude * 100, precision ?? 6) + "%"
        case let t?:
            throw PyError.value("Unknown format code '\(t)' for object of type 'float'")
        }
        if magnitude.isNaN { body = type.map { $0.isUppercase } ?? false ? "NAN" : "nan" }
        if magnitude.isInfinite { body = type.map { $0.isUppercase } ?? false ? "INF" : "inf" }
        if grouping != nil && magnitude.isFinite {
            let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            let intPart = String(parts[0])
            if intPart.allSatisfy(\.isNumber) {
                body = group(intPart) + (parts.count > 1 ? "." + parts[1] : "")
            }
        }
        return try pad(signed(body, negative: negative && !magnitude.isNaN), defaultAlign: ">", numeric: true)
    }

    static func fixed(_ d: Double, _ precision: Int) -> String {
        if !d.isFinite { return d.isNaN ? "nan" : "inf" }
        return PrintfFormat.double(d, precision: min(precision, 300), conversion: "f")
    }

    static func exponent(_ d: Double, _ precision: Int, upper: Bool) -> String {
        if !d.isFinite { return d.isNaN ? "nan" : "inf" }
        return PrintfFormat.double(d, precision: precision, conversion: upper ? "E" : "e")
    }

    /// The 'g' presentation, and the no-type presentation with a precision.
    static func generalFormat(_ d: Double, precision: Int, alternate: Bool, trimZeros: Bool, noneType: Bool) -> String {
        if !d.isFinite { return d.isNaN ? "nan" : "inf" }
        let p = max(precision, 1)
        if d == 0 { return noneType ? "0.0" : (alternate ? "0." + String(repeating: "0", count: p - 1) : "0") }
        let exp = Int(floor(log10(d)))
        // Rounding may carry into the next power of ten: decide on the rounded value.
        let rounded = Double(PrintfFormat.double(d, precision: p - 1, conversion: "e")) ?? d
        let e = rounded == 0 ? exp : Int(floor(log10(rounded)))
        var s: String
        if e >= -4 && e < p {
            s = PrintfFormat.double(d, precision: max(0, p - 1 - e), conversion: "f")
            if trimZeros && s.contains("." as Character) {
                while s.hasSuffix("0") { s.removeLast() }
                if s.hasSuffix(".") { s = noneType ? s + "0" : String(s.dropLast()) }
            }
        } else {
            s = PrintfFormat.double(d, precision: p - 1, conversion: "e")
            if trimZeros, let eIndex = s.firstIndex(of: "e") {
                var mantissa = String(s[..<eIndex])
                if mantissa.contains("." as Character) {
                    while mantissa.hasSuffix("0") { mantissa.removeLast() }
                    if mantissa.hasSuffix(".") { mantissa.removeLast() }
                }
                s = mantissa + s[eIndex...]
            }
        }
        return s
    }

    func signed(_ body: String, negative: Bool, prefix: String = "") -> String {
        let signText = negative ? "-" : (sign == "+" ? "+" : (sign == " " ? " " : ""))
        return signText + prefix + "\u{0}" + body
    }

    func group(_ digits: String, size: Int = 3, separator: Character? = nil) -> String {
        guard let sep = separator ?? grouping else { return digits }
        // ASCII digits (every case but exotic input) are grouped as bytes, in one pass.
        if let separatorByte = sep.asciiValue, digits.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(digits.utf8)
            guard bytes.count > size else { return digits }
            let total = bytes.count + (bytes.count - 1) / size
            return String(unsafeUninitializedCapacity: total) { out in
                var o = total
                for (n, i) in bytes.indices.reversed().enumerated() {
                    if n > 0 && n % size == 0 { o -= 1; out[o] = separatorByte }
                    o -= 1; out[o] = bytes[i]
                }
                return total
            }
        }
        var out: [Character] = []
        for (n, c) in digits.reversed().enumerated() {
            if n > 0 && n % size == 0 { out.append(sep) }
            out.append(c)
        }
        return String(out.reversed())
    }

    /// Pads to the width. Numbers carry a NUL between sign and digits, where '=' pads.
    func pad(_ text: String, defaultAlign: Character, numeric: Bool = false) throws -> String {
        // `signed` put a NUL between the sign and the digits (zero padding goes between them).
        let signPart: String
        var body: String
        if let separator = text.utf8.firstIndex(of: 0) {
            signPart = String(text[..<separator])
            body = String(text[text.utf8.index(after: separator)...])
        } else {
            signPart = ""
            body = text
        }
        if width == 0 { return signPart.isEmpty ? body : signPart + body }
        let length = signPart.unicodeScalars.count + body.unicodeScalars.count
        guard width > length else { return signPart + body }
        let padding = width - length
        let fill = String(self.fill)
        try MemoryCeiling.check(bytes: padding, times: fill.utf8.count, plus: text.utf8.count)
        switch align ?? defaultAlign {
        case "<": return try TextFill.padded(signPart + body, fill: fill, left: 0, right: padding, nil)
        case "^":
            let left = padding / 2
            return try TextFill.padded(signPart + body, fill: fill, left: left, right: padding - left, nil)
        case "=":
            if self.fill == "0" && grouping != nil && numeric && body.first?.isHexDigit == true {
                return try zeroPaddedGroups(signPart, body)
            }
            return try TextFill.padded(body, prefix: signPart, fill: fill, left: padding, right: 0, nil)
        default: return try TextFill.padded(signPart + body, fill: fill, left: padding, right: 0, nil)
        }
    }

    /// Padding with zeros (fill 0, align =) extends the digit groups: `format(1234, '08,')` is
    /// `'0,001,234'` (a separator never leads: the width is passed by one instead).
    private func zeroPaddedGroups(_ signPart: String, _ body: String) throws -> String {
        guard let separator = grouping else { return signPart + body }
        let radix = type.map { "boxX".contains($0) } ?? false
        let size = radix ? 4 : 3
        let integer = body.prefix { $0 == separator || (radix ? $0.isHexDigit : ($0.isASCII && $0.isNumber)) }
        let rest = body[integer.endIndex...]
        let digits = integer.filter { $0 != separator }
        let available = width - signPart.unicodeScalars.count - rest.unicodeScalars.count
        func groupedLength(_ k: Int) -> Int { k + (k - 1) / size }
        var k = max(digits.count, available * size / (size + 1))
        while k > digits.count && groupedLength(k - 1) >= available { k -= 1 }
        while groupedLength(k) < available { k += 1 }
        try MemoryCeiling.check(bytes: k, times: 2, plus: body.utf8.count)
        let zeros = try TextFill.padded("", fill: "0", left: k - digits.count, right: 0, nil)
        return signPart + group(zeros + digits, size: size, separator: separator) + rest
    }
}
