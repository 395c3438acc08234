import Language
import NN
import Tensor

/// A Keras loss, by name (`'sparse_categorical_crossentropy'`) or object
/// (`losses.SparseCategoricalCrossentropy(from_logits=True)`), computed as Keras 3 computes
/// it: probabilities normalised to sum 1 and clipped to `[1e-7, 1 - 1e-7]` before the log
/// (logits go through log-softmax), one value per sample (per timestep of a sequence), then
/// reduced with the sample weights and mask as Keras's `reduction` says.
struct KerasLoss {
    enum Kind: String, CaseIterable {
        case sparseCategoricalCrossentropy = "sparse_categorical_crossentropy"
        case categoricalCrossentropy = "categorical_crossentropy"
        case binaryCrossentropy = "binary_crossentropy"
        case meanSquaredError = "mean_squared_error"
        case meanAbsoluteError = "mean_absolute_error"
        case meanSquaredLogarithmicError = "mean_squared_logarithmic_error"
        case huber

        /// The class of `keras.losses` for this kind.
        var className: String {
            switch self {
            case .sparseCategoricalCrossentropy: return "SparseCategoricalCrossentropy"
            case .categoricalCrossentropy: return "CategoricalCrossentropy"
            case .binaryCrossentropy: return "BinaryCrossentropy"
            case .meanSquaredError: return "MeanSquaredError"
            case .meanAbsoluteError: return "MeanAbsoluteError"
            case .meanSquaredLogarithmicError: return "MeanSquaredLogarithmicError"
            case .huber: return "Huber"
            }
        }

        /// The name a loss object of this class takes by default (`Huber().name`).
        var objectName: String { self == .huber ? "huber_loss" : rawValue }
    }

    /// Keras's `reduction`: how the per-sample values become the loss.
    enum Reduction: String {
        case sumOverBatchSize = "sum_over_batch_size", sum, unreduced = "none", meanWithSampleWeight = "mean_with_sample_weight"
    }

    let kind: Kind
    var fromLogits = false
    var reduction = Reduction.sumOverBatchSize
    /// Huber's threshold between the quadratic and the linear part.
    var delta = 1.0
    static let epsilon = 1e-7

    init(kind: Kind, fromLogits: Bool = false) {
        self.kind = kind
        self.fromLogits = fromLogits
    }

    /// A name Keras accepts: the full name or its short alias (`mse`, `mae`).
    init(name: String) throws {
        let aliases = ["mse": Kind.meanSquaredError, "mae": .meanAbsoluteError, "msle": .meanSquaredLogarithmicError]
        guard let k = Kind(rawValue: name) ?? aliases[name] else {
            throw PyError.value("Could not interpret loss identifier: \(name)")
        }
        kind = k
    }

    private static func scalar(_ d: Double) -> Variable { Variable(NDArray.pythonScalar(d)) }

    /// Log-probabilities over the last axis.
    private func logProbabilities(_ output: Variable) throws -> Variable {
        if fromLogits { return try output.logSoftmax(dim: output.ndim - 1) }
        let normalised = try Variable.div(output, output.sum(dims: [output.ndim - 1], keepdim: true))
        return try normalised.clamp(min: KerasLoss.epsilon, max: 1 - KerasLoss.epsilon).log()
    }

    /// The loss of a batch, reduced; `target` as given to `fit`. `weights` (per sample, or per
    /// value as a mask's are) scale each value before the reduction.
    func compute(_ output: Variable, _ target: NDArray, weights: NDArray? = nil) throws -> Variable {
        let v = try values(output, target)
        guard reduction != .unreduced else {
            return try weights.map { try Variable.mul(v, Variable(try KerasLoss.broadcastable($0, to: v.shape, dtype: v.dtype))) } ?? v
        }
        guard let weights else {
            return reduction == .sum ? try v.sum() : try v.mean()
        }
        let w = try KerasLoss.broadcastable(weights, to: v.shape, dtype: v.dtype)
        let total = try Variable.mul(v, Variable(w)).sum()
        switch reduction {
        case .sum, .unreduced: return total
        case .sumOverBatchSize: return try Variable.div(total, KerasLoss.scalar(Double(Swift.max(v.count, 1))))
        case .meanWithSampleWeight:
            let full = try NDArray.binary(.multiply, w, NDArray.full(v.shape, .float(1), dtype: v.dtype))
            let sum = try full.sum().item().asDouble
            return try Variable.div(total, KerasLoss.scalar(sum == 0 ? 1 : sum))
        }
    }

    /// Sample weights `(N,)` against values `(N, T, …)` gain trailing axes; a mask's already match.
    static func broadcastable(_ w: NDArray, to shape: [Int], dtype: DType) throws -> NDArray {
        var w = try w.astype(dtype)
        if w.ndim == shape.count + 1, w.shape.last == 1 { w = try w.reshape(Array(w.shape.dropLast())) }
        if w.ndim < shape.count { w = try w.reshape(w.shape + [Int](repeating: 1, count: shape.count - w.ndim)) }
        return w
    }

