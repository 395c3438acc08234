import Language
import NN
import Tensor

/// `layers.Flatten()`: every axis after the batch axis into one.
final class KerasFlatten: KerasLayerKind {
    var className: String { "Flatten" }
    var config: [String: Any] { ["data_format": "channels_last"] }
    func build(_ layer: PyKerasLayer, inputShape: [Int?]) throws {}

    func outputShape(_ inputShape: [Int?]) throws -> [Int?] {
        let rest = inputShape.dropFirst()
        if rest.contains(where: { $0 == nil }) { return [inputShape.first ?? nil, nil] }
        return [inputShape.first ?? nil, rest.reduce(1) { $0 * ($1 ?? 1) }]
    }

    func call(_ layer: PyKerasLayer, _ x: Variable, training: Bool) throws -> Variable {
        x.ndim <= 1 ? try x.reshape([-1, 1]) : try x.flatten(startDim: 1)
    }
}
