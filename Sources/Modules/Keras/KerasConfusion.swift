import Tensor

/// True/false positives and negatives of binary predictions at each of a set of thresholds
/// (a prediction above the threshold counts as positive), accumulated over batches: the state
/// of Keras's Precision, Recall and AUC. Every element of the targets and outputs is one
/// binary decision, as Keras flattens them.
struct KerasConfusion {
    let thresholds: [Double]
    var truePositives: [Double]
    var falsePositives: [Double]
    var trueNegatives: [Double]
    var falseNegatives: [Double]

    init(thresholds: [Double]) {
        self.thresholds = thresholds
        let zeros = [Double](repeating: 0, count: thresholds.count)
        (truePositives, falsePositives, trueNegatives, falseNegatives) = (zeros, zeros, zeros, zeros)
    }

    /// Keras's AUC thresholds: `n - 2` evenly inside (0, 1) plus one just below 0 and one just
    /// above 1, so every prediction falls on the right side of the ends.
    static func aucThresholds(_ n: Int) -> [Double] {
        let epsilon = 1e-7
        return [0 - epsilon] + (1..<Swift.max(n - 1, 1)).map { Double(Float(Double($0) / Double(n - 1))) } + [1 + epsilon]
    }

    mutating func reset() { self = KerasConfusion(thresholds: thresholds) }

    /// Adds a batch. `weights` (one per sample, or one per element) count each decision that
    /// much instead of once, as Keras broadcasts `sample_weight` over a sample's outputs.
    mutating func add(output: NDArray, target: NDArray, weights: NDArray? = nil) throws {
        let p = try output.astype(.float64).contiguous().elements(as: Double.self)
        let t = try target.astype(.float64).contiguous().elements(as: Double.self)
        guard p.count == t.count else {
            throw TensorError.value("Precision, Recall and AUC compare targets and outputs of the same size: got \(t.count) targets for \(p.count) outputs (they take binary targets and sigmoid outputs)")
        }
        let w = try weights.map { try $0.astype(.float64).contiguous().elements(as: Double.self) }
        if let w, w.isEmpty || p.count % w.count != 0 {
            throw TensorError.value("sample_weight of \(w.count) values does not fit \(p.count) predictions")
        }
        let perWeight = w.map { p.count / Swift.max($0.count, 1) } ?? 1
        for (k, threshold) in thresholds.enumerated() {
            for i in p.indices {
                let positive = t[i] > 0.5, predicted = Double(Float(p[i])) > threshold
                let weight = w.map { $0[i / perWeight] } ?? 1
                switch (positive, predicted) {
                case (true, true): truePositives[k] += weight
                case (false, true): falsePositives[k] += weight
                case (false, false): trueNegatives[k] += weight
                case (true, false): falseNegatives[k] += weight
                }
            }
        }
    }

    private static func ratio(_ a: Double, _ b: Double) -> Double { b == 0 ? 0 : a / b }

    var precision: Double { KerasConfusion.ratio(truePositives[0], truePositives[0] + falsePositives[0]) }
    var recall: Double { KerasConfusion.ratio(truePositives[0], truePositives[0] + falseNegatives[0]) }

    /// The area under the ROC curve by the trapezoid rule over the thresholds (Keras's
    /// `summation_method='interpolation'` for `curve='ROC'`).
    var rocArea: Double {
        let n = thresholds.count
        let tpr = (0..<n).map { KerasConfusion.ratio(truePositives[$0], truePositives[$0] + falseNegatives[$0]) }
        let fpr = (0..<n).map { KerasConfusion.ratio(falsePositives[$0], falsePositives[$0] + trueNegatives[$0]) }
        var area = 0.0
        for i in 0..<(n - 1) { area += (fpr[i] - fpr[i + 1]) * (tpr[i] + tpr[i + 1]) / 2 }
        return area
    }
}
