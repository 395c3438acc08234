import Language
import NN
import Tensor

/// Activation layers, normalisation layers and the recurrent layers of `torch.nn`.
extension NNLayers {
    static func installActivations(_ m: PyModule) {
        for entry in TorchActivations.parameterless {
            let f = entry.kernel
            layer(m, "\(entry.module)(inplace=False)", extraRepr: { l in l.flag("inplace") ? "inplace=True" : "" }) { interp, l, b in
                set(l, "inplace", .bool(try TorchBridge.bool(b["inplace"], interp)))
            } _: { _, l, b in
                let x = try TorchBridge.tensor(b["input"] ?? .none)
                guard l.flag("inplace") else { return TorchBridge.wrap(try f(x.variable)) }
                try TensorMethods.writeInPlace(x, f)
                return .object(x)
            }
        }
        layer(m, "Hardtanh(min_val=-1.0, max_val=1.0, inplace=False)", doc: "Clamps each element to [min_val, max_val].", extraRepr: { l in "min_val=\(floatText(l.double("min_val"))), max_val=\(floatText(l.double("max_val")))" }) { interp, l, b in
            set(l, "min_val", .float(try TorchBridge.double(b["min_val"], interp) ?? -1))
            set(l, "max_val", .float(try TorchBridge.double(b["max_val"], interp) ?? 1))
        } _: { _, l, b in TorchBridge.wrap(try input(b).clamp(min: l.double("min_val"), max: l.double("max_val"))) }
        layer(m, "PReLU(num_parameters=1, init=0.25, device=None, dtype=None)", doc: "Like LeakyReLU, but the negative slope is a learned parameter (one, or one per channel).", extraRepr: { l in "num_parameters=\(l.int("num_parameters"))" }) { interp, l, b in
            let n = try int(b, "num_parameters", interp, default: 1)
            set(l, "num_parameters", .int(n))
            l.registerParameter("weight", parameter(try NDArray.full([n], .float(try TorchBridge.double(b["init"], interp) ?? 0.25), dtype: .float32)))
        } _: { _, l, b in
            let x = try input(b)
            guard var w = l.parameter("weight")?.variable else { throw PyError.type("PReLU has no weight") }
            if x.ndim >= 2 && w.count > 1 { var shape = [Int](repeating: 1, count: x.ndim); shape[1] = w.count; w = try w.reshape(shape) }
            let positive = try x.data > NDArray.pythonScalar(0.0)
            return TorchBridge.wrap(TorchBridge.named(try Variable.select(positive, x, Variable.mul(x, w)), "PreluKernelBackward0"))
        }
        layer(m, "LeakyReLU(negative_slope=0.01, inplace=False)", doc: "x for x >= 0, negative_slope * x otherwise.", extraRepr: { l in "negative_slope=\(floatText(l.double("negative_slope")))" }) { interp, l, b in
            set(l, "negative_slope", .float(try TorchBridge.double(b["negative_slope"], interp) ?? 0.01))
        } _: { _, l, b in TorchBridge.wrap(try input(b).leakyRelu(l.double("negative_slope"))) }
        layer(m, "ELU(alpha=1.0, inplace=False)", doc: "Exponential linear unit: x for x > 0, alpha * (exp(x) - 1) otherwise.", extraRepr: { l in "alpha=\(floatText(l.double("alpha")))" }) { interp, l, b in
            set(l, "alpha", .float(try TorchBridge.double(b["alpha"], interp) ?? 1))
        } _: { _, l, b in TorchBridge.wrap(try input(b).elu(l.double("alpha"))) }
        layer(m, "CELU(alpha=1.0, inplace=False)", doc: "Continuously differentiable ELU: max(0, x) + min(0, alpha * (exp(x / alpha) - 1)).", extraRepr: { l in "alpha=\(floatText(l.double("alpha")))" }) { interp, l, b in
            set(l, "alpha", .float(try TorchBridge.double(b["alpha"], interp) ?? 1))
        } _: { _, l, b in TorchBridge.wrap(try TorchActivations.celu(try input(b), alpha: l.double("alpha"))) }
        layer(m, "GELU(approximate='none')", doc: "Gaussian error linear unit: x * Phi(x), with Phi the normal CDF (approximate='tanh' uses the tanh formula).", extraRepr: { l in "approximate='\(l.attribute(Symbol("approximate"))?.asString ?? "none")'" }) { _, l, b in
            set(l, "approximate", b["approximate"] ?? .str("none"))
        } _: { _, l, b in TorchBridge.wrap(try input(b).gelu(approximate: l.attribute(Symbol("approximate"))?.asString == "tanh")) }
        layer(m, "Softplus(beta=1.0, threshold=20.0)", doc: "A smooth ReLU: log(1 + exp(beta * x)) / beta, linear above threshold.", extraRepr: { l in "beta=\(floatText(l.double("beta"))), threshold=\(floatText(l.double("threshold")))" }) { interp, l, b in
            set(l, "beta", .float(try TorchBridge.double(b["beta"], interp) ?? 1))
            set(l, "threshold", .float(try TorchBridge.double(b["threshold"], interp) ?? 20))
        } _: { _, l, b in TorchBridge.wrap(try input(b).softplus(beta: l.double("beta"), threshold: l.double("threshold"))) }
        for (name, log) in [("Softmax", false), ("LogSoftmax", true)] {
            layer(m, "\(name)(dim=None)", extraRepr: { l in "dim=\(l.attribute(Symbol("dim")).map { Formatter.repr($0) } ?? "None")" }) { _, l, b in
                set(l, "dim", b["dim"] ?? .none)
            } _: { interp, l, b in
                let x = try input(b)
                var dim = x.ndim == 0 || x.ndim == 1 || x.ndim == 3 ? 0 : 1
                if let d = l.attribute(Symbol("dim")), !d.isNone { dim = try interp.toInt(d) }
                return TorchBridge.wrap(log ? try x.logSoftmax(dim: dim) : try x.softmax(dim: dim))
            }
        }
    }

