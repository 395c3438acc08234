/// `np.isin` and `np.unique(axis=...)`: set questions on values and on whole slices.
///
/// ```python
/// np.isin([1, 2, 3], [2, 5])                          # array([False,  True, False])
/// np.unique([[1, 2], [1, 2], [0, 9]], axis=0)         # array([[0, 9], [1, 2]])
/// ```
extension NDArray {
    /// `np.isin(element, test_elements, invert)`: a bool array shaped like `self`.
    public func isin(_ test: NDArray, invert: Bool = false) throws -> NDArray {
        let members = Set(test.doubles.filter { !$0.isNaN })
        let found = doubles.map { members.contains($0) != invert }
        return try NDArray(found, shape: shape)
    }

    /// `np.unique(a, axis=k)`: the distinct slices along `axis`, in lexicographic order; the
    /// indices, inverse and counts refer to positions along `axis`.
    public func uniqueSlices(axis: Int) throws -> UniqueResult {
        let ax = try Shape.normalizeAxis(axis, ndim: ndim)
        let moved = try moveaxis([ax], [0])
        let n = moved.shape[0], width = n == 0 ? 0 : moved.size / n
        let rows = try moved.reshape([n, width]).doubles
        func row(_ i: Int) -> ArraySlice<Double> { rows[(i * width)..<(i * width + width)] }
        func less(_ i: Int, _ j: Int) -> Bool {
            for (x, y) in zip(row(i), row(j)) where x != y { return x < y || (y.isNaN && !x.isNaN) }
            return false
        }
        let order = (0..<n).sorted { less($0, $1) || (!less($1, $0) && $0 < $1) }
        var firsts: [Int64] = [], counts: [Int64] = []
        var inverse = [Int64](repeating: 0, count: n)
        for (position, i) in order.enumerated() {
            if position == 0 || less(Int(firsts[firsts.count - 1]), i) {
                firsts.append(Int64(i)); counts.append(0)
            }
            counts[counts.count - 1] += 1
            inverse[i] = Int64(firsts.count - 1)
        }
        let picks = try NDArray(firsts, shape: [firsts.count])
        return UniqueResult(values: try take(picks, axis: ax), indices: picks,
                            inverse: try NDArray(inverse, shape: [n]), counts: try NDArray(counts, shape: [counts.count]))
    }

    /// `np.heaviside(x1, x2)`: 0 below zero, `x2` at zero, 1 above, NaN for NaN; float64.
    public static func heaviside(_ x: NDArray, _ h0: NDArray) throws -> NDArray {
        let xf = x.dtype.isFloatingPoint ? x : try x.astype(.float64)
        let atZero = try NDArray.where(xf .== .pythonScalar(0.0), h0.dtype.isFloatingPoint ? h0 : try h0.astype(.float64), xf)
        let steps = try NDArray.where(xf < .pythonScalar(0.0), .pythonScalar(0.0), NDArray.where(xf > .pythonScalar(0.0), .pythonScalar(1.0), atZero))
        return steps
    }
}
