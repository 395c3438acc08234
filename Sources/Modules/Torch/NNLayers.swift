import Foundation
import Language
import NN
import Tensor

/// The built-in layers of `torch.nn`: each an `nn.Module` subtype whose `__init__` stores its
/// configuration as attributes and registers its parameters (initialised as torch initialises
/// them, in torch's order), and whose `forward` calls one functional op of the engine.
enum NNLayers {
    typealias Init = (Interpreter, PyTorchModule, BoundArguments) throws -> Void
    typealias Forward = (Interpreter, PyTorchModule, BoundArguments) throws -> Value

    /// Defines layer `name`: `init` for `__init__(signature)`, `forward(forwardSignature)`, and
    /// `extraRepr` for the text between the parentheses of its printed form.
    @discardableResult
    static func layer(_ m: PyModule, _ signature: String, doc: String? = nil, forward forwardSignature: String = "forward(input)",
                      base: PyType = NNModuleMethods.moduleType, extraRepr: ((PyTorchModule) throws -> String)? = nil,
                      _ initialize: @escaping Init, _ forward: @escaping Forward) -> PyType {
        let sig = Signature(signature)
        let t = PyType(name: sig.functionName, bases: [base], module: "torch.nn.modules", doc: doc.map { signature + "\n\n" + $0 })
        t.messagesUseBareName = true
        t.method("__init__" + signature.drop { $0 != "(" }, on: PyTorchModule.self) { interp, module, b in
            module.moduleInitCalled = true
            try TorchBridge.call { try initialize(interp, module, b) }
            return .none
        }
        let takesInput = Signature(forwardSignature).parameters.first?.name == "input"
        t.method(forwardSignature, on: PyTorchModule.self) { interp, module, b in
            if takesInput, let x = b["input"], !(x.asObject is PyTorchTensor), try TorchPackedSequence.parts(x) == nil {
                throw PyError.type("\(sig.functionName.lowercased())(): argument 'input' (position 1) must be Tensor, not \(x.typeName)")
            }
            return try TorchBridge.call { try forward(interp, module, b) }
        }
        if let extraRepr {
            t.method("extra_repr()", on: PyTorchModule.self) { _, module, _ in .str(try extraRepr(module)) }
        }
        m[sig.functionName] = .object(t)
        return t
    }

    /// A new parameter in the default float dtype (`torch.set_default_dtype`).
    static func parameter(_ a: NDArray) -> PyTorchTensor {
        let values = (try? a.astype(TorchDType.defaultFloat.storage)) ?? a
        return PyTorchTensor(Variable(values, requiresGrad: true), type: TorchTypes.parameter)
    }

    static func input(_ b: BoundArguments, _ name: String = "input") throws -> Variable {
        try TorchBridge.variable(b[name] ?? .none)
    }

    static func int(_ b: BoundArguments, _ name: String, _ interp: Interpreter, default d: Int = 0) throws -> Int {
        guard let v = b.optional(name) else { return d }
        return try interp.toInt(v)
    }

    /// `3` or `(3, 5)`.
    static func pair(_ v: Value?, _ interp: Interpreter, default d: Int) throws -> (Int, Int) {
        guard let v, !v.isNone else { return (d, d) }
        if case .object(let o) = v, o is PyTuple || o is PyList {
            let items = try interp.iterateToArray(v).map { try interp.toInt($0) }
            guard items.count == 2 else { throw PyError.value("expected a pair of ints, got \(items.count) values") }
            return (items[0], items[1])
        }
        let n = try interp.toInt(v)
        return (n, n)
    }

    static func pairValue(_ p: (Int, Int)) -> Value { .tuple([.int(p.0), .int(p.1)]) }

    static func pairText(_ m: PyTorchModule, _ name: String) -> String {
        guard case .object(let o)? = m.attribute(Symbol(name)), let t = o as? PyTuple else { return "" }
        let parts = t.items.map { if case .int(let i) = $0 { return String(i) } else { return "?" } }
        return "(" + parts.joined(separator: ", ") + (parts.count == 1 ? ",)" : ")")
    }

    static func set(_ m: PyTorchModule, _ name: String, _ v: Value) { m.setAttribute(Symbol(name), v) }

