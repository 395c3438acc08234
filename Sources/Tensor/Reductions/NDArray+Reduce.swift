/// `sum`, `prod`, `max`, `min`, `all`, `any` over an axis, a tuple of axes or everything, with
/// `keepdims`. Deterministic: the order of operations depends only on the shape.
///
/// Order follows NumPy so float results round the same way:
/// - reducing trailing axes (including the last): each output's run is summed pairwise
///   (``PairwiseSum``), as NumPy's inner loop does;
/// - reducing leading axes only: slices are accumulated in index order (`out += a[i]`), as
///   NumPy's outer loop does.
///
/// ```python
/// a = np.arange(6).reshape(2, 3)
/// a.sum()                          # 15              -> try a.reduce(.sum)
/// a.sum(axis=0)                    # [3 5 7]         -> try a.reduce(.sum, axes: [0])
/// a.max(axis=1, keepdims=True)     # [[2] [5]] (2,1) -> try a.reduce(.max, axes: [1], keepdims: true)
/// ```
extension NDArray {
    public func reduce(_ op: ReduceOp, axes: [Int]? = nil, keepdims: Bool = false) throws -> NDArray {
        let ax = try axes.map { try Shape.normalizeAxes($0, ndim: ndim) } ?? Array(0..<ndim)
        let outDType = op.outputDType(dtype)
        // uint8 stays uint8 here: its kernels read the bytes and accumulate in the output dtype,
        // so reducing 47 MB of pixels never makes a 376 MB int64 copy.
        let src = dtype == .uint8 && op != .all && op != .any
            ? self : try converted(to: op == .all || op == .any ? .bool : outDType)
        let kept = (0..<ndim).filter { !ax.contains($0) }
        let outShape = kept.map { shape[$0] }
        let keptShape = shape.indices.map { ax.contains($0) ? 1 : shape[$0] }
        var out: NDArray
        let reducedSize = ax.reduce(1) { $0 * shape[$1] }
        if ax.isEmpty {
            out = try src.astype(outDType)
        } else if reducedSize == 0 {
            guard let identity = op.identity else {
                throw TensorError.value("zero-size array to reduction operation \(op.ufuncName) which has no identity")
            }
            out = try NDArray.full(outShape, identity, dtype: outDType)
        } else if !ax.contains(ndim - 1) {
            out = try src.reduceLeading(op, ax: ax, kept: kept, reducedSize: reducedSize, into: outDType)
        } else {
            out = try src.reduceBlocks(op, ax: ax, kept: kept, outShape: outShape)
        }
        if keepdims { out = try out.reshape(keptShape) }
        return out.dtype == outDType ? out : try out.astype(outDType)
    }

    /// Leading-axis path: `out = a[0]; out = op(out, a[i])` in C order of the reduced axes.
    private func reduceLeading(_ op: ReduceOp, ax: [Int], kept: [Int], reducedSize: Int, into outDType: DType) throws -> NDArray {
        let v = try transpose(ax + kept)
        let rShape = ax.map { shape[$0] }
        let k = ax.count
        func slice(_ flat: Int) -> NDArray {
            var rem = flat, off = v.offset
            for i in stride(from: k - 1, through: 0, by: -1) {
                off += (rem % rShape[i]) * v.strides[i]
                rem /= rShape[i]
            }
            return v.view(shape: Array(v.shape[k...]), strides: Array(v.strides[k...]), offset: off)
        }
        // A narrow source (uint8) accumulates in the output dtype, one slice converted at a time.
        let accumulator = outDType.computeDType
        let out = try slice(0).astype(accumulator)
        let combiner = op.combiner
        for r in 1..<reducedSize {
            if r & 255 == 0 { try Interrupt.checkpoint() }
            let s = slice(r)
            try combiner.run(out, s.dtype == accumulator ? s : try s.astype(accumulator), into: out)
        }
        return out
    }

    /// Trailing-axes path: one block reduction per output element.
    private func reduceBlocks(_ op: ReduceOp, ax: [Int], kept: [Int], outShape: [Int]) throws -> NDArray {
        if dtype == .uint8 {
            // Bytes in, int64 sums and products or uint8 extremes out.
            let out = try NDArray.uninitialized(outShape, dtype: op == .max || op == .min ? .uint8 : .int64)
            try reduceByteBlocks(op, ax: ax, kept: kept, out: out)
            return out
        }
        let out = try NDArray.uninitialized(outShape, dtype: dtype)
        switch dtype {
        case .uint8: break   // above
        case .bool: try reduceBlocksTyped(op, ax: ax, kept: kept, out: out, Bool.self)
        case .int64: try reduceBlocksTyped(op, ax: ax, kept: kept, out: out, Int64.self)
        case .float32: try reduceBlocksTyped(op, ax: ax, kept: kept, out: out, Float.self)
        case .float64: try reduceBlocksTyped(op, ax: ax, kept: kept, out: out, Double.self)
        }
        return out
    }

