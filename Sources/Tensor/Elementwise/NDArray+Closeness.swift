/// Approximate and exact comparison of whole arrays: `isclose`, `allclose`, `array_equal`.
///
/// ```python
/// np.isclose([1.0, np.nan], [1.0 + 1e-9, np.nan])                  # [ True False]
/// np.allclose([1e10, 1e-7], [1.00001e10, 1e-8])                     # False
/// np.array_equal([1, 2], [1, 2])                                    # True
/// ```
extension NDArray {
    /// `np.isclose(a, b, rtol, atol, equal_nan)`: `|a - b| <= atol + rtol * |b|`, with
    /// infinities equal only to themselves.
    public static func isclose(_ a: NDArray, _ b: NDArray, rtol: Double = 1e-5, atol: Double = 1e-8,
                               equalNaN: Bool = false) throws -> NDArray {
        let shape = try Shape.broadcast(a.shape, b.shape)
        let x = try a.broadcast(to: shape).astype(.float64), y = try b.broadcast(to: shape).astype(.float64)
        let out = try NDArray.uninitialized(shape, dtype: .bool)
        try ElementwiseKernel.binary(x, y, into: out) { (p: Double, q: Double) -> Bool in
            if p.isNaN || q.isNaN { return equalNaN && p.isNaN && q.isNaN }
            if p.isInfinite || q.isInfinite { return p == q }
            return Swift.abs(p - q) <= atol + rtol * Swift.abs(q)
        }
        return out
    }

    /// `np.allclose(a, b, rtol, atol, equal_nan)`.
    public static func allclose(_ a: NDArray, _ b: NDArray, rtol: Double = 1e-5, atol: Double = 1e-8,
                                equalNaN: Bool = false) throws -> Bool {
        try isclose(a, b, rtol: rtol, atol: atol, equalNaN: equalNaN).elements(as: Bool.self).allSatisfy { $0 }
    }

    /// `np.array_equal(a, b, equal_nan)`: same shape and equal elements.
    public static func arrayEqual(_ a: NDArray, _ b: NDArray, equalNaN: Bool = false) throws -> Bool {
        guard a.shape == b.shape else { return false }
        let eq = try binary(.equal, a, b).elements(as: Bool.self)
        if !equalNaN { return eq.allSatisfy { $0 } }
        let an = try unary(.isnan, a).elements(as: Bool.self), bn = try unary(.isnan, b).elements(as: Bool.self)
        for i in 0..<eq.count where !eq[i] && !(an[i] && bn[i]) { return false }
        return true
    }

    /// `np.count_nonzero(a)`.
    public func countNonzero() throws -> Int {
        try converted(to: .bool).elements(as: Bool.self).reduce(0) { $0 + ($1 ? 1 : 0) }
    }
}
