import Language
import NN
import Tensor

/// A `keras.metrics` object (`Precision()`, `AUC()`, `BinaryAccuracy()`, …): usable on its
/// own (`update_state`, `result`, `reset_state`) or given to `compile(metrics=[...])`, where
/// the model keeps its own copy of the state.
final class PyKerasMetricObject: PyObject {
    var metric: KerasMetric

    init(type: PyType, metric: KerasMetric) {
        self.metric = metric
        super.init(type: type)
    }

    override init(type: PyType) {
        metric = KerasMetric(name: "metric", kind: .binaryAccuracy, thresholds: [])
        super.init(type: type)
    }
}

/// The `keras.metrics` module.
enum KerasMetrics {
    nonisolated(unsafe) static let base: PyType = {
        let t = PyType(name: "Metric", bases: [BuiltinTypes.object], module: "keras.metrics",
                       doc: "The base class of Keras metrics: update_state(y_true, y_pred), result(), reset_state().")
        t.allocator = { PyKerasMetricObject(type: $0) }
        t.getter("name", on: PyKerasMetricObject.self) { _, m in .str(m.metric.name) }
        t.method("update_state(y_true, y_pred, sample_weight=None)", on: PyKerasMetricObject.self) { interp, m, b in
            try update(m, b, interp)
            return .none
        }
        t.method("result()", on: PyKerasMetricObject.self) { _, m, _ in
            NumPyBridge.wrapArray(try NDArray([Float(m.metric.result)], shape: []))
        }
        t.method("reset_state()", on: PyKerasMetricObject.self) { _, m, _ in
            m.metric.reset()
            return .none
        }
        t.method("__call__(y_true, y_pred, sample_weight=None)", on: PyKerasMetricObject.self) { interp, m, b in
            try update(m, b, interp)
            return NumPyBridge.wrapArray(try NDArray([Float(m.metric.result)], shape: []))
        }
        t.define("__repr__") { _, args in
            guard case .object(let o) = args.receiver, let m = o as? PyKerasMetricObject else { return .str("<Metric>") }
            return .str("<\(m.type.name) name=\(m.metric.name)>")
        }
        return t
    }()

    /// `update_state(y_true, y_pred, sample_weight=None)`.
    static func update(_ m: PyKerasMetricObject, _ b: BoundArguments, _ interp: Interpreter) throws {
        let target = try KerasData.array(b["y_true"] ?? .none, interp, what: "y_true")
        let output = try KerasData.array(b["y_pred"] ?? .none, interp, what: "y_pred")
        let weights = try b.optional("sample_weight").flatMap { $0.isNone ? nil : try KerasData.array($0, interp, what: "sample_weight") }
        try KerasBridge.call { try m.metric.update(output: output, target: target, weights: weights) }
    }

    static func define(_ m: PyModule, _ signature: String, _ make: @escaping (Interpreter, BoundArguments, String) throws -> KerasMetric) {
        let sig = Signature(signature)
        let t = PyType(name: sig.functionName, bases: [base], module: "keras.metrics")
        t.method("__init__" + signature.drop { $0 != "(" }, on: PyKerasMetricObject.self) { interp, o, b in
            let name = try b.optional("name").map { try interp.toStringValue($0) } ?? KerasNames.unique(sig.functionName)
            o.metric = try make(interp, b, name)
            return .none
        }
        m[sig.functionName] = .object(t)
    }

