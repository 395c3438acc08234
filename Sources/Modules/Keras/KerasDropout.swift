import Language
import NN
import Tensor

/// `layers.Dropout(rate)`: inverted dropout while training, the identity otherwise.
final class KerasDropout: KerasLayerKind {
    var supportsMasking: Bool { true }
    let rate: Double
    var className: String { "Dropout" }
    var config: [String: Any] { ["rate": rate] }
    init(rate: Double) { self.rate = rate }
    func build(_ layer: PyKerasLayer, inputShape: [Int?]) throws {}
    func outputShape(_ inputShape: [Int?]) throws -> [Int?] { inputShape }
    func call(_ layer: PyKerasLayer, _ x: Variable, training: Bool) throws -> Variable {
        try Dropout.apply(x, p: rate, training: training)
    }
}