    /// Keras's mask as weights (its `apply_mask`): real entries weigh total/valid, so the mean
    /// over the batch becomes the mean over the real entries; times any sample weights.
    static func maskWeights(_ mask: NDArray, sampleWeights: NDArray?, dtype: DType) throws -> NDArray {
        let m = try mask.astype(dtype)
        let valid = try m.sum().item().asDouble
        var w = try NDArray.binary(.multiply, m, NDArray.pythonScalar(Double(m.size) / (valid + 1e-7)).astype(dtype))
        if let sampleWeights { w = try NDArray.binary(.multiply, w, broadcastable(sampleWeights, to: m.shape, dtype: dtype)) }
        return w
    }

    /// Keras's loss function: one value per sample (per position of a sequence), the output's
    /// shape without its last axis.
    func values(_ output: Variable, _ target: NDArray) throws -> Variable {
        let last = output.ndim - 1
        switch kind {
        case .sparseCategoricalCrossentropy:
            let classes = output.shape.last ?? 1
            var labels = try target.astype(.int64)
            if labels.ndim == output.ndim, labels.shape.last == 1 { labels = try labels.reshape(Array(labels.shape.dropLast())) }
            guard labels.shape == Array(output.shape.dropLast()) else {
                throw PyError.value("Arguments `target` and `output` must have the same shape up until the last dimension: target.shape=\(KerasShape.text(target.shape.map { $0 })), output.shape=\(KerasShape.text(output.shape.map { $0 }))")
            }
            if let bad = labels.elements(as: Int64.self).first(where: { $0 < 0 || $0 >= Int64(classes) }) {
                throw PyError.value("sparse_categorical_crossentropy got label \(bad), but the model outputs \(classes) classes (labels must be in 0…\(classes - 1))")
            }
            if !fromLogits && (output.dtype == .float32 || output.dtype == .float64) {
                return try ClassificationLoss.kerasSparseCrossEntropy(probabilities: output, labels: labels, epsilon: KerasLoss.epsilon)
            }
            let logp = try logProbabilities(output).reshape([-1, classes])
            let picked = try logp.gather(dim: 1, index: labels.reshape([-1, 1]))
            return try picked.neg().reshape(labels.shape)
        case .categoricalCrossentropy:
            let t = try sameShape(target, output)
            let logp = try logProbabilities(output)
            return try Variable.mul(Variable(t), logp).sum(dims: [last]).neg()
        case .binaryCrossentropy:
            let t = Variable(try sameShape(target, output))
            if fromLogits {
                // max(x, 0) - x·t + log(1 + e^(-|x|))
                let softplus = try Variable.add(output.abs().neg().exp(), KerasLoss.scalar(1)).log()
                return try Variable.add(Variable.sub(output.relu(), Variable.mul(output, t)), softplus).mean(dims: [last])
            }
            let p = try output.clamp(min: KerasLoss.epsilon, max: 1 - KerasLoss.epsilon)
            let positive = try Variable.mul(t, p.log())
            let negative = try Variable.mul(Variable.rsub(t, NDArray.pythonScalar(1.0)), Variable.rsub(p, NDArray.pythonScalar(1.0)).log())
            return try Variable.add(positive, negative).mean(dims: [last]).neg()
        case .meanSquaredError:
            let d = try Variable.sub(output, Variable(try sameShape(target, output)))
            return try Variable.mul(d, d).mean(dims: [last])
        case .meanAbsoluteError:
            return try Variable.sub(output, Variable(try sameShape(target, output))).abs().mean(dims: [last])
        case .meanSquaredLogarithmicError:
            func logOnePlus(_ x: Variable) throws -> Variable {
                try Variable.add(x.clamp(min: KerasLoss.epsilon, max: nil), KerasLoss.scalar(1)).log()
            }
            let d = try Variable.sub(logOnePlus(output), logOnePlus(Variable(try sameShape(target, output))))
            return try Variable.mul(d, d).mean(dims: [last])
        case .huber:
            // ½d² within delta of the target, delta·(|d| − ½delta) beyond.
            let d = try Variable.sub(output, Variable(try sameShape(target, output))).abs()
            let quadratic = try Variable.mul(Variable.mul(d, d), KerasLoss.scalar(0.5))
            let linear = try Variable.mul(Variable.sub(d, KerasLoss.scalar(delta / 2)), KerasLoss.scalar(delta))
            let near = try NDArray.binary(.lessEqual, d.data, NDArray.pythonScalar(delta))
            return try Variable.select(near, quadratic, linear).mean(dims: [last])
        }
    }

    /// The target as float32 in the output's shape: `(N,)` labels against `(N, 1)` outputs
    /// gain the axis, as Keras's `squeeze_or_expand_to_same_rank` does.
    private func sameShape(_ target: NDArray, _ output: Variable) throws -> NDArray {
        var t = try target.astype(output.dtype)
        if t.ndim + 1 == output.ndim, output.shape.last == 1 { t = try t.reshape(t.shape + [1]) }
        if t.ndim == output.ndim + 1, t.shape.last == 1 { t = try t.reshape(Array(t.shape.dropLast())) }
        guard t.shape == output.shape else {
            throw PyError.value("Arguments `target` and `output` must have the same shape. Received: target.shape=\(KerasShape.text(target.shape.map { $0 })), output.shape=\(KerasShape.text(output.shape.map { $0 }))")
        }
        return t
    }
}