    static func threshold(_ b: BoundArguments, _ interp: Interpreter) throws -> [Double] {
        guard let v = b.optional("thresholds") else { return [0.5] }
        if case .object(let o) = v, o is PyList || o is PyTuple {
            throw PyError.notImplemented("Precision/Recall with several thresholds are not supported in Cellgrad yet; give one threshold")
        }
        let t = try interp.toDouble(v)
        guard t >= 0 && t <= 1 else { throw PyError.value("Threshold values must be in [0, 1]. Received: [\(t)]") }
        return [t]
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "keras.metrics", doc: "Keras metrics: objects for compile(metrics=[...]) or standalone use.")
        m["Metric"] = .object(base)
        for (className, kind) in [("Precision", KerasMetric.Kind.precision), ("Recall", .recall)] {
            define(m, "\(className)(thresholds=None, top_k=None, class_id=None, name=None, dtype=None)") { interp, b, name in
                guard b.optional("top_k") == nil, b.optional("class_id") == nil else {
                    throw PyError.notImplemented("\(className)(top_k=..., class_id=...) is not supported in Cellgrad yet")
                }
                return KerasMetric(name: name, kind: kind, thresholds: try threshold(b, interp))
            }
        }
        define(m, "AUC(num_thresholds=200, curve='ROC', summation_method='interpolation', name=None, dtype=None, thresholds=None, multi_label=False, num_labels=None, label_weights=None, from_logits=False)") { interp, b, name in
            let curve = try interp.toStringValue(b["curve"] ?? .str("ROC")).uppercased()
            let summation = try interp.toStringValue(b["summation_method"] ?? .str("interpolation"))
            guard curve == "ROC", summation == "interpolation", b.optional("thresholds") == nil,
                  try !interp.isTruthy(b["multi_label"] ?? .bool(false)), try !interp.isTruthy(b["from_logits"] ?? .bool(false)) else {
                throw PyError.notImplemented("AUC in Cellgrad computes curve='ROC' with summation_method='interpolation' over evenly spaced thresholds (no multi_label, from_logits or custom thresholds yet)")
            }
            let n = try interp.toInt(b["num_thresholds"] ?? .int(200))
            guard n > 1 else { throw PyError.value("Argument `num_thresholds` must be an integer > 1. Received: num_thresholds=\(n)") }
            return KerasMetric(name: name, kind: .auc, thresholds: KerasConfusion.aucThresholds(n))
        }
        defineMean(m)
        for (className, metricName, k) in [("SparseTopKCategoricalAccuracy", "sparse_top_k_categorical_accuracy", KerasMetric.Kind.sparseTopK),
                                           ("TopKCategoricalAccuracy", "top_k_categorical_accuracy", .topK)] {
            define(m, "\(className)(k=5, name='\(metricName)', dtype=None)") { interp, b, _ in
                var metric = KerasMetric(name: try interp.toStringValue(b["name"] ?? .str(metricName)), kind: k, thresholds: [])
                metric.k = try interp.toInt(b["k"] ?? .int(5))
                return metric
            }
        }
        define(m, "Accuracy(name='accuracy', dtype=None)") { interp, b, _ in
            KerasMetric(name: try interp.toStringValue(b["name"] ?? .str("accuracy")), kind: .equal, thresholds: [])
        }
        define(m, "BinaryAccuracy(name='binary_accuracy', dtype=None, threshold=0.5)") { interp, b, _ in
            var metric = KerasMetric(name: try interp.toStringValue(b["name"] ?? .str("binary_accuracy")), kind: .binaryAccuracy, thresholds: [])
            metric.threshold = try interp.toDouble(b["threshold"] ?? .float(0.5))
            return metric
        }
        for (className, metricName) in [("SparseCategoricalAccuracy", "sparse_categorical_accuracy"),
                                        ("CategoricalAccuracy", "categorical_accuracy"), ("MeanAbsoluteError", "mean_absolute_error"),
                                        ("MeanSquaredError", "mean_squared_error")] {
            define(m, "\(className)(name='\(metricName)', dtype=None)") { interp, b, _ in
                let name = try interp.toStringValue(b["name"] ?? .str(metricName))
                let base = try KerasMetric(name: metricName)
                return KerasMetric(name: name, kind: base.kind, thresholds: [])
            }
        }
        return m
    }

    /// `keras.metrics.Mean()`: `update_state(values, sample_weight=None)` keeps a weighted mean.
    static func defineMean(_ m: PyModule) {
        let t = PyType(name: "Mean", bases: [base], module: "keras.metrics")
        t.method("__init__(name='mean', dtype=None)", on: PyKerasMetricObject.self) { interp, o, b in
            o.metric = KerasMetric(name: try interp.toStringValue(b["name"] ?? .str("mean")), kind: .mean, thresholds: [])
            return .none
        }
        func add(_ o: PyKerasMetricObject, _ b: BoundArguments, _ interp: Interpreter) throws {
            let values = try KerasData.array(b["values"] ?? .none, interp, what: "values")
            let weights = try b.optional("sample_weight").flatMap { $0.isNone ? nil : try KerasData.array($0, interp, what: "sample_weight") }
            // Each sample (row) counts once, its values averaged first; a scalar is one sample.
            let rows = values.ndim == 0 ? try values.reshape([1]) : values
            try KerasBridge.call { try o.metric.update(output: rows, target: rows, weights: weights) }
        }
        t.method("update_state(values, sample_weight=None)", on: PyKerasMetricObject.self) { interp, o, b in
            try add(o, b, interp)
            return .none
        }
        t.method("__call__(values, sample_weight=None)", on: PyKerasMetricObject.self) { interp, o, b in
            try add(o, b, interp)
            return NumPyBridge.wrapArray(try NDArray([Float(o.metric.result)], shape: []))
        }
        m["Mean"] = .object(t)
    }
}
