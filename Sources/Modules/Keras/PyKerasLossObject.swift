import Language
import NN
import Tensor

/// A `keras.losses` object (`SparseCategoricalCrossentropy(from_logits=True)`): callable on
/// `(y_true, y_pred)` like Keras's, and accepted by `compile(loss=…)`.
final class PyKerasLossObject: PyObject {
    var loss = KerasLoss(kind: .meanSquaredError)
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
        t.getter("name", on: PyKerasLossObject.self) { _, l in .str(l.loss.kind.rawValue) }
        return t
    }()

    static func evaluate(_ loss: KerasLoss, _ b: BoundArguments, _ interp: Interpreter) throws -> Value {
        let yTrue = try KerasData.array(b["y_true"] ?? .none, interp, what: "y_true")
        let yPred = try KerasData.array(b["y_pred"] ?? .none, interp, what: "y_pred").astype(.float32)
        let v = try KerasBridge.call { try GradMode.with(false) { try loss.compute(Variable(yPred), yTrue) } }
        return NumPyBridge.wrap(v.data)
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "keras.losses", doc: "Keras losses.")
        m["Loss"] = .object(base)
        for kind in KerasLoss.Kind.allCases {
            let t = PyType(name: kind.className, bases: [base], module: "keras.losses")
            let logits = kind == .sparseCategoricalCrossentropy || kind == .categoricalCrossentropy || kind == .binaryCrossentropy
            t.method("__init__(" + (logits ? "from_logits=False, " : "") + "reduction='sum_over_batch_size', name=None, **kwargs)", on: PyKerasLossObject.self) { interp, l, b in
                let r = try interp.toStringValue(b["reduction"] ?? .str("sum_over_batch_size"))
                guard r == "sum_over_batch_size" || r == "auto" else {
                    throw PyError.notImplemented("loss reduction '\(r)' is not supported in Cellgrad yet; the default 'sum_over_batch_size' is")
                }
                l.loss = KerasLoss(kind: kind, fromLogits: logits ? try interp.isTruthy(b["from_logits"] ?? .bool(false)) : false)
                return .none
            }
            m[kind.className] = .object(t)
            let sig = Signature("\(kind.rawValue)(y_true, y_pred" + (logits ? ", from_logits=False" : "") + ")")
            // The function form gives per-sample losses, which the engine does not compute yet;
            // it is here so `compile(loss=keras.losses.mean_squared_error)` works.
            m.define(kind.rawValue, doc: sig.text) { _, _ in
                throw PyError.notImplemented("calling keras.losses.\(kind.rawValue) directly is not supported in Cellgrad yet; use keras.losses.\(kind.className)()(y_true, y_pred)")
            }
        }
        m["mse"] = m["mean_squared_error"]
        m["mae"] = m["mean_absolute_error"]
        m.document(KerasDocs.losses)
        return m
    }
}
