/// Each binary ufunc's scalar rule per compute dtype, handed to ``ElementwiseKernel/binary``.
/// Inputs arrive already cast to the compute dtype; `out` has the output dtype.
///
/// ```python
/// np.floor_divide(np.float32([7, -7]), 2)   # float rule: [ 3. -4.]
/// np.floor_divide(np.array([7, -7]), 0)     # int rule: [0 0] (NumPy warns)
/// np.add(np.array([True]), np.array([True]))  # bool rule: logical or -> [ True]
/// ```
extension BinaryOp {
    func run(_ a: NDArray, _ b: NDArray, into out: NDArray) throws {
        if isLogical { return try runLogical(a, b, into: out) }
        switch a.dtype {
        case .float32: try runFloat(a, b, into: out, Float.self)
        case .float64: try runFloat(a, b, into: out, Double.self)
        case .int64: try runInt(a, b, into: out)
        case .bool: try runBool(a, b, into: out)
        case .uint8: try runInt(a.astype(.int64), b.astype(.int64), into: out)   // resolve widens first; this is a fallback
        }
    }

    private func runFloat<T: FloatElement>(_ a: NDArray, _ b: NDArray, into out: NDArray, _ t: T.Type) throws {
        typealias K = ElementwiseKernel
        switch self {
        case .add: try K.binary(a, b, into: out) { (x: T, y: T) -> T in x + y }
        case .subtract: try K.binary(a, b, into: out) { (x: T, y: T) -> T in x - y }
        case .multiply: try K.binary(a, b, into: out) { (x: T, y: T) -> T in x * y }
        case .trueDivide: try K.binary(a, b, into: out) { (x: T, y: T) -> T in x / y }
        case .floorDivide: try K.binary(a, b, into: out) { (x: T, y: T) -> T in ScalarMath.floorDivide(x, y) }
        case .remainder: try K.binary(a, b, into: out) { (x: T, y: T) -> T in ScalarMath.remainder(x, y) }
        case .power: try K.binary(a, b, into: out) { (x: T, y: T) -> T in T.mPow(x, y) }
        case .maximum: try K.binary(a, b, into: out) { (x: T, y: T) -> T in ScalarMath.maximum(x, y) }
        case .minimum: try K.binary(a, b, into: out) { (x: T, y: T) -> T in ScalarMath.minimum(x, y) }
        case .arctan2: try K.binary(a, b, into: out) { (x: T, y: T) -> T in T.mAtan2(x, y) }
        case .equal: try K.binary(a, b, into: out) { (x: T, y: T) -> Bool in x == y }
        case .notEqual: try K.binary(a, b, into: out) { (x: T, y: T) -> Bool in x != y }
        case .less: try K.binary(a, b, into: out) { (x: T, y: T) -> Bool in x < y }
        case .lessEqual: try K.binary(a, b, into: out) { (x: T, y: T) -> Bool in x <= y }
        case .greater: try K.binary(a, b, into: out) { (x: T, y: T) -> Bool in x > y }
        case .greaterEqual: try K.binary(a, b, into: out) { (x: T, y: T) -> Bool in x >= y }
        case .logicalAnd, .logicalOr, .logicalXor: try runLogical(a, b, into: out)
        }
    }

    private func runInt(_ a: NDArray, _ b: NDArray, into out: NDArray) throws {
        typealias K = ElementwiseKernel
        typealias T = Int64
        switch self {
        case .add: try K.binary(a, b, into: out) { (x: T, y: T) -> T in x &+ y }
        case .subtract: try K.binary(a, b, into: out) { (x: T, y: T) -> T in x &- y }
        case .multiply: try K.binary(a, b, into: out) { (x: T, y: T) -> T in x &* y }
        case .floorDivide: try K.binary(a, b, into: out) { (x: T, y: T) -> T in ScalarMath.floorDivide(x, y) }
        case .remainder: try K.binary(a, b, into: out) { (x: T, y: T) -> T in ScalarMath.remainder(x, y) }
        case .power:
            if b.elements(as: Int64.self).contains(where: { $0 < 0 }) {
                throw TensorError.value("Integers to negative integer powers are not allowed.")
            }
            try K.binary(a, b, into: out) { (x: T, y: T) -> T in ScalarMath.power(x, y) }
        case .maximum: try K.binary(a, b, into: out) { (x: T, y: T) -> T in Swift.max(x, y) }
        case .minimum: try K.binary(a, b, into: out) { (x: T, y: T) -> T in Swift.min(x, y) }
        case .equal: try K.binary(a, b, into: out) { (x: T, y: T) -> Bool in x == y }
        case .notEqual: try K.binary(a, b, into: out) { (x: T, y: T) -> Bool in x != y }
        case .less: try K.binary(a, b, into: out) { (x: T, y: T) -> Bool in x < y }
        case .lessEqual: try K.binary(a, b, into: out) { (x: T, y: T) -> Bool in x <= y }
        case .greater: try K.binary(a, b, into: out) { (x: T, y: T) -> Bool in x > y }
        case .greaterEqual: try K.binary(a, b, into: out) { (x: T, y: T) -> Bool in x >= y }
        case .trueDivide, .arctan2:
            throw TensorError.type("ufunc '\(ufuncName)' not supported for the input types")
        case .logicalAnd, .logicalOr, .logicalXor: try runLogical(a, b, into: out)
        }
    }

    private func runBool(_ a: NDArray, _ b: NDArray, into out: NDArray) throws {
        typealias K = ElementwiseKernel
        typealias T = Bool
        switch self {
        case .add, .maximum, .logicalOr: try K.binary(a, b, into: out) { (x: T, y: T) -> T in x || y }
        case .multiply, .minimum, .logicalAnd: try K.binary(a, b, into: out) { (x: T, y: T) -> T in x && y }
        case .equal: try K.binary(a, b, into: out) { (x: T, y: T) -> Bool in x == y }
        case .notEqual, .logicalXor: try K.binary(a, b, into: out) { (x: T, y: T) -> Bool in x != y }
        case .less: try K.binary(a, b, into: out) { (x: T, y: T) -> Bool in !x && y }
        case .lessEqual: try K.binary(a, b, into: out) { (x: T, y: T) -> Bool in !x || y }
        case .greater: try K.binary(a, b, into: out) { (x: T, y: T) -> Bool in x && !y }
        case .greaterEqual: try K.binary(a, b, into: out) { (x: T, y: T) -> Bool in x || !y }
        default:
            throw TensorError.type("ufunc '\(ufuncName)' did not contain a loop with signature matching types (<class 'numpy.dtypes.BoolDType'>, <class 'numpy.dtypes.BoolDType'>) -> None")
        }
    }

    /// Logical ops cast both inputs to bool (truthiness) first.
    private func runLogical(_ a: NDArray, _ b: NDArray, into out: NDArray) throws {
        let ab = try a.converted(to: .bool), bb = try b.converted(to: .bool)
        typealias T = Bool
        switch self {
        case .logicalAnd: try ElementwiseKernel.binary(ab, bb, into: out) { (x: T, y: T) -> T in x && y }
        case .logicalOr: try ElementwiseKernel.binary(ab, bb, into: out) { (x: T, y: T) -> T in x || y }
        default: try ElementwiseKernel.binary(ab, bb, into: out) { (x: T, y: T) -> T in x != y }
        }
    }
}
