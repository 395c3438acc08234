import Language
import NN
import Tensor

/// `nn.EmbeddingBag` and `F.embedding_bag`: the rows of each bag of ids looked up and reduced
/// (sum, mean or max) in one step; bags are the rows of a 2-D input, or the slices of a 1-D
/// input that `offsets` start.
extension NNLayers {
    static func embeddingBag(_ interp: Interpreter, ids: PyTorchTensor, weight: Variable, offsets: Value?, mode: String,
                             perSampleWeights: Value?, includeLastOffset: Bool) throws -> Value {
        guard ["sum", "mean", "max"].contains(mode) else { throw PyError.value("mode has to be one of sum, mean or max") }
        guard !ids.dtypeName.isFloatingPoint else {
            throw PyError(BuiltinTypes.runtimeError, "Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got \(ids.dtypeName.legacyName) instead (while checking arguments for embedding_bag)")
        }
        let rows = try Embedding.lookup(ids.data.reshape([-1]), weight: weight, paddingIndex: nil)
        var weighted = rows
        if let w = perSampleWeights, !w.isNone {
            guard mode == "sum" else { throw PyError.notImplemented("embedding_bag: per_sample_weights was not None. per_sample_weights is only supported for mode='sum' (got mode='\(mode)'). Please open a feature request on GitHub.") }
            weighted = try Variable.mul(rows, try TorchBridge.variable(w).reshape([-1, 1]))
        }
        var starts: [Int]
        let total = ids.data.size
        if ids.data.ndim == 2 {
            guard offsets == nil || offsets!.isNone else { throw PyError.value("offsets has to be None if input is 2D, but got Tensor of dimension 1") }
            let width = ids.data.shape[1]
            starts = stride(from: 0, to: total, by: max(width, 1)).map { $0 }
            if width == 0 { starts = Array(repeating: 0, count: ids.data.shape[0]) }
        } else {
            guard ids.data.ndim == 1, let o = offsets, !o.isNone else {
                throw PyError.value("offsets has to be a 1D Tensor but got None")
            }
            starts = try TorchBridge.tensor(o).data.astype(.int64).reshape([-1]).elements(as: Int64.self).map { Int($0) }
            if includeLastOffset { starts.removeLast() }
        }
        var bags: [Variable] = []
        for (i, start) in starts.enumerated() {
            let end = i + 1 < starts.count ? starts[i + 1] : total
            guard start <= end, end <= total else { throw PyError.value("offsets must be increasing and within the input (got \(start)..\(end) of \(total))") }
            if start == end {
                bags.append(Variable(try NDArray.zeros([weight.shape[1]], dtype: weight.dtype)))
                continue
            }
            let bag = try weighted.index([.slice(start: start, stop: end, step: 1)])
            switch mode {
            case "sum": bags.append(try bag.sum(dims: [0]))
            case "mean": bags.append(try bag.mean(dims: [0]))
            default: bags.append(try bag.extremum(max: true, dims: [0], keepdim: false))
            }
        }
        let out = bags.isEmpty ? Variable(try NDArray.zeros([0, weight.shape[1]], dtype: weight.dtype)) : try Variable.stack(bags, dim: 0)
        return TorchBridge.wrap(TorchBridge.named(out, "EmbeddingBagBackward0"))
    }

    static func installEmbeddingBag(_ m: PyModule) {
        layer(m, "EmbeddingBag(num_embeddings, embedding_dim, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, mode='mean', sparse=False, _weight=None, include_last_offset=False, padding_idx=None, device=None, dtype=None)", doc: "Sums, averages or takes the maximum of the embedding vectors of each bag of indices, without building the intermediate embeddings.",
              forward: "forward(input, offsets=None, per_sample_weights=None)", extraRepr: { l in
            "\(l.int("num_embeddings")), \(l.int("embedding_dim")), mode='\(l.attribute(Symbol("mode"))?.asString ?? "mean")'"
        }) { interp, l, b in
            for option in ["max_norm", "padding_idx"] where b.optional(option).map({ !$0.isNone }) == true {
                throw PyError.notImplemented("EmbeddingBag(\(option)=...) is not supported in Cellgrad")
            }
            let n = try int(b, "num_embeddings", interp), d = try int(b, "embedding_dim", interp)
            set(l, "num_embeddings", .int(n))
            set(l, "embedding_dim", .int(d))
            set(l, "mode", b["mode"] ?? .str("mean"))
            set(l, "include_last_offset", .bool(try TorchBridge.bool(b["include_last_offset"], interp)))
            l.registerParameter("weight", parameter(try Initializers.normal([n, d])))
        } _: { interp, l, b in
            guard let w = l.parameter("weight") else { throw PyError.type("EmbeddingBag has no weight") }
            return try embeddingBag(interp, ids: try TorchBridge.tensor(b["input"] ?? .none), weight: w.variable, offsets: b["offsets"],
                                    mode: l.attribute(Symbol("mode"))?.asString ?? "mean", perSampleWeights: b["per_sample_weights"],
                                    includeLastOffset: l.flag("include_last_offset"))
        }
    }
}
