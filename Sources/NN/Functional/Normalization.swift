import Tensor

/// Batch, layer, group and instance normalisation, written as compositions of differentiable ops (their
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

    /// `F.group_norm(x, num_groups)`: an (N, C, *) input's channels split into `groups` groups,
    /// each sample's group normalised over its channels and positions (biased variance), then a
    /// per-channel scale and shift.
    public static func groupNorm(_ x: Variable, groups: Int, weight: Variable?, bias: Variable?, eps: Double) throws -> Variable {
        guard x.ndim >= 2, groups > 0, x.shape[1] % groups == 0 else {
            throw TensorError.value("Expected number of channels in input to be divisible by num_groups, but got input of shape [\(x.shape.map(String.init).joined(separator: ", "))] and num_groups=\(groups)")
        }
        let n = x.shape[0]
        let grouped = try x.reshape([n, groups, n * groups == 0 ? 0 : x.count / (n * groups)])
        let y = try layerNorm(grouped, normalizedDims: 1, weight: nil, bias: nil, eps: eps).reshape(x.shape)
        return try channelAffine(y, weight: weight, bias: bias)
    }

    /// `F.instance_norm(x)`: each sample's channel normalised over its positions (N, C, *).
    /// With running statistics and `useInputStats`, they move by `momentum` towards the batch
    /// average of the instances' means and unbiased variances, as torch's does; without
    /// `useInputStats` the running statistics normalise.
    public static func instanceNorm(_ x: Variable, runningMean: inout NDArray?, runningVar: inout NDArray?,
                                    weight: Variable?, bias: Variable?, useInputStats: Bool, momentum: Double,
                                    eps: Double) throws -> Variable {
        guard x.ndim >= 3 else {
            throw TensorError.value("instance_norm expects an input of at least 3 dimensions (N, C, *), got \(x.ndim)")
        }
        let spatial = Array(2..<x.ndim)
        if !useInputStats, let rm = runningMean, let rv = runningVar {
            var statShape = [Int](repeating: 1, count: x.ndim)
            statShape[1] = x.shape[1]
            let mean = try Variable(rm.reshape(statShape).astype(x.dtype))
            let std = try Variable((rv.reshape(statShape) + NDArray.pythonScalar(eps)).astype(x.dtype)).sqrt()
            return try channelAffine(Variable.div(Variable.sub(x, mean), std), weight: weight, bias: bias)
        }
        let mean = try x.mean(dims: spatial, keepdim: true)
        let centered = try Variable.sub(x, mean)
        let variance = try Variable.mul(centered, centered).mean(dims: spatial, keepdim: true)
        let y = try Variable.div(centered, Variable.add(variance, Variable(NDArray.pythonScalar(eps))).sqrt())
        let count = spatial.reduce(1) { $0 * x.shape[$1] }
        let m = NDArray.pythonScalar(momentum), keep = NDArray.pythonScalar(1 - momentum)
        if let rm = runningMean {
            let batchMean = try mean.data.reshape([x.shape[0], x.shape[1]]).mean(axes: [0])
            runningMean = try rm * keep + batchMean.astype(rm.dtype) * m
        }
        if let rv = runningVar {
            let unbiased = try variance.data.reshape([x.shape[0], x.shape[1]]) * NDArray.pythonScalar(Double(count) / Double(Swift.max(count - 1, 1)))
            runningVar = try rv * keep + unbiased.mean(axes: [0]).astype(rv.dtype) * m
        }
        return try channelAffine(y, weight: weight, bias: bias)
    }

    /// `y * weight + bias` with (C,) parameters on axis 1 of an (N, C, *) tensor.
    static func channelAffine(_ y: Variable, weight: Variable?, bias: Variable?) throws -> Variable {
        let shape = [y.shape[1]] + [Int](repeating: 1, count: Swift.max(y.ndim - 2, 0))
        var out = y
        if let weight { out = try Variable.mul(out, weight.reshape(shape)) }
        if let bias { out = try Variable.add(out, bias.reshape(shape)) }
        return out
    }
}
