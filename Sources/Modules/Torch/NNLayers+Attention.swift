import Language
import NN
import Tensor

/// `nn.MultiheadAttention`, `nn.TransformerEncoderLayer` and `nn.TransformerEncoder`, built
/// from the engine's scaled dot-product attention, with torch's parameter layout and order.
extension NNLayers {
    static func installAttention(_ m: PyModule) {
        let linear = { () -> PyType? in
            if case .object(let o)? = m["Linear"], let t = o as? PyType { return t }
            return nil
        }()
        layer(m, "MultiheadAttention(embed_dim, num_heads, dropout=0.0, bias=True, add_bias_kv=False, add_zero_attn=False, kdim=None, vdim=None, batch_first=False, device=None, dtype=None)", doc: "Attention over num_heads heads: projects query, key and value, attends in each head, and projects the concatenation back to embed_dim.",
              forward: "forward(query, key, value, key_padding_mask=None, need_weights=True, attn_mask=None, average_attn_weights=True, is_causal=False)",
              extraRepr: nil) { interp, l, b in
            let e = try int(b, "embed_dim", interp), h = try int(b, "num_heads", interp)
            guard h > 0, e % h == 0 else { throw PyError(BuiltinTypes.assertionError, "embed_dim must be divisible by num_heads") }
            if try TorchBridge.bool(b["add_bias_kv"], interp) || TorchBridge.bool(b["add_zero_attn"], interp) || b.optional("kdim") != nil || b.optional("vdim") != nil {
                throw PyError.notImplemented("MultiheadAttention with add_bias_kv, add_zero_attn, kdim or vdim is not supported in Cellgrad")
            }
            set(l, "embed_dim", .int(e)); set(l, "num_heads", .int(h)); set(l, "head_dim", .int(e / h))
            set(l, "dropout", .float(try TorchBridge.double(b["dropout"], interp) ?? 0))
            set(l, "batch_first", .bool(try TorchBridge.bool(b["batch_first"], interp)))
            let bias = try TorchBridge.bool(b["bias"], interp, default: true)
            // torch creates the projection, then out_proj (a Linear, drawing its default init),
            // then resets the projection with xavier_uniform_ and the biases with zeros.
            l.registerParameter("in_proj_weight", parameter(try NDArray.zeros([3 * e, e], dtype: .float32)))
            l.registerParameter("in_proj_bias", bias ? parameter(try NDArray.zeros([3 * e], dtype: .float32)) : nil)
            guard let linear else { throw PyError.type("nn.Linear is missing") }
            let out = try NNModuleMethods.module(try interp.call(.object(linear), .int(e), .int(e), Value.bool(bias)))
            // torch's out_proj is a Linear subclass with this name; it prints so.
            out.setType(outProjectionType(linear))
            l.registerModule("out_proj", out)
            try l.parameter("in_proj_weight")?.data.setItem([.ellipsis], Initializers.xavierUniform([3 * e, e]).astype(TorchDType.defaultFloat.storage))
            if bias { out.parameter("bias")?.data.fill(.float(0)) }
        } _: { interp, l, b in
            try multiheadForward(interp, l, b)
        }
        layer(m, "TransformerEncoderLayer(d_model, nhead, dim_feedforward=2048, dropout=0.1, activation='relu', layer_norm_eps=1e-05, batch_first=False, norm_first=False, bias=True, device=None, dtype=None)", doc: "One Transformer encoder block: self-attention then a feed-forward network, each with dropout, a residual connection and LayerNorm.",
              forward: "forward(src, src_mask=None, src_key_padding_mask=None, is_causal=False)", extraRepr: nil) { interp, l, b in
            let d = try int(b, "d_model", interp), heads = try int(b, "nhead", interp)
            let ff = try int(b, "dim_feedforward", interp, default: 2048)
            let p = try TorchBridge.double(b["dropout"], interp) ?? 0.1
            let eps = try TorchBridge.double(b["layer_norm_eps"], interp) ?? 1e-5
            let batchFirst = try TorchBridge.bool(b["batch_first"], interp)
            func make(_ name: String, _ args: [Value], _ keywords: [(name: Symbol, value: Value)] = []) throws -> PyTorchModule {
                guard case .object(let o)? = m[name], let t = o as? PyType else { throw PyError.type("nn.\(name) is missing") }
                return try NNModuleMethods.module(try interp.call(.object(t), Arguments(args, keywords: keywords)))
            }
            l.registerModule("self_attn", try make("MultiheadAttention", [.int(d), .int(heads)],
                                                   [(Symbol("dropout"), .float(p)), (Symbol("batch_first"), .bool(batchFirst))]))
            l.registerModule("linear1", try make("Linear", [.int(d), .int(ff)]))
            l.registerModule("dropout", try make("Dropout", [.float(p)]))
            l.registerModule("linear2", try make("Linear", [.int(ff), .int(d)]))
            set(l, "norm_first", .bool(try TorchBridge.bool(b["norm_first"], interp)))
            l.registerModule("norm1", try make("LayerNorm", [.int(d)], [(Symbol("eps"), .float(eps))]))
            l.registerModule("norm2", try make("LayerNorm", [.int(d)], [(Symbol("eps"), .float(eps))]))
            l.registerModule("dropout1", try make("Dropout", [.float(p)]))
            l.registerModule("dropout2", try make("Dropout", [.float(p)]))
            let activation = b["activation"]?.asString ?? "relu"
            guard activation == "relu" || activation == "gelu" else {
                throw PyError.notImplemented("TransformerEncoderLayer(activation=...) takes 'relu' or 'gelu' in Cellgrad")
            }
            set(l, "activation_name", .str(activation))
        } _: { interp, l, b in
            func call(_ name: String, _ args: Value...) throws -> Value {
                guard let sub = l.modules.first(where: { $0.name == name })?.module else { throw PyError.type("\(name) is missing") }
                return try interp.call(.object(sub), Arguments(args))
            }
            func block(_ x: Value) throws -> Value {
                guard let attention = l.modules.first(where: { $0.name == "self_attn" })?.module else { throw PyError.type("self_attn is missing") }
                var keywords: [(name: Symbol, value: Value)] = [(Symbol("need_weights"), .bool(false))]
                if let mask = b.optional("src_mask") { keywords.append((Symbol("attn_mask"), mask)) }
                if let mask = b.optional("src_key_padding_mask") { keywords.append((Symbol("key_padding_mask"), mask)) }
                if let causal = b.optional("is_causal") { keywords.append((Symbol("is_causal"), causal)) }
                let r = try interp.call(.object(attention), Arguments([x, x, x], keywords: keywords))
                return try call("dropout1", try interp.getItem(r, .int(0)))
            }
            func feedForward(_ x: Value) throws -> Value {
                let hidden = try TorchBridge.variable(try call("linear1", x))
                let act = l.attribute(Symbol("activation_name"))?.asString == "gelu" ? try hidden.gelu() : try hidden.relu()
                return try call("dropout2", try call("linear2", try call("dropout", TorchBridge.wrap(act))))
            }
            func add(_ a: Value, _ c: Value) throws -> Value {
                TorchBridge.wrap(try Variable.add(try TorchBridge.variable(a), try TorchBridge.variable(c)))
            }
            var x = b["src"] ?? .none
            if l.flag("norm_first") {
                x = try add(x, try block(try call("norm1", x)))
                x = try add(x, try feedForward(try call("norm2", x)))
            } else {
                x = try call("norm1", try add(x, try block(x)))
                x = try call("norm2", try add(x, try feedForward(x)))
            }
            return x
        }
        layer(m, "TransformerEncoder(encoder_layer, num_layers, norm=None, enable_nested_tensor=True, mask_check=True)", doc: "A stack of num_layers copies of encoder_layer, applied in turn (with an optional final norm).",
              forward: "forward(src, mask=None, src_key_padding_mask=None, is_causal=None)", extraRepr: nil) { interp, l, b in
            let prototype = try NNModuleMethods.module(b["encoder_layer"] ?? .none)
            let count = try int(b, "num_layers", interp, default: 1)
            guard case .object(let o)? = m["ModuleList"], let listType = o as? PyType else { throw PyError.type("nn.ModuleList is missing") }
            let list = try NNModuleMethods.module(try interp.call(.object(listType), Arguments()))
            for i in 0..<count { list.registerModule(String(i), try NNModuleMethods.clone(prototype)) }
            l.registerModule("layers", list)
            set(l, "num_layers", .int(count))
            if let norm = b.optional("norm") { l.registerModule("norm", try NNModuleMethods.module(norm)) }
        } _: { interp, l, b in
            var x = b["src"] ?? .none
            guard let list = l.modules.first(where: { $0.name == "layers" })?.module else { return x }
            var keywords: [(name: Symbol, value: Value)] = []
            if let mask = b.optional("mask") { keywords.append((Symbol("src_mask"), mask)) }
            if let mask = b.optional("src_key_padding_mask") { keywords.append((Symbol("src_key_padding_mask"), mask)) }
            if let causal = b.optional("is_causal") { keywords.append((Symbol("is_causal"), causal)) }
            for sub in list.modules.compactMap(\.module) { x = try interp.call(.object(sub), Arguments([x], keywords: keywords)) }
            if let norm = l.modules.first(where: { $0.name == "norm" })?.module { x = try interp.call(.object(norm), x) }
            return x
        }
    }

