import Tensor

/// Views and rearrangements. Each backward applies the inverse rearrangement to the gradient.
extension Variable {
    /// `x.view(shape)` / `x.reshape(shape)` (a `-1` is inferred).
    public func reshape(_ newShape: [Int], name: String = "ViewBackward0") throws -> Variable {
        let shape = self.shape
        let out = try data.reshape(newShape)
        return Variable.record(out, name, [self], savesTensors: false) { g in [try g.reshape(shape)] }
            .differentiable { g in [try g.reshape(shape)] }
            .markView(of: self)
    }

    public func permute(_ dims: [Int]) throws -> Variable {
        let axes = try Shape.normalizeAxes(dims, ndim: ndim)
        guard Set(axes).count == ndim, axes.count == ndim else {
            throw TensorError.value("permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = \(ndim) is not equal to len(dims) = \(dims.count)")
        }
        var inverse = [Int](repeating: 0, count: axes.count)
        for (i, a) in axes.enumerated() { inverse[a] = i }
        return Variable.record(try data.transpose(axes), "PermuteBackward0", [self], savesTensors: false) { g in
            [try g.transpose(inverse)]
        }.differentiable { g in [try g.permute(inverse)] }.markView(of: self)
    }

    public func transpose(_ d0: Int, _ d1: Int) throws -> Variable {
        if ndim == 0 { return self }
        let a = try Shape.normalizeAxis(d0, ndim: ndim), b = try Shape.normalizeAxis(d1, ndim: ndim)
        return Variable.record(try data.swapaxes(a, b), ndim == 2 && a != b ? "TransposeBackward0" : "TransposeBackward0", [self],
                               savesTensors: false) { g in [try g.swapaxes(a, b)] }
            .differentiable { g in [try g.transpose(a, b)] }.markView(of: self)
    }

    /// `x.t()` / `x.T` of a matrix.
    public func t() throws -> Variable {
        guard ndim <= 2 else { throw TensorError.value("t() expects a tensor with <= 2 dimensions, but self is \(ndim)D") }
        if ndim < 2 { return self }
        return Variable.record(data.T, "TBackward0", [self], savesTensors: false) { g in [g.T] }
            .differentiable { g in [try g.t()] }.markView(of: self)
    }

    public func unsqueeze(_ dim: Int) throws -> Variable {
        let axis = try Shape.normalizeAxis(dim, ndim: ndim + 1)
        return Variable.record(try data.expandDims([axis]), "UnsqueezeBackward0", [self], savesTensors: false) { g in
            [try g.squeeze([axis])]
        }.differentiable { g in [try g.squeeze(dims: [axis])] }.markView(of: self)
    }

    /// `x.squeeze()` / `x.squeeze(dim)`: a dim whose size is not 1 is left as it is (torch).
    public func squeeze(dims: [Int]? = nil) throws -> Variable {
        let shape = self.shape
        var axes: [Int]
        if let dims {
            axes = try dims.map { try Shape.normalizeAxis($0, ndim: Swift.max(ndim, 1)) }.filter { $0 < shape.count && shape[$0] == 1 }
        } else {
            axes = shape.indices.filter { shape[$0] == 1 }
        }
        if axes.isEmpty && ndim > 0 { return try reshape(shape, name: dims == nil ? "SqueezeBackward0" : "SqueezeBackward1") }
        let out = ndim == 0 ? data : try data.squeeze(axes)
        return Variable.record(out, dims == nil ? "SqueezeBackward0" : "SqueezeBackward1", [self], savesTensors: false) { g in
            [try g.reshape(shape)]
        }.differentiable { g in [try g.reshape(shape)] }.markView(of: self)
    }

