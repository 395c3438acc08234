import Language
import NN
import Tensor

/// `layers.Conv1D(filters, kernel_size, strides=1, padding='valid', activation=None)` on
/// channels-last sequences `(N, L, C)`, through the engine's channels-first conv1d: the input
/// is permuted to `(N, C, L)` and the `(k, in, out)` kernel to `(out, in, k)`.
final class KerasConv1D: KerasLayerKind {
    let filters: Int
    let kernel: Int
    let stride: Int
    let same: Bool
    let activation: KerasActivation
    let useBias: Bool
    var className: String { "Conv1D" }
    var config: [String: Any] {
        ["filters": filters, "kernel_size": [kernel], "strides": [stride], "padding": same ? "same" : "valid",
         "data_format": "channels_last", "dilation_rate": [1], "groups": 1, "activation": activation.rawValue, "use_bias": useBias]
    }

    init(filters: Int, kernel: Int, stride: Int, same: Bool, activation: KerasActivation, useBias: Bool) {
        self.filters = filters
        self.kernel = kernel
        self.stride = stride
        self.same = same
        self.activation = activation
        self.useBias = useBias
    }

    func build(_ layer: PyKerasLayer, inputShape: [Int?]) throws {
        guard inputShape.count == 3, let channels = inputShape[2] else {
            throw PyError.value("Input 0 of layer \"\(layer.name)\" is incompatible with the layer: expected min_ndim=3, found ndim=\(inputShape.count). Full shape received: \(KerasShape.text(inputShape))")
        }
        layer.addWeight("kernel", try Initializers.glorotUniform([kernel, channels, filters]))
        if useBias { layer.addWeight("bias", try NDArray.zeros([filters], dtype: .float32)) }
    }

    func outputShape(_ inputShape: [Int?]) throws -> [Int?] {
        guard inputShape.count == 3 else { return inputShape }
        return [inputShape[0], KerasConv2D.outputSize(inputShape[1], kernel, stride, same: same), filters]
    }

    func call(_ layer: PyKerasLayer, _ x: Variable, training: Bool) throws -> Variable {
        guard x.ndim == 3 else {
            throw PyError.value("Input 0 of layer \"\(layer.name)\" is incompatible with the layer: expected min_ndim=3, found ndim=\(x.ndim). Full shape received: \(KerasShape.text(x.shape, batch: true))")
        }
        var padding = 0
        if same {
            let p = KerasConv2D.samePadding(x.shape[1], kernel, stride)
            guard p.before == p.after else {
                throw PyError.notImplemented("Conv1D(padding='same') here needs uneven padding (an even kernel or a stride that does not divide the input); Cellgrad supports only the even case")
            }
            padding = p.before
        }
        let w = try layer.weight("kernel").permute([2, 1, 0])
        let bias = useBias ? try layer.weight("bias") : nil
        let y = try Convolution.conv1d(x.permute([0, 2, 1]), w, bias: bias, stride: stride, padding: padding, dilation: 1, groups: 1)
        return try activation.apply(try y.permute([0, 2, 1]))
    }
}
