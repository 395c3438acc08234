import Language
import NN
import Tensor

/// `layers.Activation('relu')` and `layers.ReLU()`/`layers.Softmax()`: an activation as a layer.
final class KerasActivationLayer: KerasLayerKind {
    var supportsMasking: Bool { true }
    let activation: KerasActivation
    let className: String
    var config: [String: Any] {
        switch className {
        case "Activation": return ["activation": activation.rawValue]
        case "Softmax": return ["axis": -1]
        default: return [:]
        }
    }
    init(_ activation: KerasActivation, className: String = "Activation") {
        self.activation = activation
        self.className = className
    }
    func build(_ layer: PyKerasLayer, inputShape: [Int?]) throws {}
    func outputShape(_ inputShape: [Int?]) throws -> [Int?] { inputShape }
    func call(_ layer: PyKerasLayer, _ x: Variable, training: Bool) throws -> Variable { try activation.apply(x) }
}
