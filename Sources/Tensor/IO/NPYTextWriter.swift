import Foundation

/// The keyword arguments of `np.savetxt`.
public struct NPYSavetxtOptions: Sendable {
    /// One `%` format for every column (`"%.18e"`), one string holding a format per column
    /// (`"%d %.3f"`), or a list of per-column formats (`["%d", "%.3f"]`, joined by the delimiter).
    public var fmt: [String]
    public var delimiter: String
    public var newline: String
    public var header: String
    public var footer: String
    public var comments: String

    public init(fmt: [String] = ["%.18e"], delimiter: String = " ", newline: String = "\n", header: String = "",
                footer: String = "", comments: String = "# ") {
        self.fmt = fmt
        self.delimiter = delimiter
        self.newline = newline
        self.header = header
        self.footer = footer
        self.comments = comments
    }
}

extension NPYText {
    /// `np.savetxt`: the exact text NumPy writes (`row_format % tuple(row) + newline` per row,
    /// comment-prefixed header and footer lines).
    ///
    /// ```python
    /// np.savetxt(f, np.array([[1.5, 2]]))   # "1.500000000000000000e+00 2.000000000000000000e+00\n"
    /// ```
    /// A 1-D array is written one value per line. Errors: `Expected 1D or 2D array, got 3D
    /// array instead`, `fmt has wrong number of % formats:  %d %d`, `cannot convert float NaN to integer`.
    public static func savetxt(_ array: NPYArray, _ options: NPYSavetxtOptions = NPYSavetxtOptions()) throws(NPYError)
        -> String {
        guard array.shape.count == 1 || array.shape.count == 2 else {
            throw .text("Expected 1D or 2D array, got \(array.shape.count)D array instead")
        }
        let rows = array.shape[0]
        let columns = array.shape.count == 2 ? array.shape[1] : 1
        let rowFormat: String
        if options.fmt.count == 1 {
            let fmt = options.fmt[0]
            let percents = fmt.filter { $0 == "%" }.count
            if percents == 1 {
                rowFormat = Array(repeating: fmt, count: columns).joined(separator: options.delimiter)
            } else if percents != columns {
                throw .text("fmt has wrong number of % formats:  \(fmt)")
            } else {
                rowFormat = fmt
            }
        } else {
            guard options.fmt.count == columns else {
                throw .text("fmt has wrong number of % formats:  \(options.fmt.joined(separator: options.delimiter))")
            }
            rowFormat = options.fmt.joined(separator: options.delimiter)
        }
        let pieces = try NPYPercentFormat.parse(rowFormat)
        var out = ""
        if !options.header.isEmpty {
            out += options.comments + options.header.replacingOccurrences(of: "\n", with: "\n" + options.comments)
                + options.newline
        }
        for r in 0..<rows {
            let row = (0..<columns).map { NPYPercentFormat.Argument(array, index: r * columns + $0) }
            out += try NPYPercentFormat.apply(pieces, to: row) + options.newline
        }
        if !options.footer.isEmpty {
            out += options.comments + options.footer.replacingOccurrences(of: "\n", with: "\n" + options.comments)
                + options.newline
        }
        return out
    }

    /// `np.savetxt(path, …)`.
    public static func savetxt(_ array: NPYArray, to path: String, _ options: NPYSavetxtOptions = NPYSavetxtOptions())
        throws(NPYError) {
        try NPYFile.writeBytes(Array(try savetxt(array, options).utf8), to: path)
    }
}

/// Python's `%` string formatting for one row of numbers (`"%.18e %d" % (x, y)`), through C's
/// `snprintf` with Python's rules on top: `%d` truncates floats and rejects nan/inf, float
/// conversions print `nan`/`inf` (never `-nan`), `%s` prints the NumPy scalar's `str`.
enum NPYPercentFormat {
    enum Piece: Equatable {
        case literal(String)
        /// flags, width and precision as written, and the conversion character.
        case spec(flags: String, width: String, precision: String?, conversion: Character)
    }

    /// One value of the row, keeping its NumPy type for `%s` and `%d`.
    enum Argument {
        case float(Double, isFloat32: Bool), int(Int64), bool(Bool)

        init(_ array: NPYArray, index: Int) {
            switch array.data {
            case .float64(let v): self = .float(v[index], isFloat32: false)
            case .float32(let v): self = .float(Double(v[index]), isFloat32: true)
            case .int64(let v): self = .int(v[index])
            case .uint8(let v): self = .int(Int64(v[index]))
            case .bool(let v): self = .bool(v[index])
            }
        }

        var double: Double {
            switch self {
            case .float(let d, _): d
            case .int(let i): Double(i)
            case .bool(let b): b ? 1 : 0
            }
        }
    }

