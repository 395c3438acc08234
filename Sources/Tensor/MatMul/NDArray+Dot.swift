/// `dot`, `tensordot`, `inner`, `outer` built on ``NDArray/matmul(_:_:)``.
///
/// ```python
/// np.dot([1, 2], [3, 4])                          # 11 (0-d)
/// np.tensordot(np.ones((3, 4, 5)), np.ones((4, 3, 2)), axes=([0, 1], [1, 0])).shape  # (5, 2)
/// np.outer([1, 2], [3, 4, 5]).shape                # (2, 3)
/// ```
extension NDArray {
    /// `np.dot(a, b)`.
    public static func dot(_ a: NDArray, _ b: NDArray) throws -> NDArray {
        if a.ndim == 0 || b.ndim == 0 { return try a * b }
        if a.ndim <= 2 && b.ndim <= 2 {
            if a.ndim == 1 && b.ndim == 1 && a.shape[0] != b.shape[0] {
                throw TensorError.value("shapes \(Shape.numpyString(a.shape)) and \(Shape.numpyString(b.shape)) not aligned: \(a.shape[0]) (dim 0) != \(b.shape[0]) (dim 0)")
            }
            if a.ndim == 2 && b.shape[0] != a.shape[1] {
                throw TensorError.value("shapes \(Shape.numpyString(a.shape)) and \(Shape.numpyString(b.shape)) not aligned: \(a.shape[1]) (dim 1) != \(b.shape[0]) (dim 0)")
            }
            return try matmul(a, b)
        }
        let bAxis = b.ndim == 1 ? 0 : b.ndim - 2
        return try tensordot(a, b, axesA: [a.ndim - 1], axesB: [bAxis])
    }

    /// `np.tensordot(a, b, axes=(axesA, axesB))`: sums products over the paired axes; the
    /// result has `a`'s free axes then `b`'s.
    public static func tensordot(_ a: NDArray, _ b: NDArray, axesA: [Int], axesB: [Int]) throws -> NDArray {
        guard axesA.count == axesB.count else { throw TensorError.value("shape-mismatch for sum") }
        let ca = try Shape.normalizeAxes(axesA, ndim: a.ndim), cb = try Shape.normalizeAxes(axesB, ndim: b.ndim)
        for (x, y) in zip(ca, cb) where a.shape[x] != b.shape[y] { throw TensorError.value("shape-mismatch for sum") }
        let freeA = (0..<a.ndim).filter { !ca.contains($0) }, freeB = (0..<b.ndim).filter { !cb.contains($0) }
        let kSize = ca.reduce(1) { $0 * a.shape[$1] }
        let mShape = freeA.map { a.shape[$0] }, nShape = freeB.map { b.shape[$0] }
        let am = try a.transpose(freeA + ca).reshape([mShape.reduce(1, *), kSize])
        let bm = try b.transpose(cb + freeB).reshape([kSize, nShape.reduce(1, *)])
        return try matmul(am, bm).reshape(mShape + nShape)
    }

    /// `np.tensordot(a, b, axes=n)`: the last `n` axes of `a` with the first `n` of `b`.
    public static func tensordot(_ a: NDArray, _ b: NDArray, axes n: Int = 2) throws -> NDArray {
        guard n >= 0, n <= a.ndim, n <= b.ndim else { throw TensorError.value("shape-mismatch for sum") }
        return try tensordot(a, b, axesA: Array((a.ndim - n)..<a.ndim), axesB: Array(0..<n))
    }

    /// `np.inner(a, b)`: sums over the last axes of both.
    public static func inner(_ a: NDArray, _ b: NDArray) throws -> NDArray {
        if a.ndim == 0 || b.ndim == 0 { return try a * b }
        guard a.shape.last == b.shape.last else {
            throw TensorError.value("shapes \(Shape.numpyString(a.shape)) and \(Shape.numpyString(b.shape)) not aligned: \(a.shape.last ?? 0) (dim \(a.ndim - 1)) != \(b.shape.last ?? 0) (dim \(b.ndim - 1))")
        }
        return try tensordot(a, b, axesA: [-1], axesB: [-1])
    }

    /// `np.outer(a, b)`: `ravel(a)[:, None] * ravel(b)[None, :]`.
    public static func outer(_ a: NDArray, _ b: NDArray) throws -> NDArray {
        try a.ravel().reshape([-1, 1]) * b.ravel().reshape([1, -1])
    }

    /// `np.cross(a, b)` for 3-vectors along the last axis.
    public static func cross(_ a: NDArray, _ b: NDArray) throws -> NDArray {
        guard a.shape.last == 3, b.shape.last == 3 else {
            throw TensorError.value("incompatible dimensions for cross product\n(dimension must be 2 or 3)")
        }
        func c(_ x: NDArray, _ i: Int) throws -> NDArray { try x.take(index: i, axis: -1) }
        let x = try c(a, 1) * c(b, 2) - c(a, 2) * c(b, 1)
        let y = try c(a, 2) * c(b, 0) - c(a, 0) * c(b, 2)
        let z = try c(a, 0) * c(b, 1) - c(a, 1) * c(b, 0)
        return try stack([x, y, z], axis: -1)
    }
}
