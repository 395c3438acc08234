import Foundation

/// Reading delimited text: `np.loadtxt` (strict) and `np.genfromtxt` (missing values allowed).
///
/// ```python
/// np.loadtxt("d.csv", delimiter=",", skiprows=1, usecols=(0, 2))
///     → try NPYText.loadtxt(text, NPYLoadtxtOptions(delimiter: ",", skiprows: 1, usecols: [0, 2]))
/// np.genfromtxt("d.csv", delimiter=",")          # empty fields → nan
///     → try NPYText.genfromtxt(text, NPYGenfromtxtOptions(delimiter: ","))
/// ```
/// Both return a 2-D table squeezed as NumPy does (one row or one column gives 1-D, one
/// value gives 0-d) unless `ndmin` asks for more dimensions.
public enum NPYText {}

/// The element type a text reader produces (`dtype=float`, `np.float32`, `dtype=int`).
public enum NPYTextDType: Sendable {
    case float64, float32, int64

    var name: String {
        switch self {
        case .float64: "float64"
        case .float32: "float32"
        case .int64: "int64"
        }
    }
}

/// The keyword arguments of `np.loadtxt` that Cellgrad supports.
public struct NPYLoadtxtOptions: Sendable {
    /// `None` (any run of whitespace) or a delimiter string such as `","`.
    public var delimiter: String?
    /// Text after any of these markers is ignored (`comments='#'`); empty for none.
    public var comments: [String]
    /// Lines skipped at the start, comments and blank lines included.
    public var skiprows: Int
    /// Columns to keep (negative counts from the end); nil keeps all.
    public var usecols: [Int]?
    public var dtype: NPYTextDType
    /// 0, 1 or 2: the minimum number of dimensions of the result.
    public var ndmin: Int
    /// Read at most this many data rows.
    public var maxRows: Int?

    public init(delimiter: String? = nil, comments: [String] = ["#"], skiprows: Int = 0, usecols: [Int]? = nil,
                dtype: NPYTextDType = .float64, ndmin: Int = 0, maxRows: Int? = nil) {
        self.delimiter = delimiter
        self.comments = comments
        self.skiprows = skiprows
        self.usecols = usecols
        self.dtype = dtype
        self.ndmin = ndmin
        self.maxRows = maxRows
    }
}

/// The keyword arguments of `np.genfromtxt` that Cellgrad supports (`names=False` only).
public struct NPYGenfromtxtOptions: Sendable {
    public var delimiter: String?
    public var comments: String?
    public var skipHeader: Int
    public var skipFooter: Int
    public var usecols: [Int]?
    public var dtype: NPYTextDType
    /// Value for missing or unparsable fields; nil means NumPy's default (nan, or -1 for ints).
    public var fillingValue: Double?
    public var ndmin: Int

    public init(delimiter: String? = nil, comments: String? = "#", skipHeader: Int = 0, skipFooter: Int = 0,
                usecols: [Int]? = nil, dtype: NPYTextDType = .float64, fillingValue: Double? = nil, ndmin: Int = 0) {
        self.delimiter = delimiter
        self.comments = comments
        self.skipHeader = skipHeader
        self.skipFooter = skipFooter
        self.usecols = usecols
        self.dtype = dtype
        self.fillingValue = fillingValue
        self.ndmin = ndmin
    }
}

