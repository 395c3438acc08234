/// Sorting and `unique` of string arrays, in NumPy's code-point order.
extension StringArray {
    /// `np.argsort(a, axis)`: int64 indices, stable for equal strings (NumPy's default sort of
    /// strings orders ties by position for the small arrays it is used on).
    public func argsort(axis: Int? = -1) throws -> NDArray {
        guard let axis else { return try flatten().argsort(axis: 0) }
        if ndim == 0 { return try NDArray([Int64(0)]).reshape([]) }
        let ax = try Shape.normalizeAxis(axis, ndim: ndim)
        let moved = try transpose(Self.moving(ax, ndim))
        let rows = moved.strings
        let n = moved.shape.last ?? 0
        var out = [Int64](repeating: 0, count: rows.count)
        if n > 0 {
            for r in 0..<(rows.count / n) {
                if r & 63 == 63 { try Interrupt.checkpoint() }
                let order = StringOrder.stableOrder(Array(rows[(r * n)..<((r + 1) * n)]))
                for (i, o) in order.enumerated() { out[r * n + i] = Int64(o) }
            }
        }
        return try NDArray(out, shape: moved.shape).moveaxis([-1], [ax])
    }

    /// `np.sort(a, axis)`: a sorted copy.
    public func sorted(axis: Int? = -1) throws -> StringArray {
        guard let axis else { return try flatten().sorted(axis: 0) }
        if ndim == 0 { return try copy() }
        let ax = try Shape.normalizeAxis(axis, ndim: ndim)
        let order = try argsort(axis: ax)
        return withCodes(try codes.takeAlong(order, axis: ax))
    }

    /// The axis permutation that moves `axis` last.
    private static func moving(_ axis: Int, _ ndim: Int) -> [Int] {
        (0..<ndim).filter { $0 != axis } + [axis]
    }

    /// `np.unique(a, return_index, return_inverse, return_counts)` on the flattened array.
    public func unique() throws -> (values: StringArray, indices: NDArray, inverse: NDArray, counts: NDArray) {
        let flat = strings
        let order = StringOrder.stableOrder(flat)
        var distinct: [String] = [], first: [Int64] = [], counts: [Int64] = []
        var inverse = [Int64](repeating: 0, count: flat.count)
        for i in order {
            if let last = distinct.last, StringOrder.compare(last, flat[i]) == 0 {
                counts[counts.count - 1] += 1
            } else {
                distinct.append(flat[i]); first.append(Int64(i)); counts.append(1)
            }
            inverse[i] = Int64(distinct.count - 1)
        }
        return (try StringArray(strings: distinct, shape: [distinct.count], width: width),
                try NDArray(first), try NDArray(inverse).reshape(ndim == 0 ? [1] : shape), try NDArray(counts))
    }
}
