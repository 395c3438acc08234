import Language

/// The callbacks of one `fit`: each gets `set_model` first, then Keras's hooks in Keras's
/// order. Per-batch hooks are called only on callbacks whose class (a cell's subclass)
/// defines them, so a plain fit pays no interpreter work per batch.
struct KerasCallbackList {
    let callbacks: [Value]
    let interp: Interpreter
    let batchListeners: [Value]

    init(_ callbacks: [Value], model: Value, params: Value, _ interp: Interpreter) throws {
        self.callbacks = callbacks
        self.interp = interp
        let hooks = ["on_train_batch_begin", "on_train_batch_end", "on_batch_begin", "on_batch_end"].map { Symbol($0) }
        batchListeners = callbacks.filter { cb in
            hooks.contains { name in
                if case .object(let f)? = cb.type.lookup(name), f is PyFunction { return true }
                if case .object(let o) = cb, o.attributes?[name] != nil { return true }
                return false
            }
        }
        for cb in callbacks {
            _ = try interp.callMethod(cb, Symbol("set_model"), Arguments([model]))
            _ = try interp.callMethod(cb, Symbol("set_params"), Arguments([params]))
        }
    }

    static func logsDict(_ logs: [(String, Double)]) -> Value {
        let d = PyDict()
        for (k, v) in logs { d[HashKey.string(k)] = .float(v) }
        return .object(d)
    }

    func call(_ hook: String, _ args: [Value]) throws {
        for cb in callbacks { _ = try interp.callMethod(cb, Symbol(hook), Arguments(args)) }
    }

    /// `logs` is only computed when some callback listens.
    func batch(_ hook: String, _ step: Int, _ logs: @autoclosure () -> [(String, Double)]) throws {
        guard !batchListeners.isEmpty else { return }
        let args = [Value.int(step), KerasCallbackList.logsDict(logs())]
        for cb in batchListeners {
            _ = try interp.callMethod(cb, Symbol("on_train_\(hook)"), Arguments(args))
            _ = try interp.callMethod(cb, Symbol("on_\(hook)"), Arguments(args))
        }
    }
}
