import Tensor

/// Keras's sparse categorical cross-entropy of probabilities (`from_logits=False`) as one node:
/// each row normalised to sum 1, the target's probability clipped to [ε, 1 − ε], its negative
/// log. The values are those of the composition Keras writes (sum, divide, clip, log, pick),
/// computed in the same float operations, without a node and an array for each step; the
/// gradient is the composition's: `c/S` for every class and `c/S − c/o_target` for the target
/// (S the row's sum, c the sample's upstream gradient), zero for a row whose value was clipped.
extension ClassificationLoss {
    /// One value per sample: `labels` (int64, in range) has the shape of `probabilities`
    /// without its last axis.
    public static func kerasSparseCrossEntropy(probabilities p: Variable, labels: NDArray, epsilon: Double) throws -> Variable {
        guard p.ndim >= 1, labels.shape == Array(p.shape.dropLast()) else {
            throw TensorError.value("sparse cross-entropy: labels of shape \(labels.shape) do not fit probabilities of shape \(p.shape)")
        }
        switch p.dtype {
        case .float32: return try kerasSparseCrossEntropy(Float.self, p, labels, epsilon)
        case .float64: return try kerasSparseCrossEntropy(Double.self, p, labels, epsilon)
        default: throw TensorError.type("sparse cross-entropy takes float probabilities, not \(p.dtype.name)")
        }
    }

    private static func kerasSparseCrossEntropy<T: FloatElement>(_: T.Type, _ p: Variable, _ labels: NDArray,
                                                                  _ epsilon: Double) throws -> Variable {
        let classes = p.shape[p.ndim - 1]
        let probs = try p.data.contiguous()
        let sums = try probs.sum(axes: [probs.ndim - 1])
        let targets = try labels.astype(.int64).contiguous().elements(as: Int64.self).map { Int($0) }
        guard targets.allSatisfy({ $0 >= 0 && $0 < classes }) else {
            throw TensorError.value("sparse cross-entropy: labels must be in 0…\(classes - 1)")
        }
        let (lo, hi) = (T(epsilon), T(1 - epsilon))
        // Each row's normalised target probability before clipping: the backward's mask.
        var picked = [T](repeating: 0, count: targets.count)
        let values = try NDArray.filled(labels.shape, as: T.self) { out in
            try probs.withUnsafeMutableElements(as: T.self) { o in
                try sums.withUnsafeMutableElements(as: T.self) { s in
                    for (r, t) in targets.enumerated() {
                        let q = o[r * classes + t] / s[r]
                        picked[r] = q
                        out[r] = -T.mLog(Swift.min(Swift.max(q, lo), hi))
                    }
                }
            }
        }
        let normalised = picked
        return Variable.record(values, "SparseCategoricalCrossentropyBackward0", [p], saved: [p]) { g in
            let upstream = try g.astype(T.dtype).contiguous()
            return [try NDArray.filled(probs.shape, as: T.self) { out in
                try upstream.withUnsafeMutableElements(as: T.self) { c in
                    try probs.withUnsafeMutableElements(as: T.self) { o in
                        try sums.withUnsafeMutableElements(as: T.self) { s in
                            for (r, t) in targets.enumerated() {
                                let inside = normalised[r] >= lo && normalised[r] <= hi
                                let share = inside ? c[r] / s[r] : 0
                                for j in 0..<classes { out[r * classes + j] = share }
                                if inside { out[r * classes + t] = share - c[r] / o[r * classes + t] }
                            }
                        }
                    }
                }
            }]
        }
    }
}
