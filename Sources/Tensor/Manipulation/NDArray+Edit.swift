/// `np.delete`, `np.insert` and `np.rot90`: new arrays with entries removed, added or turned.
///
/// ```python
/// np.delete([1, 2, 3, 4], [0, 2])     # array([2, 4])
/// np.insert([1, 2, 3], 1, 9)          # array([1, 9, 2, 3])
/// np.rot90([[1, 2], [3, 4]])          # array([[2, 4], [1, 3]])
/// ```
extension NDArray {
    /// `np.delete(arr, indices, axis)`: `axis: nil` works on the flattened array. Indices may
    /// repeat and be negative; out-of-range ones raise NumPy's `IndexError`.
    public func deleting(_ indices: [Int], axis: Int?) throws -> NDArray {
        let source = axis == nil ? try ravel() : self
        let ax = try Shape.normalizeAxis(axis ?? 0, ndim: source.ndim)
        let n = source.shape[ax]
        var keep = [Bool](repeating: true, count: n)
        for i in indices {
            guard i >= -n && i < n else { throw TensorError.index("index \(i) is out of bounds for axis \(ax) with size \(n)") }
            keep[i < 0 ? i + n : i] = false
        }
        let kept = (0..<n).filter { keep[$0] }.map(Int64.init)
        return try source.take(try NDArray(kept, shape: [kept.count]), axis: ax)
    }

    /// `np.insert(arr, obj, values, axis)`: `values` go before the original positions `indices`
    /// (`scalarIndex`: one position, values may fill several slots along the axis).
    public func inserting(_ indices: [Int], scalarIndex: Bool, values: NDArray, axis: Int?) throws -> NDArray {
        let source = axis == nil ? try ravel() : self
        let ax = try Shape.normalizeAxis(axis ?? 0, ndim: source.ndim)
        let n = source.shape[ax]
        var inserted = try values.astype(source.dtype)
        var slots = indices.count
        if scalarIndex {
            // NumPy: values get at least arr.ndim dims, their first axis moved to `axis`.
            while inserted.ndim < source.ndim { inserted = try inserted.expandDims([0]) }
            if inserted.ndim > 0 { inserted = try inserted.moveaxis([0], [ax]) }
            slots = inserted.ndim > 0 ? inserted.shape[ax] : 1
        }
        var target = source.shape
        target[ax] = slots
        inserted = try inserted.broadcast(to: target)
        var positions: [Int] = []
        for i in indices {
            guard i >= -n && i <= n else { throw TensorError.index("index \(i) is out of bounds for axis \(ax) with size \(n)") }
            positions.append(i < 0 ? i + n : i)
        }
        if scalarIndex { positions = [Int](repeating: positions[0], count: slots) }
        // The joined array holds the original entries, then the new ones; `order` picks, for each
        // output slot, which of them lands there (new ones before the original at their index,
        // in the order given).
        let joined = try NDArray.concatenate([source, inserted], axis: ax)
        let newSlots = positions.enumerated().sorted { ($0.element, $0.offset) < ($1.element, $1.offset) }
        var order: [Int64] = []
        var next = 0
        for original in 0...n {
            while next < newSlots.count && newSlots[next].element == original {
                order.append(Int64(n + newSlots[next].offset))
                next += 1
            }
            if original < n { order.append(Int64(original)) }
        }
        return try joined.take(try NDArray(order, shape: [order.count]), axis: ax)
    }

    /// `np.rot90(m, k, axes)`: turns by 90° `k` times from the first axis towards the second.
    public func rot90(_ k: Int = 1, axes: (Int, Int) = (0, 1)) throws -> NDArray {
        guard axes.0 != axes.1, abs(axes.0 - axes.1) != ndim else { throw TensorError.value("Axes must be different.") }
        guard axes.0 >= -ndim && axes.0 < ndim && axes.1 >= -ndim && axes.1 < ndim else {
            throw TensorError.value("Axes=(\(axes.0), \(axes.1)) out of range for array of ndim=\(ndim).")
        }
        let a0 = axes.0 < 0 ? axes.0 + ndim : axes.0, a1 = axes.1 < 0 ? axes.1 + ndim : axes.1
        var permutation = Array(0..<ndim)
        permutation.swapAt(a0, a1)
        switch ((k % 4) + 4) % 4 {
        case 0: return self
        case 2: return try flip([a0]).flip([a1])
        case 1: return try flip([a1]).transpose(permutation)
        default: return try transpose(permutation).flip([a1])
        }
    }
}
