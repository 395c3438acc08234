import Tensor

/// Softmax and log-softmax along one axis, computed stably (shifted by the maximum) with
/// their closed-form backward, because they feed every classifier's loss.
extension Variable {
    public func softmax(dim: Int) throws -> Variable {
        let axis = try Shape.normalizeAxis(dim, ndim: Swift.max(ndim, 1))
        let y = try Variable.softmaxValues(data, axis: ndim == 0 ? nil : axis)
        return Variable.record(y, "SoftmaxBackward0", [self], savesOutput: true) { g in
            if y.ndim == 0 { return [try g * NDArray.pythonScalar(0.0)] }
            let dot = try (g * y).sum(axes: [axis], keepdims: true)
            return [try y * (g - dot)]
        }.differentiable { [self] g in
            if ndim == 0 { return [try g.scaled(0)] }
            let yv = try softmax(dim: axis)
            let dot = try Variable.mul(g, yv).sum(dims: [axis], keepdim: true)
            return [try Variable.mul(yv, Variable.sub(g, dot)).named("SoftmaxBackwardDataBackward0")]
        }
    }

    public func logSoftmax(dim: Int) throws -> Variable {
        let axis = try Shape.normalizeAxis(dim, ndim: Swift.max(ndim, 1))
        let y = try Variable.logSoftmaxValues(data, axis: ndim == 0 ? nil : axis)
        return Variable.record(y, "LogSoftmaxBackward0", [self], savesOutput: true) { g in
            if y.ndim == 0 { return [try g * NDArray.pythonScalar(0.0)] }
            let total = try g.sum(axes: [axis], keepdims: true)
            return [try g - NDArray.unary(.exp, y) * total]
        }.differentiable { [self] g in
            if ndim == 0 { return [try g.scaled(0)] }
            let total = try g.sum(dims: [axis], keepdim: true)
            return [try Variable.sub(g, Variable.mul(softmax(dim: axis), total)).named("LogSoftmaxBackwardDataBackward0")]
        }
    }

    static func softmaxValues(_ x: NDArray, axis: Int?) throws -> NDArray {
        guard let axis else { return try NDArray.fullLike(x, .float(1)) }
        let shifted = try x - x.max(axes: [axis], keepdims: true)
        let e = try NDArray.unary(.exp, shifted)
        return try e / e.sum(axes: [axis], keepdims: true)
    }

    static func logSoftmaxValues(_ x: NDArray, axis: Int?) throws -> NDArray {
        guard let axis else { return try NDArray.fullLike(x, .float(0)) }
        let shifted = try x - x.max(axes: [axis], keepdims: true)
        let lse = try NDArray.unary(.log, NDArray.unary(.exp, shifted).sum(axes: [axis], keepdims: true))
        return try shifted - lse
    }
}