    /// `x.expand(*sizes)` (`-1` keeps a size).
    public func expand(_ sizes: [Int]) throws -> Variable {
        let lead = sizes.count - ndim
        guard lead >= 0 else {
            throw TensorError.value("expand(torch.FloatTensor{[\(shape.map(String.init).joined(separator: ", "))]}, size=[\(sizes.map(String.init).joined(separator: ", "))]): the number of sizes provided (\(sizes.count)) must be greater or equal to the number of dimensions in the tensor (\(ndim))")
        }
        var target = sizes
        for i in 0..<ndim where sizes[lead + i] == -1 { target[lead + i] = shape[i] }
        for i in 0..<ndim where shape[i] != 1 && target[lead + i] != shape[i] {
            throw TensorError.value("The expanded size of the tensor (\(target[lead + i])) must match the existing size (\(shape[i])) at non-singleton dimension \(lead + i).  Target sizes: [\(sizes.map(String.init).joined(separator: ", "))].  Tensor sizes: [\(shape.map(String.init).joined(separator: ", "))]")
        }
        return Variable.record(try data.broadcast(to: target), "ExpandBackward0", [self], savesTensors: false) { g in [g] }
            .differentiable { g in [g] }
            .markView(of: self)
    }

    /// `torch.flatten(x, start_dim, end_dim)`.
    public func flatten(startDim: Int = 0, endDim: Int = -1) throws -> Variable {
        if ndim == 0 { return try reshape([1]) }
        let s = try Shape.normalizeAxis(startDim, ndim: ndim), e = try Shape.normalizeAxis(endDim, ndim: ndim)
        guard s <= e else { throw TensorError.value("flatten() has invalid args: start_dim cannot come after end_dim") }
        if s == e { return self }
        let merged = shape[s...e].reduce(1, *)
        return try reshape(Array(shape[..<s]) + [merged] + Array(shape[(e + 1)...]))
    }

    /// A C-contiguous copy when needed (`x.contiguous()`).
    public func contiguous() throws -> Variable {
        if data.isContiguous { return self }
        return Variable.record(try data.copy(), "CloneBackward0", [self], savesTensors: false) { g in [g] }.differentiable { g in [g] }
    }

    /// `x.clone()`.
    public func clone() throws -> Variable {
        Variable.record(try data.copy(), "CloneBackward0", [self], savesTensors: false) { g in [g] }.differentiable { g in [g] }
    }

    /// `x[items]`: basic indexing gives a view; advanced indexing a copy whose gradient adds up
    /// at repeated positions.
    public func index(_ items: [IndexItem]) throws -> Variable {
        let out = try data.getItem(items)
        let shape = self.shape
        let advanced = items.contains { if case .array = $0 { return true } else { return false } }
        let selects = items.contains { if case .int = $0 { return true } else { return false } }
        let name = advanced ? "IndexBackward0" : selects ? "SelectBackward0" : "SliceBackward0"
        let result = Variable.record(out, name, [self], savesTensors: advanced) { g in
            [try Variable.indexGradient(g, items: items, shape: shape)]
        }.differentiable { g in [try g.placed(at: items, in: shape)] }
        if !advanced { result.gradFn?.region = items }
        return advanced ? result : result.markView(of: self)
    }

    /// A zero array of `shape` holding this variable at the positions `items` select (added
    /// where an advanced index repeats one): indexing's backward as a recorded op.
    func placed(at items: [IndexItem], in shape: [Int]) throws -> Variable {
        Variable.record(try Variable.indexGradient(data, items: items, shape: shape), "IndexBackwardBackward0", [self],
                        savesTensors: false) { g in [try g.getItem(items)] }
            .differentiable { g in [try g.index(items)] }
    }

    /// Scatters `g` back to the positions `items` selected from an array of `shape`, adding
    /// where an advanced index repeats a position.
    static func indexGradient(_ g: NDArray, items: [IndexItem], shape: [Int]) throws -> NDArray {
        let total = shape.reduce(1, *)
        let positions = try NDArray.arange(total).reshape(shape).getItem(items).contiguous()
        let values = try g.astype(g.dtype == .float64 ? .float64 : .float32).broadcast(to: positions.shape).contiguous()
        if values.dtype == .float64 {
            return try scatterAdd(values, positions, total: total, shape: shape, as: Double.self)
        }
        return try scatterAdd(values, positions, total: total, shape: shape, as: Float.self)
    }

