import Language
import NN
import Tensor

/// `GlobalAveragePooling1D/2D` and `GlobalMaxPooling1D/2D`: the mean or max over every axis
/// between the batch axis and the channels axis.
final class KerasGlobalPooling: KerasLayerKind {
    let dims: Int
    let max: Bool
    var className: String { "Global\(max ? "Max" : "Average")Pooling\(dims)D" }
    var config: [String: Any] { ["data_format": "channels_last", "keepdims": false] }
    init(dims: Int, max: Bool) { self.dims = dims; self.max = max }
    func build(_ layer: PyKerasLayer, inputShape: [Int?]) throws {}
    func outputShape(_ inputShape: [Int?]) throws -> [Int?] { [inputShape.first ?? nil, inputShape.last ?? nil] }

    func call(_ layer: PyKerasLayer, _ x: Variable, training: Bool) throws -> Variable {
        try call(layer, x, mask: nil, training: training)
    }

    /// GlobalAveragePooling1D averages only the unmasked steps, as Keras's does.
    func call(_ layer: PyKerasLayer, _ x: Variable, mask: NDArray?, training: Bool) throws -> Variable {
        if let mask, dims == 1, !max, x.ndim == 3 {
            let keep = Variable(try mask.astype(x.dtype).reshape([x.shape[0], x.shape[1], 1]))
            return try Variable.div(Variable.mul(x, keep).sum(dims: [1]), keep.sum(dims: [1]))
        }
        guard x.ndim == dims + 2 else {
            throw PyError.value("Input 0 of layer \"\(layer.name)\" is incompatible with the layer: expected ndim=\(dims + 2), found ndim=\(x.ndim)")
        }
        let axes = Array(1...dims)
        if !max { return try x.mean(dims: axes) }
        var y = x
        for _ in axes { y = try y.extremum(max: true, dim: 1, keepdim: false).values }
        return y
    }
}
