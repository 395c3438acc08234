/// Joining and splitting: concatenate, stack, vstack, hstack, dstack, split, array_split.
///
/// ```python
/// np.concatenate([np.zeros((2, 3)), np.ones((1, 3))])   # (3, 3)
/// np.stack([a, b], axis=1)                              # new axis 1
/// np.array_split(np.arange(7), 3)                       # [0 1 2] [3 4] [5 6]
/// ```
extension NDArray {
    /// `np.concatenate(arrays, axis)`; `axis: nil` flattens first. The dtype is the promotion
    /// of all inputs.
    public static func concatenate(_ arrays: [NDArray], axis: Int? = 0) throws -> NDArray {
        guard let first = arrays.first else { throw TensorError.value("need at least one array to concatenate") }
        guard let axis else { return try concatenate(arrays.map { try $0.ravel() }, axis: 0) }
        guard first.ndim > 0 else { throw TensorError.value("zero-dimensional arrays cannot be concatenated") }
        let ax = try Shape.normalizeAxis(axis, ndim: first.ndim)
        var dt = first.dtype
        var total = 0
        for (i, a) in arrays.enumerated() {
            guard a.ndim == first.ndim else {
                throw TensorError.value("all the input array dimensions except for the concatenation axis must match exactly, but along dimension 0, the array at index 0 has \(first.ndim) dimension(s) and the array at index \(i) has \(a.ndim) dimension(s)")
            }
            for d in 0..<first.ndim where d != ax && a.shape[d] != first.shape[d] {
                throw TensorError.value("all the input array dimensions except for the concatenation axis must match exactly, but along dimension \(d), the array at index 0 has size \(first.shape[d]) and the array at index \(i) has size \(a.shape[d])")
            }
            dt = i == 0 ? a.dtype : dt.promoted(with: a.dtype)
            total += a.shape[ax]
        }
        var outShape = first.shape
        outShape[ax] = total
        let out = try NDArray.uninitialized(outShape, dtype: dt)
        var start = 0
        for a in arrays {
            var sh = out.shape
            sh[ax] = a.shape[ax]
            var dst = out.view(shape: sh, strides: out.strides, offset: start * out.strides[ax])
            dst.copyElements(from: a)
            start += a.shape[ax]
        }
        return out
    }

    /// `np.stack(arrays, axis)`: joins equal-shaped arrays along a new axis.
    public static func stack(_ arrays: [NDArray], axis: Int = 0) throws -> NDArray {
        guard let first = arrays.first else { throw TensorError.value("need at least one array to stack") }
        for a in arrays where a.shape != first.shape {
            throw TensorError.value("all input arrays must have the same shape")
        }
        let ax = try Shape.normalizeAxis(axis, ndim: first.ndim + 1)
        return try concatenate(arrays.map { try $0.expandDims([ax]) }, axis: ax)
    }

    /// `np.vstack`: 1-D inputs become rows, then concatenate on axis 0.
    public static func vstack(_ arrays: [NDArray]) throws -> NDArray {
        try concatenate(arrays.map { try $0.atLeast2D() }, axis: 0)
    }

    /// `np.hstack`: concatenate on axis 1 (axis 0 for 1-D inputs).
    public static func hstack(_ arrays: [NDArray]) throws -> NDArray {
        let arrs = try arrays.map { $0.ndim == 0 ? try $0.reshape([1]) : $0 }
        return try concatenate(arrs, axis: (arrs.first?.ndim ?? 1) == 1 ? 0 : 1)
    }

    /// `np.dstack`: inputs become at least 3-D (`(n,) -> (1, n, 1)`, `(m, n) -> (m, n, 1)`),
    /// then concatenate on axis 2.
    public static func dstack(_ arrays: [NDArray]) throws -> NDArray {
        try concatenate(arrays.map { try $0.atLeast3D() }, axis: 2)
    }

    /// `np.column_stack`: 1-D inputs become columns.
    public static func columnStack(_ arrays: [NDArray]) throws -> NDArray {
        try concatenate(arrays.map { $0.ndim < 2 ? try $0.reshape([-1, 1]) : $0 }, axis: 1)
    }

    /// `np.atleast_2d`.
    public func atLeast2D() throws -> NDArray {
        switch ndim {
        case 0: return try reshape([1, 1])
        case 1: return try reshape([1, shape[0]])
        default: return self
        }
    }

    /// `np.atleast_3d`.
    public func atLeast3D() throws -> NDArray {
        switch ndim {
        case 0: return try reshape([1, 1, 1])
        case 1: return try reshape([1, shape[0], 1])
        case 2: return try reshape([shape[0], shape[1], 1])
        default: return self
        }
    }

    /// `np.split(a, sections, axis)`: equal sections, else
    /// `ValueError: array split does not result in an equal division`.
    public func split(sections: Int, axis: Int = 0) throws -> [NDArray] {
        let ax = try Shape.normalizeAxis(axis, ndim: ndim)
        guard sections > 0 else { throw TensorError.value("number sections must be larger than 0.") }
        guard shape[ax] % sections == 0 else { throw TensorError.value("array split does not result in an equal division") }
        return try arraySplit(sections: sections, axis: ax)
    }

    /// `np.array_split(a, sections, axis)`: the first `n % sections` parts get one extra.
    public func arraySplit(sections: Int, axis: Int = 0) throws -> [NDArray] {
        let ax = try Shape.normalizeAxis(axis, ndim: ndim)
        guard sections > 0 else { throw TensorError.value("number sections must be larger than 0.") }
        let n = shape[ax]
        let each = n / sections, extras = n % sections
        var bounds: [Int] = []
        var pos = 0
        for i in 0..<sections - 1 {
            pos += each + (i < extras ? 1 : 0)
            bounds.append(pos)
        }
        return try split(indices: bounds, axis: ax)
    }

    /// `np.split(a, [i, j], axis)`: views `a[:i]`, `a[i:j]`, `a[j:]` along `axis`.
    public func split(indices: [Int], axis: Int = 0) throws -> [NDArray] {
        let ax = try Shape.normalizeAxis(axis, ndim: ndim)
        var parts: [NDArray] = []
        var prev = 0
        for b in indices + [Int.max] {
            var items = [IndexItem](repeating: .all, count: ax)
            items.append(.slice(start: prev, stop: b == Int.max ? nil : b, step: nil))
            parts.append(try getItem(items))
            prev = b
        }
        return parts
    }
}
