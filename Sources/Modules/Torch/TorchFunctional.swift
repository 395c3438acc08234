import Language
import NN
import Tensor

/// `torch.nn.functional` (`F`): activations, losses, convolution, pooling, dropout, one_hot.
enum TorchFunctional {
    static let lossSignatures: [String: String] = [
        "MSELoss": "mse_loss(input, target, size_average=None, reduce=None, reduction='mean')",
        "L1Loss": "l1_loss(input, target, size_average=None, reduce=None, reduction='mean')",
        "SmoothL1Loss": "smooth_l1_loss(input, target, size_average=None, reduce=None, reduction='mean', beta=1.0)",
        "HuberLoss": "huber_loss(input, target, reduction='mean', delta=1.0)",
        "BCELoss": "binary_cross_entropy(input, target, weight=None, size_average=None, reduce=None, reduction='mean')",
        "BCEWithLogitsLoss": "binary_cross_entropy_with_logits(input, target, weight=None, size_average=None, reduce=None, reduction='mean', pos_weight=None)",
        "CrossEntropyLoss": "cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean', label_smoothing=0.0)",
        "NLLLoss": "nll_loss(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean')",
    ]

    /// One loss by its module name, for the loss modules and the `F.` functions alike.
    static func loss(_ interp: Interpreter, _ name: String, _ input: Value, _ target: Value,
                     _ options: [(name: Symbol, value: Value)]) throws -> Value {
        if name == "KLDivLoss", case .object(let o)? = try interp.importModule("torch.nn.functional")["kl_div"] {
            return try interp.call(.object(o), Arguments([input, target], keywords: options.filter { $0.name.name == "reduction" || $0.name.name == "log_target" }))
        }
        guard let sigText = lossSignatures[name] else { throw PyError.notImplemented("\(name) is not supported in Cellgrad") }
        let b = try Signature(sigText).bind(Arguments([input, target], keywords: options))
        return try TorchBridge.call { try lossValue(interp, name, b) }
    }

