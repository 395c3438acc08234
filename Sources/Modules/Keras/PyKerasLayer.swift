import Language
import NN
import Tensor

/// A Keras layer instance: its unique name, its weights in creation order (the order of
/// `get_weights()`), and, once built, the input shape it was built for.
final class PyKerasLayer: PyObject {
    var kind: KerasLayerKind?
    var name = ""
    var weights: [KerasWeight] = []
    var builtInputShape: [Int?]?
    /// `input_shape=` given to the constructor (without the batch axis).
    var declaredInputShape: [Int?]?
    var trainable = true
    /// The name scope the weights were created under: the model's name when a model built
    /// the layer (`sequential/dense/kernel`), else none (`dense/kernel`).
    var scope: String?
    /// The output shape of the call that built the layer inside a subclassed model: what
    /// Keras's summary shows for such a model (batch size included, as Keras shows it).
    var firstOutputShape: [Int]?
    /// The attribute a subclassed model holds the layer in: its key in Keras's weights file.
    var attributeName: String?
    /// The layers a cell's Layer subclass holds in its attributes (Keras tracks their weights
    /// as the layer's own).
    var sublayers: [PyKerasLayer] = []

    /// The layer's weights, then its sublayers', as Keras's `layer.weights` lists them.
    var allWeights: [KerasWeight] { weights + sublayers.flatMap(\.allWeights) }

    /// The prefix of the layer's weight paths.
    var weightPath: String { scope.map { $0 + "/" + name } ?? name }

    override init(type: PyType) {
        super.init(type: type)
    }

    var isBuilt: Bool { builtInputShape != nil }

    /// Arithmetic on symbolic tensors: a graph node `summary()` shows but `model.layers` omits.
    var isOperation: Bool { kind is KerasOperation }

    func addWeight(_ name: String, _ value: NDArray, trainable: Bool = true) {
        weights.append(KerasWeight(name: name, variable: Variable(value, requiresGrad: trainable), trainable: trainable))
    }

    func weight(_ name: String) throws -> Variable {
        guard let w = weights.first(where: { $0.name == name }) else {
            throw PyError(BuiltinTypes.runtimeError, "layer '\(self.name)' has no weight '\(name)'; was it built?")
        }
        return w.variable
    }

    /// Builds the layer for `inputShape` unless it is built already.
    func ensureBuilt(_ inputShape: [Int?]) throws {
        guard !isBuilt, let kind else { return }
        try kind.build(self, inputShape: inputShape)
        builtInputShape = inputShape
    }

    var className: String { kind?.className ?? type.name }

    var parameterCount: Int { allWeights.reduce(0) { $0 + $1.variable.count } }
}
