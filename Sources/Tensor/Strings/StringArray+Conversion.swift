import Foundation

/// `astype` between strings and numbers.
extension StringArray {
    /// `a.astype(float)` and friends: parses each string as Python's `float()`/`int()` would;
    /// to bool, a non-empty string is `True` (NumPy 2).
    public func astype(_ dtype: DType) throws -> NDArray {
        let text = strings
        switch dtype {
        case .bool:
            return try NDArray(text.map { !$0.isEmpty }, shape: shape)
        case .int64, .uint8:
            let a = try NDArray(try text.map { s -> Int64 in
                guard let v = Int64(Self.trimmed(s)) else { throw TensorError.value("invalid literal for int() with base 10: '\(s)'") }
                return v
            }, shape: shape)
            return dtype == .int64 ? a : try a.astype(dtype)
        case .float32, .float64:
            let values = try text.map { s -> Double in
                guard let v = Self.parseFloat(Self.trimmed(s)) else { throw TensorError.value("could not convert string to float: '\(s)'") }
                return v
            }
            let a = try NDArray(values, shape: shape)
            return dtype == .float64 ? a : try a.astype(.float32)
        }
    }

    /// `a.astype(str)` of a numeric array: each element as NumPy's `str(scalar)` writes it,
    /// in NumPy's width for the dtype (`'<U32'` for floats, `'<U21'` for ints, `'<U5'` for bools).
    public init(formatting a: NDArray) throws {
        try self.init(strings: a.scalarValues.map { Self.text(of: $0, dtype: a.dtype) }, shape: a.shape,
                      width: Self.textWidth(of: a.dtype))
    }

    /// The characters NumPy reserves for a number of `dtype` turned into text.
    static func textWidth(of dtype: DType) -> Int {
        switch dtype {
        case .bool: return 5
        case .uint8: return 3
        case .int64: return 21
        case .float32, .float64: return 32
        }
    }

    /// `str(np.float64(x))` etc.: the text of one element.
    static func text(of value: ScalarValue, dtype: DType) -> String {
        switch (value, dtype) {
        case (_, .bool): return value.asDouble != 0 ? "True" : "False"
        case (.int(let i), .int64): return String(i)
        case (_, .float32): return ArrayFormatter.scalarStr(.float32(Float(value.asDouble)))
        case (_, .int64): return String(Int64(castFrom: value.asDouble))
        case (_, .uint8): return String(UInt8(castFrom: value.asDouble))
        case (_, .float64): return ArrayFormatter.scalarStr(.float64(value.asDouble))
        }
    }

    private static func trimmed(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Python's `float(text)`: decimal and exponent forms, `inf`, `infinity`, `nan`, any case,
    /// with an optional sign and `_` between digits.
    private static func parseFloat(_ s: String) -> Double? {
        let lower = s.lowercased().replacingOccurrences(of: "_", with: "")
        var body = Substring(lower)
        var sign = 1.0
        if let f = body.first, f == "+" || f == "-" { sign = f == "-" ? -1 : 1; body = body.dropFirst() }
        switch body {
        case "inf", "infinity": return sign * .infinity
        case "nan": return .nan
        default: break
        }
        guard !body.isEmpty, body.allSatisfy({ "0123456789.e+-".contains($0) }) else { return nil }
        return Double(String(body)).map { sign * $0 }
    }
}
