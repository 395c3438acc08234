/// The two-operand ufuncs, with NumPy's names and dtype resolution.
///
/// ```python
/// np.add(np.int64(1), np.float32(1)).dtype     # float64  (promotion)
/// np.true_divide([1], [2]).dtype               # float64  (ints divide to float)
/// (np.arange(3) < 2).dtype                     # bool     (comparisons)
/// ```
public enum BinaryOp: String, Sendable, CaseIterable {
    case add, subtract, multiply
    case trueDivide = "divide", floorDivide = "floor_divide", remainder, power
    case maximum, minimum, arctan2
    case equal, notEqual = "not_equal", less, lessEqual = "less_equal", greater, greaterEqual = "greater_equal"
    case logicalAnd = "logical_and", logicalOr = "logical_or", logicalXor = "logical_xor"

    /// NumPy's ufunc name, as in error messages (`'add'`, `'floor_divide'`).
    public var ufuncName: String { rawValue }

    var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return true
        default: return false
        }
    }

    var isLogical: Bool { self == .logicalAnd || self == .logicalOr || self == .logicalXor }

    /// The dtype both inputs are cast to and the output dtype.
    ///
    /// Bool inputs follow NumPy: `+` is logical or, `*` logical and, `-` a `TypeError`;
    /// `//`, `%`, `**` give int8 in NumPy and int64 here (Cellgrad has no int8).
    ///
    /// A uint8 result computes in int64 (``DType/computeDType``) and is narrowed back, wrapping
    /// modulo 256; a Python int that does not fit uint8 is NumPy's OverflowError.
    func resolve(_ a: NDArray, _ b: NDArray) throws -> (compute: DType, output: DType) {
        let common = Self.commonDType(a, b)
        if isLogical { return (common, .bool) }
        if isComparison { return (common.computeDType, .bool) }
        try Self.checkWeakScalarFits(a, common)
        try Self.checkWeakScalarFits(b, common)
        switch self {
        case .trueDivide, .arctan2:
            let t: DType = common.isFloatingPoint ? common : (common == .bool && self == .arctan2 ? .float32 : .float64)
            return (t, t)
        case .subtract where common == .bool:
            throw TensorError.type("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.")
        case .floorDivide, .remainder, .power:
            let t: DType = common == .bool ? .int64 : common
            return (t.computeDType, t)
        default:
            return (common.computeDType, common)
        }
    }

    /// NEP 50: a weak Python int must fit the integer dtype it adopts (`uint8_array + 300` raises).
    static func checkWeakScalarFits(_ x: NDArray, _ dtype: DType) throws {
        guard x.isWeakScalar, x.dtype == .int64, let range = dtype.integerRange else { return }
        let v = x.start(Int64.self).pointee
        if !range.contains(v) { throw TensorError.scalarOutOfBounds(value: v, dtype: dtype) }
    }

    /// NEP 50 promotion of two operands, where a weak Python scalar defers to an array whose
    /// kind is at least its own.
    static func commonDType(_ a: NDArray, _ b: NDArray) -> DType {
        switch (a.isWeakScalar, b.isWeakScalar) {
        case (true, false): return weakPromote(array: b.dtype, scalar: a.dtype)
        case (false, true): return weakPromote(array: a.dtype, scalar: b.dtype)
        default: return a.dtype.promoted(with: b.dtype)
        }
    }

    static func weakPromote(array: DType, scalar: DType) -> DType {
        scalar.kind <= array.kind ? array : DType.defaultFor(kind: scalar.kind)
    }
}
