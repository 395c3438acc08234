import Language
import NN
import Tensor

/// A Keras `Sequential` model: its layers in order, the input shape once known, and what
/// `compile` chose (loss, metrics, optimiser).
final class PyKerasModel: PyObject {
    var name = ""
    var layers: [PyKerasLayer] = []
    /// The input shape, batch axis included (`(None, 28, 28)`), once given or seen.
    var inputShape: [Int?]?
    /// The loss of each output (one loss serves every output when one was given).
    var losses: [KerasLoss] = []
    var lossWeights: [Double] = []
    /// A loss name Keras did not know: like Keras, `compile` accepts it and training fails.
    var lossError: PyError?
    /// The compiled metrics of each output.
    var outputMetrics: [[KerasMetric]] = []
    /// The `weighted_metrics` of each output: updated with the batch's sample weights.
    var weightedMetrics: [[KerasMetric]] = []
    /// Every compiled metric: the plain ones, outputs in order, then the weighted ones.
    var metrics: [KerasMetric] { outputMetrics.flatMap { $0 } + weightedMetrics.flatMap { $0 } }
    /// The `loss` argument `compile` was given (`model.loss`).
    var lossArgument: Value = .none
    /// What `compile` was given, as Keras's `compile_config` records it (for `model.save`).
    var compileConfig: [String: Any]?
    var optimizer: PyKerasOptimizer?
    var stopTraining = false
    /// The note about a softmax output trained `from_logits=True`, printed once.
    var warnedLogits = false
    /// A cell's subclass of `keras.Model`: its forward pass is the cell's `call(self, x)`, and
    /// its layers are the ones assigned to its attributes, in assignment order.
    var subclassed = false
    var interp: Interpreter?
    /// A functional model's layer graph (`keras.Model(inputs, outputs)`).
    var graph: KerasGraph?
    /// True when the graph is more than one chain: several inputs or outputs, or merges.
    var isGraph: Bool { graph.map { !$0.isChain } ?? false }
    /// `outputs` was given as a list: `predict` returns a list too.
    var outputsAsList = false

    /// Tracked by the cycle collector: a model and its History or callbacks point at each
    /// other through attributes (`model.history`, `callback.model`). Its layers and optimizer
    /// are not reported, so they only ever look held from outside.
    override init(type: PyType) {
        super.init(type: type)
        GarbageCollector.track(self)
    }

    var isBuilt: Bool { (subclassed || inputShape != nil) && !layers.isEmpty && layers.allSatisfy(\.isBuilt) }

    var weights: [KerasWeight] { layers.flatMap(\.allWeights) }

    /// Builds every layer for `shape` (batch axis included), passing each its predecessor's
    /// output shape.
    func build(_ shape: [Int?]) throws {
        if inputShape == nil { inputShape = shape }
        // A graph's layers were built when they were called on its symbolic tensors.
        if isGraph { return }
        var s = shape
        for layer in layers {
            if !layer.isBuilt { layer.scope = name }
            try layer.ensureBuilt(s)
            if let kind = layer.kind { s = try kind.outputShape(s) }
        }
    }

    /// The output shape of each layer, for `summary()`.
    func layerOutputShapes() throws -> [[Int?]] {
        if let graph, isGraph {
            return graph.layers.map { l in
                if let i = graph.inputs.first(where: { $0.producer === l }) { return [nil] + i.shape }
                return [nil] + (graph.nodes.first { $0.producer === l }?.shape ?? [])
            }
        }
        guard var s = inputShape else { return [] }
        var out: [[Int?]] = []
        for layer in layers {
            if let kind = layer.kind { s = try kind.outputShape(s) }
            out.append(s)
        }
        return out
    }

    /// The forward pass over a batch: builds on first use, casts non-index input to float32.
    func forward(_ input: NDArray, training: Bool) throws -> Variable {
        try forwardMasked([input], training: training)[0].value
    }

    /// The forward pass of a model with several inputs or outputs: one array per input, one
    /// value per output.
    func forwardAll(_ inputs: [NDArray], training: Bool) throws -> [Variable] {
        try forwardMasked(inputs, training: training).map(\.value)
    }

