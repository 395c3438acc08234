import Language
import NN
import Tensor

/// A compiled metric, accumulated over an epoch as Keras's `Mean` metrics are: each batch adds
/// its per-sample values, the epoch reports their mean. `'accuracy'` is resolved as Keras 3
/// resolves it from the shapes of the first batch: one output unit → binary accuracy; labels
/// of lower rank than the output (or a last axis of 1 against several classes) → sparse
/// categorical; otherwise categorical. Precision, Recall and AUC instead count true and false
/// positives and negatives at their thresholds over the epoch (``KerasConfusion``).
struct KerasMetric {
    enum Kind {
        case accuracy, binaryAccuracy, sparseCategoricalAccuracy, categoricalAccuracy
        case meanAbsoluteError, meanSquaredError
        case precision, recall, auc
        case topK, sparseTopK
        /// `keras.metrics.Mean`: the (weighted) mean of the values given.
        case mean
        /// `keras.metrics.Accuracy`: how often the prediction equals the target exactly.
        case equal
    }

    /// The key in `history.history` and the progress line: the name the cell gave.
    let name: String
    var kind: Kind
    /// The running sum of per-sample values and the sample count (mean metrics).
    var total = 0.0
    var count = 0.0
    /// The confusion counts (Precision, Recall, AUC).
    var confusion: KerasConfusion?
    /// How many top scores count as a hit (the top-k accuracies; 1 for the others).
    var k = 1
    /// BinaryAccuracy's threshold.
    var threshold = 0.5

    init(name: String, kind: Kind, thresholds: [Double]) {
        self.name = name
        self.kind = kind
        confusion = [.precision, .recall, .auc].contains(kind) ? KerasConfusion(thresholds: thresholds) : nil
    }

    mutating func reset() {
        total = 0
        count = 0
        confusion?.reset()
    }

    /// Adds a batch. `weights` (per sample `(N,)`, or per position as a mask `(N, T)`) make
    /// the mean a weighted one, as Keras's `sample_weight` does.
    mutating func update(output: NDArray, target: NDArray, weights: NDArray? = nil) throws {
        if var c = confusion {
            try c.add(output: output, target: target, weights: weights)
            confusion = c
            return
        }
        resolve(target: target.shape, output: output.shape)
        if weights == nil, let hits = try sparseHits(output: output, target: target) {
            total += hits
            count += Double(output.shape[0])
            return
        }
        let v = try values(output: output, target: target)
        let n = Swift.max(output.shape.first ?? 1, 1)
        let w = try weights.map { try $0.astype(.float64).contiguous().elements(as: Double.self) } ?? [Double](repeating: 1, count: n)
        guard !w.isEmpty, v.count % w.count == 0 else {
            throw PyError.value("metric '\(name)': sample_weight of \(w.count) values does not fit \(v.count) metric values")
        }
        // Each weight covers the values of its sample (its position), averaged first.
        let group = v.count / w.count
        for (g, weight) in w.enumerated() {
            var sum = 0.0
            for j in 0..<group { sum += v[g * group + j] }
            total += weight * sum / Double(Swift.max(group, 1))
            count += weight
        }
    }

    /// The value so far, through float32 as Keras's metric variables hold it.
    var result: Double {
        guard let c = confusion else { return Double(Float(total / Swift.max(count, 1))) }
        switch kind {
        case .precision: return Double(Float(c.precision))
        case .recall: return Double(Float(c.recall))
        default: return Double(Float(c.rocArea))
        }
    }

    init(name: String) throws {
        self.name = name
        switch name {
        case "accuracy", "acc": kind = .accuracy
        case "binary_accuracy": kind = .binaryAccuracy
        case "sparse_categorical_accuracy": kind = .sparseCategoricalAccuracy
        case "categorical_accuracy": kind = .categoricalAccuracy
        case "mae", "mean_absolute_error": kind = .meanAbsoluteError
        case "mse", "mean_squared_error": kind = .meanSquaredError
        case "sparse_top_k_categorical_accuracy": kind = .sparseTopK; k = 5
        case "top_k_categorical_accuracy": kind = .topK; k = 5
        default:
            throw PyError.notImplemented("metric '\(name)' is not supported in Cellgrad; use 'accuracy', 'binary_accuracy', 'sparse_categorical_accuracy', 'categorical_accuracy', 'mae' or 'mse'")
        }
    }

