/// The one-operand ufuncs, with NumPy's names and dtype resolution.
///
/// ```python
/// np.exp(np.arange(3)).dtype           # float64 (ints go to float64)
/// np.exp(np.float32([1])).dtype        # float32
/// np.floor(np.arange(3)).dtype         # int64   (NumPy 2 keeps integers)
/// np.isnan(np.float32([1])).dtype      # bool
/// ```
public enum UnaryOp: String, Sendable, CaseIterable {
    case negative, positive, absolute, square, sign
    case floor, ceil, trunc, rint
    case sqrt, exp, log, log2, log10, log1p, expm1
    case sin, cos, tan, arcsin, arccos, arctan, sinh, cosh, tanh
    case logicalNot = "logical_not", isnan, isinf, isfinite

    public var ufuncName: String { rawValue }

    var isTranscendental: Bool {
        switch self {
        case .sqrt, .exp, .log, .log2, .log10, .log1p, .expm1, .sin, .cos, .tan,
             .arcsin, .arccos, .arctan, .sinh, .cosh, .tanh: return true
        default: return false
        }
    }

    /// (compute dtype, output dtype) for an input dtype.
    /// Transcendentals (and `rint`) on bool and uint8 give float16 in NumPy and float32 here;
    /// other uint8 ops compute in int64 and wrap back (`-np.uint8(1)` is 255).
    func resolve(_ input: DType) throws -> (compute: DType, output: DType) {
        switch self {
        case .logicalNot, .isnan, .isinf, .isfinite: return (input.computeDType, .bool)
        case .negative where input == .bool:
            throw TensorError.type("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.")
        case .sign where input == .bool:
            throw TensorError.type("ufunc 'sign' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None")
        case .square where input == .bool: return (.int64, .int64)
        default:
            if (isTranscendental || self == .rint) && !input.isFloatingPoint {
                let t: DType = input == .bool || input == .uint8 ? .float32 : .float64
                return (t, t)
            }
            return (input.computeDType, input)
        }
    }
}

extension UnaryOp {
    func run(_ a: NDArray, into out: NDArray) throws {
        switch a.dtype {
        case .float32: try runFloat(a, into: out, Float.self)
        case .float64: try runFloat(a, into: out, Double.self)
        case .int64: try runInt(a, into: out)
        case .bool: try runBool(a, into: out)
        case .uint8: try runInt(a.astype(.int64), into: out)   // resolve widens first; this is a fallback
        }
    }

    private func runFloat<T: FloatElement>(_ a: NDArray, into out: NDArray, _ t: T.Type) throws {
        typealias K = ElementwiseKernel
        switch self {
        case .negative: try K.unary(a, into: out) { (x: T) -> T in -x }
        case .positive: try K.unary(a, into: out) { (x: T) -> T in x }
        case .absolute: try K.unary(a, into: out) { (x: T) -> T in Swift.abs(x) }
        case .square: try K.unary(a, into: out) { (x: T) -> T in x * x }
        case .sign: try K.unary(a, into: out) { (x: T) -> T in ScalarMath.sign(x) }
        case .floor: try K.unary(a, into: out) { (x: T) -> T in x.rounded(.down) }
        case .ceil: try K.unary(a, into: out) { (x: T) -> T in x.rounded(.up) }
        case .trunc: try K.unary(a, into: out) { (x: T) -> T in x.rounded(.towardZero) }
        case .rint: try K.unary(a, into: out) { (x: T) -> T in x.rounded(.toNearestOrEven) }
        case .sqrt: try K.unary(a, into: out) { (x: T) -> T in x.squareRoot() }
        case .exp: try FastMath.exp(a, into: out, T.self)
        case .log: try K.unary(a, into: out) { (x: T) -> T in T.mLog(x) }
        case .log2: try K.unary(a, into: out) { (x: T) -> T in T.mLog2(x) }
        case .log10: try K.unary(a, into: out) { (x: T) -> T in T.mLog10(x) }
        case .log1p: try K.unary(a, into: out) { (x: T) -> T in T.mLog1p(x) }
        case .expm1: try K.unary(a, into: out) { (x: T) -> T in T.mExpm1(x) }
        case .sin: try K.unary(a, into: out) { (x: T) -> T in T.mSin(x) }
        case .cos: try K.unary(a, into: out) { (x: T) -> T in T.mCos(x) }
        case .tan: try K.unary(a, into: out) { (x: T) -> T in T.mTan(x) }
        case .arcsin: try K.unary(a, into: out) { (x: T) -> T in T.mAsin(x) }
        case .arccos: try K.unary(a, into: out) { (x: T) -> T in T.mAcos(x) }
        case .arctan: try K.unary(a, into: out) { (x: T) -> T in T.mAtan(x) }
        case .sinh: try K.unary(a, into: out) { (x: T) -> T in T.mSinh(x) }
        case .cosh: try K.unary(a, into: out) { (x: T) -> T in T.mCosh(x) }
        case .tanh: try K.unary(a, into: out) { (x: T) -> T in T.mTanh(x) }
        case .logicalNot: try K.unary(a, into: out) { (x: T) -> Bool in x == 0 }
        case .isnan: try K.unary(a, into: out) { (x: T) -> Bool in x.isNaN }
        case .isinf: try K.unary(a, into: out) { (x: T) -> Bool in x.isInfinite }
        case .isfinite: try K.unary(a, into: out) { (x: T) -> Bool in x.isFinite }
        }
    }

    private func runInt(_ a: NDArray, into out: NDArray) throws {
        typealias K = ElementwiseKernel
        typealias T = Int64
        switch self {
        case .negative: try K.unary(a, into: out) { (x: T) -> T in 0 &- x }
        case .positive, .floor, .ceil, .trunc: try K.unary(a, into: out) { (x: T) -> T in x }
        case .absolute: try K.unary(a, into: out) { (x: T) -> T in x < 0 ? 0 &- x : x }
        case .square: try K.unary(a, into: out) { (x: T) -> T in x &* x }
        case .sign: try K.unary(a, into: out) { (x: T) -> T in x > 0 ? 1 : (x < 0 ? -1 : 0) }
        case .logicalNot: try K.unary(a, into: out) { (x: T) -> Bool in x == 0 }
        case .isnan, .isinf: try K.unary(a, into: out) { (_: T) -> Bool in false }
        case .isfinite: try K.unary(a, into: out) { (_: T) -> Bool in true }
        default: throw TensorError.type("ufunc '\(ufuncName)' not supported for the input types")
        }
    }

    private func runBool(_ a: NDArray, into out: NDArray) throws {
        typealias K = ElementwiseKernel
        typealias T = Bool
        switch self {
        case .positive, .absolute, .floor, .ceil, .trunc: try K.unary(a, into: out) { (x: T) -> T in x }
        case .logicalNot: try K.unary(a, into: out) { (x: T) -> Bool in !x }
        case .isnan, .isinf: try K.unary(a, into: out) { (_: T) -> Bool in false }
        case .isfinite: try K.unary(a, into: out) { (_: T) -> Bool in true }
        default: throw TensorError.type("ufunc '\(ufuncName)' not supported for the input types")
        }
    }
}
