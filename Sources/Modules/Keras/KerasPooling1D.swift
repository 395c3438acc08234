import Language
import NN
import Tensor

/// `layers.MaxPooling1D(pool_size=2, strides=None, padding='valid')` and `AveragePooling1D`
/// on `(N, L, C)`: the engine's 2-D pooling over a `(N, C, 1, L)` view.
final class KerasPooling1D: KerasLayerKind {
    let pool: Int
    let stride: Int
    let max: Bool
    var className: String { max ? "MaxPooling1D" : "AveragePooling1D" }
    var config: [String: Any] { ["pool_size": [pool], "strides": [stride], "padding": "valid", "data_format": "channels_last"] }

    init(pool: Int, stride: Int, max: Bool) {
        self.pool = pool
        self.stride = stride
        self.max = max
    }

    func build(_ layer: PyKerasLayer, inputShape: [Int?]) throws {}

    func outputShape(_ inputShape: [Int?]) throws -> [Int?] {
        guard inputShape.count == 3 else { return inputShape }
        return [inputShape[0], KerasConv2D.outputSize(inputShape[1], pool, stride, same: false), inputShape[2]]
    }

    func call(_ layer: PyKerasLayer, _ x: Variable, training: Bool) throws -> Variable {
        guard x.ndim == 3 else {
            throw PyError.value("Input 0 of layer \"\(layer.name)\" is incompatible with the layer: expected ndim=3, found ndim=\(x.ndim). Full shape received: \(KerasShape.text(x.shape, batch: true))")
        }
        let planes = try x.permute([0, 2, 1]).unsqueeze(2)
        let y = max ? try Convolution.maxPool2d(planes, kernel: (1, pool), stride: (1, stride), padding: (0, 0)).0
                    : try Convolution.avgPool2d(planes, kernel: (1, pool), stride: (1, stride), padding: (0, 0))
        return try y.squeeze(dims: [2]).permute([0, 2, 1])
    }
}
