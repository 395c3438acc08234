import Language
import NN
import Tensor

/// `layers.Embedding(input_dim, output_dim)`: rows of a `(input_dim, output_dim)` table drawn
/// U(-0.05, 0.05) (Keras's `uniform` default), looked up by integer index. With `mask_zero`
/// index 0 is padding: the output's mask is false there, and masking layers downstream skip it.
final class KerasEmbedding: KerasLayerKind {
    let inputDim: Int
    let outputDim: Int
    let maskZero: Bool
    var className: String { "Embedding" }
    var takesIndices: Bool { true }
    var config: [String: Any] { ["input_dim": inputDim, "output_dim": outputDim, "mask_zero": maskZero] }

    init(inputDim: Int, outputDim: Int, maskZero: Bool = false) {
        self.inputDim = inputDim
        self.outputDim = outputDim
        self.maskZero = maskZero
    }

    func outputMask(_ layer: PyKerasLayer, _ x: Variable, _ mask: NDArray?) throws -> NDArray? {
        guard maskZero else { return nil }
        return try NDArray.binary(.notEqual, x.data.astype(.int64), NDArray.pythonScalar(0))
    }

    func build(_ layer: PyKerasLayer, inputShape: [Int?]) throws {
        layer.addWeight("embeddings", try Initializers.uniform([inputDim, outputDim], -0.05, 0.05))
    }

    func outputShape(_ inputShape: [Int?]) throws -> [Int?] { inputShape + [outputDim] }

    func call(_ layer: PyKerasLayer, _ x: Variable, training: Bool) throws -> Variable {
        let ids = try x.data.astype(.int64)
        let flat = ids.elements(as: Int64.self)
        if let bad = flat.first(where: { $0 < 0 || $0 >= Int64(inputDim) }) {
            throw PyError.index("Embedding layer '\(layer.name)' got index \(bad), outside its table of \(inputDim) rows (valid: 0…\(inputDim - 1))")
        }
        return try Embedding.lookup(ids, weight: try layer.weight("embeddings"))
    }
}
