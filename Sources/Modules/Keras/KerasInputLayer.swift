import Language
import NN
import Tensor

/// The `InputLayer` that `keras.Input` creates: the identity, listed first in a functional
/// model's layers and summary.
final class KerasInputLayer: KerasLayerKind {
    var className: String { "InputLayer" }
    func build(_ layer: PyKerasLayer, inputShape: [Int?]) throws {}
    func outputShape(_ inputShape: [Int?]) throws -> [Int?] { inputShape }
    func call(_ layer: PyKerasLayer, _ x: Variable, training: Bool) throws -> Variable { x }
}
