import Tensor

/// Sums, means, extrema and moments over all elements or over `dims`. The backward of a
/// reduction broadcasts the gradient back over the reduced axes (``expandReduced``).
extension Variable {
    /// The gradient of a reduction, reshaped with the reduced axes kept and broadcast to `shape`.
    static func expandReduced(_ g: NDArray, to shape: [Int], dims: [Int]?, keepdim: Bool) throws -> NDArray {
        var kept = g
        if !keepdim, let dims {
            kept = try g.expandDims(dims.sorted())
        } else if dims == nil {
            kept = try g.reshape([Int](repeating: 1, count: shape.count))
        }
        return try kept.broadcast(to: shape)
    }

    /// ``expandReduced`` as a recorded op, for `create_graph`.
    static func expandReduced(_ g: Variable, to shape: [Int], dims: [Int]?, keepdim: Bool) throws -> Variable {
        var kept = g
        if !keepdim, let dims {
            for d in dims.sorted() { kept = try kept.unsqueeze(d) }
        } else if dims == nil {
            kept = try g.reshape([Int](repeating: 1, count: shape.count))
        }
        return try kept.expand(shape)
    }

    func normalized(_ dims: [Int]?) throws -> [Int]? {
        guard let dims else { return nil }
        if ndim == 0 { return [] }
        return try Shape.normalizeAxes(dims, ndim: ndim)
    }

    /// `x.sum()` / `x.sum(dim, keepdim)`.
    public func sum(dims: [Int]? = nil, keepdim: Bool = false) throws -> Variable {
        let shape = self.shape
        let axes = try normalized(dims)
        let out = try data.sum(axes: axes?.isEmpty == true && ndim == 0 ? nil : axes, keepdims: keepdim)
        return Variable.record(out, dims == nil ? "SumBackward0" : "SumBackward1", [self], savesTensors: false) { g in
            [try Variable.expandReduced(g, to: shape, dims: axes, keepdim: keepdim)]
        }.differentiable { g in [try Variable.expandReduced(g, to: shape, dims: axes, keepdim: keepdim)] }
    }

    public func mean(dims: [Int]? = nil, keepdim: Bool = false) throws -> Variable {
        let shape = self.shape
        let axes = try normalized(dims)
        let out = try data.mean(axes: axes, keepdims: keepdim)
        let n = max(1, axes.map { $0.reduce(1) { $0 * shape[$1] } } ?? count)
        return Variable.record(out, dims == nil ? "MeanBackward0" : "MeanBackward1", [self], savesTensors: false) { g in
            [try Variable.expandReduced(g, to: shape, dims: axes, keepdim: keepdim) / NDArray.pythonScalar(Double(n))]
        }.differentiable { g in
            [try Variable.div(Variable.expandReduced(g, to: shape, dims: axes, keepdim: keepdim), Variable(NDArray.pythonScalar(Double(n))))]
        }
    }

    /// `x.var(dim, correction)` (torch's default correction is 1).
    public func variance(dims: [Int]? = nil, correction: Int = 1, keepdim: Bool = false) throws -> Variable {
        let axes = try normalized(dims)
        let n = axes.map { $0.reduce(1) { $0 * shape[$1] } } ?? count
        let centered = try Variable.sub(self, mean(dims: axes ?? Array(0..<ndim), keepdim: true))
        let squares = try Variable.mul(centered, centered).sum(dims: axes ?? Array(0..<ndim), keepdim: keepdim)
        return try Variable.div(squares, Variable(NDArray.pythonScalar(Double(max(0, n - correction)))))
    }

    public func std(dims: [Int]? = nil, correction: Int = 1, keepdim: Bool = false) throws -> Variable {
        try variance(dims: dims, correction: correction, keepdim: keepdim).sqrt()
    }

    /// `x.max()` over everything: the gradient goes to the maximal elements, shared evenly.
    public func extremum(max: Bool) throws -> Variable {
        let x = data
        let out = try max ? x.max() : x.min()
        return Variable.record(out, max ? "MaxBackward1" : "MinBackward1", [self], saved: [self]) { g in
            let mask = try (x .== out).astype(x.dtype)
            let share = try mask / mask.sum()
            return [try share * g]
        }.differentiable { g in
            let mask = try (x .== out).astype(x.dtype)
            return [try Variable.mul(Variable(mask / mask.sum()), g)]
        }
    }

    /// `torch.amax(x, dims)`: the gradient is shared evenly among the tied extremes of each slice.
    public func extremum(max: Bool, dims: [Int]?, keepdim: Bool) throws -> Variable {
        let x = data, shape = self.shape
        let axes = try normalized(dims)
        let kept = try max ? x.max(axes: axes, keepdims: true) : x.min(axes: axes, keepdims: true)
        let out = keepdim ? kept : try kept.reshape(try (max ? x.max(axes: axes, keepdims: false) : x.min(axes: axes, keepdims: false)).shape)
        return Variable.record(out, max ? "AmaxBackward0" : "AminBackward0", [self], saved: [self]) { g in
            let mask = try (x .== kept).astype(g.dtype)
            let ties = try mask.sum(axes: axes, keepdims: true)
            return [try Variable.expandReduced(g, to: shape, dims: axes, keepdim: keepdim) * mask / ties]
        }.differentiable { g in
            let mask = try (x .== kept).astype(g.dtype)
            let share = try mask / mask.sum(axes: axes, keepdims: true)
            return [try Variable.mul(Variable.expandReduced(g, to: shape, dims: axes, keepdim: keepdim), Variable(share))]
        }
    }