    private func reduceBlocksTyped<T: TensorElement>(_ op: ReduceOp, ax: [Int], kept: [Int], out: NDArray, _ t: T.Type) throws {
        let (starts, n, single) = blockLayout(ax: ax, kept: kept)
        let po = out.base(T.self)
        let pa = base(T.self)
        if let s = single {
            let body: (Int) -> Void = { i in po[i] = op.block(UnsafePointer(pa + starts[i]), n, s) }
            if starts.count > 1 && starts.count * n >= Parallel.threshold {
                Parallel.forEach(starts.count, body)
            } else {
                for i in 0..<starts.count { body(i) }
            }
        } else {
            for i in 0..<starts.count {
                let block = try view(shape: ax.map { shape[$0] }, strides: ax.map { strides[$0] }, offset: starts[i]).copy()
                po[i] = op.block(UnsafePointer(block.base(T.self)), n, 1)
            }
        }
    }

    /// uint8 blocks: int64 sums and products, uint8 extremes, read straight from the bytes.
    private func reduceByteBlocks(_ op: ReduceOp, ax: [Int], kept: [Int], out: NDArray) throws {
        let (starts, n, single) = blockLayout(ax: ax, kept: kept)
        let source = single == nil ? try transpose(kept + ax).copy() : self
        let pa = source.base(UInt8.self)
        let step = single ?? 1
        for i in 0..<starts.count {
            if i & 1023 == 1023 { try Interrupt.checkpoint() }
            let p = pa + (single == nil ? source.offset + i * n : starts[i])
            switch op {
            case .max, .min:
                var r = p[0]
                for k in 1..<Swift.max(n, 1) {
                    let v = p[k * step]
                    if op == .max ? v > r : v < r { r = v }
                }
                out.base(UInt8.self)[i] = r
            case .prod:
                var r: Int64 = 1
                for k in 0..<n { r = r &* Int64(p[k * step]) }
                out.base(Int64.self)[i] = r
            default:
                var r: Int64 = 0
                for k in 0..<n { r = r &+ Int64(p[k * step]) }
                out.base(Int64.self)[i] = r
            }
        }
    }

    /// Where each output's run starts, the run length, and its element step when one stride
    /// walks it (nil: the run must be gathered).
    private func blockLayout(ax: [Int], kept: [Int]) -> (starts: [Int], count: Int, step: Int?) {
        let keptView = view(shape: kept.map { shape[$0] }, strides: kept.map { strides[$0] }, offset: offset)
        var starts: [Int] = []
        starts.reserveCapacity(keptView.size)
        keptView.forEachOffset { starts.append($0) }
        let rShape = ax.map { shape[$0] }, rStrides = ax.map { strides[$0] }
        let blockTemplate = view(shape: rShape, strides: rStrides, offset: 0)
        let single: Int? = ax.count == 1 ? rStrides[0] : (blockTemplate.isContiguous ? 1 : nil)
        return (starts, rShape.reduce(1, *), single)
    }

    /// `a.sum(axis, keepdims)`.
    public func sum(axes: [Int]? = nil, keepdims: Bool = false) throws -> NDArray { try reduce(.sum, axes: axes, keepdims: keepdims) }
    /// `a.prod(axis, keepdims)`.
    public func prod(axes: [Int]? = nil, keepdims: Bool = false) throws -> NDArray { try reduce(.prod, axes: axes, keepdims: keepdims) }
    /// `a.max(axis, keepdims)` (NaN propagates).
    public func max(axes: [Int]? = nil, keepdims: Bool = false) throws -> NDArray { try reduce(.max, axes: axes, keepdims: keepdims) }
    /// `a.min(axis, keepdims)` (NaN propagates).
    public func min(axes: [Int]? = nil, keepdims: Bool = false) throws -> NDArray { try reduce(.min, axes: axes, keepdims: keepdims) }
    /// `a.all(axis, keepdims)`.
    public func all(axes: [Int]? = nil, keepdims: Bool = false) throws -> NDArray { try reduce(.all, axes: axes, keepdims: keepdims) }
    /// `a.any(axis, keepdims)`.
    public func any(axes: [Int]? = nil, keepdims: Bool = false) throws -> NDArray { try reduce(.any, axes: axes, keepdims: keepdims) }
}

extension NDArray {
    /// Undoes broadcasting: sums `self` down to `shape` (which must broadcast to `self.shape`),
    /// the one helper autograd needs for the gradient of a broadcast operand.
    ///
    /// ```python
    /// g = np.ones((4, 2, 3))
    /// g.sum(axis=0).sum(axis=0, keepdims=True)   # == sum(toShape: [1, 3]) -> (1, 3) of 8s
    /// ```
    public func sum(toShape target: [Int]) throws -> NDArray {
        guard target.count <= ndim, (try? Shape.broadcast(target, shape)) == shape else {
            throw TensorError.value("shape \(Shape.tupleString(target, compact: false)) does not broadcast to \(Shape.tupleString(shape, compact: false))")
        }
        let lead = ndim - target.count
        var axes = Array(0..<lead)
        for (i, d) in target.enumerated() where d == 1 && shape[lead + i] != 1 { axes.append(lead + i) }
        if axes.isEmpty { return self }
        return try reduce(.sum, axes: axes, keepdims: true).reshape(target)
    }
}