    static func installNormalization(_ m: PyModule) {
        for name in ["BatchNorm1d", "BatchNorm2d"] {
            layer(m, "\(name)(num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None, bias=True)", extraRepr: { l in
                "\(l.int("num_features")), eps=\(floatText(l.double("eps"))), momentum=\(floatText(l.double("momentum"))), affine=\(l.flag("affine") ? "True" : "False"), bias=\(l.parameter("bias") != nil ? "True" : "False"), track_running_stats=\(l.flag("track_running_stats") ? "True" : "False")"
            }) { interp, l, b in
                let n = try int(b, "num_features", interp)
                set(l, "num_features", .int(n))
                set(l, "eps", .float(try TorchBridge.double(b["eps"], interp) ?? 1e-5))
                set(l, "momentum", b.optional("momentum") == nil && b["momentum"] != nil ? Value.none : .float(try TorchBridge.double(b["momentum"], interp) ?? 0.1))
                let affine = try TorchBridge.bool(b["affine"], interp, default: true)
                let track = try TorchBridge.bool(b["track_running_stats"], interp, default: true)
                set(l, "affine", .bool(affine))
                set(l, "track_running_stats", .bool(track))
                if !affine { l.registerParameter("weight", nil); l.registerParameter("bias", nil) }
                try registerNormalizationState(l, features: n, affine: affine, bias: try TorchBridge.bool(b["bias"], interp, default: true), tracking: track)
            } _: { _, l, b in
                let x = try input(b)
                let expected = name == "BatchNorm2d" ? [4] : [2, 3]
                guard expected.contains(x.ndim) else {
                    throw PyError.value("expected \(name == "BatchNorm2d" ? "4D" : "2D or 3D") input (got \(x.ndim)D input)")
                }
                var rm = l.buffer("running_mean")?.data, rv = l.buffer("running_var")?.data
                let useBatch = l.training || rm == nil
                if useBatch && x.count / max(1, x.shape[1]) <= 1 {
                    throw PyError.value("Expected more than 1 value per channel when training, got input size torch.Size([\(x.shape.map(String.init).joined(separator: ", "))])")
                }
                // momentum=None is a cumulative average: 1 / batches seen.
                var momentum = l.double("momentum")
                if l.attribute(Symbol("momentum"))?.isNone == true {
                    let seen = try l.buffer("num_batches_tracked").map { Int(try $0.data.item().asDouble) } ?? 0
                    momentum = 1 / Double(seen + 1)
                }
                let y = try Normalization.batchNorm(x, runningMean: &rm, runningVar: &rv, weight: l.parameter("weight")?.variable,
                                                    bias: l.parameter("bias")?.variable, training: useBatch, momentum: momentum,
                                                    eps: l.double("eps"))
                if l.training, let rm, let rv, let bm = l.buffer("running_mean"), let bv = l.buffer("running_var") {
                    try bm.data.setItem([.ellipsis], rm)
                    try bv.data.setItem([.ellipsis], rv)
                    if let count = l.buffer("num_batches_tracked") { try count.data.applyInPlace(.add, NDArray.pythonScalar(1)) }
                }
                return TorchBridge.wrap(TorchBridge.named(y, "NativeBatchNormBackward0"))
            }
        }
        layer(m, "LayerNorm(normalized_shape, eps=1e-05, elementwise_affine=True, bias=True, device=None, dtype=None)", doc: "Normalizes the last dimensions (normalized_shape) of each sample to mean 0 and variance 1, then scales and shifts them.", extraRepr: { l in
            "\(l.attribute(Symbol("normalized_shape")).map { Formatter.repr($0) } ?? ""), eps=\(floatText(l.double("eps"))), elementwise_affine=\(l.flag("elementwise_affine") ? "True" : "False")" + (l.flag("elementwise_affine") ? ", bias=\(l.parameter("bias") != nil ? "True" : "False")" : "")
        }) { interp, l, b in
            let shape = try TorchBridge.shape([b["normalized_shape"] ?? .int(1)], interp)
            set(l, "normalized_shape", .tuple(shape.map { .int($0) }))
            set(l, "eps", .float(try TorchBridge.double(b["eps"], interp) ?? 1e-5))
            let affine = try TorchBridge.bool(b["elementwise_affine"], interp, default: true)
            set(l, "elementwise_affine", .bool(affine))
            if affine {
                l.registerParameter("weight", parameter(try NDArray.ones(shape, dtype: .float32)))
                if try TorchBridge.bool(b["bias"], interp, default: true) { l.registerParameter("bias", parameter(try NDArray.zeros(shape, dtype: .float32))) }
            }
        } _: { interp, l, b in
            let dims = try interp.iterateToArray(l.attribute(Symbol("normalized_shape")) ?? .none).count
            return TorchBridge.wrap(TorchBridge.named(try Normalization.layerNorm(try input(b), normalizedDims: dims, weight: l.parameter("weight")?.variable,
                                                                                  bias: l.parameter("bias")?.variable, eps: l.double("eps")), "NativeLayerNormBackward0"))
        }
    }