    /// `x.prod(dims)`: each element's gradient is the product of the others in its slice
    /// (computed from prefix and suffix products, so zeros are exact).
    public func product(dims: [Int]?, keepdim: Bool) throws -> Variable {
        let shape = self.shape
        let axes = try normalized(dims) ?? Array(0..<ndim)
        let out = try data.prod(axes: dims == nil ? nil : axes, keepdims: keepdim)
        return Variable.record(out, dims == nil ? "ProdBackward0" : "ProdBackward1", [self], saved: [self]) { [data] g in
            let rest = (0..<shape.count).filter { !axes.contains($0) }
            let order = rest + axes
            let rows = rest.reduce(1) { $0 * shape[$1] }, n = axes.reduce(1) { $0 * shape[$1] }
            let moved = try data.transpose(order).astype(.float64).contiguous().elements(as: Double.self)
            var others = [Double](repeating: 0, count: moved.count)
            for r in 0..<rows {
                var prefix = 1.0
                for k in 0..<n { others[r * n + k] = prefix; prefix *= moved[r * n + k] }
                var suffix = 1.0
                for k in stride(from: n - 1, through: 0, by: -1) { others[r * n + k] *= suffix; suffix *= moved[r * n + k] }
            }
            var inverse = [Int](repeating: 0, count: order.count)
            for (i, d) in order.enumerated() { inverse[d] = i }
            let movedShape = order.map { shape[$0] }
            let partial = try NDArray(others, shape: movedShape).transpose(inverse).astype(g.dtype)
            return [try partial * Variable.expandReduced(g, to: shape, dims: dims == nil ? nil : axes, keepdim: keepdim)]
        }.differentiable { [self] g in
            let reduced = dims == nil ? nil : axes
            let expanded = try Variable.expandReduced(g, to: shape, dims: reduced, keepdim: keepdim)
            // The product over x divided by each factor, while no factor is zero; with a zero,
            // the product of the others written out (exact, and O(n²) in the run length).
            guard try data.astype(.float64).contiguous().elements(as: Double.self).contains(0) else {
                let total = try Variable.expandReduced(self.product(dims: dims, keepdim: keepdim), to: shape, dims: reduced, keepdim: keepdim)
                return [try Variable.mul(expanded, Variable.div(total, self))]
            }
            let rest = (0..<shape.count).filter { !axes.contains($0) }
            let order = rest + axes
            var inverse = [Int](repeating: 0, count: order.count)
            for (i, d) in order.enumerated() { inverse[d] = i }
            let runs = try permute(order).reshape(rest.map { shape[$0] } + [axes.reduce(1) { $0 * shape[$1] }])
            let others = try runs.productOfOthers().reshape(order.map { shape[$0] }).permute(inverse)
            return [try Variable.mul(expanded, others)]
        }
    }

    /// `torch.max(x, dim)`: values and (first) indices; the gradient goes to those indices.
    public func extremum(max: Bool, dim: Int, keepdim: Bool) throws -> (values: Variable, indices: NDArray) {
        let x = data
        let axis = try Shape.normalizeAxis(dim, ndim: Swift.max(ndim, 1))
        if ndim == 0 {
            return (Variable.record(x, max ? "MaxBackward0" : "MinBackward0", [self], savesTensors: false) { g in [g] }.differentiable { g in [g] },
                    try NDArray.zeros([], dtype: .int64))
        }
        let indices = try max ? x.argmax(axis: axis, keepdims: true) : x.argmin(axis: axis, keepdims: true)
        let values = try x.takeAlong(indices, axis: axis)
        let shape = self.shape
        let outValues = keepdim ? values : try values.squeeze([axis])
        let outIndices = keepdim ? indices : try indices.squeeze([axis])
        let v = Variable.record(outValues, max ? "MaxBackward0" : "MinBackward0", [self], savesTensors: true) { g in
            let gk = keepdim ? g : try g.expandDims([axis])
            return [try Variable.scatter(gk, indices: indices, axis: axis, shape: shape)]
        }.differentiable { g in
            let gk = keepdim ? g : try g.unsqueeze(axis)
            let hit = try Variable.scatter(NDArray.fullLike(indices, .bool(true), dtype: .bool), indices: indices, axis: axis, shape: shape)
            return [try Variable.select(hit, gk.expand(shape), Variable(NDArray.zeros([], dtype: g.dtype)))]
        }
        return (v, outIndices)
    }

    /// A zero array of `shape` holding `values` at `indices` along `axis` (one index per slice).
    static func scatter(_ values: NDArray, indices: NDArray, axis: Int, shape: [Int]) throws -> NDArray {
        var positions = [Int](repeating: 1, count: shape.count)
        positions[axis] = shape[axis]
        let iota = try NDArray.arange(shape[axis]).reshape(positions)
        let hit = try iota .== indices
        return try NDArray.where(hit, values, NDArray.zeros([], dtype: values.dtype)).broadcast(to: shape).copy()
    }

    /// Sums a broadcast gradient back to `shape` (leading axes, and axes of size 1 there).
    func summed(toShape target: [Int]) throws -> Variable {
        let lead = ndim - target.count
        var out = self
        if lead > 0 { out = try out.sum(dims: Array(0..<lead)) }
        let ones = target.indices.filter { target[$0] == 1 && out.shape[$0] != 1 }
        if !ones.isEmpty { out = try out.sum(dims: ones, keepdim: true) }
        return out.shape == target ? out : try out.reshape(target)
    }

    /// `torch.logsumexp(x, dim)`, stable.
    public func logSumExp(dims: [Int], keepdim: Bool = false) throws -> Variable {
        let axes = try Shape.normalizeAxes(dims, ndim: ndim)
        let m = try Variable(data.max(axes: axes, keepdims: true))
        let shifted = try Variable.sub(self, m).exp().sum(dims: axes, keepdim: true).log()
        let out = try Variable.add(shifted, m)
        return keepdim ? out : try out.squeeze(dims: axes)
    }
}
