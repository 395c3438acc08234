import Language
import NN
import Tensor

/// `layers.BatchNormalization(momentum=0.99, epsilon=0.001)` over the last axis, as Keras
/// computes it: in training the batch's mean and biased variance normalise, and the moving
/// statistics (non-trainable weights) move toward them by `1 - momentum`; in inference the
/// moving statistics normalise. `layers.LayerNormalization(epsilon=0.001)` over the last axis.
final class KerasNormalization: KerasLayerKind {
    var supportsMasking: Bool { true }
    let batch: Bool
    let momentum: Double
    let epsilon: Double
    var className: String { batch ? "BatchNormalization" : "LayerNormalization" }
    var config: [String: Any] {
        batch ? ["axis": -1, "momentum": momentum, "epsilon": epsilon, "center": true, "scale": true]
              : ["axis": [-1], "epsilon": epsilon, "center": true, "scale": true]
    }

    init(batch: Bool, momentum: Double, epsilon: Double) {
        self.batch = batch
        self.momentum = momentum
        self.epsilon = epsilon
    }

    func build(_ layer: PyKerasLayer, inputShape: [Int?]) throws {
        guard let last = inputShape.last, let features = last else {
            throw PyError.value("Axis -1 of input tensor should have a defined dimension but the layer received an input with shape \(KerasShape.text(inputShape)).")
        }
        layer.addWeight("gamma", try NDArray.full([features], .float(1), dtype: .float32))
        layer.addWeight("beta", try NDArray.zeros([features], dtype: .float32))
        guard batch else { return }
        layer.addWeight("moving_mean", try NDArray.zeros([features], dtype: .float32), trainable: false)
        layer.addWeight("moving_variance", try NDArray.full([features], .float(1), dtype: .float32), trainable: false)
    }

    func outputShape(_ inputShape: [Int?]) throws -> [Int?] { inputShape }

    func call(_ layer: PyKerasLayer, _ x: Variable, training: Bool) throws -> Variable {
        let gamma = try layer.weight("gamma"), beta = try layer.weight("beta")
        guard batch else { return try Normalization.layerNorm(x, normalizedDims: 1, weight: gamma, bias: beta, eps: epsilon) }
        let movingMean = try layer.weight("moving_mean"), movingVariance = try layer.weight("moving_variance")
        let axes = Array(0..<(x.ndim - 1))
        let mean: Variable, variance: Variable
        if training {
            mean = try x.mean(dims: axes)
            let centered = try Variable.sub(x, mean)
            variance = try Variable.mul(centered, centered).mean(dims: axes)
            let keep = NDArray.pythonScalar(momentum), take = NDArray.pythonScalar(1 - momentum)
            movingMean.data = try (movingMean.data * keep + mean.data * take).astype(.float32)
            movingVariance.data = try (movingVariance.data * keep + variance.data * take).astype(.float32)
        } else {
            mean = Variable(movingMean.data)
            variance = Variable(movingVariance.data)
        }
        let scale = try Variable.add(variance, Variable(NDArray.pythonScalar(epsilon))).sqrt()
        let normalized = try Variable.div(Variable.sub(x, mean), scale)
        return try Variable.add(Variable.mul(normalized, gamma), beta)
    }
}
