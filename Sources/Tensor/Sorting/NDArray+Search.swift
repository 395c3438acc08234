/// `searchsorted` and `take`: positions in a sorted 1-D array, and gathering by index along an axis.
///
/// ```python
/// np.searchsorted([1, 2, 2, 3], [2, 5])                # [1 4]   (side='left')
/// np.searchsorted([1, 2, 2, 3], 2, side='right')       # 3
/// np.take(np.arange(10).reshape(2, 5), [0, 4], axis=1) # [[0 4] [5 9]]
/// ```
extension NDArray {
    /// `np.searchsorted(self, values, side)`: int64 insertion points with the shape of `values`.
    /// NaN sorts last, as in `np.sort`.
    public func searchsorted(_ values: NDArray, right: Bool = false) throws -> NDArray {
        guard ndim == 1 else { throw TensorError.value("object too deep for desired array") }
        let sorted = try astype(.float64).doubles
        let v = try values.astype(.float64)
        func less(_ a: Double, _ b: Double) -> Bool { a < b || (!a.isNaN && b.isNaN) }
        let out = v.doubles.map { x -> Int64 in
            var lo = 0, hi = sorted.count
            while lo < hi {
                let mid = (lo + hi) / 2
                let goRight = right ? !less(x, sorted[mid]) : less(sorted[mid], x)
                if goRight { lo = mid + 1 } else { hi = mid }
            }
            return Int64(lo)
        }
        return try NDArray(out, shape: values.shape)
    }

    /// `np.take(self, indices, axis)`: `self[..., indices, ...]` with `indices` on `axis`
    /// (`axis: nil` indexes the flattened array). Negative indices count from the end.
    public func take(_ indices: NDArray, axis: Int? = nil) throws -> NDArray {
        guard let axis else { return try ravel().take(indices, axis: 0) }
        let ax = try Shape.normalizeAxis(axis, ndim: ndim)
        var items = [IndexItem](repeating: .all, count: ax)
        items.append(.array(try indices.converted(to: .int64)))
        return try getItem(items)
    }
}
