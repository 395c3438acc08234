import Tensor

/// Running sums and products along one dim, and the running extremes with their indices.
extension Variable {
    /// `x.cumsum(dim)`: the gradient is the reversed running sum of the output gradient.
    public func cumulativeSum(dim: Int) throws -> Variable {
        let axis = try Shape.normalizeAxis(dim, ndim: Swift.max(ndim, 1))
        let source = ndim == 0 ? try data.reshape([1]) : data
        let out = try source.cumsum(axis: axis).reshape(shape)
        let shape = self.shape
        return Variable.record(out, "CumsumBackward0", [self], savesTensors: false) { g in
            guard !shape.isEmpty else { return [g] }
            return [try g.flip([axis]).cumsum(axis: axis).flip([axis])]
        }.differentiable { g in
            guard !shape.isEmpty else { return [g] }
            return [try g.flip([axis]).cumulativeSum(dim: axis).flip([axis])]
        }
    }

    /// `x.cumprod(dim)`: d out_j / d x_i = prod_{k <= j, k != i} x_k, summed against the output
    /// gradient for j >= i; written per slice so zeros in the input are exact.
    public func cumulativeProduct(dim: Int) throws -> Variable {
        let axis = try Shape.normalizeAxis(dim, ndim: Swift.max(ndim, 1))
        let source = ndim == 0 ? try data.reshape([1]) : data
        let out = try source.cumprod(axis: axis).reshape(shape)
        let shape = ndim == 0 ? [1] : self.shape
        return Variable.record(out, "CumprodBackward0", [self], saved: [self]) { [data] g in
            let last = shape.count - 1
            let x = try data.reshape(shape).swapaxes(axis, last).astype(.float64).contiguous().elements(as: Double.self)
            let gy = try g.reshape(shape).swapaxes(axis, last).astype(.float64).contiguous().elements(as: Double.self)
            let n = shape[axis], rows = n == 0 ? 0 : x.count / n
            var grad = [Double](repeating: 0, count: x.count)
            for r in 0..<rows {
                let base = r * n
                for i in 0..<n {
                    var prefix = 1.0
                    for k in 0..<i { prefix *= x[base + k] }
                    var total = 0.0, running = prefix
                    for j in i..<n {
                        if j > i { running *= x[base + j] }
                        total += gy[base + j] * running
                    }
                    grad[base + i] = total
                }
            }
            var movedShape = shape
            movedShape.swapAt(axis, last)
            let back = try NDArray(grad, shape: movedShape).swapaxes(axis, last).astype(g.dtype)
            return [try back.reshape(g.shape)]
        }.differentiable { [self] g in
            let last = shape.count - 1
            let runs = try reshape(shape).transpose(axis, last)
            let grad = try runs.cumulativeProductGradient(try g.reshape(shape).transpose(axis, last))
            return [try grad.transpose(axis, last).reshape(g.shape)]
        }
    }

    /// `torch.cummax(x, dim)` / `cummin`: running extremes and where each was reached (the
    /// latest position on ties, as torch reports); the values' gradient goes to those positions.
    public func cumulativeExtremum(max: Bool, dim: Int) throws -> (values: Variable, indices: NDArray) {
        let axis = try Shape.normalizeAxis(dim, ndim: Swift.max(ndim, 1))
        let shape = ndim == 0 ? [1] : self.shape
        let last = shape.count - 1
        let x = try data.reshape(shape).swapaxes(axis, last).astype(.float64).contiguous().elements(as: Double.self)
        let n = shape[axis], rows = n == 0 ? 0 : x.count / n
        var where_ = [Int64](repeating: 0, count: x.count)
        for r in 0..<rows {
            var best = 0
            for j in 0..<n {
                let v = x[r * n + j], b = x[r * n + best]
                if v.isNaN || (!b.isNaN && (max ? v >= b : v <= b)) { best = j }
                where_[r * n + j] = Int64(best)
            }
        }
        var movedShape = shape
        movedShape.swapAt(axis, last)
        let indices = try NDArray(where_.map { Double($0) }, shape: movedShape).astype(.int64).swapaxes(axis, last).contiguous()
        let values = try reshape(shape).gather(dim: axis, index: indices)
        return (try values.reshape(self.shape), try indices.reshape(self.shape))
    }
}
