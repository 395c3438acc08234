extension NDArray {
    /// `np.bincount(x, weights=None, minlength=0)`: occurrences of each non-negative integer.
    ///
    ///     np.bincount([0, 1, 1, 3])   # array([1, 2, 0, 1])
    public func bincount(weights: NDArray? = nil, minlength: Int = 0) throws -> NDArray {
        guard ndim == 1 else { throw TensorError.value("object too deep for desired array") }
        guard !dtype.isFloatingPoint || size == 0 else {
            throw TensorError.type("Cannot cast array data from dtype('\(dtype.name)') to dtype('int64') according to the rule 'safe'")
        }
        if minlength < 0 { throw TensorError.value("'minlength' must not be negative") }
        let values = elements(as: Int64.self)
        if let negative = values.first(where: { $0 < 0 }) { _ = negative; throw TensorError.value("'list' argument must have no negative elements") }
        // The largest value sets the length (np.bincount([10**18]) asks for 8 EB): checked
        // before allocating, as NumPy's MemoryError.
        let largest = Int(values.max() ?? -1)
        let length = Swift.max(minlength, largest == Int.max ? Int.max : largest + 1)
        _ = try Shape.checkedSize([length], dtype: weights == nil ? .int64 : .float64)
        if let w = weights {
            guard w.shape == shape else { throw TensorError.value("The weights and list don't have the same length.") }
            var sums = [Double](repeating: 0, count: length)
            for (v, x) in zip(values, w.elements(as: Double.self)) { sums[Int(v)] += x }
            return try NDArray(sums, shape: [length])
        }
        var counts = [Int64](repeating: 0, count: length)
        for v in values { counts[Int(v)] += 1 }
        return try NDArray(counts, shape: [length])
    }
}