    /// A metric given to `compile`: a name, a `keras.metrics` object (a fresh copy of its
    /// state), or a function from `keras.metrics` (named by it).
    static func make(_ v: Value, _ interp: Interpreter) throws -> KerasMetric {
        if let name = v.asString { return try KerasMetric(name: name) }
        if case .object(let o) = v, let object = o as? PyKerasMetricObject {
            var m = object.metric
            m.reset()
            return m
        }
        if case .object(let o) = v, let name = o.attribute(Symbol("__name__"))?.asString { return try KerasMetric(name: name) }
        throw PyError.notImplemented("Cellgrad's keras takes metrics by name ('accuracy', 'mae', …), not \(v.typeName) objects")
    }

    /// Fixes what `'accuracy'` means, from the shapes of a batch.
    mutating func resolve(target: [Int], output: [Int]) {
        guard kind == .accuracy else { return }
        let outLast = output.last ?? 1, targetLast = target.last ?? 1
        if outLast == 1 {
            kind = .binaryAccuracy
        } else if target.count < output.count || (targetLast == 1 && outLast > 1) {
            kind = .sparseCategoricalAccuracy
        } else {
            kind = .categoricalAccuracy
        }
    }

    /// Keras's metric function: one value per prediction (per row of class scores for the
    /// categorical kinds, per element otherwise).
    func values(output: NDArray, target: NDArray) throws -> [Double] {
        let out = try output.astype(.float64).contiguous()
        let p = out.elements(as: Double.self)
        let t = try target.astype(.float64).contiguous().elements(as: Double.self)
        let last = out.shape.last ?? 1
        switch kind {
        case .binaryAccuracy, .accuracy:
            guard t.count == p.count else { throw shapeError(target, output) }
            return zip(p, t).map { (($0 > threshold ? 1.0 : 0.0) == $1) ? 1 : 0 }
        case .sparseCategoricalAccuracy, .sparseTopK:
            let rows = p.count / Swift.max(last, 1)
            guard t.count == rows else { throw shapeError(target, output) }
            return (0..<rows).map { r in inTop(p, r * last, last, Int(t[r])) ? 1 : 0 }
        case .categoricalAccuracy, .topK:
            guard t.count == p.count else { throw shapeError(target, output) }
            let rows = p.count / Swift.max(last, 1)
            return (0..<rows).map { r in inTop(p, r * last, last, argmax(t, r * last, last)) ? 1 : 0 }
        case .precision, .recall, .auc:
            return []
        case .meanAbsoluteError, .meanSquaredError:
            guard t.count == p.count else { throw shapeError(target, output) }
            return zip(p, t).map { kind == .meanAbsoluteError ? Swift.abs($0 - $1) : ($0 - $1) * ($0 - $1) }
        case .mean:
            return p
        case .equal:
            guard t.count == p.count else { throw shapeError(target, output) }
            return zip(p, t).map { $0 == $1 ? 1 : 0 }
        }
    }

    /// Sparse categorical accuracy of `(N, C)` float32 scores without weights (each step of
    /// fitting a classifier): the hits counted in place rather than through per-row values.
    /// Nil where the general path applies (or raises).
    private func sparseHits(output: NDArray, target: NDArray) throws -> Double? {
        guard kind == .sparseCategoricalAccuracy, k == 1, output.ndim == 2, output.dtype == .float32, output.isContiguous,
              output.shape[1] > 0, target.size == output.shape[0] else { return nil }
        let classes = output.shape[1]
        let labels = try target.astype(.int64).contiguous().elements(as: Int64.self)
        return try output.withUnsafeMutableElements(as: Float.self) { p in
            var hits = 0.0
            for (r, label) in labels.enumerated() where label >= 0 && label < Int64(classes) {
                var best = 0
                for j in 1..<classes where p[r * classes + j] > p[r * classes + best] { best = j }
                if best == Int(label) { hits += 1 }
            }
            return hits
        }
    }

    /// Is class `label` among the `k` highest scores of the row (the top one for accuracy)?
    /// Ties count against it, as Keras's `in_top_k` ranks them.
    private func inTop(_ v: [Double], _ start: Int, _ count: Int, _ label: Int) -> Bool {
        guard label >= 0, label < count else { return false }
        if k == 1 { return argmax(v, start, count) == label }
        let score = v[start + label]
        var above = 0
        for j in 0..<count where v[start + j] > score { above += 1 }
        return above < k
    }

    private func argmax(_ v: [Double], _ start: Int, _ count: Int) -> Int {
        var best = 0
        for j in 1..<Swift.max(count, 1) where v[start + j] > v[start + best] { best = j }
        return best
    }

    private func shapeError(_ target: NDArray, _ output: NDArray) -> PyError {
        PyError.value("metric '\(name)': targets of shape \(KerasShape.text(target.shape.map { $0 })) do not match outputs of shape \(KerasShape.text(output.shape.map { $0 }))")
    }
}
