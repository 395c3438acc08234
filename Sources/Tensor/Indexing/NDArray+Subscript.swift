/// Reading and writing through subscripts: `a[...]` and `a[...] = value`.
///
/// Basic indexing (ints, slices, `None`, `...`) returns a view; any integer or boolean array
/// makes it advanced indexing, which returns a copy. Assignment broadcasts the value to the
/// selected shape and casts it to the array's dtype (as NumPy's unsafe setitem cast).
///
/// ```python
/// a = np.arange(12).reshape(3, 4)
/// a[1]              # view (4,)                 -> try a[[.int(1)]]
/// a[:, ::2]         # view (3, 2)               -> try a[[.all, .slice(start: nil, stop: nil, step: 2)]]
/// a[a > 5]          # copy (6,)                 -> try a[[.array(a > .pythonScalar(5))]]
/// a[[0, 2], 1:3]    # copy (2, 2)
/// a[..., None]      # view (3, 4, 1)
/// a[a > 5] = 0      # -> try a.setItem([.array(mask)], .pythonScalar(0))
/// ```
extension NDArray {
    /// `a[items]`.
    public subscript(_ items: [IndexItem]) -> NDArray {
        get throws { try getItem(items) }
    }

    /// `a[items]` as a method.
    public func getItem(_ items: [IndexItem]) throws -> NDArray {
        if let view = try basicView(items) { return view }
        if let rows = try gatherRows(items) { return rows }
        let plan = try IndexPlan(self, items)
        if plan.isBasic { return plan.view }
        let out = try NDArray.uninitialized(plan.resultShape, dtype: dtype)
        if plan.advancedAxes.count == plan.view.ndim {
            gatherScalars(plan, into: out)
            return out
        }
        try plan.forEachPosition(result: out) { src, dst in
            var d = dst
            d.copyElements(from: src)
        }
        return out
    }

    /// The view for subscripts of plain integers and slices only (`a[i]`, `a[2:8]`, `a[i, ::2]`),
    /// the most frequent case, without building an ``IndexPlan``; `nil` for anything else.
    /// Same results and errors as the plan's basic pass.
    func basicView(_ items: [IndexItem]) throws -> NDArray? {
        guard items.count <= ndim else { return nil }
        var newShape: [Int] = [], newStrides: [Int] = []
        newShape.reserveCapacity(ndim)
        newStrides.reserveCapacity(ndim)
        var start = offset
        for (axis, item) in items.enumerated() {
            switch item {
            case .int(let i):
                let n = shape[axis]
                let j = i < 0 ? i + n : i
                guard j >= 0 && j < n else { throw TensorError.indexOutOfBounds(index: i, axis: axis, size: n) }
                start += j * strides[axis]
            case .slice(let s0, let s1, let st):
                let b = try SliceBounds(start: s0, stop: s1, step: st, length: shape[axis])
                if b.count > 0 { start += b.start * strides[axis] }
                newShape.append(b.count)
                newStrides.append(strides[axis] &* b.step)   // wraps only when count <= 1, where it is never used
            case .newAxis, .ellipsis, .array:
                return nil
            }
        }
        for axis in items.count..<ndim {
            newShape.append(shape[axis])
            newStrides.append(strides[axis])
        }
        return view(shape: newShape, strides: newStrides, offset: start)
    }

