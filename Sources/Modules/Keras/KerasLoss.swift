import Language
import NN
import Tensor

/// A Keras loss, by name (`'sparse_categorical_crossentropy'`) or object
/// (`losses.SparseCategoricalCrossentropy(from_logits=True)`), computed as Keras 3 computes
/// it: probabilities normalised to sum 1 and clipped to `[1e-7, 1 - 1e-7]` before the log
/// (logits go through log-softmax), then the mean over the batch.
struct KerasLoss {
    enum Kind: String, CaseIterable {
        case sparseCategoricalCrossentropy = "sparse_categorical_crossentropy"
        case categoricalCrossentropy = "categorical_crossentropy"
        case binaryCrossentropy = "binary_crossentropy"
        case meanSquaredError = "mean_squared_error"
        case meanAbsoluteError = "mean_absolute_error"

        /// The class of `keras.losses` for this kind.
        var className: String {
            switch self {
            case .sparseCategoricalCrossentropy: return "SparseCategoricalCrossentropy"
            case .categoricalCrossentropy: return "CategoricalCrossentropy"
            case .binaryCrossentropy: return "BinaryCrossentropy"
            case .meanSquaredError: return "MeanSquaredError"
            case .meanAbsoluteError: return "MeanAbsoluteError"
            }
        }
    }

    let kind: Kind
    var fromLogits = false
    static let epsilon = 1e-7

    init(kind: Kind, fromLogits: Bool = false) {
        self.kind = kind
        self.fromLogits = fromLogits
    }

    /// A name Keras accepts: the full name or its short alias (`mse`, `mae`).
    init(name: String) throws {
        let aliases = ["mse": Kind.meanSquaredError, "mae": .meanAbsoluteError]
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

    /// The mean loss of a batch; `target` as given to `fit`.
    func compute(_ output: Variable, _ target: NDArray) throws -> Variable {
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
            let logp = try logProbabilities(output).reshape([-1, classes])
            let picked = try logp.gather(dim: 1, index: labels.reshape([-1, 1]))
            return try picked.mean().neg()
        case .categoricalCrossentropy:
            let t = try sameShape(target, output)
            let logp = try logProbabilities(output)
            return try Variable.mul(Variable(t), logp).sum(dims: [output.ndim - 1]).mean().neg()
        case .binaryCrossentropy:
            let t = Variable(try sameShape(target, output))
            if fromLogits {
                // max(x, 0) - x·t + log(1 + e^(-|x|))
                let softplus = try Variable.add(output.abs().neg().exp(), KerasLoss.scalar(1)).log()
                return try Variable.add(Variable.sub(output.relu(), Variable.mul(output, t)), softplus).mean()
            }
            let p = try output.clamp(min: KerasLoss.epsilon, max: 1 - KerasLoss.epsilon)
            let positive = try Variable.mul(t, p.log())
            let negative = try Variable.mul(Variable.rsub(t, NDArray.pythonScalar(1.0)), Variable.rsub(p, NDArray.pythonScalar(1.0)).log())
            return try Variable.add(positive, negative).mean().neg()
        case .meanSquaredError:
            let d = try Variable.sub(output, Variable(try sameShape(target, output)))
            return try Variable.mul(d, d).mean()
        case .meanAbsoluteError:
            return try Variable.sub(output, Variable(try sameShape(target, output))).abs().mean()
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
