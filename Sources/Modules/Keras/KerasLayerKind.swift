import NN
import Tensor

/// What a built-in Keras layer computes. A ``PyKerasLayer`` holds the Python-facing state
/// (name, weights, built flag); its kind says how to make the weights for an input shape, what
/// shape comes out, and how the forward pass is composed from the engine's ops. Shapes are
/// Keras's: channels last, `nil` for the batch axis.
protocol KerasLayerKind: AnyObject {
    /// The class name Keras prints (`Dense`) and the stem of the automatic layer name.
    var className: String { get }
    /// Creates the layer's weights for an input of this shape (batch axis included).
    func build(_ layer: PyKerasLayer, inputShape: [Int?]) throws
    /// The output shape for an input shape (batch axis included).
    func outputShape(_ inputShape: [Int?]) throws -> [Int?]
    /// The forward pass; `training` switches dropout on.
    func call(_ layer: PyKerasLayer, _ x: Variable, training: Bool) throws -> Variable
    /// True for layers that read integer indices (Embedding): their input is not cast to float32.
    var takesIndices: Bool { get }
    /// The arguments Keras's `get_config()` holds beyond name, trainable and dtype: what
    /// `model.save` writes and `load_model` passes back to the constructor.
    var config: [String: Any] { get }
    /// Keras's `supports_masking`: the input's mask passes through to the output unchanged.
    var supportsMasking: Bool { get }
    /// The forward pass given the input's mask (true where a timestep is real); layers that
    /// read the mask (pooling, recurrent layers) override it.
    func call(_ layer: PyKerasLayer, _ x: Variable, mask: NDArray?, training: Bool) throws -> Variable
    /// Keras's `compute_mask`: the output's mask for the input and its mask.
    func outputMask(_ layer: PyKerasLayer, _ x: Variable, _ mask: NDArray?) throws -> NDArray?
}

extension KerasLayerKind {
    var takesIndices: Bool { false }
    var config: [String: Any] { [:] }
    var supportsMasking: Bool { false }
    func call(_ layer: PyKerasLayer, _ x: Variable, mask: NDArray?, training: Bool) throws -> Variable {
        try call(layer, x, training: training)
    }
    func outputMask(_ layer: PyKerasLayer, _ x: Variable, _ mask: NDArray?) throws -> NDArray? { supportsMasking ? mask : nil }
}
