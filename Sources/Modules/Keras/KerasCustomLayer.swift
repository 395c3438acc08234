import Language
import NN
import Tensor

/// The kind of a cell's subclass of `keras.layers.Layer`: `build(self, input_shape)` (which
/// calls `add_weight`) and `call(self, x)` are the cell's, run through the interpreter on
/// eager tensors, so their arithmetic records gradients like a built-in layer's.
final class KerasCustomLayer: KerasLayerKind {
    let className: String
    // Strong: the interpreter outlives every cell object, and unowned references to it overflow.
    let interp: Interpreter

    init(className: String, interp: Interpreter) {
        self.className = className
        self.interp = interp
    }

    func build(_ layer: PyKerasLayer, inputShape: [Int?]) throws {
        guard case .object(let f)? = layer.type.lookup(Symbol("build")), f is PyFunction else { return }
        _ = try interp.callMethod(.object(layer), Symbol("build"), Arguments([KerasLayers.shapeValue(inputShape)]))
    }

    /// Keras traces `call` symbolically; here it runs once on zeros of batch 1.
    func outputShape(_ inputShape: [Int?]) throws -> [Int?] {
        let shape = [1] + inputShape.dropFirst().map { $0 ?? 1 }
        let y = try GradMode.with(false) { try run(nil, Variable(try NDArray.zeros(shape, dtype: .float32)), training: false) }
        return [nil] + y.shape.dropFirst().map { Optional($0) }
    }

    func call(_ layer: PyKerasLayer, _ x: Variable, training: Bool) throws -> Variable {
        try run(layer, x, training: training)
    }

    /// The layer this kind belongs to, set when the layer is made.
    weak var owner: PyKerasLayer?

    private func run(_ layer: PyKerasLayer?, _ x: Variable, training: Bool) throws -> Variable {
        guard let target = layer ?? owner else { throw PyError(BuiltinTypes.runtimeError, "custom layer \(className) lost its object") }
        target.sublayers = KerasTracking.layers(of: target, interp).map(\.layer)
        let out = try interp.callMethod(.object(target), Symbol("call"), Arguments([.object(KerasEagerTensor(x, training: training))]))
        if case .object(let o) = out, let t = o as? KerasEagerTensor { return t.variable }
        if case .object(let o) = out, let k = o as? KerasVariable { return k.weight.variable }
        if case .object(let o) = out, let a = o as? PyNDArray { return Variable(a.array) }
        throw PyError.type("\(className).call() must return a tensor, got \(out.typeName)")
    }
}
