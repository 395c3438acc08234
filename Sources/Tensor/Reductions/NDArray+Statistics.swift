/// `mean`, `var`, `std` and `median`, composed from reductions exactly as NumPy's
/// `_methods.py` composes them, so the rounding matches.
///
/// ```python
/// np.arange(4).mean()                   # 1.5 (float64 for ints)
/// np.float32([1, 2]).mean().dtype       # float32
/// np.var([1, 2, 3, 4], ddof=1)          # 1.6666666666666667
/// np.median([[1, 3], [2, 4]], axis=0)   # [1.5 3.5]
/// ```
extension NDArray {
    /// `a.mean(axis, keepdims)`: sum (in float64 for int/bool input) divided by the count.
    public func mean(axes: [Int]? = nil, keepdims: Bool = false) throws -> NDArray {
        let ax = try axes.map { try Shape.normalizeAxes($0, ndim: ndim) } ?? Array(0..<ndim)
        let count = ax.reduce(1) { $0 * shape[$1] }
        if dtype == .uint8 {
            // Sums of bytes are exact integers, so summing them first gives NumPy's float64 sum
            // without a float64 copy of the pixels.
            return try reduce(.sum, axes: ax, keepdims: keepdims).astype(.float64) / .pythonScalar(count)
        }
        let src = dtype.isFloatingPoint ? self : try astype(.float64)
        let s = try src.reduce(.sum, axes: ax, keepdims: keepdims)
        return try s / .pythonScalar(count)
    }

    /// `a.var(axis, ddof, keepdims)`: `sum((a - mean)**2) / (n - ddof)`.
    public func variance(axes: [Int]? = nil, ddof: Int = 0, keepdims: Bool = false) throws -> NDArray {
        let ax = try axes.map { try Shape.normalizeAxes($0, ndim: ndim) } ?? Array(0..<ndim)
        let count = ax.reduce(1) { $0 * shape[$1] }
        let src = dtype.isFloatingPoint ? self : try astype(.float64)
        let m = try src.reduce(.sum, axes: ax, keepdims: true) / .pythonScalar(count)
        let x = try src - m
        let sq = try x * x
        let s = try sq.reduce(.sum, axes: ax, keepdims: keepdims)
        return try s / .pythonScalar(Swift.max(count - ddof, 0))
    }

    /// `a.std(axis, ddof, keepdims)`: `sqrt(var)`.
    public func std(axes: [Int]? = nil, ddof: Int = 0, keepdims: Bool = false) throws -> NDArray {
        try NDArray.unary(.sqrt, variance(axes: axes, ddof: ddof, keepdims: keepdims))
    }

    /// `np.median(a, axis, keepdims)`: middle of the sorted values (mean of the two middle
    /// ones for even counts); NaN when a NaN is present. Float64 for integer input.
    public func median(axis: Int? = nil, keepdims: Bool = false) throws -> NDArray {
        let src = dtype.isFloatingPoint ? self : try astype(.float64)
        let flat: NDArray
        let ax: Int
        if let axis {
            ax = try Shape.normalizeAxis(axis, ndim: ndim)
            flat = try src.moveaxis([ax], [-1]).copy()
        } else {
            ax = -1
            flat = try src.flatten()
        }
        let n = flat.shape.last ?? 1
        guard n > 0 else { throw TensorError.index("index -1 is out of bounds for axis 0 with size 0") }
        let sorted = try flat.sorted(axis: -1)
        let lo = try sorted.take(index: (n - 1) / 2, axis: -1)
        let hi = try sorted.take(index: n / 2, axis: -1)
        var med = try (lo + hi) / .pythonScalar(2)
        // NaN sorts last: propagate it
        let last = try sorted.take(index: n - 1, axis: -1)
        med = try NDArray.where(NDArray.unary(.isnan, last), last, med)
        if keepdims {
            if axis == nil { med = try med.reshape([Int](repeating: 1, count: ndim)) }
            else { med = try med.expandDims([ax]) }
        }
        return med
    }

    /// The view `a[..., i, ...]` with `axis` removed (negative `i` counts from the end).
    public func take(index: Int, axis: Int) throws -> NDArray {
        let ax = try Shape.normalizeAxis(axis, ndim: ndim)
        let n = shape[ax]
        let i = index < 0 ? index + n : index
        guard i >= 0 && i < n else { throw TensorError.indexOutOfBounds(index: index, axis: ax, size: n) }
        var sh = shape, st = strides
        sh.remove(at: ax); st.remove(at: ax)
        return view(shape: sh, strides: st, offset: offset + i * strides[ax])
    }
}
