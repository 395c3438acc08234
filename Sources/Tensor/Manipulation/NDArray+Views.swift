/// Shape changes that never copy (or copy only when NumPy does): reshape, ravel, flatten,
/// transpose, swapaxes, moveaxis, expand_dims, squeeze, broadcast_to.
///
/// ```python
/// a = np.arange(6)          # (6,)
/// a.reshape(2, -1)          # (2, 3) view
/// a.reshape(2, 3).T         # (3, 2) view, strides (1, 3)
/// a.reshape(2, 3).T.ravel() # copy: [0 3 1 4 2 5]
/// ```
extension NDArray {
    /// `a.reshape(shape)` with at most one `-1`. A view when the layout allows, else a copy.
    public func reshape(_ newShape: [Int]) throws -> NDArray {
        let n = size
        var target = newShape
        let unknown = newShape.indices.filter { newShape[$0] == -1 }
        if unknown.count > 1 { throw TensorError.value("can only specify one unknown dimension") }
        for d in newShape where d < -1 { throw TensorError.value("negative dimensions not allowed") }
        if let u = unknown.first {
            let others = newShape.enumerated().filter { $0.offset != u }.map(\.element)
            guard let known = Shape.size(others), known != 0, n % known == 0 else {
                throw TensorError.reshape(size: n, shape: newShape)
            }
            target[u] = n / known
        }
        guard Shape.size(target) == n else { throw TensorError.reshape(size: n, shape: newShape) }
        if isContiguous {
            return view(shape: target, strides: Shape.contiguousStrides(target), offset: offset)
        }
        if let st = noCopyStrides(for: target) {
            return view(shape: target, strides: st, offset: offset)
        }
        let c = try copy()
        return c.view(shape: target, strides: Shape.contiguousStrides(target), offset: 0)
    }

    /// Strides that let `target` view this non-contiguous layout, if any (NumPy's
    /// "attempt no-copy reshape"): groups of old axes whose sizes multiply to groups of new
    /// axes must each be contiguous among themselves.
    private func noCopyStrides(for target: [Int]) -> [Int]? {
        let oldShape = shape.enumerated().filter { $0.element != 1 }.map(\.element)
        let oldStrides = shape.enumerated().filter { $0.element != 1 }.map { strides[$0.offset] }
        var newStrides = [Int](repeating: 0, count: target.count)
        var oi = 0, ni = 0
        while oi < oldShape.count && ni < target.count {
            var op = oldShape[oi], np = target[ni]
            let oStart = oi, nStart = ni
            while op != np {
                if op < np { oi += 1; guard oi < oldShape.count else { return nil }; op *= oldShape[oi] }
                else { ni += 1; guard ni < target.count else { return nil }; np *= target[ni] }
            }
            for k in oStart..<oi where oldStrides[k] != oldStrides[k + 1] * oldShape[k + 1] { return nil }
            newStrides[ni] = oldStrides[oi]
            var k = ni
            while k > nStart { newStrides[k - 1] = newStrides[k] * target[k]; k -= 1 }
            oi += 1; ni += 1
        }
        // trailing size-1 axes of the target
        while ni < target.count { newStrides[ni] = 1; ni += 1 }
        return newStrides
    }

    /// `a.ravel()`: a 1-D view when C-contiguous, else a copy.
    public func ravel() throws -> NDArray { try reshape([-1]) }

    /// `a.flatten()`: always a 1-D copy.
    public func flatten() throws -> NDArray {
        let c = try copy()
        return c.view(shape: [size], strides: [1], offset: 0)
    }

    /// `a.T` / `a.transpose()`: all axes reversed, a view.
    public var T: NDArray { view(shape: shape.reversed(), strides: strides.reversed(), offset: offset) }

    /// `a.transpose(axes)`: a view with axes permuted.
    ///
    /// ```python
    /// np.zeros((2, 3, 4)).transpose(1, 0, 2).shape   # (3, 2, 4)
    /// ```
    public func transpose(_ axes: [Int]? = nil) throws -> NDArray {
        guard let axes else { return T }
        guard axes.count == ndim else { throw TensorError.value("axes don't match array") }
        let perm = try Shape.normalizeAxes(axes, ndim: ndim)
        return view(shape: perm.map { shape[$0] }, strides: perm.map { strides[$0] }, offset: offset)
    }

