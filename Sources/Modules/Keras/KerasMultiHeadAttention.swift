import NN
import Tensor

/// `layers.MultiHeadAttention(num_heads, key_dim, value_dim=None, dropout=0.0, use_bias=True)`
/// called as `mha(query, value)` or `mha(query, value, key)`: Keras's einsum dense projections
/// (kernels `(dim, heads, key_dim)`, the output's `(heads, value_dim, dim)`), the query scaled
/// by 1/√key_dim, softmax over the keys, and the heads projected back to the query's width.
final class KerasMultiHeadAttention: KerasMergeKind {
    let heads: Int
    let keyDim: Int
    let valueDim: Int
    let dropout: Double
    let useBias: Bool
    var className: String { "MultiHeadAttention" }
    var config: [String: Any] {
        ["num_heads": heads, "key_dim": keyDim, "value_dim": valueDim, "dropout": dropout, "use_bias": useBias]
    }

    init(heads: Int, keyDim: Int, valueDim: Int?, dropout: Double, useBias: Bool) {
        self.heads = heads
        self.keyDim = keyDim
        self.valueDim = valueDim ?? keyDim
        self.dropout = dropout
        self.useBias = useBias
    }

    /// Query, value and key shapes (the key defaults to the value).
    private func parts(_ shapes: [[Int?]]) throws -> ([Int?], [Int?], [Int?]) {
        guard shapes.count == 2 || shapes.count == 3 else {
            throw TensorError.value("MultiHeadAttention is called as layer(query, value) or layer(query, value, key); got \(shapes.count) inputs")
        }
        guard shapes.allSatisfy({ $0.count == 3 }) else {
            throw TensorError.value("MultiHeadAttention in Cellgrad attends over one sequence axis: inputs of shape (batch, length, features); got \(shapes.map { KerasShape.text($0) })")
        }
        return (shapes[0], shapes[1], shapes.count == 3 ? shapes[2] : shapes[1])
    }

    func build(_ layer: PyKerasLayer, merging shapes: [[Int?]]) throws {
        guard layer.weights.isEmpty else { return }
        let (q, v, k) = try parts(shapes)
        guard let qd = q[2], let vd = v[2], let kd = k[2] else { throw TensorError.value("MultiHeadAttention needs known feature sizes") }
        func dense(_ name: String, _ input: Int, _ width: Int) throws {
            layer.addWeight(name + "/kernel", try Initializers.glorotUniform([input, heads, width], fans: (input, heads * width)))
            if useBias { layer.addWeight(name + "/bias", try NDArray.zeros([heads, width], dtype: .float32)) }
        }
        try dense("query", qd, keyDim)
        try dense("key", kd, keyDim)
        try dense("value", vd, valueDim)
        layer.addWeight("attention_output/kernel", try Initializers.glorotUniform([heads, valueDim, qd], fans: (heads * valueDim, qd)))
        if useBias { layer.addWeight("attention_output/bias", try NDArray.zeros([qd], dtype: .float32)) }
    }

    func outputShape(merging shapes: [[Int?]]) throws -> [Int?] { try parts(shapes).0 }

    /// (batch, length, features) × (features, heads, width) → (batch, heads, length, width).
    private func project(_ x: Variable, _ layer: PyKerasLayer, _ name: String, _ width: Int) throws -> Variable {
        let (b, t, d) = (x.shape[0], x.shape[1], x.shape[2])
        var y = try Variable.matmul(x.reshape([b * t, d]), layer.weight(name + "/kernel").reshape([d, heads * width]))
        if useBias { y = try Variable.add(y, layer.weight(name + "/bias").reshape([heads * width])) }
        return try y.reshape([b, t, heads, width]).permute([0, 2, 1, 3])
    }

    func call(_ layer: PyKerasLayer, _ xs: [Variable], training: Bool) throws -> Variable {
        try attend(layer, xs, training: training).output
    }