    /// `a[indices]` for one 1-D integer array on the first axis of a C-contiguous array (a
    /// shuffled batch, an embedding lookup): each row copied whole instead of element by element.
    /// Nil for anything else, and for an index out of range (the general path raises NumPy's error).
    private func gatherRows(_ items: [IndexItem]) throws -> NDArray? {
        guard items.count == 1, case .array(let index) = items[0], index.dtype == .int64, index.ndim == 1,
              ndim >= 1, isContiguous else { return nil }
        let n = shape[0], rowSize = shape.dropFirst().reduce(1, *)
        let rows = index.elements(as: Int64.self)
        guard rows.allSatisfy({ $0 >= -Int64(n) && $0 < Int64(n) }) else { return nil }
        let out = try NDArray.uninitialized([rows.count] + shape.dropFirst(), dtype: dtype)
        let bytes = rowSize * dtype.itemSize
        let source = UnsafeRawPointer(base(UInt8.self)) + offset * dtype.itemSize
        let target = UnsafeMutableRawPointer(out.base(UInt8.self))
        for (i, r) in rows.enumerated() {
            let row = r < 0 ? Int(r) + n : Int(r)
            target.advanced(by: i * bytes).copyMemory(from: source + row * bytes, byteCount: bytes)
        }
        return out
    }

    /// `a[items] = value`: writes through this array's storage (visible in every view).
    public func setItem(_ items: [IndexItem], _ value: NDArray) throws {
        try BinaryOp.checkWeakScalarFits(value, dtype)   // `uint8_array[0] = 256` is an OverflowError
        let plan = try IndexPlan(self, items)
        let target = plan.resultShape
        var v = value
        while v.ndim > target.count, v.shape.first == 1 { v = try v.squeeze([0]) }
        if v.storage === storage { v = try v.copy() }
        let vb: NDArray
        do { vb = try v.broadcast(to: target) } catch {
            throw TensorError.broadcastInput(from: value.shape, to: target)
        }
        if plan.isBasic {
            var dst = plan.view
            dst.copyElements(from: vb)
            return
        }
        try plan.forEachPosition(result: vb) { dst, src in
            var d = dst
            d.copyElements(from: src)
        }
    }

    /// Fast gather when every axis is indexed by an array (`a[mask]` on a full mask, `a[i, j]`).
    private func gatherScalars(_ plan: IndexPlan, into out: NDArray) {
        let idx = plan.indexArrays.map { $0.elements(as: Int64.self) }
        let n = out.size
        var offsets = [Int](repeating: plan.view.offset, count: n)
        for (k, axis) in plan.advancedAxes.enumerated() {
            let s = plan.view.strides[axis]
            let ik = idx[k]
            for i in 0..<n { offsets[i] += Int(ik[i]) * s }
        }
        switch dtype {
        case .bool: let p = base(Bool.self), q = out.base(Bool.self); for i in 0..<n { q[i] = p[offsets[i]] }
        case .uint8: let p = base(UInt8.self), q = out.base(UInt8.self); for i in 0..<n { q[i] = p[offsets[i]] }
        case .int64: let p = base(Int64.self), q = out.base(Int64.self); for i in 0..<n { q[i] = p[offsets[i]] }
        case .float32: let p = base(Float.self), q = out.base(Float.self); for i in 0..<n { q[i] = p[offsets[i]] }
        case .float64: let p = base(Double.self), q = out.base(Double.self); for i in 0..<n { q[i] = p[offsets[i]] }
        }
    }

    /// `np.nonzero(a)`: one int64 array per axis with the coordinates of truthy elements, in
    /// C order.
    public func nonzero() throws -> [NDArray] {
        let truth = try converted(to: .bool)
        let p = truth.base(Bool.self)
        var hits: [Int] = []
        var flat = 0
        truth.forEachOffset { o in
            if p[o] { hits.append(flat) }
            flat += 1
        }
        let cs = Shape.contiguousStrides(shape)
        var result: [NDArray] = []
        for axis in 0..<Swift.max(ndim, 1) {
            var coords = [Int64](repeating: 0, count: hits.count)
            if ndim > 0 {
                for (k, f) in hits.enumerated() { coords[k] = Int64((f / cs[axis]) % shape[axis]) }
            }
            result.append(try NDArray(coords))
        }
        return result
    }

    /// `np.argwhere(a)`: (N, ndim) coordinates of truthy elements.
    public func argwhere() throws -> NDArray {
        let nz = try nonzero()
        return try NDArray.stack(nz, axis: 1)
    }
}