    static func scatterAdd<T: TensorElement & FloatingPoint>(_ values: NDArray, _ positions: NDArray, total: Int, shape: [Int],
                                                             as type: T.Type) throws -> NDArray {
        let out = try NDArray.zeros([total], dtype: T.dtype)
        try out.withUnsafeMutableElements(as: T.self) { o in
            try values.withUnsafeMutableElements(as: T.self) { v in
                try positions.withUnsafeMutableElements(as: Int64.self) { p in
                    for i in 0..<p.count { o[Int(p[i])] += v[i] }
                }
            }
        }
        return try out.reshape(shape)
    }

    /// `torch.cat(tensors, dim)`.
    public static func cat(_ parts: [Variable], dim: Int) throws -> Variable {
        guard let first = parts.first else { throw TensorError.value("torch.cat(): expected a non-empty list of Tensors") }
        let axis = try Shape.normalizeAxis(dim, ndim: Swift.max(first.ndim, 1))
        let sizes = parts.map { $0.shape.count > axis ? $0.shape[axis] : 0 }
        let out = try NDArray.concatenate(parts.map(\.data), axis: axis)
        return record(out, "CatBackward0", parts, savesTensors: false) { g in
            var offsets = [Int]()
            var o = 0
            for s in sizes.dropLast() { o += s; offsets.append(o) }
            return try g.split(indices: offsets, axis: axis).map { Optional($0) }
        }.differentiable { g in try g.split(sizes: sizes, dim: axis).map { Optional($0) } }
    }

    /// `torch.stack(tensors, dim)`.
    public static func stack(_ parts: [Variable], dim: Int) throws -> Variable {
        guard let first = parts.first else { throw TensorError.value("stack expects a non-empty TensorList") }
        let axis = try Shape.normalizeAxis(dim, ndim: first.ndim + 1)
        for p in parts where p.shape != first.shape {
            throw TensorError.value("stack expects each tensor to be equal size, but got [\(first.shape.map(String.init).joined(separator: ", "))] at entry 0 and [\(p.shape.map(String.init).joined(separator: ", "))] at entry \(parts.firstIndex { $0 === p } ?? 1)")
        }
        let out = try NDArray.stack(parts.map(\.data), axis: axis)
        return record(out, "StackBackward0", parts, savesTensors: false) { g in
            try (0..<parts.count).map { i in try g.getItem(Array(repeating: IndexItem.all, count: axis) + [.int(i)]) }
        }.differentiable { g in
            try (0..<parts.count).map { i in try g.index(Array(repeating: IndexItem.all, count: axis) + [.int(i)]) }
        }
    }

    /// Splits along `dim` into pieces of `size` (the last may be smaller): `x.split(size, dim)`.
    public func split(size: Int, dim: Int) throws -> [Variable] {
        let axis = try Shape.normalizeAxis(dim, ndim: ndim)
        guard size > 0 else { throw TensorError.value("split_size can only be 0 if dimension size is 0, but got dimension size of \(shape[axis])") }
        var sizes: [Int] = []
        var left = shape[axis]
        while left > 0 { sizes.append(Swift.min(size, left)); left -= size }
        return try split(sizes: sizes, dim: axis)
    }

    /// Splits along `dim` into pieces of the given sizes.
    public func split(sizes: [Int], dim: Int) throws -> [Variable] {
        let axis = try Shape.normalizeAxis(dim, ndim: ndim)
        guard sizes.reduce(0, +) == shape[axis] else {
            throw TensorError.value("split_with_sizes expects split_sizes to sum exactly to \(shape[axis]) (input tensor's size at dimension \(axis)), but got split_sizes=[\(sizes.map(String.init).joined(separator: ", "))]")
        }
        var start = 0
        var out: [Variable] = []
        for s in sizes {
            var items = [IndexItem](repeating: .all, count: axis)
            items.append(.slice(start: start, stop: start + s, step: 1))
            out.append(try index(items))
            start += s
        }
        return out
    }