    static func installRecurrent(_ m: PyModule) {
        for (name, kind) in [("RNN", Recurrent.Kind.tanh), ("LSTM", .lstm), ("GRU", .gru)] {
            layer(m, "\(name)(input_size, hidden_size, num_layers=1, nonlinearity='tanh', bias=True, batch_first=False, dropout=0.0, bidirectional=False, device=None, dtype=None)",
                  forward: "forward(input, hx=None)", extraRepr: { l in
                var s = "\(l.int("input_size")), \(l.int("hidden_size"))"
                if l.int("num_layers") != 1 { s += ", num_layers=\(l.int("num_layers"))" }
                if l.flag("batch_first") { s += ", batch_first=True" }
                if l.double("dropout") != 0 { s += ", dropout=\(floatText(l.double("dropout")))" }
                if l.flag("bidirectional") { s += ", bidirectional=True" }
                return s
            }) { interp, l, b in
                let inputSize = try int(b, "input_size", interp), hidden = try int(b, "hidden_size", interp)
                let layers = try int(b, "num_layers", interp, default: 1)
                let bidirectional = try TorchBridge.bool(b["bidirectional"], interp)
                let bias = try TorchBridge.bool(b["bias"], interp, default: true)
                set(l, "input_size", .int(inputSize)); set(l, "hidden_size", .int(hidden)); set(l, "num_layers", .int(layers))
                set(l, "batch_first", .bool(try TorchBridge.bool(b["batch_first"], interp)))
                set(l, "dropout", .float(try TorchBridge.double(b["dropout"], interp) ?? 0))
                set(l, "bidirectional", .bool(bidirectional))
                set(l, "bias", .bool(bias))
                let nonlinearity = b["nonlinearity"]?.asString ?? "tanh"
                set(l, "nonlinearity", .str(nonlinearity))
                let gates = kind.gates * hidden
                let bound = 1 / Double(hidden).squareRoot()
                for layer in 0..<layers {
                    for d in 0..<(bidirectional ? 2 : 1) {
                        let suffix = "_l\(layer)" + (d == 1 ? "_reverse" : "")
                        let fin = layer == 0 ? inputSize : hidden * (bidirectional ? 2 : 1)
                        l.registerParameter("weight_ih" + suffix, parameter(try Initializers.uniform([gates, fin], -bound, bound)))
                        l.registerParameter("weight_hh" + suffix, parameter(try Initializers.uniform([gates, hidden], -bound, bound)))
                        if bias {
                            l.registerParameter("bias_ih" + suffix, parameter(try Initializers.uniform([gates], -bound, bound)))
                            l.registerParameter("bias_hh" + suffix, parameter(try Initializers.uniform([gates], -bound, bound)))
                        }
                    }
                }
            } _: { interp, l, b in
                try recurrentForward(interp, l, b, kind == .tanh && l.attribute(Symbol("nonlinearity"))?.asString == "relu" ? .relu : kind)
            }
        }
    }

