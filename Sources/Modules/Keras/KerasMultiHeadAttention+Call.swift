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
        if parts.contains(where: { if case .object(let o) = $0 { return o is KerasInput } else { return false } }) {
            throw PyError.notImplemented("MultiHeadAttention with attention_mask, use_causal_mask or return_attention_scores on symbolic inputs (keras.Input) is not supported in Cellgrad yet; it works on arrays and inside a subclassed model's call()")
        }
        let returnScores = try option("return_attention_scores").map { try interp.isTruthy($0) } ?? false
        let causal = try option("use_causal_mask").map { try interp.isTruthy($0) } ?? false
        let mask: NDArray? = try option("attention_mask").map { v in
            try eager(v)?.variable.data ?? KerasData.array(v, interp, what: "attention_mask")
        }
        let tensors = parts.compactMap(eager)
        if tensors.count == parts.count {
            let mode = tensors[0].training
            let (out, scores) = try KerasBridge.call {
                try attend(l, tensors.map(\.variable), training: training ?? mode, attentionMask: mask, causal: causal)
            }
            let output = Value.object(KerasEagerTensor(out, training: mode))
            return returnScores ? .tuple([output, .object(KerasEagerTensor(scores, training: mode))]) : output
        }
        let arrays = try parts.map { Variable(try KerasData.array($0, interp, what: "inputs").astype(.float32)) }
        let (out, scores) = try KerasBridge.call {
            try GradMode.with(false) { try attend(l, arrays, training: training ?? false, attentionMask: mask, causal: causal) }
        }
        l.builtInputShape = l.builtInputShape ?? [nil] + arrays[0].shape.dropFirst().map { Optional($0) }
        let output = NumPyBridge.wrapArray(out.data)
        return returnScores ? .tuple([output, NumPyBridge.wrapArray(scores.data)]) : output
    }
}