    /// `x.repeat(*sizes)`.
    public func repeated(_ reps: [Int]) throws -> Variable {
        guard reps.count >= ndim else {
            throw TensorError.value("Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor")
        }
        let lifted = try data.reshape([Int](repeating: 1, count: reps.count - ndim) + shape)
        let out = try lifted.tile(reps)
        let liftedShape = lifted.shape
        let shape = self.shape
        return Variable.record(out, "RepeatBackward0", [self], savesTensors: false) { g in
            // Fold each repeated axis into (reps, size) and sum the repeats.
            var folded: [Int] = []
            for (r, s) in zip(reps, liftedShape) { folded += [r, s] }
            let axes = stride(from: 0, to: folded.count, by: 2).map { $0 }
            return [try g.reshape(folded).sum(axes: axes).reshape(shape)]
        }.differentiable { g in
            var folded: [Int] = []
            for (r, s) in zip(reps, liftedShape) { folded += [r, s] }
            return [try g.reshape(folded).sum(dims: stride(from: 0, to: folded.count, by: 2).map { $0 }).reshape(shape)]
        }
    }

    public func flip(_ dims: [Int]) throws -> Variable {
        let axes = try Shape.normalizeAxes(dims, ndim: ndim)
        return Variable.record(try data.flip(axes), "FlipBackward0", [self], savesTensors: false) { g in [try g.flip(axes)] }
            .differentiable { g in [try g.flip(axes)] }
    }

    /// `torch.where(condition, a, b)`.
    public static func select(_ condition: NDArray, _ a: Variable, _ b: Variable) throws -> Variable {
        let out = try NDArray.where(condition, a.data, b.data)
        let zero = NDArray.pythonScalar(0.0)
        return record(out, "WhereBackward0", [a, b], savesTensors: true) { g in
            [try NDArray.where(condition, g, zero), try NDArray.where(condition, zero, g)]
        }.differentiable { g in
            let zero = Variable(try NDArray.zeros([], dtype: g.dtype))
            return [try select(condition, g, zero), try select(condition, zero, g)]
        }
    }

    /// `torch.gather(x, dim, index)`.
    public func gather(dim: Int, index: NDArray) throws -> Variable {
        let axis = try Shape.normalizeAxis(dim, ndim: ndim)
        let out = try data.takeAlong(index, axis: axis)
        let shape = self.shape
        return Variable.record(out, "GatherBackward0", [self], savesTensors: true) { g in
            // positions of the gathered elements in the flattened input, then scatter-add
            let total = shape.reduce(1, *)
            let flat = try NDArray.arange(total).reshape(shape).takeAlong(index, axis: axis)
            let values = try g.contiguous()
            if values.dtype == .float64 {
                return [try Variable.scatterAdd(values, flat.contiguous(), total: total, shape: shape, as: Double.self)]
            }
            return [try Variable.scatterAdd(values.astype(.float32), flat.contiguous(), total: total, shape: shape, as: Float.self)]
        }.differentiable { g in
            let flat = try NDArray.arange(shape.reduce(1, *)).reshape(shape).takeAlong(index, axis: axis)
            return [try g.placed(at: [.array(flat)], in: [shape.reduce(1, *)]).reshape(shape)]
        }
    }

    /// A cast to another dtype (`x.float()`, `x.double()`); gradients cast back.
    public func cast(to dtype: DType) throws -> Variable {
        if dtype == self.dtype { return self }
        let from = self.dtype
        return Variable.record(try data.astype(dtype), "ToCopyBackward0", [self], savesTensors: false) { g in
            [try g.astype(from)]
        }.differentiable { g in [try g.cast(to: from)] }
    }
}