    static func floatText(_ d: Double) -> String { Formatter.repr(.float(d)) }

    static func install(_ m: PyModule) {
        installLinear(m)
        installConvolution(m)
        installUpsampling(m)
        installEmbeddingBag(m)
        installActivations(m)
        installNormalization(m)
        installGroupNorm(m)
        installRecurrent(m)
        installContainers(m)
        installLossModules(m)
        installAttention(m)
    }

    static func installLinear(_ m: PyModule) {
        layer(m, "Linear(in_features, out_features, bias=True, device=None, dtype=None)", doc: "A fully connected layer: y = x @ weight.T + bias, with weight (out_features, in_features).", extraRepr: { l in
            "in_features=\(l.int("in_features")), out_features=\(l.int("out_features")), bias=\(l.parameter("bias") != nil ? "True" : "False")"
        }) { interp, l, b in
            let fin = try int(b, "in_features", interp), fout = try int(b, "out_features", interp)
            set(l, "in_features", .int(fin))
            set(l, "out_features", .int(fout))
            l.registerParameter("weight", parameter(try Initializers.kaimingUniform([fout, fin], a: 5.0.squareRoot())))
            let hasBias = try TorchBridge.bool(b["bias"], interp, default: true)
            l.registerParameter("bias", hasBias ? parameter(try Initializers.fanInBias(fout, fanIn: fin)) : nil)
        } _: { _, l, b in
            guard let w = l.parameter("weight") else { throw PyError.type("Linear has no weight") }
            return TorchBridge.wrap(try Variable.linear(try input(b), weight: w.variable, bias: l.parameter("bias")?.variable))
        }
        layer(m, "Identity(*args, **kwargs)", doc: "Returns its input unchanged; a placeholder that accepts and ignores any arguments.", extraRepr: nil) { _, _, _ in } _: { _, _, b in b["input"] ?? .none }
        layer(m, "Flatten(start_dim=1, end_dim=-1)", doc: "Flattens the dimensions start_dim..end_dim of the input into one (by default all but the batch dimension).", extraRepr: { l in "start_dim=\(l.int("start_dim")), end_dim=\(l.int("end_dim"))" }) { interp, l, b in
            set(l, "start_dim", .int(try int(b, "start_dim", interp, default: 1)))
            set(l, "end_dim", .int(try int(b, "end_dim", interp, default: -1)))
        } _: { _, l, b in
            TorchBridge.wrap(try input(b).flatten(startDim: l.int("start_dim"), endDim: l.int("end_dim")))
        }
        layer(m, "Unflatten(dim, unflattened_size)", doc: "Expands dimension dim of the input into the shape unflattened_size.", extraRepr: { l in "dim=\(l.int("dim")), unflattened_size=\(pairText(l, "unflattened_size"))" }) { interp, l, b in
            set(l, "dim", .int(try int(b, "dim", interp)))
            set(l, "unflattened_size", .tuple(try interp.iterateToArray(b["unflattened_size"] ?? .none)))
        } _: { interp, l, b in
            let x = try input(b)
            let dim = try Shape.normalizeAxis(l.int("dim"), ndim: x.ndim)
            let sizes = try interp.iterateToArray(l.attribute(Symbol("unflattened_size")) ?? .none).map { try interp.toInt($0) }
            return TorchBridge.wrap(try x.reshape(Array(x.shape[..<dim]) + sizes + Array(x.shape[(dim + 1)...])))
        }
        for name in ["Dropout1d", "Dropout2d"] {
            layer(m, "\(name)(p=0.5, inplace=False)", extraRepr: { l in "p=\(floatText(l.double("p"))), inplace=False" }) { interp, l, b in
                set(l, "p", .float(try TorchBridge.double(b["p"], interp) ?? 0.5))
            } _: { _, l, b in
                // Whole channels are dropped: one draw per (sample, channel), broadcast over the rest.
                let x = try input(b)
                let p = l.double("p")
                guard l.training && p > 0, x.ndim >= 2 else { return TorchBridge.wrap(x) }
                let keep = try DefaultGenerator.shared.bernoulli(Array(x.shape.prefix(2)) + [Int](repeating: 1, count: x.ndim - 2), p: 1 - p, dtype: x.dtype)
                return TorchBridge.wrap(try Variable.mul(x, Variable(keep * NDArray.pythonScalar(1 / (1 - p)))))
            }
        }
        layer(m, "Dropout(p=0.5, inplace=False)", doc: "During training, zeroes each element with probability p and scales the rest by 1/(1-p); does nothing in eval mode.", extraRepr: { l in "p=\(floatText(l.double("p"))), inplace=False" }) { interp, l, b in
            let p = try TorchBridge.double(b["p"], interp) ?? 0.5
            guard p >= 0 && p <= 1 else { throw PyError.value("dropout probability has to be between 0 and 1, but got \(floatText(p))") }
            set(l, "p", .float(p))
        } _: { _, l, b in
            TorchBridge.wrap(try Dropout.apply(try input(b), p: l.double("p"), training: l.training))
        }
        layer(m, "Embedding(num_embeddings, embedding_dim, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False, _weight=None, _freeze=False, device=None, dtype=None)", doc: "A lookup table of num_embeddings vectors of size embedding_dim: maps integer indices to learned vectors.", extraRepr: { l in
            var s = "\(l.int("num_embeddings")), \(l.int("embedding_dim"))"
            if case .int(let p)? = l.attribute(Symbol("padding_idx")) { s += ", padding_idx=\(p)" }
            return s
        }) { interp, l, b in
            let n = try int(b, "num_embeddings", interp), d = try int(b, "embedding_dim", interp)
            set(l, "num_embeddings", .int(n))
            set(l, "embedding_dim", .int(d))
            var pad: Int? = nil
            if let p = b.optional("padding_idx") { pad = try interp.toInt(p); if pad! < 0 { pad! += n } }
            set(l, "padding_idx", pad.map { .int($0) } ?? .none)
            let w = try Initializers.normal([n, d])
            if let pad { try w.setItem([.int(pad)], NDArray.zeros([], dtype: .float32)) }
            l.registerParameter("weight", parameter(w))
        } _: { _, l, b in
            guard let w = l.parameter("weight") else { throw PyError.type("Embedding has no weight") }
            let ids = try TorchBridge.tensor(b["input"] ?? .none)
            guard !ids.dtypeName.isFloatingPoint else {
                throw PyError(BuiltinTypes.runtimeError, "Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got \(ids.dtypeName.legacyName) instead (while checking arguments for embedding)")
            }
            var pad: Int? = nil
            if case .int(let p)? = l.attribute(Symbol("padding_idx")) { pad = p }
            return TorchBridge.wrap(try Embedding.lookup(ids.data, weight: w.variable, paddingIndex: pad))
        }
        if case .object(let o)? = m["Embedding"], let embedding = o as? PyType {
            // `nn.Embedding.from_pretrained(weights, freeze=True, padding_idx=None)`.
            let sig = Signature("from_pretrained(embeddings, freeze=True, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False)")
            embedding.namespace[Symbol("from_pretrained")] = .object(PyStaticMethod(.object(PyNativeFunction(name: "from_pretrained") { interp, args in
                let b = try sig.bind(args)
                let w = try TorchBridge.tensor(b["embeddings"] ?? .none)
                guard w.data.ndim == 2 else { throw PyError(BuiltinTypes.assertionError, "Embeddings parameter is expected to be 2-dimensional") }
                var keywords: [(name: Symbol, value: Value)] = []
                if let p = b.optional("padding_idx") { keywords.append((Symbol("padding_idx"), p)) }
                let layer = try NNModuleMethods.module(try interp.call(.object(embedding), Arguments([.int(w.data.shape[0]), .int(w.data.shape[1])], keywords: keywords)))
                let frozen = try TorchBridge.bool(b["freeze"], interp, default: true)
                layer.registerParameter("weight", PyTorchTensor(Variable(try w.data.copy(), requiresGrad: !frozen), dtype: w.dtypeName, type: TorchTypes.parameter))
                return .object(layer)
            })))
        }
    }

