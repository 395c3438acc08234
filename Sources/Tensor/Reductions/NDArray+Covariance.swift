/// `np.cov` and `np.corrcoef`, in float64, by NumPy's steps: rows are variables, each row
/// centred on its mean, `X @ X.T` scaled by `1 / (n - ddof)`.
///
/// ```python
/// np.cov([[1, 2, 3], [2, 4, 7]])   # array([[1.        , 2.5       ], [2.5       , 6.33333333]])
/// np.corrcoef([1, 2, 3], [2, 4, 7])   # the 2x2 correlation matrix
/// ```
extension NDArray {
    /// `np.cov(m, y, rowvar, bias, ddof)`; a single variable gives a 0-d result.
    public static func cov(_ m: NDArray, _ y: NDArray? = nil, rowvar: Bool = true, bias: Bool = false, ddof: Int? = nil) throws -> NDArray {
        func variables(_ a: NDArray) throws -> NDArray {
            guard a.ndim <= 2 else { throw TensorError.value("m has more than 2 dimensions") }
            var x = try a.astype(.float64).atLeast2D()
            if !rowvar && x.shape[0] != 1 { x = x.T }
            return x
        }
        var x = try variables(m)
        if x.shape[0] == 0 { return try NDArray.zeros([0, 0]) }
        if let y {
            guard y.ndim <= 2 else { throw TensorError.value("y has more than 2 dimensions") }
            x = try NDArray.concatenate([x, try variables(y)], axis: 0)
        }
        let dof = ddof ?? (bias ? 0 : 1)
        let fact = Swift.max(Double(x.shape[1] - dof), 0)
        let centred = try x - x.mean(axes: [1], keepdims: true)
        let c = try NDArray.matmul(centred, centred.T) * .pythonScalar(1 / fact)
        return try c.squeeze()
    }

    /// `np.corrcoef(x, y, rowvar)`: the covariance divided by both standard deviations, clipped
    /// to [-1, 1].
    public static func corrcoef(_ m: NDArray, _ y: NDArray? = nil, rowvar: Bool = true) throws -> NDArray {
        let c = try cov(m, y, rowvar: rowvar)
        guard c.ndim == 2 else { return try c / c }
        let deviation = try NDArray.unary(.sqrt, c.diagonal())
        let scaled = try c / deviation.expandDims([1]) / deviation.expandDims([0])
        return try NDArray.clip(scaled, .pythonScalar(-1.0), .pythonScalar(1.0))
    }
}
