import Language
import NN
import Tensor

/// `layers.Dense(units, activation=None, use_bias=True)`: `activation(x @ kernel + bias)`
/// over the last axis, kernel `(in, units)` drawn glorot-uniform, bias zeros.
final class KerasDense: KerasLayerKind {
    var supportsMasking: Bool { true }
    let units: Int
    let activation: KerasActivation
    let useBias: Bool
    var className: String { "Dense" }
    var config: [String: Any] { ["units": units, "activation": activation.rawValue, "use_bias": useBias] }

    init(units: Int, activation: KerasActivation, useBias: Bool) {
        self.units = units
        self.activation = activation
        self.useBias = useBias
    }

    func build(_ layer: PyKerasLayer, inputShape: [Int?]) throws {
        guard let last = inputShape.last, let inputDim = last else {
            throw PyError.value("The last dimension of the inputs to a Dense layer should be defined. Found None. Full input shape received: \(KerasShape.text(inputShape))")
        }
        layer.addWeight("kernel", try Initializers.glorotUniform([inputDim, units]))
        if useBias { layer.addWeight("bias", try NDArray.zeros([units], dtype: .float32)) }
    }

    func outputShape(_ inputShape: [Int?]) throws -> [Int?] { Array(inputShape.dropLast()) + [units] }

    func call(_ layer: PyKerasLayer, _ x: Variable, training: Bool) throws -> Variable {
        let kernel = try layer.weight("kernel")
        guard x.shape.last == kernel.shape[0] else {
            throw PyError.value("Input 0 of layer \"\(layer.name)\" is incompatible with the layer: expected axis -1 of input shape to have value \(kernel.shape[0]), but received input with shape \(KerasShape.text(x.shape.map { $0 }, batch: true))")
        }
        let bias = useBias ? try layer.weight("bias") : nil
        guard x.dtype == kernel.dtype else { return try activation.apply(try Variable.linear(x, weight: kernel.t(), bias: bias)) }
        // One node for the product, the bias and a ReLU; other activations follow it.
        let relu = activation == .relu
        let y = try Variable.dense(x, kernel: kernel, bias: bias, relu: relu)
        return relu ? y : try activation.apply(y)
    }
}
