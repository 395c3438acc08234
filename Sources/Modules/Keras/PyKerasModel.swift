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
    var loss: KerasLoss?
    /// A loss name Keras did not know: like Keras, `compile` accepts it and training fails.
    var lossError: PyError?
    var metrics: [KerasMetric] = []
    var optimizer: PyKerasOptimizer?
    var stopTraining = false
    /// The note about a softmax output trained `from_logits=True`, printed once.
    var warnedLogits = false
    /// A cell's subclass of `keras.Model`: its forward pass is the cell's `call(self, x)`, and
    /// its layers are the ones assigned to its attributes, in assignment order.
    var subclassed = false
    var interp: Interpreter?

    /// Tracked by the cycle collector: a model and its History or callbacks point at each
    /// other through attributes (`model.history`, `callback.model`). Its layers and optimizer
    /// are not reported, so they only ever look held from outside.
    override init(type: PyType) {
        super.init(type: type)
        GarbageCollector.track(self)
    }

    var isBuilt: Bool { (subclassed || inputShape != nil) && !layers.isEmpty && layers.allSatisfy(\.isBuilt) }

    var weights: [KerasWeight] { layers.flatMap(\.weights) }

    /// Builds every layer for `shape` (batch axis included), passing each its predecessor's
    /// output shape.
    func build(_ shape: [Int?]) throws {
        if inputShape == nil { inputShape = shape }
        var s = shape
        for layer in layers {
            if !layer.isBuilt { layer.scope = name }
            try layer.ensureBuilt(s)
            if let kind = layer.kind { s = try kind.outputShape(s) }
        }
    }

    /// The output shape of each layer, for `summary()`.
    func layerOutputShapes() throws -> [[Int?]] {
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
        if subclassed { return try callSubclass(input, training: training) }
        guard !layers.isEmpty else { throw PyError.value("The model has no layers; add some with model.add(...) before calling it") }
        if !isBuilt { try build([nil] + input.shape.dropFirst().map { Optional($0) }) }
        let takesIndices = layers.first?.kind?.takesIndices ?? false
        var x = Variable(takesIndices || input.dtype == .float32 ? input : try input.astype(.float32))
        for layer in layers {
            guard let kind = layer.kind else { continue }
            x = try kind.call(layer, x, training: training)
        }
        return x
    }

    /// Runs the cell's `call(self, x)` on an eager tensor holding the batch.
    func callSubclass(_ input: NDArray, training: Bool) throws -> Variable {
        guard let interp else { throw PyError(BuiltinTypes.runtimeError, "this model has no interpreter to run its call()") }
        if inputShape == nil { inputShape = [nil] + input.shape.dropFirst().map { Optional($0) } }
        let x = KerasEagerTensor(Variable(input.dtype == .float64 ? try input.astype(.float32) : input), training: training)
        let out = try interp.callMethod(.object(self), Symbol("call"), Arguments([.object(x)]))
        if case .object(let o) = out, let t = o as? KerasEagerTensor { return t.variable }
        if case .object(let o) = out, let a = o as? PyNDArray { return Variable(a.array) }
        throw PyError.type("\(type.name).call() must return the tensor computed from its input, got \(out.typeName)")
    }

    /// Forward without recording, batch by batch (`predict`).
    func predict(_ x: NDArray, batchSize: Int) throws -> NDArray {
        let n = x.shape.first ?? 0
        var parts: [NDArray] = []
        var start = 0
        try GradMode.with(false) {
            while start < n {
                try Interrupt.checkpoint()
                let end = Swift.min(n, start + batchSize)
                parts.append(try forward(try KerasData.rows(x, start, end), training: false).data)
                start = end
            }
        }
        guard !parts.isEmpty else { throw PyError.value("Expected input data to be non-empty.") }
        return parts.count == 1 ? parts[0] : try NDArray.concatenate(parts, axis: 0)
    }
}
