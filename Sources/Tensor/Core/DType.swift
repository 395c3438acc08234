/// The element type of an ``NDArray``: the five NumPy dtypes Cellgrad supports.
///
/// ```python
/// np.zeros(3).dtype            # float64   -> DType.float64
/// np.zeros(3, np.float32)      # float32   -> DType.float32
/// np.arange(3).dtype           # int64     -> DType.int64
/// (np.arange(3) > 1).dtype     # bool      -> DType.bool
/// np.zeros(3, np.uint8)        # uint8     -> DType.uint8 (one byte; image pixels)
/// ```
///
/// uint8 arithmetic wraps modulo 256 as NumPy's and torch's does; kernels without a one-byte
/// loop compute in int64 (``computeDType``) and narrow the result back.
///
/// Promotion follows NumPy 2 (NEP 50): ``DType/promoted(with:)`` for two arrays,
/// and "weak" Python scalars that adopt the array's dtype when the kinds allow
/// (see ``NDArray/isWeakScalar``).
public enum DType: Int, Sendable, CaseIterable, Comparable, CustomStringConvertible {
    case bool = 0
    case uint8 = 1
    case int64 = 2
    case float32 = 3
    case float64 = 4

    /// NumPy's name: `"float32"`, `"int64"`, `"bool"`.
    public var name: String {
        switch self {
        case .bool: return "bool"
        case .uint8: return "uint8"
        case .int64: return "int64"
        case .float32: return "float32"
        case .float64: return "float64"
        }
    }

    public var description: String { name }

    /// Bytes per element, as `np.dtype(...).itemsize`.
    public var itemSize: Int {
        switch self {
        case .bool, .uint8: return 1
        case .int64, .float64: return 8
        case .float32: return 4
        }
    }

    /// NumPy's one-letter kind: `b`, `i`, `f`.
    public var kind: Kind {
        switch self {
        case .bool: return .bool
        case .uint8, .int64: return .integer
        case .float32, .float64: return .float
        }
    }

    /// The dtype integer kernels compute in: uint8 widens to int64 (its results are narrowed
    /// back with wraparound), every other dtype computes in itself.
    public var computeDType: DType { self == .uint8 ? .int64 : self }

    /// The range a Python int must fit to stay a weak scalar of this dtype (NEP 50):
    /// `np.uint8(1) + 300` is an OverflowError, not a silent wrap.
    /// Nil when every int64 fits (int64 itself; floats and bool take any Python int).
    public var integerRange: ClosedRange<Int64>? { self == .uint8 ? 0...255 : nil }

    /// The ordered kinds used by weak-scalar promotion and `same_kind` casting.
    public enum Kind: Int, Sendable, Comparable {
        case bool = 0, integer = 1, float = 2
        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    public var isFloatingPoint: Bool { kind == .float }

    public static func < (a: DType, b: DType) -> Bool { a.rawValue < b.rawValue }

    /// `np.promote_types(self, other)` among the five dtypes.
    ///
    /// ```python
    /// np.promote_types(np.int64, np.float32)   # float64
    /// np.promote_types(np.bool_, np.float32)   # float32
    /// np.promote_types(np.uint8, np.float32)   # float32
    /// np.promote_types(np.uint8, np.int64)     # int64
    /// ```
    public func promoted(with other: DType) -> DType {
        if self == other { return self }
        if self == .bool { return other }
        if other == .bool { return self }
        if (self == .int64 && other == .float32) || (self == .float32 && other == .int64) { return .float64 }
        return max(self, other)
    }

    /// The dtype a Python scalar of this kind defaults to: `int -> int64`, `float -> float64`.
    public static func defaultFor(kind: Kind) -> DType {
        switch kind {
        case .bool: return .bool
        case .integer: return .int64
        case .float: return .float64
        }
    }

    /// True when `np.can_cast(self, to, casting='same_kind')`.
    public func canCastSameKind(to target: DType) -> Bool {
        if kind < target.kind { return true }
        if kind > target.kind { return false }
        return true  // float64 -> float32 is same_kind
    }

    /// Parses NumPy spellings: `"float32"`, `"f4"`, `"float"`, `"int"`, `"int64"`, `"bool"`, `"?"`.
    public init?(numpyName: String) {
        switch numpyName {
        case "float32", "f4", "<f4", "single", "float32_": self = .float32
        case "float64", "f8", "<f8", "float", "double", "float_", "d": self = .float64
        case "int64", "i8", "<i8", "int", "int_", "long", "intp", "l": self = .int64
        case "bool", "?", "bool_", "b1": self = .bool
        case "uint8", "u1", "|u1", "B", "ubyte": self = .uint8
        default: return nil
        }
    }

    /// `repr(np.dtype)`, for error messages: `dtype('float64')`.
    var reprForErrors: String { "dtype('\(name)')" }
}

/// Swift element types that back a ``DType``: `Bool`, `UInt8`, `Int64`, `Float`, `Double`.
public protocol TensorElement: Sendable {
    static var dtype: DType { get }
    /// The value converted as `np.array(x).astype(float64)` does.
    var asDouble: Double { get }
    /// `np.float64(x).astype(Self)` (NumPy's casts: truncation toward zero for ints,
    /// NaN and out-of-range values become `Int64.min`, nonzero is `True`).
    init(castFrom value: Double)
    init(castFrom value: Int64)
    var asInt64: Int64 { get }
}

extension Bool: TensorElement {
    public static var dtype: DType { .bool }
    public var asDouble: Double { self ? 1 : 0 }
    public var asInt64: Int64 { self ? 1 : 0 }
    public init(castFrom value: Double) { self = value != 0 }
    public init(castFrom value: Int64) { self = value != 0 }
}

extension UInt8: TensorElement {
    public static var dtype: DType { .uint8 }
    public var asDouble: Double { Double(self) }
    public var asInt64: Int64 { Int64(self) }
    /// Through int64 and then modulo 256, as NumPy's casts do on x86 (`np.float64(-1).astype(np.uint8)` is 255).
    public init(castFrom value: Double) { self = UInt8(truncatingIfNeeded: Int64(castFrom: value)) }
    public init(castFrom value: Int64) { self = UInt8(truncatingIfNeeded: value) }
}

extension Int64: TensorElement {
    public static var dtype: DType { .int64 }
    public var asDouble: Double { Double(self) }
    public var asInt64: Int64 { self }
    @inline(__always)
    public init(castFrom value: Double) {
        if value.isFinite && value > -9.223372036854775808e18 && value < 9.223372036854775808e18 {
            self = Int64(value)
        } else {
            self = Int64.min
        }
    }
    public init(castFrom value: Int64) { self = value }
}

extension Float: TensorElement {
    public static var dtype: DType { .float32 }
    public var asDouble: Double { Double(self) }
    public var asInt64: Int64 { Int64(castFrom: Double(self)) }
    public init(castFrom value: Double) { self = Float(value) }
    public init(castFrom value: Int64) { self = Float(value) }
}

extension Double: TensorElement {
    public static var dtype: DType { .float64 }
    public var asDouble: Double { self }
    public var asInt64: Int64 { Int64(castFrom: self) }
    public init(castFrom value: Double) { self = value }
    public init(castFrom value: Int64) { self = Double(value) }
}
