/// Reordering and triangles: flip, roll, diag, diagonal, trace, tril, triu.
///
/// ```python
/// np.flip(np.arange(4))        # [3 2 1 0]  (a view with a negative stride)
/// np.roll(np.arange(5), 2)     # [3 4 0 1 2]
/// np.diag([1, 2])              # [[1 0] [0 2]];  np.diag(m) -> the diagonal
/// np.tril(np.ones((3, 3)), -1) # strictly lower triangle
/// ```
extension NDArray {
    /// `np.flip(a, axis)`: a view reversing `axes` (all when nil).
    public func flip(_ axes: [Int]? = nil) throws -> NDArray {
        let ax = try axes.map { try Shape.normalizeAxes($0, ndim: ndim) } ?? Array(0..<ndim)
        var st = strides, off = offset
        for a in ax where shape[a] > 0 {
            off += (shape[a] - 1) * strides[a]
            st[a] = -strides[a]
        }
        return view(shape: shape, strides: st, offset: off)
    }

    /// `np.roll(a, shift, axis)`: a copy; `axis: nil` rolls the flattened array.
    public func roll(_ shift: Int, axis: Int? = nil) throws -> NDArray {
        guard let axis else { return try ravel().roll(shift, axis: 0).reshape(shape) }
        let ax = try Shape.normalizeAxis(axis, ndim: ndim)
        let n = shape[ax]
        if n == 0 { return try copy() }
        var s = shift % n
        if s < 0 { s += n }
        var lead = [IndexItem](repeating: .all, count: ax)
        lead.append(.slice(start: n - s, stop: nil, step: nil))
        var tail = [IndexItem](repeating: .all, count: ax)
        tail.append(.slice(start: nil, stop: n - s, step: nil))
        return try NDArray.concatenate([getItem(lead), getItem(tail)], axis: ax)
    }

    /// `np.diag(v, k)`: a 2-D array with 1-D `v` on diagonal `k`, or the diagonal of a 2-D array (copy).
    public func diag(_ k: Int = 0) throws -> NDArray {
        switch ndim {
        case 1:
            guard k > Int.min / 2 && k < Int.max / 2 else { throw TensorError.value("diagonal offset \(k) is too large") }
            let (n, overflow) = shape[0].addingReportingOverflow(Swift.abs(k))
            if overflow { throw TensorError.value("diagonal offset \(k) is too large") }
            let out = try NDArray(zeros: [n, n], dtype: dtype)
            let d = try out.diagonal(k)
            var dd = d
            dd.copyElements(from: self)
            return out
        case 2: return try diagonal(k).copy()
        default: throw TensorError.value("Input must be 1- or 2-d.")
        }
    }

    /// `a.diagonal(k)` of a 2-D array: a strided view.
    public func diagonal(_ k: Int = 0) throws -> NDArray {
        guard ndim == 2 else { throw TensorError.value("diag requires an array of at least two dimensions") }
        let rows = shape[0], cols = shape[1]
        // Compared before negating or subtracting: k may be any Int (np.diag(m, k=-2**63)).
        let n = k >= 0 ? (k >= cols ? 0 : Swift.min(rows, cols - k)) : (k <= -rows ? 0 : Swift.min(rows + k, cols))
        let start = n == 0 ? (0, 0) : (k >= 0 ? (0, k) : (-k, 0))
        let off = n > 0 ? offset + start.0 * strides[0] + start.1 * strides[1] : offset
        return view(shape: [n], strides: [strides[0] + strides[1]], offset: off)
    }

    /// `np.trace(a)`: sum of the main diagonal.
    public func trace(_ k: Int = 0) throws -> NDArray { try diagonal(k).sum() }

    /// `np.tril(a, k)`: zeros above diagonal `k` of the last two axes.
    public func tril(_ k: Int = 0) throws -> NDArray { try triangle(k, lower: true) }

    /// `np.triu(a, k)`: zeros below diagonal `k` of the last two axes.
    public func triu(_ k: Int = 0) throws -> NDArray { try triangle(k, lower: false) }

    private func triangle(_ k: Int, lower: Bool) throws -> NDArray {
        guard ndim >= 2 else { throw TensorError.value("input array must be at least 2-d") }
        let r = shape[ndim - 2], c = shape[ndim - 1]
        var maskVals = [Bool](repeating: false, count: r * c)
        for i in 0..<r { for j in 0..<c { maskVals[i * c + j] = lower ? (j - i <= k) : (j - i >= k) } }
        let mask = try NDArray(maskVals, shape: [r, c])
        return try NDArray.where(mask, self, NDArray(scalar: .int(0), dtype: dtype))
    }

    /// `np.tri(N, M, k)`: ones at and below diagonal `k`.
    public static func tri(_ n: Int, _ m: Int? = nil, k: Int = 0, dtype: DType = .float64) throws -> NDArray {
        try NDArray.ones([n, m ?? n], dtype: dtype).tril(k)
    }
}