    /// Keras's mask: `attention_mask` (batch, query length, key length), true (or > 0.5) where a
    /// query may attend, and-ed with the causal mask and with the inputs' own masks (a masked
    /// query attends nowhere, a masked value or key is attended by none); shaped
    /// (batch, 1, query length, key length).
    func keepMask(_ attentionMask: NDArray?, causal: Bool, batch: Int, queries: Int, keys: Int,
                  masks: [NDArray?] = []) throws -> NDArray? {
        guard attentionMask != nil || causal || masks.contains(where: { $0 != nil }) else { return nil }
        var keep = try NDArray.full([batch, queries, keys], .bool(true), dtype: .bool)
        for (i, mask) in masks.enumerated() {
            guard let mask else { continue }
            let m = try mask.astype(.bool)
            keep = try NDArray.binary(.logicalAnd, keep, i == 0 ? m.reshape([batch, queries, 1]) : m.reshape([batch, 1, keys]))
        }
        if let attentionMask {
            var given = attentionMask
            if given.dtype != .bool { given = try NDArray.binary(.greater, attentionMask.astype(.float32), NDArray.pythonScalar(0.5)) }
            keep = try NDArray.binary(.logicalAnd, keep, given.ndim == 2 ? given.reshape([1] + given.shape) : given)
        }
        if causal { keep = try NDArray.binary(.logicalAnd, keep, NDArray.tri(queries, keys, k: 0, dtype: .bool)) }
        return try keep.reshape([batch, 1, queries, keys])
    }

    /// The forward pass with Keras's call options; also returns the attention scores
    /// (batch, heads, query length, key length) for `return_attention_scores=True`.
    func attend(_ layer: PyKerasLayer, _ xs: [Variable], training: Bool, attentionMask: NDArray? = nil,
                causal: Bool = false, masks: [NDArray?] = [], returnScores: Bool = false) throws -> (output: Variable, scores: Variable) {
        try build(layer, merging: xs.map { [nil] + $0.shape.dropFirst().map { Optional($0) } })
        let query = xs[0], value = xs[1], key = xs.count == 3 ? xs[2] : xs[1]
        let q = try project(query, layer, "query", keyDim), k = try project(key, layer, "key", keyDim)
        let v = try project(value, layer, "value", valueDim)
        let scaled = try Variable.mul(q, Variable(NDArray.pythonScalar(1 / Double(keyDim).squareRoot())))
        let keep = try keepMask(attentionMask, causal: causal, batch: query.shape[0], queries: query.shape[1], keys: key.shape[1],
                                masks: masks)
        let attended: Variable, scores: Variable
        if let keep {
            // Masked scores set to -1e9. Keras's Softmax (its path with dropout or returned
            // scores) zeroes them again after the softmax, so a fully masked row attends to
            // nothing; its fused dot-product attention (the other calls) leaves such a row
            // uniform over the keys.
            var logits = try Variable.matmul(scaled, k.transpose(-2, -1))
            logits = try Variable.select(keep, logits, Variable(NDArray.full([], .float(-1e9), dtype: logits.dtype)))
            let weights = try logits.softmax(dim: -1)
            scores = dropout > 0 || returnScores ? try Variable.select(keep, weights, Variable(NDArray.zeros([], dtype: logits.dtype))) : weights
            var dropped = scores
            if dropout > 0 && training { dropped = try Dropout.apply(scores, p: dropout, training: true) }
            attended = try Variable.matmul(dropped, v)
        } else {
            let plain = try Attention.scaledDotProduct(scaled, k, v, dropout: dropout, training: training, scale: 1)
            attended = plain.output
            scores = plain.weights
        }
        let (b, tq) = (query.shape[0], query.shape[1])
        let merged = try attended.permute([0, 2, 1, 3]).reshape([b * tq, heads * valueDim])
        let width = query.shape[2]
        var out = try Variable.matmul(merged, layer.weight("attention_output/kernel").reshape([heads * valueDim, width]))
        if useBias { out = try Variable.add(out, layer.weight("attention_output/bias")) }
        return (try out.reshape([b, tq, width]), scores)
    }
}
