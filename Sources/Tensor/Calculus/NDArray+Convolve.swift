/// `np.convolve(a, v, mode)` of two 1-D arrays: `full` (every overlap), `same` (the length of the
/// longer, centred as NumPy centres it) or `valid` (complete overlaps only).
///
/// ```python
/// np.convolve([1, 2, 3], [0, 1, 0.5])            # array([0. , 1. , 2.5, 4. , 1.5])
/// np.convolve([1, 2, 3], [0, 1, 0.5], 'same')    # array([1. , 2.5, 4. ])
/// ```
extension NDArray {
    public static func convolve(_ a: NDArray, _ v: NDArray, mode: String = "full") throws -> NDArray {
        var long = try a.ravel(), short = try v.ravel()
        guard a.ndim <= 1, v.ndim <= 1 else { throw TensorError.value("object too deep for desired array") }
        guard long.size > 0 else { throw TensorError.value("a cannot be empty") }
        guard short.size > 0 else { throw TensorError.value("v cannot be empty") }
        if short.size > long.size { swap(&long, &short) }
        let n = long.size, m = short.size
        let (start, count): (Int, Int)
        switch mode {
        case "full": (start, count) = (0, n + m - 1)
        case "same": (start, count) = (m - 1 - m / 2, n)
        case "valid": (start, count) = (m - 1, n - m + 1)
        default: throw TensorError.value("mode must be one of 'valid', 'same', or 'full' (got '\(mode)')")
        }
        let dtype = a.dtype.promoted(with: v.dtype)
        if !dtype.isFloatingPoint {
            let x = long.elements(as: Int64.self), k = short.elements(as: Int64.self)
            let out = (start..<(start + count)).map { c -> Int64 in
                var s: Int64 = 0
                for j in stride(from: Swift.min(c, m - 1), through: Swift.max(0, c - n + 1), by: -1) { s &+= x[c - j] &* k[j] }
                return s
            }
            return try NDArray(out).astype(dtype)
        }
        let x = long.doubles, k = short.doubles
        let out = (start..<(start + count)).map { c -> Double in
            var s = 0.0
            // Along `long` in increasing order, as NumPy's correlate with the reversed kernel sums.
            for j in stride(from: Swift.min(c, m - 1), through: Swift.max(0, c - n + 1), by: -1) { s += x[c - j] * k[j] }
            return s
        }
        return try NDArray(out).astype(dtype)
    }
}