    /// A convolution's printed options as torch writes them: channels, kernel and stride, then
    /// each option in `options` that is not at its default, groups, and `bias=False`.
    static func convolutionRepr(_ l: PyTorchModule, options: [(name: String, neutral: String)]) -> String {
        var s = "\(l.int("in_channels")), \(l.int("out_channels")), kernel_size=\(pairText(l, "kernel_size")), stride=\(pairText(l, "stride"))"
        for (name, neutral) in options {
            if let text = l.attribute(Symbol(name))?.asString { s += ", \(name)=\(text)" } else if pairText(l, name) != neutral {
                s += ", \(name)=\(pairText(l, name))"
            }
        }
        if l.int("groups") != 1 { s += ", groups=\(l.int("groups"))" }
        if l.parameter("bias") == nil { s += ", bias=False" }
        return s
    }

    static func installConvolution(_ m: PyModule) {
        for dims in [1, 2] {
            let name = "Conv\(dims)d"
            layer(m, "\(name)(in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros', device=None, dtype=None)", extraRepr: { l in
                convolutionRepr(l, options: dims == 1 ? [("padding", "(0,)"), ("dilation", "(1,)")] : [("padding", "(0, 0)"), ("dilation", "(1, 1)")])
            }) { interp, l, b in
                let cin = try int(b, "in_channels", interp), cout = try int(b, "out_channels", interp)
                let groups = try int(b, "groups", interp, default: 1)
                guard groups > 0, cin % groups == 0 else { throw PyError.value("in_channels must be divisible by groups") }
                let k = try pair(b["kernel_size"], interp, default: 1)
                let kernel = dims == 1 ? (1, k.1) : k
                func tuple(_ p: (Int, Int)) -> Value { dims == 1 ? .tuple([.int(p.1)]) : pairValue(p) }
                set(l, "in_channels", .int(cin)); set(l, "out_channels", .int(cout)); set(l, "groups", .int(groups))
                set(l, "kernel_size", tuple(kernel))
                set(l, "stride", tuple(try pair(b["stride"], interp, default: 1)))
                if let p = b["padding"]?.asString {
                    guard p == "same" || p == "valid" else { throw PyError.value("Invalid padding string '\(p)', should be one of {'valid', 'same'}") }
                    set(l, "padding", .str(p))
                } else {
                    set(l, "padding", tuple(try pair(b["padding"], interp, default: 0)))
                }
                set(l, "dilation", tuple(try pair(b["dilation"], interp, default: 1)))
                let shape = dims == 1 ? [cout, cin / groups, kernel.1] : [cout, cin / groups, kernel.0, kernel.1]
                l.registerParameter("weight", parameter(try Initializers.kaimingUniform(shape, a: 5.0.squareRoot())))
                let fanIn = (cin / groups) * kernel.0 * kernel.1
                l.registerParameter("bias", try TorchBridge.bool(b["bias"], interp, default: true) ? parameter(try Initializers.fanInBias(cout, fanIn: fanIn)) : nil)
            } _: { interp, l, b in
                guard let w = l.parameter("weight") else { throw PyError.type("\(name) has no weight") }
                func get(_ n: String) throws -> (Int, Int) {
                    let v = try interp.iterateToArray(l.attribute(Symbol(n)) ?? .none).map { try interp.toInt($0) }
                    return v.count == 1 ? (0, v[0]) : (v[0], v[1])
                }
                let stride = try get("stride"), dilation = try get("dilation")
                var padding: (Int, Int)
                if let mode = l.attribute(Symbol("padding"))?.asString {
                    if mode == "valid" { padding = (0, 0) } else {
                        guard stride == (stride.0, 1) || dims == 2 else { throw PyError.value("padding='same' is not supported for strided convolutions") }
                        let k = try get("kernel_size")
                        let total = (dilation.0 * (k.0 - 1), dilation.1 * (k.1 - 1))
                        guard total.0 % 2 == 0 && total.1 % 2 == 0 else {
                            throw PyError.notImplemented("padding='same' with an even kernel needs asymmetric padding, which Cellgrad does not support")
                        }
                        padding = (total.0 / 2, total.1 / 2)
                    }
                } else {
                    padding = try get("padding")
                }
                let x = try input(b)
                if dims == 1 {
                    return TorchBridge.wrap(TorchBridge.named(try Convolution.conv1d(x, w.variable, bias: l.parameter("bias")?.variable, stride: stride.1,
                                                                   padding: padding.1, dilation: dilation.1, groups: l.int("groups")), "ConvolutionBackward0"))
                }
                let g = Conv2DGeometry(stride: stride, padding: padding, dilation: dilation, groups: l.int("groups"))
                return TorchBridge.wrap(try Convolution.conv2d(x, w.variable, bias: l.parameter("bias")?.variable, geometry: g))
            }
        }
        layer(m, "MaxPool2d(kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False)", doc: "Takes the maximum of each kernel_size window of a (N, C, H, W) input, moving by stride.", extraRepr: { l in
            "kernel_size=\(l.attribute(Symbol("kernel_size")).map { Formatter.repr($0) } ?? ""), stride=\(l.attribute(Symbol("stride")).map { Formatter.repr($0) } ?? ""), padding=\(l.attribute(Symbol("padding")).map { Formatter.repr($0) } ?? "0"), dilation=\(l.attribute(Symbol("dilation")).map { Formatter.repr($0) } ?? "1"), ceil_mode=\(l.flag("ceil_mode") ? "True" : "False")"
        }) { interp, l, b in
            set(l, "kernel_size", b["kernel_size"] ?? .int(1))
            set(l, "stride", b.optional("stride") ?? b["kernel_size"] ?? .int(1))
            set(l, "padding", b["padding"] ?? .int(0))
            set(l, "dilation", b["dilation"] ?? .int(1))
            set(l, "return_indices", .bool(try TorchBridge.bool(b["return_indices"], interp)))
            set(l, "ceil_mode", .bool(try TorchBridge.bool(b["ceil_mode"], interp)))
        } _: { interp, l, b in
            let (y, idx) = try Convolution.maxPool2d(try input(b), kernel: try pair(l.attribute(Symbol("kernel_size")), interp, default: 1),
                                                     stride: try pair(l.attribute(Symbol("stride")), interp, default: 1),
                                                     padding: try pair(l.attribute(Symbol("padding")), interp, default: 0),
                                                     dilation: try pair(l.attribute(Symbol("dilation")), interp, default: 1), ceilMode: l.flag("ceil_mode"))
            return l.flag("return_indices") ? .tuple([TorchBridge.wrap(y), TorchBridge.wrap(idx)]) : TorchBridge.wrap(y)
        }
        layer(m, "AvgPool2d(kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)", doc: "Averages each kernel_size window of a (N, C, H, W) input, moving by stride.", extraRepr: { l in
            "kernel_size=\(l.attribute(Symbol("kernel_size")).map { Formatter.repr($0) } ?? ""), stride=\(l.attribute(Symbol("stride")).map { Formatter.repr($0) } ?? ""), padding=\(l.attribute(Symbol("padding")).map { Formatter.repr($0) } ?? "0")"
        }) { interp, l, b in
            set(l, "kernel_size", b["kernel_size"] ?? .int(1))
            set(l, "stride", b.optional("stride") ?? b["kernel_size"] ?? .int(1))
            set(l, "padding", b["padding"] ?? .int(0))
            set(l, "count_include_pad", .bool(try TorchBridge.bool(b["count_include_pad"], interp, default: true)))
            if try TorchBridge.bool(b["ceil_mode"], interp) || b.optional("divisor_override") != nil { try refuseAvgOptions(interp, b) }
        } _: { interp, l, b in
            let kernel = try pair(l.attribute(Symbol("kernel_size")), interp, default: 1)
            let stride = try pair(l.attribute(Symbol("stride")), interp, default: 1)
            let padding = try pair(l.attribute(Symbol("padding")), interp, default: 0)
            let x = try input(b)
            let y = try Convolution.avgPool2d(x, kernel: kernel, stride: stride, padding: padding)
            guard !l.flag("count_include_pad"), padding != (0, 0) else { return TorchBridge.wrap(y) }
            // Divide by the window's real elements only: the average of ones over the padded
            // input is the fraction of each window inside the picture.
            let ones = try NDArray.ones(Array(x.shape.suffix(2)), dtype: x.dtype).reshape([1, 1] + Array(x.shape.suffix(2)))
            let fraction = try Pool2D.avgForward(ones, kernel: kernel, stride: stride, padding: padding)
            return TorchBridge.wrap(try Variable.div(y, Variable(fraction.reshape(Array(fraction.shape.suffix(2))))))
        }
        for isMax in [false, true] {
            layer(m, isMax ? "AdaptiveMaxPool2d(output_size, return_indices=False)" : "AdaptiveAvgPool2d(output_size)",
                  extraRepr: { l in "output_size=\(l.attribute(Symbol("output_size")).map { Formatter.repr($0) } ?? "")" }) { interp, l, b in
                let wantsIndices = try TorchBridge.bool(b["return_indices"], interp)
                if isMax && wantsIndices {
                    throw PyError.notImplemented("AdaptiveMaxPool2d(return_indices=True) is not supported in Cellgrad")
                }
                set(l, "output_size", b["output_size"] ?? .int(1))
            } _: { interp, l, b in
                let size = try pair(l.attribute(Symbol("output_size")), interp, default: 1)
                return TorchBridge.wrap(isMax ? try Convolution.adaptiveMaxPool2d(try input(b), outputSize: size)
                                              : try Convolution.adaptiveAvgPool2d(try input(b), outputSize: size))
            }
        }
        layer(m, "MaxPool1d(kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False)", doc: "Takes the maximum of each kernel_size window of a (N, C, L) input, moving by stride.", extraRepr: { l in
            "kernel_size=\(l.int("kernel_size")), stride=\(l.int("stride")), padding=\(l.int("padding")), dilation=\(l.int("dilation")), ceil_mode=\(l.flag("ceil_mode") ? "True" : "False")"
        }) { interp, l, b in
            for name in ["kernel_size", "padding", "dilation"] { set(l, name, b[name] ?? .int(name == "padding" ? 0 : 1)) }
            set(l, "stride", b.optional("stride") ?? b["kernel_size"] ?? .int(1))
            set(l, "return_indices", .bool(try TorchBridge.bool(b["return_indices"], interp)))
            set(l, "ceil_mode", .bool(try TorchBridge.bool(b["ceil_mode"], interp)))
        } _: { _, l, b in
            let (y, idx) = try Convolution.maxPool1d(try input(b), kernel: l.int("kernel_size"), stride: l.int("stride"), padding: l.int("padding"),
                                                     dilation: l.int("dilation"), ceilMode: l.flag("ceil_mode"))
            return l.flag("return_indices") ? .tuple([TorchBridge.wrap(y), TorchBridge.wrap(idx)]) : TorchBridge.wrap(y)
        }
        layer(m, "AvgPool1d(kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True)", doc: "Averages each kernel_size window of a (N, C, L) input, moving by stride.", extraRepr: { l in
            "kernel_size=(\(l.int("kernel_size")),), stride=(\(l.int("stride")),), padding=(\(l.int("padding")),)"
        }) { interp, l, b in
            try refuseAvgOptions(interp, b)
            set(l, "kernel_size", b["kernel_size"] ?? .int(1))
            set(l, "stride", b.optional("stride") ?? b["kernel_size"] ?? .int(1))
            set(l, "padding", b["padding"] ?? .int(0))
        } _: { _, l, b in
            TorchBridge.wrap(try Convolution.avgPool1d(try input(b), kernel: l.int("kernel_size"), stride: l.int("stride"), padding: l.int("padding")))
        }
    }

    /// Average pooling's ceil_mode and divisor_override are not built: say so rather than ignore them.
    static func refuseAvgOptions(_ interp: Interpreter, _ b: BoundArguments) throws {
        if try TorchBridge.bool(b["ceil_mode"], interp) {
            throw PyError.notImplemented("average pooling with ceil_mode=True is not supported in Cellgrad; pad the input or use ceil_mode=False")
        }
        if let d = b.optional("divisor_override"), !d.isNone {
            throw PyError.notImplemented("average pooling with divisor_override is not supported in Cellgrad")
        }
    }
}
