import Language
import NN
import Tensor

/// `keras.callbacks`: the `Callback` base class cells subclass (every hook a no-op, `self.model`
/// set before training), `History`, `LambdaCallback`, `EarlyStopping`, `ModelCheckpoint`, `ReduceLROnPlateau`.
enum KerasCallbacks {
    static let hooks = ["on_train_begin", "on_train_end", "on_epoch_begin", "on_epoch_end", "on_train_batch_begin",
                        "on_train_batch_end", "on_batch_begin", "on_batch_end", "on_test_begin", "on_test_end",
                        "on_predict_begin", "on_predict_end"]

    nonisolated(unsafe) static let callback: PyType = {
        let t = PyType(name: "Callback", bases: [BuiltinTypes.object], module: "keras.callbacks",
                       doc: "Callback(): the base class of training callbacks; override on_epoch_end(self, epoch, logs) and friends.")
        t.define("__init__") { _, _ in .none }
        t.define("set_model") { _, args in
            if case .object(let o) = try args[0] { o.setAttribute(Symbol("model"), try args[1]) }
            return .none
        }
        t.define("set_params") { _, args in
            if case .object(let o) = try args[0] { o.setAttribute(Symbol("params"), try args[1]) }
            return .none
        }
        for hook in hooks { t.define(hook) { _, _ in .none } }
        return t
    }()

    nonisolated(unsafe) static let history: PyType = {
        let t = PyType(name: "History", bases: [callback], module: "keras.callbacks",
                       doc: "History: `history.history` maps each log name to its value per epoch; `history.epoch` lists the epochs.")
        t.define("on_train_begin") { _, args in
            if case .object(let o) = try args[0], o.attribute(Symbol("epoch")) == nil { o.setAttribute(Symbol("epoch"), .list([])) }
            return .none
        }
        t.define("on_epoch_end") { interp, args in
            guard case .object(let o) = try args[0] else { return .none }
            if case .object(let e)? = o.attribute(Symbol("epoch")), let epochs = e as? PyList { epochs.items.append(try args[1]) }
            guard case .object(let h)? = o.attribute(Symbol("history")), let dict = h as? PyDict,
                  args.count > 2, case .object(let l) = try args[2], let logs = l as? PyDict else { return .none }
            for key in try interp.iterateToArray(.object(logs)) {
                guard let k = key.asString else { continue }
                let value = logs[HashKey.string(k)] ?? .none
                if case .object(let lo)? = dict[HashKey.string(k)], let list = lo as? PyList { list.items.append(value) } else { dict[HashKey.string(k)] = .list([value]) }
            }
            return .none
        }
        t.define("__repr__") { _, _ in .str("<keras.src.callbacks.history.History object>") }
        return t
    }()

    static func makeHistory() -> PyObject {
        let h = PyObject.instance(of: history)
        h.setAttribute(Symbol("history"), .object(PyDict()))
        h.setAttribute(Symbol("epoch"), .list([]))
        return h
    }

    /// `LambdaCallback(on_epoch_end=lambda epoch, logs: …)`: each given function becomes the hook.
    nonisolated(unsafe) static let lambda: PyType = {
        let t = PyType(name: "LambdaCallback", bases: [callback], module: "keras.callbacks")
        let names = ["on_epoch_begin", "on_epoch_end", "on_train_begin", "on_train_end", "on_train_batch_begin", "on_train_batch_end"]
        t.method("__init__(on_epoch_begin=None, on_epoch_end=None, on_train_begin=None, on_train_end=None, on_train_batch_begin=None, on_train_batch_end=None, **kwargs)", on: PyObject.self) { _, o, b in
            for name in names {
                if let f = b.optional(name) { o.setAttribute(Symbol(name), f) }
            }
            return .none
        }
        return t
    }()

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "keras.callbacks", doc: "Keras callbacks.")
        m["Callback"] = .object(callback)
        m["History"] = .object(history)
        m["LambdaCallback"] = .object(lambda)
        m["EarlyStopping"] = .object(KerasEarlyStopping.type)
        m["ReduceLROnPlateau"] = .object(KerasReduceLROnPlateau.type)
        m["ModelCheckpoint"] = .object(KerasModelCheckpoint.type)
        for name in ["TensorBoard", "CSVLogger", "LearningRateScheduler"] {
            m.define(name) { _, _ in throw PyError.notImplemented("keras.callbacks.\(name) is not supported in Cellgrad yet; EarlyStopping, ModelCheckpoint, ReduceLROnPlateau, LambdaCallback and subclasses of Callback are") }
        }
        m.document(KerasDocs.callbacks)
        return m
    }
}
