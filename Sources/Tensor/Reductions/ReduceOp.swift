/// The associative reductions (`np.add.reduce` and friends) with NumPy's dtype rules.
///
/// ```python
/// np.sum(np.arange(4)).dtype          # int64
/// np.sum(np.ones(3, bool))            # 3 (int64)
/// np.max(np.zeros(0))                 # ValueError: zero-size array to reduction operation maximum which has no identity
/// ```
public enum ReduceOp: String, Sendable {
    case sum, prod, max, min, all, any

    /// NumPy's ufunc name used in errors: `maximum`, `minimum`.
    var ufuncName: String {
        switch self {
        case .sum: return "add"
        case .prod: return "multiply"
        case .max: return "maximum"
        case .min: return "minimum"
        case .all: return "logical_and"
        case .any: return "logical_or"
        }
    }

    /// Output dtype for an input dtype (uint8 sums are int64 here, as torch's; NumPy's are uint64).
    func outputDType(_ input: DType) -> DType {
        switch self {
        case .sum, .prod: return input == .bool || input == .uint8 ? .int64 : input
        case .max, .min: return input
        case .all, .any: return .bool
        }
    }

    var identity: ScalarValue? {
        switch self {
        case .sum: return .int(0)
        case .prod: return .int(1)
        case .all: return .bool(true)
        case .any: return .bool(false)
        case .max, .min: return nil
        }
    }
}

extension ReduceOp {
    /// Reduces one run of `n` elements (`stride` apart) to one value.
    @inline(__always)
    func block<T: TensorElement>(_ p: UnsafePointer<T>, _ n: Int, _ stride: Int) -> T {
        switch T.self {
        case is Float.Type: return unsafeBitCast(floatBlock(UnsafeRawPointer(p).assumingMemoryBound(to: Float.self), n, stride), to: T.self)
        case is Double.Type: return unsafeBitCast(floatBlock(UnsafeRawPointer(p).assumingMemoryBound(to: Double.self), n, stride), to: T.self)
        case is Int64.Type: return unsafeBitCast(intBlock(UnsafeRawPointer(p).assumingMemoryBound(to: Int64.self), n, stride), to: T.self)
        default: return unsafeBitCast(boolBlock(UnsafeRawPointer(p).assumingMemoryBound(to: Bool.self), n, stride), to: T.self)
        }
    }

    private func floatBlock<T: FloatElement>(_ p: UnsafePointer<T>, _ n: Int, _ s: Int) -> T {
        switch self {
        case .sum: return PairwiseSum.sum(p, n, s)
        case .prod:
            var r: T = 1
            for i in 0..<n { r *= p[i * s] }
            return r
        case .max, .min:
            if s == 1 {
                if T.self == Float.self {
                    let r = SIMDExtrema.extreme(UnsafeRawPointer(p).assumingMemoryBound(to: Float.self), n, max: self == .max)
                    return unsafeBitCast(r, to: T.self)
                }
                if T.self == Double.self {
                    let r = SIMDExtrema.extreme(UnsafeRawPointer(p).assumingMemoryBound(to: Double.self), n, max: self == .max)
                    return unsafeBitCast(r, to: T.self)
                }
            }
            var r = p[0]
            for i in 1..<Swift.max(n, 1) { r = self == .max ? ScalarMath.maximum(r, p[i * s]) : ScalarMath.minimum(r, p[i * s]) }
            return r
        case .all, .any: return 0
        }
    }

    private func intBlock(_ p: UnsafePointer<Int64>, _ n: Int, _ s: Int) -> Int64 {
        switch self {
        case .sum:
            var r: Int64 = 0
            for i in 0..<n { r &+= p[i * s] }
            return r
        case .prod:
            var r: Int64 = 1
            for i in 0..<n { r = r &* p[i * s] }
            return r
        case .max:
            var r = p[0]
            for i in 1..<Swift.max(n, 1) { r = Swift.max(r, p[i * s]) }
            return r
        case .min:
            var r = p[0]
            for i in 1..<Swift.max(n, 1) { r = Swift.min(r, p[i * s]) }
            return r
        case .all, .any: return 0
        }
    }

    private func boolBlock(_ p: UnsafePointer<Bool>, _ n: Int, _ s: Int) -> Bool {
        switch self {
        case .all, .min, .prod:
            for i in 0..<n where !p[i * s] { return false }
            return true
        case .any, .max, .sum:
            for i in 0..<n where p[i * s] { return true }
            return false
        }
    }

    /// The elementwise combination used when reducing along a leading axis.
    var combiner: BinaryOp {
        switch self {
        case .sum: return .add
        case .prod: return .multiply
        case .max: return .maximum
        case .min: return .minimum
        case .all: return .logicalAnd
        case .any: return .logicalOr
        }
    }
}
