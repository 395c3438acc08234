import Language
import NN
import Tensor

/// `layers.Conv2D(filters, kernel_size, strides=1, padding='valid', activation=None)` on
/// channels-last input `(N, H, W, C)`. The engine's convolution is channels-first, so the
/// input is permuted to NCHW and the `(kh, kw, in, out)` kernel to `(out, in, kh, kw)`; both
/// permutes are differentiable, so the kernel's gradient comes back in Keras's layout.
final class KerasConv2D: KerasLayerKind {
    let filters: Int
    let kernel: (Int, Int)
    let strides: (Int, Int)
    let same: Bool
    let activation: KerasActivation
    let useBias: Bool
    var className: String { "Conv2D" }
    var config: [String: Any] {
        ["filters": filters, "kernel_size": [kernel.0, kernel.1], "strides": [strides.0, strides.1], "padding": same ? "same" : "valid",
         "data_format": "channels_last", "dilation_rate": [1, 1], "groups": 1, "activation": activation.rawValue, "use_bias": useBias]
    }

    init(filters: Int, kernel: (Int, Int), strides: (Int, Int), same: Bool, activation: KerasActivation, useBias: Bool) {
        self.filters = filters
        self.kernel = kernel
        self.strides = strides
        self.same = same
        self.activation = activation
        self.useBias = useBias
    }

    func build(_ layer: PyKerasLayer, inputShape: [Int?]) throws {
        guard inputShape.count == 4, let channels = inputShape[3] else {
            throw PyError.value("Input 0 of layer \"\(layer.name)\" is incompatible with the layer: expected min_ndim=4, found ndim=\(inputShape.count). Full shape received: \(KerasShape.text(inputShape))")
        }
        layer.addWeight("kernel", try Initializers.glorotUniform([kernel.0, kernel.1, channels, filters]))
        if useBias { layer.addWeight("bias", try NDArray.zeros([filters], dtype: .float32)) }
    }

    /// TensorFlow's `same` padding: total `max((⌈n/s⌉-1)s + k - n, 0)`, the extra pixel after.
    static func samePadding(_ n: Int, _ k: Int, _ s: Int) -> (before: Int, after: Int) {
        let out = (n + s - 1) / s
        let total = Swift.max((out - 1) * s + k - n, 0)
        return (total / 2, total - total / 2)
    }

    static func outputSize(_ n: Int?, _ k: Int, _ s: Int, same: Bool) -> Int? {
        guard let n else { return nil }
        return same ? (n + s - 1) / s : Swift.max((n - k) / s + 1, 0)
    }

    func outputShape(_ inputShape: [Int?]) throws -> [Int?] {
        guard inputShape.count == 4 else { return inputShape }
        return [inputShape[0], KerasConv2D.outputSize(inputShape[1], kernel.0, strides.0, same: same),
                KerasConv2D.outputSize(inputShape[2], kernel.1, strides.1, same: same), filters]
    }

    func call(_ layer: PyKerasLayer, _ x: Variable, training: Bool) throws -> Variable {
        guard x.ndim == 4 else {
            throw PyError.value("Input 0 of layer \"\(layer.name)\" is incompatible with the layer: expected min_ndim=4, found ndim=\(x.ndim). Full shape received: \(KerasShape.text(x.shape, batch: true))")
        }
        var padding = (0, 0)
        if same {
            let ph = KerasConv2D.samePadding(x.shape[1], kernel.0, strides.0), pw = KerasConv2D.samePadding(x.shape[2], kernel.1, strides.1)
            guard ph.before == ph.after, pw.before == pw.after else {
                throw PyError.notImplemented("Conv2D(padding='same') here needs uneven padding (an even kernel or a stride that does not divide the input); Cellgrad supports only the even case")
            }
            padding = (ph.before, pw.before)
        }
        let w = try layer.weight("kernel").permute([3, 2, 0, 1])
        let bias = useBias ? try layer.weight("bias") : nil
        let y = try Convolution.conv2d(x.permute([0, 3, 1, 2]), w, bias: bias, geometry: Conv2DGeometry(stride: strides, padding: padding))
        return try activation.apply(try y.permute([0, 2, 3, 1]))
    }
}
