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
    }

    /// The key in `history.history` and the progress line: the name the cell gave.
    let name: String
    var kind: Kind
    /// The running sum of per-sample values and the sample count (mean metrics).
    var total = 0.0
    var count = 0.0
    /// The confusion counts (Precision, Recall, AUC).
    var confusion: KerasConfusion?

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

    /// Adds a batch.
    mutating func update(output: NDArray, target: NDArray) throws {
        if var c = confusion {
            try c.add(output: output, target: target)
            confusion = c
            return
        }
        resolve(target: target.shape, output: output.shape)
        let (sum, n) = try batchTotal(output: output, target: target)
        total += sum
        count += Double(n)
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

    /// The sum of the per-sample values of a batch and the number of samples.
    func batchTotal(output: NDArray, target: NDArray) throws -> (Double, Int) {
        let out = try output.astype(.float64).contiguous()
        let n = out.shape.first ?? 1
        let p = out.elements(as: Double.self)
        let t = try target.astype(.float64).contiguous().elements(as: Double.self)
        let width = Swift.max(out.shape.dropFirst().reduce(1, *), 1)
        let last = out.shape.last ?? 1
        switch kind {
        case .binaryAccuracy, .accuracy:
            // Per sample: the mean over its outputs of (p > 0.5) == t.
            guard t.count == p.count else { throw shapeError(target, output) }
            var total = 0.0
            for i in 0..<n {
                var hits = 0.0
                for j in 0..<width where (p[i * width + j] > 0.5 ? 1.0 : 0.0) == t[i * width + j] { hits += 1 }
                total += hits / Double(width)
            }
            return (total, n)
        case .sparseCategoricalAccuracy:
            let rows = p.count / Swift.max(last, 1)
            guard t.count == rows else { throw shapeError(target, output) }
            var hits = 0.0
            for r in 0..<rows where Double(argmax(p, r * last, last)) == t[r] { hits += 1 }
            return (hits * Double(n) / Double(Swift.max(rows, 1)), n)
        case .categoricalAccuracy:
            guard t.count == p.count else { throw shapeError(target, output) }
            let rows = p.count / Swift.max(last, 1)
            var hits = 0.0
            for r in 0..<rows where argmax(p, r * last, last) == argmax(t, r * last, last) { hits += 1 }
            return (hits * Double(n) / Double(Swift.max(rows, 1)), n)
        case .precision, .recall, .auc:
            return (0, n)
        case .meanAbsoluteError, .meanSquaredError:
            guard t.count == p.count else { throw shapeError(target, output) }
            var total = 0.0
            for i in 0..<p.count {
                let d = p[i] - t[i]
                total += kind == .meanAbsoluteError ? Swift.abs(d) : d * d
            }
            return (total / Double(width), n)
        }
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
