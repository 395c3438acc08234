import Language
import NN
import Tensor

/// A `keras.losses` object (`SparseCategoricalCrossentropy(from_logits=True)`): callable on
/// `(y_true, y_pred)` like Keras's, and accepted by `compile(loss=…)`.
final class PyKerasLossObject: PyObject {
    var loss = KerasLoss(kind: .meanSquaredError)
    /// The `name=` given, else the class's default.
    var name: String?
    override init(type: PyType) { super.init(type: type) }
}

/// `keras.losses`: the loss classes and the functions of the same names.
enum KerasLosses {
    nonisolated(unsafe) static let base: PyType = {
        let t = PyType(name: "Loss", bases: [BuiltinTypes.object], module: "keras.losses")
        t.allocator = { PyKerasLossObject(type: $0) }
        t.method("__call__(y_true, y_pred, sample_weight=None)", on: PyKerasLossObject.self) { interp, l, b in
            try evaluate(l.loss, b, interp)
        }
        t.getter("name", on: PyKerasLossObject.self) { _, l in .str(l.name ?? l.loss.kind.objectName) }
        t.getter("reduction", on: PyKerasLossObject.self) { _, l in .str(l.loss.reduction.rawValue) }
        return t
    }()

    static func evaluate(_ loss: KerasLoss, _ b: BoundArguments, _ interp: Interpreter) throws -> Value {
        let yTrue = try KerasData.array(b["y_true"] ?? .none, interp, what: "y_true")
        let yPred = try KerasData.array(b["y_pred"] ?? .none, interp, what: "y_pred").astype(.float32)
        let weights = try b.optional("sample_weight").flatMap { $0.isNone ? nil : try KerasData.array($0, interp, what: "sample_weight") }
        let v = try KerasBridge.call { try GradMode.with(false) { try loss.compute(Variable(yPred), yTrue, weights: weights) } }
        return NumPyBridge.wrap(v.data)
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "keras.losses", doc: "Keras losses.")
        m["Loss"] = .object(base)
        for kind in KerasLoss.Kind.allCases {
            let t = PyType(name: kind.className, bases: [base], module: "keras.losses")
            let logits = kind == .sparseCategoricalCrossentropy || kind == .categoricalCrossentropy || kind == .binaryCrossentropy
            let own = logits ? "from_logits=False, " : kind == .huber ? "delta=1.0, " : ""
            t.method("__init__(" + own + "reduction='sum_over_batch_size', name=None, **kwargs)", on: PyKerasLossObject.self) { interp, l, b in
                let r = try interp.toStringValue(b["reduction"] ?? .str("sum_over_batch_size"))
                let reductions = ["sum_over_batch_size": KerasLoss.Reduction.sumOverBatchSize, "auto": .sumOverBatchSize, "mean": .sumOverBatchSize,
                                  "sum": .sum, "none": .unreduced, "None": .unreduced, "mean_with_sample_weight": .meanWithSampleWeight]
                guard let reduction = reductions[r] else {
                    throw PyError.value("Invalid value for argument `reduction`. Expected one of ('sum', 'sum_over_batch_size', 'mean', 'mean_with_sample_weight', 'none', None). Received: reduction=\(r)")
                }
                l.loss = KerasLoss(kind: kind, fromLogits: logits ? try interp.isTruthy(b["from_logits"] ?? .bool(false)) : false)
                l.loss.reduction = reduction
                if kind == .huber { l.loss.delta = try interp.toDouble(b["delta"] ?? .float(1)) }
                l.name = try b.optional("name").flatMap { $0.isNone ? nil : try interp.toStringValue($0) }
                return .none
            }
            m[kind.className] = .object(t)
            let sig = Signature("\(kind.rawValue)(y_true, y_pred" + (logits ? ", from_logits=False" : kind == .huber ? ", delta=1.0" : "") + ")")
            // The function form: the per-sample losses, unreduced.
            m.define(kind.rawValue, doc: sig.text) { interp, args in
                let b = try sig.bind(args)
                var loss = KerasLoss(kind: kind, fromLogits: logits ? try interp.isTruthy(b["from_logits"] ?? .bool(false)) : false)
                loss.reduction = .unreduced
                if kind == .huber { loss.delta = try interp.toDouble(b["delta"] ?? .float(1)) }
                return try evaluate(loss, b, interp)
            }
        }
        m["mse"] = m["mean_squared_error"]
        m["mae"] = m["mean_absolute_error"]
        m.document(KerasDocs.losses)
        return m
    }
}
