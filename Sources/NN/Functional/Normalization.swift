import Tensor

/// Batch and layer normalisation, written as compositions of differentiable ops (their
/// gradients follow), with the running statistics updated as torch updates them.
public enum Normalization {
    /// `F.batch_norm`: normalises over every axis but 1. In training, the batch statistics are
    /// used and `running_mean`/`running_var` move by `momentum` (the running variance takes the
    /// unbiased batch variance); in evaluation the running statistics are used.
    public static func batchNorm(_ x: Variable, runningMean: inout NDArray?, runningVar: inout NDArray?,
                                 weight: Variable?, bias: Variable?, training: Bool, momentum: Double,
                                 eps: Double, channelAxis: Int = 1) throws -> Variable {
        let axes = (0..<x.ndim).filter { $0 != channelAxis }
        var statShape = [Int](repeating: 1, count: x.ndim)
        statShape[channelAxis] = x.shape[channelAxis]
        let normalized: Variable
        if training {
            let n = axes.reduce(1) { $0 * x.shape[$1] }
            guard n > 1 else {
                throw TensorError.value("Expected more than 1 value per channel when training, got input size torch.Size([\(x.shape.map(String.init).joined(separator: ", "))])")
            }
            let mean = try x.mean(dims: axes, keepdim: true)
            let centered = try Variable.sub(x, mean)
            let variance = try Variable.mul(centered, centered).mean(dims: axes, keepdim: true)
            let denom = try Variable.add(variance, Variable(NDArray.pythonScalar(eps))).sqrt()
            normalized = try Variable.div(centered, denom)
            let m = NDArray.pythonScalar(momentum)
            let keep = NDArray.pythonScalar(1 - momentum)
            if let rm = runningMean {
                runningMean = try rm * keep + mean.data.reshape([-1]).astype(rm.dtype) * m
            }
            if let rv = runningVar {
                let unbiased = try variance.data.reshape([-1]) * NDArray.pythonScalar(Double(n) / Double(n - 1))
                runningVar = try rv * keep + unbiased.astype(rv.dtype) * m
            }
        } else {
            guard let rm = runningMean, let rv = runningVar else {
                return try batchNorm(x, runningMean: &runningMean, runningVar: &runningVar, weight: weight, bias: bias,
                                     training: true, momentum: momentum, eps: eps, channelAxis: channelAxis)
            }
            let mean = try Variable(rm.reshape(statShape).astype(x.dtype))
            let std = try Variable((rv.reshape(statShape) + NDArray.pythonScalar(eps)).astype(x.dtype))
            normalized = try Variable.div(Variable.sub(x, mean), std.sqrt())
        }
        var y = normalized
        if let weight { y = try Variable.mul(y, weight.reshape(statShape)) }
        if let bias { y = try Variable.add(y, bias.reshape(statShape)) }
        return y
    }

    /// `F.layer_norm(x, normalized_shape)`: over the last `normalizedDims` axes, biased variance.
    public static func layerNorm(_ x: Variable, normalizedDims: Int, weight: Variable?, bias: Variable?, eps: Double) throws -> Variable {
        let axes = Array((x.ndim - normalizedDims)..<x.ndim)
        let mean = try x.mean(dims: axes, keepdim: true)
        let centered = try Variable.sub(x, mean)
        let variance = try Variable.mul(centered, centered).mean(dims: axes, keepdim: true)
        var y = try Variable.div(centered, Variable.add(variance, Variable(NDArray.pythonScalar(eps))).sqrt())
        if let weight { y = try Variable.mul(y, weight) }
        if let bias { y = try Variable.add(y, bias) }
        return y
    }
}
