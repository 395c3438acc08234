import Language
import NN
import Tensor

/// `nn.GroupNorm`, `nn.InstanceNorm1d` and `nn.InstanceNorm2d`.
extension NNLayers {
    /// A normalisation layer's per-channel `weight` (ones) and `bias` (zeros) when affine, and
    /// its running statistics when tracking, registered in torch's order.
    static func registerNormalizationState(_ l: PyTorchModule, features n: Int, affine: Bool, bias: Bool, tracking: Bool) throws {
        if affine {
            l.registerParameter("weight", parameter(try NDArray.ones([n], dtype: .float32)))
            if bias { l.registerParameter("bias", parameter(try NDArray.zeros([n], dtype: .float32))) }
        }
        if tracking {
            l.registerBuffer("running_mean", PyTorchTensor(Variable(try NDArray.zeros([n], dtype: .float32))))
            l.registerBuffer("running_var", PyTorchTensor(Variable(try NDArray.ones([n], dtype: .float32))))
            l.registerBuffer("num_batches_tracked", PyTorchTensor(Variable(try NDArray.zeros([], dtype: .int64))))
        }
    }

    static func installGroupNorm(_ m: PyModule) {
        layer(m, "GroupNorm(num_groups, num_channels, eps=1e-05, affine=True, device=None, dtype=None, bias=True)",
              doc: "Splits the channels into groups and normalizes each sample's group over its channels and positions, then scales and shifts each channel.",
              extraRepr: { l in
            "\(l.int("num_groups")), \(l.int("num_channels")), eps=\(floatText(l.double("eps"))), affine=\(l.flag("affine") ? "True" : "False"), bias=\(l.parameter("bias") != nil ? "True" : "False")"
        }) { interp, l, b in
            let groups = try int(b, "num_groups", interp), channels = try int(b, "num_channels", interp)
            guard groups > 0, channels % groups == 0 else {
                throw PyError.value("num_channels (\(channels)) must be divisible by num_groups (\(groups))")
            }
            set(l, "num_groups", .int(groups)); set(l, "num_channels", .int(channels))
            set(l, "eps", .float(try TorchBridge.double(b["eps"], interp) ?? 1e-5))
            let affine = try TorchBridge.bool(b["affine"], interp, default: true)
            set(l, "affine", .bool(affine))
            try registerNormalizationState(l, features: channels, affine: affine, bias: try TorchBridge.bool(b["bias"], interp, default: true), tracking: false)
        } _: { _, l, b in
            let y = try Normalization.groupNorm(try input(b), groups: l.int("num_groups"), weight: l.parameter("weight")?.variable,
                                                bias: l.parameter("bias")?.variable, eps: l.double("eps"))
            return TorchBridge.wrap(TorchBridge.named(y, "NativeGroupNormBackward0"))
        }
        for (name, spatialDims) in [("InstanceNorm1d", 1), ("InstanceNorm2d", 2)] {
            layer(m, "\(name)(num_features, eps=1e-05, momentum=0.1, affine=False, track_running_stats=False, device=None, dtype=None, bias=True)",
                  doc: "Normalizes each channel of each sample over its positions; optionally scales and shifts it and keeps running statistics.",
                  extraRepr: { l in
                "\(l.int("num_features")), eps=\(floatText(l.double("eps"))), momentum=\(floatText(l.double("momentum"))), affine=\(l.flag("affine") ? "True" : "False"), bias=\(l.parameter("bias") != nil ? "True" : "False"), track_running_stats=\(l.flag("track_running_stats") ? "True" : "False")"
            }) { interp, l, b in
                let n = try int(b, "num_features", interp)
                set(l, "num_features", .int(n))
                set(l, "eps", .float(try TorchBridge.double(b["eps"], interp) ?? 1e-5))
                set(l, "momentum", .float(try TorchBridge.double(b["momentum"], interp) ?? 0.1))
                let affine = try TorchBridge.bool(b["affine"], interp)
                let track = try TorchBridge.bool(b["track_running_stats"], interp)
                set(l, "affine", .bool(affine)); set(l, "track_running_stats", .bool(track))
                try registerNormalizationState(l, features: n, affine: affine, bias: try TorchBridge.bool(b["bias"], interp, default: true), tracking: track)
            } _: { _, l, b in
                var x = try input(b)
                guard x.ndim == spatialDims + 1 || x.ndim == spatialDims + 2 else {
                    throw PyError.value("expected \(spatialDims + 1)D or \(spatialDims + 2)D input (got \(x.ndim)D input)")
                }
                let unbatched = x.ndim == spatialDims + 1
                if unbatched { x = try x.unsqueeze(0) }
                let useInputStats = l.training || l.buffer("running_mean") == nil
                var y = try TorchFunctional.instanceNorm(x, l.buffer("running_mean"), l.buffer("running_var"),
                                                         weight: l.parameter("weight")?.variable, bias: l.parameter("bias")?.variable,
                                                         useInputStats: useInputStats, momentum: l.double("momentum"), eps: l.double("eps"))
                if unbatched { y = try y.squeeze(dims: [0]) }
                return TorchBridge.wrap(y)
            }
        }
    }
}
