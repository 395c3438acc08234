import Language
import NN
import Tensor

/// `mha(query, value, attention_mask=..., use_causal_mask=..., return_attention_scores=...)`
/// on arrays, or on eager tensors inside a subclassed model's `call`.
extension KerasMultiHeadAttention {
    func callWithOptions(_ l: PyKerasLayer, _ parts: [Value], _ options: [(name: Symbol, value: Value)], training: Bool?,
                         _ interp: Interpreter) throws -> Value {
        func option(_ name: String) -> Value? { options.first { $0.name.name == name }?.value }
        func eager(_ v: Value) -> KerasEagerTensor? { if case .object(let o) = v { return o as? KerasEagerTensor } else { return nil } }
        let returnScores = try option("return_attention_scores").map { try interp.isTruthy($0) } ?? false
        let causal = try option("use_causal_mask").map { try interp.isTruthy($0) } ?? false
        let symbolic = parts.compactMap { v -> KerasInput? in if case .object(let o) = v { return o as? KerasInput } else { return nil } }
        if !symbolic.isEmpty {
            return try symbolicCall(l, symbolic, count: parts.count, attentionMask: option("attention_mask"), causal: causal, returnScores: returnScores)
        }
        let mask: NDArray? = try option("attention_mask").map { v in
            try eager(v)?.variable.data ?? KerasData.array(v, interp, what: "attention_mask")
        }
        let tensors = parts.compactMap(eager)
        if tensors.count == parts.count {
            let mode = tensors[0].training
            let (out, scores) = try KerasBridge.call {
                try attend(l, tensors.map(\.variable), training: training ?? mode, attentionMask: mask, causal: causal, returnScores: returnScores)
            }
            let output = Value.object(KerasEagerTensor(out, training: mode))
            return returnScores ? .tuple([output, .object(KerasEagerTensor(scores, training: mode))]) : output
        }
        let arrays = try parts.map { Variable(try KerasData.array($0, interp, what: "inputs").astype(.float32)) }
        let (out, scores) = try KerasBridge.call {
            try GradMode.with(false) { try attend(l, arrays, training: training ?? false, attentionMask: mask, causal: causal, returnScores: returnScores) }
        }
        l.builtInputShape = l.builtInputShape ?? [nil] + arrays[0].shape.dropFirst().map { Optional($0) }
        let output = NumPyBridge.wrapArray(out.data)
        return returnScores ? .tuple([output, NumPyBridge.wrapArray(scores.data)]) : output
    }

    /// The call on symbolic tensors: a graph node remembering the causal flag, with a symbolic
    /// `attention_mask` (a `keras.Input`, say) as its last parent.
    private func symbolicCall(_ l: PyKerasLayer, _ parts: [KerasInput], count: Int, attentionMask: Value?, causal: Bool,
                              returnScores: Bool) throws -> Value {
        guard parts.count == count else {
            throw PyError.value("MultiHeadAttention was called on a mix of symbolic tensors (keras.Input) and arrays; in a functional model pass symbolic tensors for query, value and key")
        }
        if returnScores {
            throw PyError.notImplemented("MultiHeadAttention(return_attention_scores=True) on symbolic inputs (keras.Input) is not supported in Cellgrad yet; it works on arrays and inside a subclassed model's call()")
        }
        var parents = parts
        var hasMask = false
        if let attentionMask, !attentionMask.isNone {
            guard case .object(let o) = attentionMask, let mask = o as? KerasInput else {
                throw PyError.notImplemented("MultiHeadAttention in a functional model takes attention_mask as a symbolic tensor (keras.Input or a layer's output); a fixed array there is not supported in Cellgrad yet")
            }
            parents.append(mask)
            hasMask = true
        }
        let shapes = parts.map { [nil] + $0.shape }
        try KerasBridge.call { try build(l, merging: shapes) }
        let out = try KerasBridge.call { try outputShape(merging: shapes) }
        l.builtInputShape = l.builtInputShape ?? shapes[0]
        let node = KerasInput(shape: Array(out.dropFirst()), producer: l, parents: parents)
        node.causal = causal
        node.hasAttentionMask = hasMask
        return .object(node)
    }
}