    /// The layer's weights per layer and direction, as `Recurrent.run` takes them.
    static func recurrentWeights(_ l: PyTorchModule) throws -> [[Recurrent.Weights]] {
        var weights: [[Recurrent.Weights]] = []
        for layer in 0..<l.int("num_layers") {
            var row: [Recurrent.Weights] = []
            for d in 0..<(l.flag("bidirectional") ? 2 : 1) {
                let suffix = "_l\(layer)" + (d == 1 ? "_reverse" : "")
                guard let wih = l.parameter("weight_ih" + suffix), let whh = l.parameter("weight_hh" + suffix) else {
                    throw PyError(BuiltinTypes.runtimeError, "missing recurrent weights for layer \(layer)")
                }
                row.append(Recurrent.Weights(inputWeight: wih.variable, hiddenWeight: whh.variable,
                                             inputBias: l.parameter("bias_ih" + suffix)?.variable, hiddenBias: l.parameter("bias_hh" + suffix)?.variable))
            }
            weights.append(row)
        }
        return weights
    }

    /// The initial state (h0, c0) for `batch` sequences: zeros, or the `hx` the call passed.
    static func initialState(_ interp: Interpreter, _ l: PyTorchModule, _ hx: Value?, kind: Recurrent.Kind, batch: Int,
                             dtype: DType) throws -> (Variable, Variable?) {
        let shape = [l.int("num_layers") * (l.flag("bidirectional") ? 2 : 1), batch, l.int("hidden_size")]
        guard let hx, !hx.isNone else {
            return (Variable(try NDArray.zeros(shape, dtype: dtype)), kind == .lstm ? Variable(try NDArray.zeros(shape, dtype: dtype)) : nil)
        }
        guard kind == .lstm else { return (try TorchBridge.variable(hx), nil) }
        let parts = try interp.iterateToArray(hx)
        guard parts.count == 2 else { throw PyError(BuiltinTypes.runtimeError, "LSTM expects hx as a tuple (h_0, c_0)") }
        return (try TorchBridge.variable(parts[0]), try TorchBridge.variable(parts[1]))
    }