    /// The forward pass, each output with its Keras mask (from an `Embedding(mask_zero=True)`
    /// through the layers that pass masks on), which the loss and metrics weight by.
    func forwardMasked(_ inputs: [NDArray], training: Bool) throws -> [(value: Variable, mask: NDArray?)] {
        if let graph, isGraph { return try graph.runMasked(inputs, training: training) }
        guard inputs.count == 1 else { throw PyError.value("Layer \"\(name)\" expects 1 input(s), but it received \(inputs.count) input tensors.") }
        let input = inputs[0]
        if subclassed { return [(try callSubclass(input, training: training), nil)] }
        guard !layers.isEmpty else { throw PyError.value("The model has no layers; add some with model.add(...) before calling it") }
        if !isBuilt { try build([nil] + input.shape.dropFirst().map { Optional($0) }) }
        let takesIndices = layers.first?.kind?.takesIndices ?? false
        var x = Variable(takesIndices || input.dtype == .float32 ? input : try input.astype(.float32))
        var mask: NDArray?
        for layer in layers {
            guard let kind = layer.kind else { continue }
            let y = try kind.call(layer, x, mask: mask, training: training)
            mask = try kind.outputMask(layer, x, mask)
            x = y
        }
        return [(x, mask)]
    }

    var inputCount: Int { isGraph ? graph?.inputs.count ?? 1 : 1 }
    var outputCount: Int { isGraph ? graph?.outputs.count ?? 1 : 1 }

    /// The names of the inputs (their InputLayers' names), for dicts of input arrays.
    var inputNames: [String] {
        guard let graph, isGraph else { return [layers.first?.name ?? "input"] }
        return graph.inputs.map(\.producer.name)
    }

    /// The names Keras gives the outputs (their layers' names), for losses and logs.
    var outputNames: [String] {
        guard let graph, isGraph else { return [layers.last?.name ?? "output"] }
        return graph.outputs.map(\.producer.name)
    }

    /// Runs the cell's `call(self, x)` on an eager tensor holding the batch.
    func callSubclass(_ input: NDArray, training: Bool) throws -> Variable {
        guard let interp else { throw PyError(BuiltinTypes.runtimeError, "this model has no interpreter to run its call()") }
        if inputShape == nil { inputShape = [nil] + input.shape.dropFirst().map { Optional($0) } }
        trackLayers()
        // Keras builds a subclass's layers under the model's name scope (`tower/dense/kernel`).
        for l in layers where !l.isBuilt && l.scope == nil { l.scope = name }
        let x = KerasEagerTensor(Variable(input.dtype == .float64 ? try input.astype(.float32) : input), training: training)
        let out = try interp.callMethod(.object(self), Symbol("call"), Arguments([.object(x)]))
        if case .object(let o) = out, let t = o as? KerasEagerTensor { return t.variable }
        if case .object(let o) = out, let a = o as? PyNDArray { return Variable(a.array) }
        throw PyError.type("\(type.name).call() must return the tensor computed from its input, got \(out.typeName)")
    }

    /// A subclass's layers, as found in its attributes now (a list may have grown since it
    /// was assigned).
    func trackLayers() {
        guard subclassed, let interp else { return }
        let found = KerasTracking.layers(of: self, interp)
        guard found.count != layers.count || zip(found, layers).contains(where: { $0.layer !== $1 }) else { return }
        for (path, layer) in found where layer.attributeName == nil { layer.attributeName = path }
        layers = found.map(\.layer)
    }

    /// Forward without recording, batch by batch (`predict`).
    func predict(_ x: NDArray, batchSize: Int) throws -> NDArray {
        try predictAll([x], batchSize: batchSize)[0]
    }

    /// `predict` for any number of inputs and outputs.
    func predictAll(_ xs: [NDArray], batchSize: Int) throws -> [NDArray] {
        let n = xs.first?.shape.first ?? 0
        var parts: [[NDArray]] = []
        var start = 0
        try GradMode.with(false) {
            while start < n {
                try Interrupt.checkpoint()
                let end = Swift.min(n, start + batchSize)
                parts.append(try forwardAll(try xs.map { try KerasData.rows($0, start, end) }, training: false).map(\.data))
                start = end
            }
        }
        guard let first = parts.first else { throw PyError.value("Expected input data to be non-empty.") }
        return try first.indices.map { k in parts.count == 1 ? parts[0][k] : try NDArray.concatenate(parts.map { $0[k] }, axis: 0) }
    }
}
