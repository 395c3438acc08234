import Language
import NN
import Tensor

/// `layers.MaxPooling2D(pool_size=(2, 2), strides=None, padding='valid')` and
/// `AveragePooling2D` on channels-last input, through the engine's NCHW pooling.
final class KerasPooling2D: KerasLayerKind {
    let pool: (Int, Int)
    let strides: (Int, Int)
    let max: Bool
    var className: String { max ? "MaxPooling2D" : "AveragePooling2D" }
    var config: [String: Any] {
        ["pool_size": [pool.0, pool.1], "strides": [strides.0, strides.1], "padding": "valid", "data_format": "channels_last"]
    }

    init(pool: (Int, Int), strides: (Int, Int), max: Bool) {
        self.pool = pool
        self.strides = strides
        self.max = max
    }

    func build(_ layer: PyKerasLayer, inputShape: [Int?]) throws {}

    func outputShape(_ inputShape: [Int?]) throws -> [Int?] {
        guard inputShape.count == 4 else { return inputShape }
        return [inputShape[0], KerasConv2D.outputSize(inputShape[1], pool.0, strides.0, same: false),
                KerasConv2D.outputSize(inputShape[2], pool.1, strides.1, same: false), inputShape[3]]
    }

    func call(_ layer: PyKerasLayer, _ x: Variable, training: Bool) throws -> Variable {
        guard x.ndim == 4 else {
            throw PyError.value("Input 0 of layer \"\(layer.name)\" is incompatible with the layer: expected ndim=4, found ndim=\(x.ndim). Full shape received: \(KerasShape.text(x.shape, batch: true))")
        }
        let nchw = try x.permute([0, 3, 1, 2])
        let y = max ? try Convolution.maxPool2d(nchw, kernel: pool, stride: strides, padding: (0, 0)).0
                    : try Convolution.avgPool2d(nchw, kernel: pool, stride: strides, padding: (0, 0))
        return try y.permute([0, 2, 3, 1])
    }
}
