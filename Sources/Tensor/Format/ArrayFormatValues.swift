/// The flat, row-major element buffer of an array to print, tagged with its dtype.
///
/// The formatter does not know the NDArray type: the caller hands it the logical elements in
/// C order (a view must be gathered first) together with the shape.
///
/// ```swift
/// ArrayFormatter.repr(shape: [2, 2], values: .float64([1, 2, 3, 4]))   // "array([[1., 2.],\n       [3., 4.]])"
/// ```
public enum ArrayFormatValues: Sendable {
    case float64([Double])
    /// float32 elements. ``float32(widened:)`` builds this from doubles that hold float32 values.
    case float32([Float])
    case int64([Int64])
    /// uint8 elements: printed as integers, with `dtype=uint8` in the repr.
    case uint8([UInt8])
    case bool([Bool])
    /// Unicode strings of NumPy dtype `'<U{width}'`, each already written as Python's `repr`
    /// writes it (`'cat'`); for a 0-d `str`, the raw text.
    case string([String], width: Int)

    /// float32 elements stored widened in `Double`s (each value is narrowed to `Float`).
    public static func float32(widened values: [Double]) -> ArrayFormatValues {
        .float32(values.map { Float($0) })
    }

    /// NumPy's dtype name: `float64`, `float32`, `int64`, `uint8` or `bool`.
    public var dtypeName: String {
        switch self {
        case .float64: "float64"
        case .float32: "float32"
        case .int64: "int64"
        case .uint8: "uint8"
        case .bool: "bool"
        case .string(_, let width): "'<U\(width)'"
        }
    }

    public var count: Int {
        switch self {
        case .float64(let v): v.count
        case .float32(let v): v.count
        case .int64(let v): v.count
        case .uint8(let v): v.count
        case .bool(let v): v.count
        case .string(let v, _): v.count
        }
    }

    /// The elements at `indices`, same dtype.
    func gathering(_ indices: [Int]) -> ArrayFormatValues {
        switch self {
        case .float64(let v): .float64(indices.map { v[$0] })
        case .float32(let v): .float32(indices.map { v[$0] })
        case .int64(let v): .int64(indices.map { v[$0] })
        case .uint8(let v): .uint8(indices.map { v[$0] })
        case .bool(let v): .bool(indices.map { v[$0] })
        case .string(let v, let width): .string(indices.map { v[$0] }, width: width)
        }
    }
}

/// One NumPy scalar (`np.float64(0.5)`, `np.int64(3)`, `np.True_`), for its repr and str.
public enum ArrayFormatScalar: Sendable, Equatable {
    case float64(Double)
    case float32(Float)
    case int64(Int64)
    case uint8(UInt8)
    case bool(Bool)
}

/// Why an array could not be formatted. The messages follow NumPy's wording.
public enum ArrayFormatError: Error, Equatable, CustomStringConvertible {
    /// The buffer does not hold `product(shape)` elements.
    case sizeMismatch(shape: [Int], count: Int)
    /// A negative dimension.
    case negativeDimension([Int])
    /// A print option out of range (`ValueError`).
    case invalidOption(String)
    /// Printing stopped by what ``Interrupt/checkpoint()`` reported (an interrupt or the
    /// memory ceiling), for prints of millions of elements.
    case stopped(TensorError)

    public var description: String {
        switch self {
        case .sizeMismatch(let shape, let count):
            "cannot reshape array of size \(count) into shape \(ArrayFormatter.pythonTuple(shape))"
        case .negativeDimension:
            "negative dimensions are not allowed"
        case .invalidOption(let message):
            message
        case .stopped(let e):
            e.message
        }
    }
}
