/// The unary ufuncs as functions, plus `np.round(decimals)`, `np.clip`, `np.where` and
/// `np.nan_to_num`.
///
/// ```python
/// np.sqrt(np.arange(4))          # [0. 1. 1.41421356 1.73205081]   -> try NDArray.unary(.sqrt, a)
/// np.round([0.5, 1.5, 2.675], 2) # half to even after scaling
/// np.where(a > 0, a, 0)          # -> try NDArray.where(a > 0, a, .pythonScalar(0))
/// ```
extension NDArray {
    /// `np.<ufunc>(a)`: a fresh array.
    public static func unary(_ op: UnaryOp, _ a: NDArray) throws -> NDArray {
        let (compute, output) = try op.resolve(a.dtype)
        // A narrow result (uint8) is computed in its wide dtype and wrapped back at the end.
        let narrowed = output != .bool && output != compute
        let out = try NDArray.uninitialized(a.shape, dtype: narrowed ? compute : output, like: a)
        if out.size < Parallel.threshold && a.dtype == compute {
            try op.run(a, into: out)
            return narrowed ? try out.astype(output) : out
        }
        let ca = try a.converted(to: compute)
        if out.size < Parallel.threshold {
            try op.run(ca, into: out)
        } else {
            try Parallel.splitRows(out, [ca]) { o, ins in try op.run(ins[0], into: o) }
        }
        return narrowed ? try out.astype(output) : out
    }

    /// `-a`.
    public static prefix func - (a: NDArray) throws -> NDArray { try unary(.negative, a) }

    /// `np.round(a, decimals)` / `np.around`: half to even, `rint(a * 10**d) / 10**d` as NumPy
    /// computes it (so `np.round(2.675, 2) == 2.67`). Integers with `decimals >= 0` are copied.
    public static func round(_ a: NDArray, decimals: Int = 0) throws -> NDArray {
        if decimals == 0 && a.dtype.isFloatingPoint { return try unary(.rint, a) }
        switch a.dtype {
        case .uint8:
            return decimals >= 0 ? try a.copy() : try round(a.astype(.int64), decimals: decimals).astype(.uint8)
        case .bool, .int64:
            if decimals >= 0 { return try a.copy() }
            var fd = 1.0
            for _ in 0..<Int(Swift.min(decimals.magnitude, 400)) { fd *= 10 }
            let out = try NDArray.uninitialized(a.shape, dtype: a.dtype == .bool ? .int64 : a.dtype)
            try ElementwiseKernel.unary(try a.converted(to: .int64), into: out) { (x: Int64) -> Int64 in
                fd.isFinite ? Int64(castFrom: (Double(x) / fd).rounded(.toNearestOrEven) * fd) : 0
            }
            return out
        case .float32: return try roundFloat(a, decimals, Float.self)
        case .float64: return try roundFloat(a, decimals, Double.self)
        }
    }

    private static func roundFloat<T: FloatElement>(_ a: NDArray, _ decimals: Int, _ t: T.Type) throws -> NDArray {
        var f: T = 1
        for _ in 0..<Int(Swift.min(decimals.magnitude, 400)) { f *= 10 }  // beyond: inf, as NumPy
        let out = try NDArray.uninitialized(a.shape, dtype: a.dtype)
        if decimals > 0 {
            try ElementwiseKernel.unary(a, into: out) { (x: T) -> T in (x * f).rounded(.toNearestOrEven) / f }
        } else {
            try ElementwiseKernel.unary(a, into: out) { (x: T) -> T in (x / f).rounded(.toNearestOrEven) * f }
        }
        return out
    }

    /// `np.where(condition, x, y)`: elements of `x` where `condition` is truthy, else `y`,
    /// all three broadcast together; dtype is the promotion of `x` and `y`.
    public static func `where`(_ condition: NDArray, _ x: NDArray, _ y: NDArray) throws -> NDArray {
        let dt = BinaryOp.commonDType(x, y)
        let shape = try Shape.broadcast([condition.shape, x.shape, y.shape])
        let c = try condition.converted(to: .bool), xs = try x.converted(to: dt), ys = try y.converted(to: dt)
        let out = try NDArray.uninitialized(shape, dtype: dt)
        switch dt {
        case .bool: try ElementwiseKernel.ternary(c, xs, ys, into: out) { (k: Bool, p: Bool, q: Bool) -> Bool in k ? p : q }
        case .uint8: try ElementwiseKernel.ternary(c, xs, ys, into: out) { (k: Bool, p: UInt8, q: UInt8) -> UInt8 in k ? p : q }
        case .int64: try ElementwiseKernel.ternary(c, xs, ys, into: out) { (k: Bool, p: Int64, q: Int64) -> Int64 in k ? p : q }
        case .float32: try ElementwiseKernel.ternary(c, xs, ys, into: out) { (k: Bool, p: Float, q: Float) -> Float in k ? p : q }
        case .float64: try ElementwiseKernel.ternary(c, xs, ys, into: out) { (k: Bool, p: Double, q: Double) -> Double in k ? p : q }
        }
        return out
    }

    /// `np.clip(a, lo, hi)`: `minimum(maximum(a, lo), hi)`; either bound may be nil (None).
    public static func clip(_ a: NDArray, _ lo: NDArray?, _ hi: NDArray?) throws -> NDArray {
        guard lo != nil || hi != nil else { throw TensorError.value("One of max or min must be given") }
        var r = a
        if let lo { r = try maximum(r, lo) }
        if let hi { r = try minimum(r, hi) }
        return r
    }

    /// `np.nan_to_num(a, nan=0.0, posinf=None, neginf=None)`: NaN to `nan`, ±inf to the
    /// dtype's largest finite values unless given.
    public static func nanToNum(_ a: NDArray, nan: Double = 0, posinf: Double? = nil, neginf: Double? = nil) throws -> NDArray {
        switch a.dtype {
        case .bool, .uint8, .int64: return try a.copy()
        case .float32:
            let out = try NDArray.uninitialized(a.shape, dtype: .float32)
            let n = Float(nan), p = Float(posinf ?? Double(Float.greatestFiniteMagnitude)), m = Float(neginf ?? -Double(Float.greatestFiniteMagnitude))
            try ElementwiseKernel.unary(a, into: out) { (x: Float) -> Float in x.isNaN ? n : (x == .infinity ? p : (x == -.infinity ? m : x)) }
            return out
        case .float64:
            let out = try NDArray.uninitialized(a.shape, dtype: .float64)
            let p = posinf ?? Double.greatestFiniteMagnitude, m = neginf ?? -Double.greatestFiniteMagnitude
            try ElementwiseKernel.unary(a, into: out) { (x: Double) -> Double in x.isNaN ? nan : (x == .infinity ? p : (x == -.infinity ? m : x)) }
            return out
        }
    }
}