    /// `np.swapaxes(a, a1, a2)`: a view.
    public func swapaxes(_ a1: Int, _ a2: Int) throws -> NDArray {
        let i = try Shape.normalizeAxis(a1, ndim: ndim), j = try Shape.normalizeAxis(a2, ndim: ndim)
        var sh = shape, st = strides
        sh.swapAt(i, j); st.swapAt(i, j)
        return view(shape: sh, strides: st, offset: offset)
    }

    /// `np.moveaxis(a, source, destination)`: a view.
    public func moveaxis(_ source: [Int], _ destination: [Int]) throws -> NDArray {
        guard source.count == destination.count else {
            throw TensorError.value("`source` and `destination` arguments must have the same number of elements")
        }
        let src = try Shape.normalizeAxes(source, ndim: ndim)
        let dst = try Shape.normalizeAxes(destination, ndim: ndim)
        var order = (0..<ndim).filter { !src.contains($0) }
        for (d, s) in zip(dst, src).sorted(by: { $0.0 < $1.0 }) { order.insert(s, at: d) }
        return try transpose(order)
    }

    /// `np.expand_dims(a, axis)`: inserts size-1 axes (positions in the result), a view.
    public func expandDims(_ axes: [Int]) throws -> NDArray {
        let outNdim = ndim + axes.count
        let norm = try Shape.normalizeAxes(axes, ndim: outNdim)
        var sh: [Int] = [], st: [Int] = []
        var src = 0
        for i in 0..<outNdim {
            if norm.contains(i) { sh.append(1); st.append(0) }
            else { sh.append(shape[src]); st.append(strides[src]); src += 1 }
        }
        return view(shape: sh, strides: st, offset: offset)
    }

    /// `np.squeeze(a, axis)`: removes size-1 axes (all of them when `axes` is nil), a view.
    public func squeeze(_ axes: [Int]? = nil) throws -> NDArray {
        let drop: [Int]
        if let axes {
            drop = try Shape.normalizeAxes(axes, ndim: ndim)
            for a in drop where shape[a] != 1 {
                throw TensorError.value("cannot select an axis to squeeze out which has size not equal to one")
            }
        } else {
            drop = shape.indices.filter { shape[$0] == 1 }
        }
        let keep = shape.indices.filter { !drop.contains($0) }
        return view(shape: keep.map { shape[$0] }, strides: keep.map { strides[$0] }, offset: offset)
    }

    /// `np.broadcast_to(a, shape)`: a read-only-in-spirit view with stride 0 on stretched axes.
    ///
    /// ```python
    /// np.broadcast_to(np.arange(3), (2, 3))   # strides (0, 1)
    /// ```
    public func broadcast(to target: [Int]) throws -> NDArray {
        if target == shape { return self }
        guard target.count >= ndim else {
            throw TensorError.value("input operand has more dimensions than allowed by the axis remapping")
        }
        let pad = target.count - ndim
        var st = [Int](repeating: 0, count: target.count)
        for i in 0..<ndim {
            let d = shape[i], t = target[i + pad]
            if d == t { st[i + pad] = strides[i] }
            else if d == 1 { st[i + pad] = 0 }
            else { throw TensorError.value("operands could not be broadcast together with remapped shapes [original->remapped]: \(Shape.tupleString(shape, compact: true))  and requested shape \(Shape.tupleString(target, compact: true))") }
        }
        return view(shape: target, strides: st, offset: offset)
    }

    /// `np.broadcast_arrays(*arrays)`: views of all arrays at their common shape.
    public static func broadcastArrays(_ arrays: [NDArray]) throws -> [NDArray] {
        let s = try Shape.broadcast(arrays.map(\.shape))
        return try arrays.map { try $0.broadcast(to: s) }
    }
}