    static func lossValue(_ interp: Interpreter, _ name: String, _ b: BoundArguments) throws -> Value {
        let x = try TorchBridge.tensor(b["input"] ?? .none)
        let targetValue = b["target"] ?? .none
        let reduction = try Reduction(name: b["reduction"]?.asString ?? "mean")
        let weight = try b.optional("weight").map { try TorchBridge.tensor($0).data }
        switch name {
        case "CrossEntropyLoss", "NLLLoss":
            let t = try TorchBridge.tensor(targetValue)
            let ignore = try b.optional("ignore_index").map { try interp.toInt($0) } ?? -100
            if name == "CrossEntropyLoss" && t.data.ndim != x.data.ndim && t.dtypeName != .int64 && t.dtypeName != .uint8 {
                throw PyError(BuiltinTypes.runtimeError, "expected target dtype to be Long or Byte, but got \(t.dtypeName.scalarTypeName)")
            }
            if !t.dtypeName.isFloatingPoint || name == "NLLLoss" {
                if t.dtypeName.isFloatingPoint {
                    throw PyError(BuiltinTypes.runtimeError, "expected scalar type Long but found \(t.dtypeName.scalarTypeName)")
                }
                if x.data.ndim >= 2 && t.data.ndim >= 1 && x.data.shape[0] != t.data.shape[0] {
                    throw PyError.value("Expected input batch_size (\(x.data.shape[0])) to match target batch_size (\(t.data.shape[0])).")
                }
            }
            guard x.dtypeName.isFloatingPoint else {
                throw PyError(BuiltinTypes.runtimeError, "\"log_softmax_lastdim_kernel_impl\" not implemented for '\(x.dtypeName.scalarTypeName)'")
            }
            if name == "NLLLoss" {
                return TorchBridge.wrap(try ClassificationLoss.nll(x.variable, t.data, weight: weight, ignoreIndex: ignore, reduction: reduction))
            }
            let smoothing = try TorchBridge.double(b["label_smoothing"], interp) ?? 0
            return TorchBridge.wrap(try ClassificationLoss.crossEntropy(x.variable, t.data, weight: weight, ignoreIndex: ignore,
                                                                        reduction: reduction, labelSmoothing: smoothing))
        default:
            let t = try TorchBridge.tensor(targetValue)
            guard x.dtypeName.isFloatingPoint else {
                throw PyError(BuiltinTypes.runtimeError, "Found dtype \(x.dtypeName.scalarTypeName) but expected Float")
            }
            if t.dtypeName.isFloatingPoint && t.dtypeName != x.dtypeName && name != "BCEWithLogitsLoss" && name != "BCELoss" {
                throw PyError(BuiltinTypes.runtimeError, "Found dtype \(t.dtypeName.scalarTypeName) but expected \(x.dtypeName.scalarTypeName)")
            }
            let tv = try TorchBridge.cast(t.variable, x.dtypeName)
            switch name {
            case "MSELoss": return TorchBridge.wrap(try Losses.mse(x.variable, tv, reduction: reduction))
            case "L1Loss": return TorchBridge.wrap(try Losses.l1(x.variable, tv, reduction: reduction))
            case "SmoothL1Loss": return TorchBridge.wrap(try Losses.smoothL1(x.variable, tv, reduction: reduction, beta: try TorchBridge.double(b["beta"], interp) ?? 1))
            case "HuberLoss": return TorchBridge.wrap(try Losses.huber(x.variable, tv, reduction: reduction, delta: try TorchBridge.double(b["delta"], interp) ?? 1))
            case "BCELoss":
                guard x.data.shape == t.data.shape else {
                    throw PyError.value("Using a target size (torch.Size([\(t.data.shape.map(String.init).joined(separator: ", "))])) that is different to the input size (torch.Size([\(x.data.shape.map(String.init).joined(separator: ", "))])) is deprecated. Please ensure they have the same size.")
                }
                let p = x.data
                if try NDArray.binary(.logicalOr, p < NDArray.pythonScalar(0.0), p > NDArray.pythonScalar(1.0)).any().item().asDouble != 0 {
                    throw PyError(BuiltinTypes.runtimeError, "all elements of input should be between 0 and 1")
                }
                return TorchBridge.wrap(try Losses.binaryCrossEntropy(x.variable, tv, weight: weight, reduction: reduction))
            default:
                guard x.data.shape == t.data.shape else {
                    throw PyError.value("Target size (torch.Size([\(t.data.shape.map(String.init).joined(separator: ", "))])) must be the same as input size (torch.Size([\(x.data.shape.map(String.init).joined(separator: ", "))]))")
                }
                let pw = try b.optional("pos_weight").map { try TorchBridge.tensor($0).data }
                return TorchBridge.wrap(try Losses.binaryCrossEntropyWithLogits(x.variable, tv, weight: weight, posWeight: pw, reduction: reduction))
            }
        }
    }