    nonisolated(unsafe) static var outProjection: PyType?

    static func outProjectionType(_ linear: PyType) -> PyType {
        if let t = outProjection { return t }
        let t = PyType(name: "NonDynamicallyQuantizableLinear", bases: [linear], module: "torch.nn.modules.linear")
        outProjection = t
        return t
    }

    /// `nn.MultiheadAttention.forward`: masks where torch says True mean "do not attend".
    static func multiheadForward(_ interp: Interpreter, _ l: PyTorchModule, _ b: BoundArguments) throws -> Value {
        var q = try TorchBridge.variable(b["query"] ?? .none)
        var k = try TorchBridge.variable(b["key"] ?? .none)
        var v = try TorchBridge.variable(b["value"] ?? .none)
        let unbatched = q.ndim == 2
        if unbatched { q = try q.unsqueeze(1); k = try k.unsqueeze(1); v = try v.unsqueeze(1) } else if l.flag("batch_first") {
            q = try q.transpose(0, 1); k = try k.transpose(0, 1); v = try v.transpose(0, 1)
        }
        let (lq, n, e) = (q.shape[0], q.shape[1], q.shape[2])
        let s = k.shape[0]
        let h = l.int("num_heads"), hd = l.int("head_dim")
        guard e == l.int("embed_dim") else {
            throw PyError(BuiltinTypes.assertionError, "was expecting embedding dimension of \(l.int("embed_dim")), but got \(e)")
        }
        guard let w = l.parameter("in_proj_weight")?.variable, let out = l.modules.first(where: { $0.name == "out_proj" })?.module,
              let ow = out.parameter("weight")?.variable else { throw PyError.type("MultiheadAttention is missing its weights") }
        let ws = try w.split(size: e, dim: 0)
        let bs = try l.parameter("in_proj_bias").map { try $0.variable.split(size: e, dim: 0) }
        func project(_ x: Variable, _ i: Int, _ length: Int) throws -> Variable {
            let y = try Variable.linear(x, weight: ws[i], bias: bs?[i])
            return try y.reshape([length, n * h, hd]).transpose(0, 1)
        }
        let (qh, kh, vh) = (try project(q, 0, lq), try project(k, 1, s), try project(v, 2, s))
        // One additive float mask of shape (N·H, L, S): -inf where attention is not allowed.
        var mask: NDArray? = nil
        func addMask(_ m: NDArray) throws {
            let additive = m.dtype == .bool ? try NDArray.where(m, NDArray.full([], .float(-Double.infinity), dtype: .float32), NDArray.zeros([], dtype: .float32)) : try m.astype(.float32)
            mask = try mask.map { try $0 + additive } ?? additive
        }
        if let am = b.optional("attn_mask") { try addMask(try TorchBridge.tensor(am).data) }
        if try TorchBridge.bool(b["is_causal"], interp), b.optional("attn_mask") == nil {
            try addMask(try NDArray.unary(.logicalNot, NDArray.tri(lq, s, k: 0, dtype: .bool)))
        }
        if let kpm = b.optional("key_padding_mask") {
            let pad = try TorchBridge.tensor(kpm).data
            guard pad.shape == [n, s] else { throw PyError.value("expecting key_padding_mask shape of (\(n), \(s)), but got \(pad.shape)") }
            let expanded = try pad.reshape([n, 1, 1, s]).broadcast(to: [n, h, 1, s]).reshape([n * h, 1, s])
            try addMask(expanded)
        }
        let (attended, weights) = try Attention.scaledDotProduct(qh, kh, vh, mask: mask, dropout: l.double("dropout"), training: l.training)
        var output = try attended.transpose(0, 1).reshape([lq, n, e])
        output = try Variable.linear(output, weight: ow, bias: out.parameter("bias")?.variable)
        if unbatched { output = try output.squeeze(dims: [1]) } else if l.flag("batch_first") { output = try output.transpose(0, 1) }
        guard try TorchBridge.bool(b["need_weights"], interp, default: true) else { return .tuple([TorchBridge.wrap(output), .none]) }
        var w4 = try weights.reshape([n, h, lq, s])
        if try TorchBridge.bool(b["average_attn_weights"], interp, default: true) { w4 = try w4.mean(dims: [1]) }
        if unbatched { w4 = try w4.squeeze(dims: [0]) }
        return .tuple([TorchBridge.wrap(output), TorchBridge.wrap(w4)])
    }
}