extension NPYText {
    /// `np.loadtxt` on the contents of a file. Every field must parse; the first data row fixes
    /// the column count. Errors carry NumPy's wording, e.g.
    /// `could not convert string 'x' to float64 at row 0, column 3.`
    public static func loadtxt(_ text: String, _ options: NPYLoadtxtOptions = NPYLoadtxtOptions()) throws(NPYError)
        -> NPYArray {
        guard (0...2).contains(options.ndmin) else { throw .text("Illegal value of ndmin keyword: \(options.ndmin)") }
        var rowCount = 0
        var columns: Int?
        var values: [Double] = []
        var integers: [Int64] = []
        for rawLine in lines(text).dropFirst(max(0, options.skiprows)) {
            if let maxRows = options.maxRows, rowCount >= maxRows { break }
            var line = Substring(rawLine)
            for marker in options.comments where !marker.isEmpty {
                if let r = line.range(of: marker) { line = line[..<r.lowerBound] }
            }
            // Whitespace splitting skips blank lines; an explicit delimiter skips only empty ones
            // (NumPy reads "   " as one empty field then).
            if options.delimiter == nil ? line.allSatisfy(\.isWhitespace) : line.isEmpty { continue }
            var fields = split(line, delimiter: options.delimiter)
            let row = rowCount
            if let usecols = options.usecols {
                var picked: [String] = []
                for c in usecols {
                    let index = c < 0 ? c + fields.count : c
                    guard index >= 0 && index < fields.count else {
                        throw .text("invalid column index \(c) at row \(row + 1) with \(fields.count) columns")
                    }
                    picked.append(fields[index])
                }
                fields = picked
            } else if let expected = columns, expected != fields.count {
                throw .text("the number of columns changed from \(expected) to \(fields.count) at row \(row + 1); "
                    + "use `usecols` to select a subset and avoid this error")
            }
            columns = columns ?? fields.count
            // Rows are converted as they are read, so the first bad row is the one reported.
            for (c, field) in fields.enumerated() {
                if options.dtype == .int64 {
                    guard let v = parseInt(field) else { throw conversionError(field, options.dtype, row, c) }
                    integers.append(v)
                } else {
                    guard let v = parseFloat(field) else { throw conversionError(field, options.dtype, row, c) }
                    values.append(v)
                }
            }
            rowCount += 1
        }
        let data: NPYData = switch options.dtype {
        case .float64: .float64(values)
        case .float32: .float32(values.map { Float($0) })
        case .int64: .int64(integers)
        }
        let shape = rowCount == 0 ? [0] : [rowCount, columns ?? 0]
        return NPYArray(uncheckedShape: ndminShape(shape, ndmin: options.ndmin), data: data)
    }

    /// `np.genfromtxt` with `names=False`: empty or unparsable fields become `nan` (ints: -1)
    /// or `fillingValue`; rows with the wrong number of columns are reported together:
    /// `Some errors were detected !\n    Line #2 (got 2 columns instead of 3)`.
    public static func genfromtxt(_ text: String, _ options: NPYGenfromtxtOptions = NPYGenfromtxtOptions())
        throws(NPYError) -> NPYArray {
        var all = Array(lines(text).dropFirst(max(0, options.skipHeader)))
        if options.skipFooter > 0 { all = Array(all.dropLast(options.skipFooter)) }
        // NumPy's LineSplitter: cut the comment, strip " \r\n" (not tabs), split.
        let strip = { (line: String) -> [String] in
            var body = Substring(line)
            if let marker = options.comments, !marker.isEmpty, let r = body.range(of: marker) { body = body[..<r.lowerBound] }
            let kept: (Character) -> Bool = { $0 != " " && $0 != "\r" && $0 != "\n" }
            guard let start = body.firstIndex(where: kept), let end = body.lastIndex(where: kept) else { return [] }
            return split(body[start...end], delimiter: options.delimiter)
        }
        guard let first = all.firstIndex(where: { !strip($0).isEmpty }) else {
            return NPYArray(uncheckedShape: ndminShape([0], ndmin: options.ndmin), data: emptyData(options.dtype))
        }
        let expected = options.usecols?.count ?? strip(all[first]).count
        var rows: [[String]] = []
        var invalid: [(line: Int, count: Int)] = []
        for (i, line) in all[first...].enumerated() {
            let fields = strip(line)
            if fields.isEmpty { continue }
            let lineNumber = i + options.skipHeader + 1
            if let usecols = options.usecols {
                let indices = usecols.map { $0 < 0 ? $0 + fields.count : $0 }
                guard indices.allSatisfy({ $0 >= 0 && $0 < fields.count }) else {
                    invalid.append((lineNumber, fields.count)); continue
                }
                rows.append(indices.map { fields[$0] })
            } else if fields.count != expected {
                invalid.append((lineNumber, fields.count))
            } else {
                rows.append(fields)
            }
        }
        if !invalid.isEmpty {
            throw .text((["Some errors were detected !"] + invalid.map {
                "    Line #\($0.line) (got \($0.count) columns instead of \(expected))" }).joined(separator: "\n"))
        }
        let fill = options.fillingValue ?? (options.dtype == .int64 ? -1 : .nan)
        let data: NPYData
        switch options.dtype {
        case .int64:
            data = .int64(rows.flatMap { $0.map { parseInt($0) ?? Int64(exactly: fill.rounded(.towardZero)) ?? -1 } })
        case .float64:
            data = .float64(rows.flatMap { $0.map { parseFloat($0) ?? fill } })
        case .float32:
            data = .float32(rows.flatMap { $0.map { Float(parseFloat($0) ?? fill) } })
        }
        return NPYArray(uncheckedShape: ndminShape([rows.count, expected], ndmin: options.ndmin), data: data)
    }