    static func function(_ m: PyModule, _ signature: String, _ body: @escaping (Interpreter, BoundArguments) throws -> Value) {
        TorchModule.function(m, signature, body)
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        _ = TensorMethods.installed
        let m = PyModule(name: "torch.nn.functional")
        for (name, sig) in lossSignatures {
            let s = Signature(sig)
            m.define(s.functionName, doc: sig) { interp, args in
                let b = try s.bind(args)
                return try TorchBridge.call { try lossValue(interp, name, b) }
            }
        }
        for entry in TorchActivations.parameterless {
            let f = entry.kernel
            function(m, "\(entry.functional)(input, inplace=False)") { interp, b in
                let x = try TorchBridge.tensor(b["input"] ?? .none)
                guard try TorchBridge.bool(b["inplace"], interp) else { return TorchBridge.wrap(try f(x.variable)) }
                try TensorMethods.writeInPlace(x, f)
                return .object(x)
            }
        }
        function(m, "leaky_relu(input, negative_slope=0.01, inplace=False)") { interp, b in
            TorchBridge.wrap(try TorchBridge.variable(b["input"] ?? .none).leakyRelu(try TorchBridge.double(b["negative_slope"], interp) ?? 0.01))
        }
        function(m, "elu(input, alpha=1.0, inplace=False)") { interp, b in
            TorchBridge.wrap(try TorchBridge.variable(b["input"] ?? .none).elu(try TorchBridge.double(b["alpha"], interp) ?? 1))
        }
        function(m, "gelu(input, approximate='none')") { _, b in
            TorchBridge.wrap(try TorchBridge.variable(b["input"] ?? .none).gelu(approximate: b["approximate"]?.asString == "tanh"))
        }
        function(m, "softplus(input, beta=1.0, threshold=20.0)") { interp, b in
            TorchBridge.wrap(try TorchBridge.variable(b["input"] ?? .none).softplus(beta: try TorchBridge.double(b["beta"], interp) ?? 1,
                                                                                      threshold: try TorchBridge.double(b["threshold"], interp) ?? 20))
        }
        for (name, log) in [("softmax", false), ("log_softmax", true)] {
            function(m, "\(name)(input, dim=None, _stacklevel=3, dtype=None)") { interp, b in
                let x = try TorchBridge.variable(b["input"] ?? .none)
                let dim = try b.optional("dim").map { try interp.toInt($0) } ?? (x.ndim <= 1 || x.ndim == 3 ? 0 : 1)
                return TorchBridge.wrap(log ? try x.logSoftmax(dim: dim) : try x.softmax(dim: dim))
            }
        }
        function(m, "softmin(input, dim=None, _stacklevel=3, dtype=None)") { interp, b in
            let x = try TorchBridge.variable(b["input"] ?? .none)
            return TorchBridge.wrap(try x.neg().softmax(dim: try b.optional("dim").map { try interp.toInt($0) } ?? (x.ndim <= 1 ? 0 : 1)))
        }
        function(m, "hardtanh(input, min_val=-1.0, max_val=1.0, inplace=False)") { interp, b in
            TorchBridge.wrap(try TorchBridge.variable(b["input"] ?? .none).clamp(min: try TorchBridge.double(b["min_val"], interp) ?? -1,
                                                                                  max: try TorchBridge.double(b["max_val"], interp) ?? 1))
        }
        function(m, "celu(input, alpha=1.0, inplace=False)") { interp, b in
            TorchBridge.wrap(try TorchActivations.celu(try TorchBridge.variable(b["input"] ?? .none), alpha: try TorchBridge.double(b["alpha"], interp) ?? 1))
        }
        function(m, "layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-05)") { interp, b in
            let dims = try TorchBridge.shape([b["normalized_shape"] ?? .none], interp).count
            return TorchBridge.wrap(try Normalization.layerNorm(try TorchBridge.variable(b["input"] ?? .none), normalizedDims: dims,
                                                                weight: try b.optional("weight").map { try TorchBridge.variable($0) },
                                                                bias: try b.optional("bias").map { try TorchBridge.variable($0) },
                                                                eps: try TorchBridge.double(b["eps"], interp) ?? 1e-5))
        }
        function(m, "cosine_similarity(x1, x2, dim=1, eps=1e-08)") { interp, b in
            let (x, y, _) = try TorchBridge.operands(b["x1"] ?? .none, b["x2"] ?? .none, interp)
            let dim = try b.optional("dim").map { try interp.toInt($0) } ?? 1
            let eps = try TorchBridge.double(b["eps"], interp) ?? 1e-8
            let dot = try Variable.mul(x, y).sum(dims: [dim])
            let nx = try Variable.mul(x, x).sum(dims: [dim]).sqrt().clamp(min: eps, max: nil)
            let ny = try Variable.mul(y, y).sum(dims: [dim]).sqrt().clamp(min: eps, max: nil)
            return TorchBridge.wrap(try Variable.div(dot, Variable.mul(nx, ny)))
        }
        function(m, "kl_div(input, target, size_average=None, reduce=None, reduction='mean', log_target=False)") { interp, b in
            // Pointwise target * (log target - input), 0 where target is 0.
            let x = try TorchBridge.variable(b["input"] ?? .none)
            let t = try TorchBridge.tensor(b["target"] ?? .none).data.astype(x.dtype)
            let logTarget = try TorchBridge.bool(b["log_target"], interp)
            let logT = logTarget ? t : try NDArray.where(t .== NDArray.pythonScalar(0.0), NDArray.pythonScalar(0.0), NDArray.unary(.log, t))
            let p = logTarget ? try NDArray.unary(.exp, t) : t
            let point = try Variable.mul(Variable(p), Variable.sub(Variable(logT), x))
            switch b["reduction"]?.asString ?? "mean" {
            case "sum": return TorchBridge.wrap(try point.sum())
            case "none": return TorchBridge.wrap(point)
            case "batchmean": return TorchBridge.wrap(try Variable.div(point.sum(), Variable(NDArray.pythonScalar(Double(x.shape.first ?? 1)))))
            default: return TorchBridge.wrap(try point.mean())
            }
        }
        function(m, "linear(input, weight, bias=None)") { _, b in
            TorchBridge.wrap(try Variable.linear(try TorchBridge.variable(b["input"] ?? .none), weight: try TorchBridge.variable(b["weight"] ?? .none),
                                                 bias: try b.optional("bias").map { try TorchBridge.variable($0) }))
        }
        function(m, "dropout(input, p=0.5, training=True, inplace=False)") { interp, b in
            TorchBridge.wrap(try Dropout.apply(try TorchBridge.variable(b["input"] ?? .none), p: try TorchBridge.double(b["p"], interp) ?? 0.5,
                                               training: try TorchBridge.bool(b["training"], interp, default: true)))
        }
        function(m, "conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1)") { interp, b in
            let g = Conv2DGeometry(stride: try NNLayers.pair(b["stride"], interp, default: 1), padding: try NNLayers.pair(b["padding"], interp, default: 0),
                                   dilation: try NNLayers.pair(b["dilation"], interp, default: 1), groups: try b.optional("groups").map { try interp.toInt($0) } ?? 1)
            return TorchBridge.wrap(try Convolution.conv2d(try TorchBridge.variable(b["input"] ?? .none), try TorchBridge.variable(b["weight"] ?? .none),
                                                           bias: try b.optional("bias").map { try TorchBridge.variable($0) }, geometry: g))
        }
        function(m, "conv1d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1)") { interp, b in
            // An int or a 1-tuple each, as torch takes them.
            func single(_ name: String, _ d: Int) throws -> Int {
                guard let v = b[name], !v.isNone else { return d }
                if case .object(let o) = v, o is PyTuple || o is PyList {
                    let items = try interp.iterateToArray(v).map { try interp.toInt($0) }
                    guard items.count == 1 else { throw PyError(BuiltinTypes.runtimeError, "expected \(name) to be a single integer value or a list of 1 values to match the convolution dimensions, but got \(name)=[\(items.map(String.init).joined(separator: ", "))]") }
                    return items[0]
                }
                return try interp.toInt(v)
            }
            return TorchBridge.wrap(try Convolution.conv1d(try TorchBridge.variable(b["input"] ?? .none), try TorchBridge.variable(b["weight"] ?? .none),
                                                           bias: try b.optional("bias").map { try TorchBridge.variable($0) }, stride: try single("stride", 1),
                                                           padding: try single("padding", 0), dilation: try single("dilation", 1),
                                                           groups: try b.optional("groups").map { try interp.toInt($0) } ?? 1))
        }
        function(m, "max_pool2d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False)") { interp, b in
            let k = try NNLayers.pair(b["kernel_size"], interp, default: 1)
            let (y, idx) = try Convolution.maxPool2d(try TorchBridge.variable(b["input"] ?? .none), kernel: k,
                                                     stride: try b.optional("stride").map { try NNLayers.pair($0, interp, default: 1) } ?? k,
                                                     padding: try NNLayers.pair(b["padding"], interp, default: 0),
                                                     dilation: try NNLayers.pair(b["dilation"], interp, default: 1),
                                                     ceilMode: try TorchBridge.bool(b["ceil_mode"], interp))
            return try TorchBridge.bool(b["return_indices"], interp) ? .tuple([TorchBridge.wrap(y), TorchBridge.wrap(idx)]) : TorchBridge.wrap(y)
        }
        function(m, "avg_pool2d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)") { interp, b in
            try NNLayers.refuseAvgOptions(interp, b)
            if !(try TorchBridge.bool(b["count_include_pad"], interp, default: true)) {
                throw PyError.notImplemented("F.avg_pool2d(count_include_pad=False) is not supported in Cellgrad; use nn.AvgPool2d")
            }
            let k = try NNLayers.pair(b["kernel_size"], interp, default: 1)
            return TorchBridge.wrap(try Convolution.avgPool2d(try TorchBridge.variable(b["input"] ?? .none), kernel: k,
                                                              stride: try b.optional("stride").map { try NNLayers.pair($0, interp, default: 1) } ?? k,
                                                              padding: try NNLayers.pair(b["padding"], interp, default: 0)))
        }
        function(m, "embedding_bag(input, weight, offsets=None, max_norm=None, norm_type=2, scale_grad_by_freq=False, mode='mean', sparse=False, per_sample_weights=None, include_last_offset=False, padding_idx=None)") { interp, b in
            try NNLayers.embeddingBag(interp, ids: try TorchBridge.tensor(b["input"] ?? .none), weight: try TorchBridge.variable(b["weight"] ?? .none),
                                      offsets: b["offsets"], mode: b["mode"]?.asString ?? "mean", perSampleWeights: b["per_sample_weights"],
                                      includeLastOffset: try TorchBridge.bool(b["include_last_offset"], interp))
        }
        function(m, "interpolate(input, size=None, scale_factor=None, mode='nearest', align_corners=None, recompute_scale_factor=None, antialias=False)") { interp, b in
            try NNLayers.interpolate(interp, try TorchBridge.variable(b["input"] ?? .none), size: b["size"], scaleFactor: b["scale_factor"],
                                     mode: b["mode"]?.asString ?? "nearest", alignCorners: b["align_corners"])
        }
        function(m, "conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1)") { interp, b in
            let g = Conv2DGeometry(stride: try NNLayers.pair(b["stride"], interp, default: 1), padding: try NNLayers.pair(b["padding"], interp, default: 0),
                                   dilation: try NNLayers.pair(b["dilation"], interp, default: 1), groups: try b.optional("groups").map { try interp.toInt($0) } ?? 1)
            return TorchBridge.wrap(try Convolution.convTranspose2d(try TorchBridge.variable(b["input"] ?? .none), try TorchBridge.variable(b["weight"] ?? .none),
                                                                    bias: try b.optional("bias").map { try TorchBridge.variable($0) }, geometry: g,
                                                                    outputPadding: try NNLayers.pair(b["output_padding"], interp, default: 0)))
        }
        function(m, "adaptive_max_pool2d(input, output_size, return_indices=False)") { interp, b in
            if try TorchBridge.bool(b["return_indices"], interp) {
                throw PyError.notImplemented("F.adaptive_max_pool2d(return_indices=True) is not supported in Cellgrad")
            }
            return TorchBridge.wrap(try Convolution.adaptiveMaxPool2d(try TorchBridge.variable(b["input"] ?? .none),
                                                                      outputSize: try NNLayers.pair(b["output_size"], interp, default: 1)))
        }
        function(m, "max_pool1d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False)") { interp, b in
            let k = try interp.toInt(b["kernel_size"] ?? .int(1))
            let (y, idx) = try Convolution.maxPool1d(try TorchBridge.variable(b["input"] ?? .none), kernel: k,
                                                     stride: try b.optional("stride").map { try interp.toInt($0) } ?? k,
                                                     padding: try interp.toInt(b["padding"] ?? .int(0)), dilation: try interp.toInt(b["dilation"] ?? .int(1)),
                                                     ceilMode: try TorchBridge.bool(b["ceil_mode"], interp))
            return try TorchBridge.bool(b["return_indices"], interp) ? .tuple([TorchBridge.wrap(y), TorchBridge.wrap(idx)]) : TorchBridge.wrap(y)
        }
        function(m, "avg_pool1d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True)") { interp, b in
            try NNLayers.refuseAvgOptions(interp, b)
            let k = try interp.toInt(b["kernel_size"] ?? .int(1))
            return TorchBridge.wrap(try Convolution.avgPool1d(try TorchBridge.variable(b["input"] ?? .none), kernel: k,
                                                              stride: try b.optional("stride").map { try interp.toInt($0) } ?? k,
                                                              padding: try interp.toInt(b["padding"] ?? .int(0))))
        }
        function(m, "adaptive_avg_pool2d(input, output_size)") { interp, b in
            TorchBridge.wrap(try Convolution.adaptiveAvgPool2d(try TorchBridge.variable(b["input"] ?? .none),
                                                               outputSize: try NNLayers.pair(b["output_size"], interp, default: 1)))
        }
        function(m, "scaled_dot_product_attention(query, key, value, attn_mask=None, dropout_p=0.0, is_causal=False, scale=None, enable_gqa=False)") { interp, b in
            let mask = try b.optional("attn_mask").map { try TorchBridge.tensor($0).data }
            let r = try Attention.scaledDotProduct(try TorchBridge.variable(b["query"] ?? .none), try TorchBridge.variable(b["key"] ?? .none),
                                                   try TorchBridge.variable(b["value"] ?? .none), mask: mask,
                                                   isCausal: try TorchBridge.bool(b["is_causal"], interp),
                                                   dropout: try TorchBridge.double(b["dropout_p"], interp) ?? 0, training: true,
                                                   scale: try TorchBridge.double(b["scale"], interp))
            return TorchBridge.wrap(r.output)
        }
        function(m, "one_hot(tensor, num_classes=-1)") { interp, b in
            let t = try TorchBridge.tensor(b["tensor"] ?? .none)
            guard !t.dtypeName.isFloatingPoint else { throw PyError(BuiltinTypes.runtimeError, "one_hot is only applicable to index tensor of type LongTensor.") }
            var n = try b.optional("num_classes").map { try interp.toInt($0) } ?? -1
            if n < 0 { n = Int(try t.data.max().item().asDouble) + 1 }
            let iota = try NDArray.arange(n)
            return TorchBridge.wrap(try (t.data.expandDims([t.data.ndim]) .== iota).astype(.int64))
        }
        function(m, "normalize(input, p=2.0, dim=1, eps=1e-12)") { interp, b in
            let x = try TorchBridge.variable(b["input"] ?? .none)
            let p = try TorchBridge.double(b["p"], interp) ?? 2, dim = try b.optional("dim").map { try interp.toInt($0) } ?? 1
            let norm = try x.abs().pow(p).sum(dims: [dim], keepdim: true).pow(1 / p).clamp(min: try TorchBridge.double(b["eps"], interp) ?? 1e-12, max: nil)
            return TorchBridge.wrap(try Variable.div(x, norm))
        }
        function(m, "embedding(input, weight, padding_idx=None)") { interp, b in
            TorchBridge.wrap(try Embedding.lookup(try TorchBridge.tensor(b["input"] ?? .none).data, weight: try TorchBridge.variable(b["weight"] ?? .none),
                                                  paddingIndex: try b.optional("padding_idx").map { try interp.toInt($0) }))
        }
        function(m, "pad(input, pad, mode='constant', value=None)") { interp, b in
            let x = try TorchBridge.variable(b["input"] ?? .none)
            let widths = try interp.iterateToArray(b["pad"] ?? .none).map { try interp.toInt($0) }
            guard widths.count % 2 == 0, widths.count / 2 <= x.ndim else { throw PyError.value("Padding length must be divisible by 2") }
            guard (b["mode"]?.asString ?? "constant") == "constant" else { throw PyError.notImplemented("F.pad supports mode='constant' in Cellgrad") }
            var pads = [(Int, Int)](repeating: (0, 0), count: x.ndim)
            for i in 0..<(widths.count / 2) { pads[x.ndim - 1 - i] = (widths[2 * i], widths[2 * i + 1]) }
            let value = try TorchBridge.double(b["value"], interp) ?? 0
            let out = try x.data.pad(pads, mode: "constant", constant: .float(value))
            let items: [IndexItem] = pads.enumerated().map { (i, p) in .slice(start: p.0, stop: p.0 + x.shape[i], step: 1) }
            return TorchBridge.wrap(Variable.record(out, "ConstantPadNdBackward0", [x], savesTensors: false) { g in [try g.getItem(items)] }
                .differentiable { g in [try g.index(items)] })
        }
        installNormalization(m)
        return m
    }
}