    static func parse(_ format: String) throws(NPYError) -> [Piece] {
        var pieces: [Piece] = []
        var literal = ""
        let chars = Array(format)
        var i = 0
        while i < chars.count {
            guard chars[i] == "%" else { literal.append(chars[i]); i += 1; continue }
            i += 1
            if i < chars.count && chars[i] == "%" { literal.append("%"); i += 1; continue }
            var flags = "", width = "", precision: String?
            while i < chars.count, "-+ #0".contains(chars[i]) { flags.append(chars[i]); i += 1 }
            while i < chars.count, chars[i].isASCII, chars[i].isNumber { width.append(chars[i]); i += 1 }
            if i < chars.count && chars[i] == "." {
                i += 1
                var p = ""
                while i < chars.count, chars[i].isASCII, chars[i].isNumber { p.append(chars[i]); i += 1 }
                precision = p
            }
            guard width.count <= 5, (precision?.count ?? 0) <= 5 else { throw .text("width or precision too big") }
            while i < chars.count, "hlL".contains(chars[i]) { i += 1 }      // length modifiers are ignored
            guard i < chars.count, "diueEfFgGsrxXo".contains(chars[i]) else {
                guard i < chars.count, let scalar = chars[i].unicodeScalars.first else { throw .text("incomplete format") }
                let code = String(scalar.value, radix: 16)
                throw .text("unsupported format character '\(chars[i])' (0x\(code)) at index \(i)")
            }
            if !literal.isEmpty { pieces.append(.literal(literal)); literal = "" }
            pieces.append(.spec(flags: flags, width: width, precision: precision, conversion: chars[i]))
            i += 1
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        return pieces
    }

    static func apply(_ pieces: [Piece], to arguments: [Argument]) throws(NPYError) -> String {
        var out = ""
        var next = 0
        for piece in pieces {
            switch piece {
            case .literal(let text):
                out += text
            case .spec(let flags, let width, let precision, let conversion):
                guard next < arguments.count else { throw .text("not enough arguments for format string") }
                out += try format(arguments[next], flags: flags, width: width, precision: precision, conversion: conversion)
                next += 1
            }
        }
        if next < arguments.count { throw .text("not all arguments converted during string formatting") }
        return out
    }

    private static func format(_ argument: Argument, flags: String, width: String, precision: String?,
                               conversion: Character) throws(NPYError) -> String {
        let precisionText = precision.map { "." + $0 } ?? ""
        switch conversion {
        case "d", "i", "u", "x", "X", "o":
            let value: Int64
            switch argument {
            case .int(let i): value = i
            case .bool(let b): value = b ? 1 : 0
            case .float(let d, _):
                if d.isNaN { throw .text("cannot convert float NaN to integer") }
                if d.isInfinite { throw .text("cannot convert float infinity to integer") }
                guard let truncated = Int64(exactly: d.rounded(.towardZero)) else {
                    throw .text("Python int too large to convert to C long")
                }
                value = truncated
            }
            let c = conversion == "i" || conversion == "u" ? "d" : String(conversion)
            return cFormat("%" + flags + width + precisionText + "ll" + c, int: value)
        case "s", "r":
            // str() / repr() of the NumPy scalar; precision truncates, then width pads.
            let scalar: ArrayFormatScalar = switch argument {
            case .float(let d, let isFloat32): isFloat32 ? .float32(Float(d)) : .float64(d)
            case .int(let i): .int64(i)
            case .bool(let b): .bool(b)
            }
            var text = conversion == "s" ? ArrayFormatter.scalarStr(scalar) : ArrayFormatter.scalarRepr(scalar)
            if let p = precision.flatMap(Int.init) { text = String(text.prefix(p)) }
            return width.isEmpty ? text : cFormat("%" + flags.filter { $0 == "-" } + width + "s", string: text)
        default:
            let value = argument.double
            if !value.isFinite {
                // Python prints nan/inf itself (no "-nan"), honouring sign flags and width.
                var text = value.isNaN ? "nan" : "inf"
                if value < 0 { text = "-" + text } else if flags.contains("+") { text = "+" + text }
                else if flags.contains(" ") { text = " " + text }
                if conversion.isUppercase { text = text.uppercased() }
                return cFormat("%" + flags.filter { $0 == "-" } + width + "s", string: text)
            }
            return cFormat("%" + flags + width + precisionText + String(conversion), double: value)
        }
    }

    private static func cFormat(_ spec: String, double value: Double) -> String {
        withVaList([value]) { render(spec, $0) }
    }

    private static func cFormat(_ spec: String, int value: Int64) -> String {
        withVaList([value]) { render(spec, $0) }
    }

    private static func cFormat(_ spec: String, string value: String) -> String {
        value.withCString { pointer in withVaList([pointer]) { render(spec, $0) } }
    }

    /// Runs `vsnprintf` into a buffer sized for the widest possible result: 330 characters
    /// for any double in `%f`, plus the width and precision written in the spec (capped by `parse`).
    private static func render(_ spec: String, _ arguments: CVaListPointer) -> String {
        let requested = spec.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.reduce(0, +)
        var buffer = [CChar](repeating: 0, count: 400 + requested)
        let written = Int(vsnprintf(&buffer, buffer.count, spec, arguments))
        return String(decoding: buffer.prefix(max(0, min(written, buffer.count - 1))).map { UInt8(bitPattern: $0) },
                      as: UTF8.self)
    }
}
