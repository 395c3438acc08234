import Language
import NN
import Tensor

/// A functional model's layer graph: its input tensors, its output tensors, and every tensor
/// computed between them in an order where each comes after its parents. Running it feeds
/// the inputs and applies each tensor's producing layer to its parents' values.
final class KerasGraph {
    let inputs: [KerasInput]
    let outputs: [KerasInput]
    /// The computed tensors (not the inputs), parents first.
    let nodes: [KerasInput]

    init(inputs: [KerasInput], outputs: [KerasInput]) throws {
        self.inputs = inputs
        self.outputs = outputs
        let inputIDs = Set(inputs.map(ObjectIdentifier.init))
        var seen = Set<ObjectIdentifier>()
        var order: [KerasInput] = []
        // Depth first from each output, parents before children.
        func visit(_ t: KerasInput) throws {
            let id = ObjectIdentifier(t)
            if inputIDs.contains(id) || seen.contains(id) { return }
            seen.insert(id)
            guard !t.parents.isEmpty else {
                throw PyError.value("Graph disconnected: cannot find parent for node \(t.name) (made by \(t.producer.name)). The `outputs` of a model must be computed from its `inputs` only; pass every keras.Input the outputs use in `inputs`.")
            }
            for p in t.parents { try visit(p) }
            order.append(t)
        }
        for o in outputs { try visit(o) }
        nodes = order
    }

    /// The model's layers as Keras lists them (its `map_graph`): deepest first (depth counted
    /// from the outputs, a layer as deep as its deepest call), ties in the order a depth-first
    /// walk from the outputs first reaches them.
    var layers: [PyKerasLayer] {
        var discovery: [ObjectIdentifier: Int] = [:]
        var finished: [KerasInput] = []
        var done = Set<ObjectIdentifier>()
        func walk(_ t: KerasInput) {
            let layer = ObjectIdentifier(t.producer)
            if discovery[layer] == nil { discovery[layer] = discovery.count }
            guard !done.contains(ObjectIdentifier(t)) else { return }
            for p in t.parents { walk(p) }
            done.insert(ObjectIdentifier(t))
            finished.append(t)
        }
        for o in outputs { walk(o) }
        var tensorDepth: [ObjectIdentifier: Int] = [:]
        var layerDepth: [ObjectIdentifier: Int] = [:]
        for t in finished.reversed() {
            let layer = ObjectIdentifier(t.producer)
            let depth = Swift.max(tensorDepth[ObjectIdentifier(t), default: 0], layerDepth[layer, default: 0])
            layerDepth[layer] = depth
            tensorDepth[ObjectIdentifier(t)] = depth
            for p in t.parents { tensorDepth[ObjectIdentifier(p)] = Swift.max(depth + 1, tensorDepth[ObjectIdentifier(p), default: 0]) }
        }
        var all: [PyKerasLayer] = []
        for t in finished where !all.contains(where: { $0 === t.producer }) { all.append(t.producer) }
        return all.sorted {
            let (a, b) = (ObjectIdentifier($0), ObjectIdentifier($1))
            return layerDepth[a]! != layerDepth[b]! ? layerDepth[a]! > layerDepth[b]! : discovery[a]! < discovery[b]!
        }
    }

    /// True for one input feeding a chain of single-input layers to one output.
    var isChain: Bool {
        guard inputs.count == 1, outputs.count == 1 else { return false }
        var previous = inputs[0]
        for node in nodes {
            guard node.parents.count == 1, node.parents[0] === previous, !node.producer.isOperation else { return false }
            previous = node
        }
        return previous === outputs[0]
    }

    /// Does any layer reading `input` take integer indices (an Embedding)?
    func feedsIndices(_ input: KerasInput) -> Bool {
        nodes.contains { n in n.parents.contains { $0 === input } && (n.producer.kind?.takesIndices ?? false) }
    }

    /// The forward pass: one value per output.
    func run(_ feeds: [NDArray], training: Bool) throws -> [Variable] {
        try runMasked(feeds, training: training).map(\.value)
    }

    /// The forward pass with Keras's masks: an `Embedding(mask_zero=True)` marks padding, layers
    /// that support masking pass the mask on, attention and pooling read it; each output comes
    /// with its mask (which the loss and metrics then weight by).
    func runMasked(_ feeds: [NDArray], training: Bool) throws -> [(value: Variable, mask: NDArray?)] {
        guard feeds.count == inputs.count else {
            throw PyError.value("Layer \"functional\" expects \(inputs.count) input(s), but it received \(feeds.count) input tensors.")
        }
        var values: [ObjectIdentifier: Variable] = [:]
        var masks: [ObjectIdentifier: NDArray] = [:]
        for (t, a) in zip(inputs, feeds) {
            values[ObjectIdentifier(t)] = Variable(feedsIndices(t) || a.dtype == .float32 ? a : try a.astype(.float32))
        }
        for node in nodes {
            guard let kind = node.producer.kind else { continue }
            let xs = node.parents.map { values[ObjectIdentifier($0)]! }
            let ms = node.parents.map { masks[ObjectIdentifier($0)] }
            let y: Variable, mask: NDArray?
            if let attention = kind as? KerasMultiHeadAttention {
                let attended = node.hasAttentionMask ? Array(xs.dropLast()) : xs
                y = try attention.attend(node.producer, attended, training: training, attentionMask: node.hasAttentionMask ? xs.last?.data : nil,
                                         causal: node.causal, masks: Array(ms.prefix(attended.count))).output
                mask = ms[0]
                // Keras's MultiHeadAttention clears the masks of the tensors it attends over, so
                // later layers reading those same tensors (a residual Add) see no mask.
                for p in node.parents { masks[ObjectIdentifier(p)] = nil }
            } else if let merge = kind as? KerasMergeKind {
                y = try merge.call(node.producer, xs, masks: ms, training: training)
                mask = try merge.outputMask(merging: ms)
            } else {
                y = try kind.call(node.producer, xs[0], mask: ms[0], training: training)
                mask = try kind.outputMask(node.producer, xs[0], ms[0])
            }
            values[ObjectIdentifier(node)] = y
            if let mask { masks[ObjectIdentifier(node)] = mask }
        }
        return outputs.map { (values[ObjectIdentifier($0)]!, masks[ObjectIdentifier($0)]) }
    }
}
