/// `np.polyfit` (least squares on the scaled Vandermonde matrix, LAPACK `gelsd`) and
/// `np.polyval` (Horner's rule); coefficients run from the highest power down.
///
/// ```python
/// np.polyfit([0, 1, 2, 3], [1, 3, 5, 7], 1)   # array([2., 1.])
/// np.polyval([2, 1], 4)                       # 9
/// ```
extension NDArray {
    /// `np.polyfit(x, y, deg)`: `deg + 1` coefficients, or `(deg + 1, k)` for a 2-D `y`.
    public static func polyfit(_ x: NDArray, _ y: NDArray, degree: Int, rcond: Double? = nil) throws -> NDArray {
        guard degree >= 0 else { throw TensorError.value("expected deg >= 0") }
        guard x.ndim == 1 else { throw TensorError.type("expected 1D vector for x") }
        guard x.size > 0 else { throw TensorError.type("expected non-empty vector for x") }
        guard y.ndim == 1 || y.ndim == 2 else { throw TensorError.type("expected 1D or 2D array for y") }
        guard x.shape[0] == y.shape[0] else { throw TensorError.type("expected x and y to have same length") }
        // The Vandermonde matrix (m × (deg + 1), at most m × 2·deg) is checked before anything
        // is allocated or deg + 1 computed: deg=2**62 is a ValueError, as in NumPy.
        _ = try Shape.checkedSize([x.size, degree, 2], dtype: .float64)
        let order = degree + 1, m = x.size
        let xs = x.doubles
        // Vandermonde columns x**deg ... x**0, each scaled to unit norm for conditioning.
        var lhs = [Double](repeating: 0, count: m * order)
        for i in 0..<m {
            var power = 1.0
            for j in stride(from: order - 1, through: 0, by: -1) {
                lhs[i * order + j] = power
                power *= xs[i]
            }
        }
        var scale = [Double](repeating: 0, count: order)
        for j in 0..<order {
            var s = 0.0
            for i in 0..<m { s += lhs[i * order + j] * lhs[i * order + j] }
            scale[j] = s.squareRoot()
        }
        for i in 0..<m { for j in 0..<order { lhs[i * order + j] /= scale[j] } }
        let k = y.ndim == 2 ? y.shape[1] : 1
        let a = LinalgMatrix<Double>(uncheckedRows: m, cols: order, data: lhs)
        let b = LinalgMatrix<Double>(uncheckedRows: m, cols: k, data: try y.astype(.float64).doubles)
        let solution: LinalgLstsqResult<Double>
        do { solution = try Linalg.lstsq(a, b, rcond: rcond ?? Double(m) * Double.ulpOfOne) } catch {
            throw TensorError.value(error.description)
        }
        var coefficients = [Double](repeating: 0, count: order * k)
        for j in 0..<order { for c in 0..<k { coefficients[j * k + c] = solution.x[j, c] / scale[j] } }
        return try NDArray(coefficients, shape: y.ndim == 2 ? [order, k] : [order])
    }

    /// `np.polyval(p, x)`: `((p[0] * x + p[1]) * x + ...) + p[-1]`, elementwise over `x`.
    public static func polyval(_ p: NDArray, _ x: NDArray) throws -> NDArray {
        var y = try NDArray.zeros(x.shape, dtype: x.dtype)
        let coefficients = try p.ravel()
        for i in 0..<coefficients.size {
            y = try y * x + coefficients.take(index: i, axis: 0)
        }
        return y
    }
}
