/// The NaN-ignoring reductions (`np.nansum`, `np.nanmean`, `np.nanvar`, `np.nanstd`, `np.nanmax`,
/// `np.nanmin`, `np.nanargmax`, `np.nanargmin`, `np.nanmedian`), composed as NumPy's `nanfunctions`
/// compose them: NaNs replaced by a neutral value, then the ordinary reduction. Integer and
/// boolean arrays hold no NaN and take the ordinary reduction.
///
/// ```python
/// np.nanmean([1.0, np.nan, 3.0])     # 2.0
/// np.nanargmax([np.nan, 2.0, 1.0])   # 1
/// ```
extension NDArray {
    /// `(a with NaNs replaced by value, the NaN mask)`, or nil when nothing can be NaN.
    private func replacingNaN(_ value: Double) throws -> (NDArray, NDArray)? {
        guard dtype.isFloatingPoint else { return nil }
        let mask = try NDArray.unary(.isnan, self)
        return (try NDArray.where(mask, .pythonScalar(value), self), mask)
    }

    /// `np.nansum(a, axis, keepdims)`.
    public func nanSum(axes: [Int]? = nil, keepdims: Bool = false) throws -> NDArray {
        try (replacingNaN(0)?.0 ?? self).sum(axes: axes, keepdims: keepdims)
    }

    /// Non-NaN elements per reduced position, as float64.
    private func count(of mask: NDArray, axes: [Int]?, keepdims: Bool) throws -> NDArray {
        try NDArray.unary(.logicalNot, mask).astype(.int64).sum(axes: axes, keepdims: keepdims)
    }

    /// `np.nanmean(a, axis, keepdims)`: NaN where a slice is all NaN.
    public func nanMean(axes: [Int]? = nil, keepdims: Bool = false) throws -> NDArray {
        guard let (filled, mask) = try replacingNaN(0) else { return try mean(axes: axes, keepdims: keepdims) }
        let total = try filled.sum(axes: axes, keepdims: keepdims)
        return try NDArray.binary(.trueDivide, total, count(of: mask, axes: axes, keepdims: keepdims)).astype(total.dtype)
    }

    /// `np.nanvar(a, axis, ddof, keepdims)`: NaN where fewer than `ddof + 1` values remain.
    public func nanVariance(axes: [Int]? = nil, ddof: Int = 0, keepdims: Bool = false) throws -> NDArray {
        guard let (filled, mask) = try replacingNaN(0) else { return try variance(axes: axes, ddof: ddof, keepdims: keepdims) }
        let kept = try count(of: mask, axes: axes, keepdims: true)
        let average = try NDArray.binary(.trueDivide, filled.sum(axes: axes, keepdims: true), kept).astype(dtype)
        let deviation = try NDArray.where(mask, .pythonScalar(0.0), filled - average)
        let squares = try deviation * deviation
        let total = try squares.sum(axes: axes, keepdims: keepdims)
        let dof = try count(of: mask, axes: axes, keepdims: keepdims) - .pythonScalar(ddof)
        let variance = try NDArray.binary(.trueDivide, total, dof).astype(total.dtype)
        return try NDArray.where(dof <= .pythonScalar(0), .pythonScalar(Double.nan), variance)
    }

    /// `np.nanstd(a, axis, ddof, keepdims)`.
    public func nanStd(axes: [Int]? = nil, ddof: Int = 0, keepdims: Bool = false) throws -> NDArray {
        try NDArray.unary(.sqrt, nanVariance(axes: axes, ddof: ddof, keepdims: keepdims))
    }

    /// `np.nanmax` / `np.nanmin`: NaN only where a slice is all NaN.
    public func nanExtreme(max isMax: Bool, axes: [Int]? = nil, keepdims: Bool = false) throws -> NDArray {
        guard let (filled, mask) = try replacingNaN(isMax ? -.infinity : .infinity) else {
            return try reduce(isMax ? .max : .min, axes: axes, keepdims: keepdims)
        }
        let extreme = try filled.reduce(isMax ? .max : .min, axes: axes, keepdims: keepdims)
        let allNaN = try mask.all(axes: axes, keepdims: keepdims)
        return try NDArray.where(allNaN, .pythonScalar(Double.nan), extreme).astype(dtype)
    }

    /// `np.nanargmax` / `np.nanargmin`: `ValueError` when a slice is all NaN.
    public func nanArgExtreme(max isMax: Bool, axis: Int? = nil, keepdims: Bool = false) throws -> NDArray {
        guard let (filled, mask) = try replacingNaN(isMax ? -.infinity : .infinity) else {
            return isMax ? try argmax(axis: axis, keepdims: keepdims) : try argmin(axis: axis, keepdims: keepdims)
        }
        if try mask.all(axes: axis.map { [$0] }).any().truthValue() {
            throw TensorError.value("All-NaN slice encountered")
        }
        return isMax ? try filled.argmax(axis: axis, keepdims: keepdims) : try filled.argmin(axis: axis, keepdims: keepdims)
    }

    /// `np.nanmedian(a, axis, keepdims)`: the median of the non-NaN values of each slice.
    public func nanMedian(axis: Int? = nil, keepdims: Bool = false) throws -> NDArray {
        guard dtype.isFloatingPoint else { return try median(axis: axis, keepdims: keepdims) }
        let lanes = try mapLanes(axis: axis, outputCount: 1) { lane, out in
            let values = lane.filter { !$0.isNaN }.sorted()
            guard !values.isEmpty else { out[0] = .nan; return }
            out[0] = (values[(values.count - 1) / 2] + values[values.count / 2]) / 2
        }
        var result = try lanes.reshape(Array(lanes.shape.dropLast()))
        if keepdims {
            if let axis { result = try result.expandDims([try Shape.normalizeAxis(axis, ndim: ndim)]) }
            else { result = try result.reshape([Int](repeating: 1, count: ndim)) }
        }
        return try result.astype(dtype)
    }
}