    /// `np.loadtxt(path, …)`.
    public static func loadtxt(path: String, _ options: NPYLoadtxtOptions = NPYLoadtxtOptions()) throws(NPYError) -> NPYArray {
        try loadtxt(String(decoding: NPYFile.readBytes(path), as: UTF8.self), options)
    }

    /// `np.genfromtxt(path, …)`.
    public static func genfromtxt(path: String, _ options: NPYGenfromtxtOptions = NPYGenfromtxtOptions()) throws(NPYError) -> NPYArray {
        try genfromtxt(String(decoding: NPYFile.readBytes(path), as: UTF8.self), options)
    }

    // MARK: - Pieces

    /// Lines without their terminators (`\n`, `\r\n` or `\r`, as Python's universal newlines).
    static func lines(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if !previousCR { result.append(current) }
                current = ""
                previousCR = false
            } else if scalar == "\r" {
                result.append(current)
                current = ""
                previousCR = true
            } else {
                current.unicodeScalars.append(scalar)
                previousCR = false
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Fields of a line: split on runs of whitespace (`delimiter=None`), or at every occurrence
    /// of `delimiter`, even a space or tab (fields keep their text; surrounding whitespace is
    /// ignored when converting).
    static func split(_ line: Substring, delimiter: String?) -> [String] {
        guard let delimiter, !delimiter.isEmpty else {
            return line.split(whereSeparator: \.isWhitespace).map(String.init)
        }
        var fields: [String] = []
        var rest = line
        while let r = rest.range(of: delimiter) {
            fields.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        fields.append(String(rest))
        return fields
    }

    /// Python's `float()`: decimal or `nan`/`inf`/`infinity` (any case), surrounding spaces allowed.
    static func parseFloat(_ field: String) -> Double? {
        let s = field.trimmingCharacters(in: .whitespaces)
        guard !s.isEmpty, !s.contains(where: { $0 == "x" || $0 == "X" || $0 == "p" || $0 == "P" }) else {
            return nil
        }
        return Double(s.replacingOccurrences(of: "_", with: ""))
    }

    /// An integer field: optional sign and decimal digits.
    static func parseInt(_ field: String) -> Int64? {
        Int64(field.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: ""))
    }

    private static func conversionError(_ field: String, _ dtype: NPYTextDType, _ row: Int, _ column: Int) -> NPYError {
        .text("could not convert string '\(field)' to \(dtype.name) at row \(row), column \(column + 1).")
    }

    private static func emptyData(_ dtype: NPYTextDType) -> NPYData {
        switch dtype {
        case .float64: .float64([])
        case .float32: .float32([])
        case .int64: .int64([])
        }
    }

    /// NumPy's `_ensure_ndmin_ndarray`: squeeze size-1 axes when there are more than `ndmin`
    /// dimensions, then pad to `ndmin` (a 1-D result becomes a column for ndmin 2).
    static func ndminShape(_ shape: [Int], ndmin: Int) -> [Int] {
        var shape = shape
        if shape.count > ndmin { shape = shape.filter { $0 != 1 } }
        if shape.count < ndmin {
            if ndmin == 1 { shape = shape.isEmpty ? [1] : shape }
            if ndmin == 2 { shape = shape.isEmpty ? [1, 1] : [shape[0], 1] }
        }
        return shape
    }
}
