import NN
import Tensor

/// A layer called on a list of tensors (Concatenate, Add, …): its output shape and forward
/// pass take all of them. Called on one tensor it is an error, as in Keras.
protocol KerasMergeKind: KerasLayerKind {
    func outputShape(merging shapes: [[Int?]]) throws -> [Int?]
    /// Makes the weights for these input shapes (most merges have none).
    func build(_ layer: PyKerasLayer, merging shapes: [[Int?]]) throws
    func call(_ layer: PyKerasLayer, _ xs: [Variable], training: Bool) throws -> Variable
    /// The forward pass given each input's mask (attention reads them).
    func call(_ layer: PyKerasLayer, _ xs: [Variable], masks: [NDArray?], training: Bool) throws -> Variable
    /// The output's mask: Keras's merges OR the masks they were given (none if an input has none).
    func outputMask(merging masks: [NDArray?]) throws -> NDArray?
}

extension KerasMergeKind {
    func call(_ layer: PyKerasLayer, _ xs: [Variable], masks: [NDArray?], training: Bool) throws -> Variable {
        try call(layer, xs, training: training)
    }
    func outputMask(merging masks: [NDArray?]) throws -> NDArray? {
        let given = masks.compactMap { $0 }
        guard given.count == masks.count, var mask = given.first else { return nil }
        for m in given.dropFirst() { mask = try NDArray.binary(.logicalOr, mask, m) }
        return mask
    }
    func build(_ layer: PyKerasLayer, inputShape: [Int?]) throws {}
    func build(_ layer: PyKerasLayer, merging shapes: [[Int?]]) throws {}
    func outputShape(_ inputShape: [Int?]) throws -> [Int?] {
        throw TensorError.value("A merge layer should be called on a list of inputs. Received: input_shape=\(KerasShape.text(inputShape)) (not a list of shapes)")
    }
    func call(_ layer: PyKerasLayer, _ x: Variable, training: Bool) throws -> Variable {
        throw TensorError.value("A merge layer should be called on a list of inputs. Received: inputs=\(x.shape) (not a list of tensors)")
    }
}