    /// A recurrent layer over a PackedSequence: the sequences of each length run as one batch
    /// with no padding, so the final states are those of each sequence's last real step.
    static func recurrentPacked(_ interp: Interpreter, _ l: PyTorchModule, _ b: BoundArguments, _ kind: Recurrent.Kind,
                                _ packed: (data: Variable, batchSizes: [Int], sorted: [Int]?, unsorted: [Int]?)) throws -> Value {
        let lengths = TorchPackedSequence.lengths(packed.batchSizes)
        let x = try TorchPackedSequence.padded(packed.data, batchSizes: packed.batchSizes, padding: 0)
        guard x.ndim == 3, x.shape[2] == l.int("input_size") else {
            throw PyError(BuiltinTypes.runtimeError, "input.size(-1) must be equal to input_size. Expected \(l.int("input_size")), got \(x.shape.last ?? 0)")
        }
        func columns(_ v: Variable, _ cols: [Int], axis: Int) throws -> Variable {
            try v.index([IndexItem](repeating: .all, count: axis) + [.array(try NDArray(cols.map { Int64($0) }, shape: [cols.count]))])
        }
        var (h0, c0) = try initialState(interp, l, b.optional("hx"), kind: kind, batch: lengths.count, dtype: x.dtype)
        if b.optional("hx") != nil, let sorted = packed.sorted {
            h0 = try columns(h0, sorted, axis: 1); c0 = try c0.map { try columns($0, sorted, axis: 1) }
        }
        let weights = try recurrentWeights(l)
        let steps = lengths.first ?? 0
        var outputs = [Variable?](repeating: nil, count: lengths.count)
        var hs = outputs, cs = outputs
        for length in Set(lengths).sorted(by: >) {
            let members = lengths.indices.filter { lengths[$0] == length }
            let xs = try columns(try x.index([.slice(start: 0, stop: length, step: 1)]), members, axis: 1)
            let (out, h, c) = try Recurrent.run(kind, input: xs, h0: try columns(h0, members, axis: 1), c0: try c0.map { try columns($0, members, axis: 1) },
                                                layers: weights, hiddenSize: l.int("hidden_size"), dropout: l.double("dropout"), training: l.training)
            for (k, j) in members.enumerated() {
                var o = try columns(out, [k], axis: 1)
                if length < steps {
                    o = try Variable.cat([o, Variable(try NDArray.zeros([steps - length, 1, out.shape[2]], dtype: out.dtype))], dim: 0)
                }
                outputs[j] = o
                hs[j] = try columns(h, [k], axis: 1)
                cs[j] = try c.map { try columns($0, [k], axis: 1) }
            }
        }
        let padded = try Variable.cat(outputs.compactMap { $0 }, dim: 1)
        var h = try Variable.cat(hs.compactMap { $0 }, dim: 1)
        var c = kind == .lstm ? try Variable.cat(cs.compactMap { $0 }, dim: 1) : nil
        if let unsorted = packed.unsorted {
            h = try columns(h, unsorted, axis: 1); c = try c.map { try columns($0, unsorted, axis: 1) }
        }
        let out = try TorchPackedSequence.pack(padded, lengths: lengths, sorted: packed.sorted, unsorted: packed.unsorted)
        let state: Value = kind == .lstm ? .tuple([TorchBridge.wrap(h), c.map { TorchBridge.wrap($0) } ?? .none]) : TorchBridge.wrap(h)
        return .tuple([out, state])
    }

    static func recurrentForward(_ interp: Interpreter, _ l: PyTorchModule, _ b: BoundArguments, _ kind: Recurrent.Kind) throws -> Value {
        if let packed = try TorchPackedSequence.parts(b["input"]) { return try recurrentPacked(interp, l, b, kind, packed) }
        var x = try input(b)
        let batchFirst = l.flag("batch_first")
        let unbatched = x.ndim == 2
        if unbatched { x = try x.unsqueeze(1) } else if batchFirst { x = try x.transpose(0, 1) }
        guard x.ndim == 3 else { throw PyError.value("\(l.type.name): Expected input to be 2D or 3D, got \(x.ndim)D instead") }
        let hidden = l.int("hidden_size")
        guard x.shape[2] == l.int("input_size") else {
            throw PyError(BuiltinTypes.runtimeError, "input.size(-1) must be equal to input_size. Expected \(l.int("input_size")), got \(x.shape[2])")
        }
        var (h0, c0) = try initialState(interp, l, b.optional("hx"), kind: kind, batch: x.shape[1], dtype: x.dtype)
        if unbatched && b.optional("hx") != nil { h0 = try h0.unsqueeze(1); c0 = try c0.map { try $0.unsqueeze(1) } }
        var (out, h, c) = try Recurrent.run(kind, input: x, h0: h0, c0: c0, layers: try recurrentWeights(l), hiddenSize: hidden,
                                            dropout: l.double("dropout"), training: l.training)
        if unbatched {
            out = try out.squeeze(dims: [1]); h = try h.squeeze(dims: [1]); c = try c.map { try $0.squeeze(dims: [1]) }
        } else if batchFirst {
            out = try out.transpose(0, 1)
        }
        let state: Value = kind == .lstm ? .tuple([TorchBridge.wrap(h), c.map { TorchBridge.wrap($0) } ?? .none]) : TorchBridge.wrap(h)
        return .tuple([TorchBridge.wrap(out), state])
    }
}
