import Language
import NN
import Tensor

/// `F.group_norm`, `F.instance_norm` and `F.glu`.
extension TorchFunctional {
    static func installNormalization(_ m: PyModule) {
        function(m, "group_norm(input, num_groups, weight=None, bias=None, eps=1e-05)") { interp, b in
            let y = try Normalization.groupNorm(try NNLayers.input(b), groups: try interp.toInt(b["num_groups"] ?? .int(1)),
                                                weight: try b.optional("weight").map { try TorchBridge.variable($0) },
                                                bias: try b.optional("bias").map { try TorchBridge.variable($0) },
                                                eps: try TorchBridge.double(b["eps"], interp) ?? 1e-5)
            return TorchBridge.wrap(TorchBridge.named(y, "NativeGroupNormBackward0"))
        }
        function(m, "instance_norm(input, running_mean=None, running_var=None, weight=None, bias=None, use_input_stats=True, momentum=0.1, eps=1e-05)") { interp, b in
            let meanBuffer = try b.optional("running_mean").map { try TorchBridge.tensor($0) }
            let varBuffer = try b.optional("running_var").map { try TorchBridge.tensor($0) }
            let y = try instanceNorm(try NNLayers.input(b), meanBuffer, varBuffer,
                                     weight: try b.optional("weight").map { try TorchBridge.variable($0) },
                                     bias: try b.optional("bias").map { try TorchBridge.variable($0) },
                                     useInputStats: try TorchBridge.bool(b["use_input_stats"], interp, default: true),
                                     momentum: try TorchBridge.double(b["momentum"], interp) ?? 0.1,
                                     eps: try TorchBridge.double(b["eps"], interp) ?? 1e-5)
            return TorchBridge.wrap(y)
        }
        function(m, "glu(input, dim=-1)") { interp, b in
            TorchBridge.wrap(try NNLayers.input(b).glu(dim: try interp.toInt(b["dim"] ?? .int(-1))))
        }
    }

    /// Instance normalisation that writes updated running statistics back into their tensors.
    static func instanceNorm(_ x: Variable, _ meanBuffer: PyTorchTensor?, _ varBuffer: PyTorchTensor?, weight: Variable?,
                             bias: Variable?, useInputStats: Bool, momentum: Double, eps: Double) throws -> Variable {
        var rm = meanBuffer?.data, rv = varBuffer?.data
        if !useInputStats && (rm == nil || rv == nil) {
            throw PyError.value("Expected running_mean and running_var to be defined when use_input_stats is false")
        }
        let y = try Normalization.instanceNorm(x, runningMean: &rm, runningVar: &rv, weight: weight, bias: bias,
                                               useInputStats: useInputStats, momentum: momentum, eps: eps)
        if useInputStats {
            if let rm, let t = meanBuffer { try t.data.setItem([.ellipsis], rm) }
            if let rv, let t = varBuffer { try t.data.setItem([.ellipsis], rv) }
        }
        return TorchBridge.named(y, "ViewBackward0")
    }
}
