import Language
import NN
import Tensor

/// `callbacks.EarlyStopping(monitor='val_loss', min_delta=0, patience=0, verbose=0,
/// mode='auto', baseline=None, restore_best_weights=False, start_from_epoch=0)`, with Keras 3's
/// bookkeeping: an epoch improves when it beats the best by more than `min_delta`; training
/// stops once `patience` epochs in a row have not improved (never after the first epoch).
final class KerasEarlyStopping: PyObject {
    var monitor = "val_loss"
    var minDelta = 0.0
    var patience = 0
    var verbose = 0
    var maximize = false
    var baseline: Double?
    var restoreBest = false
    var startFromEpoch = 0
    var wait = 0
    var stoppedEpoch = 0
    var best = Double.infinity
    var bestWeights: [NDArray]?
    var bestEpoch = 0

    override init(type: PyType) { super.init(type: type) }

    func improves(_ value: Double, over reference: Double) -> Bool {
        maximize ? value - minDelta > reference : value + minDelta < reference
    }

    func model() throws -> PyKerasModel {
        guard case .object(let o)? = attribute(Symbol("model")), let m = o as? PyKerasModel else {
            throw PyError(BuiltinTypes.runtimeError, "EarlyStopping has no model; use it through model.fit(callbacks=[...])")
        }
        return m
    }

    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "EarlyStopping", bases: [KerasCallbacks.callback], module: "keras.callbacks")
        t.allocator = { KerasEarlyStopping(type: $0) }
        t.method("__init__(monitor='val_loss', min_delta=0, patience=0, verbose=0, mode='auto', baseline=None, restore_best_weights=False, start_from_epoch=0)",
                 on: KerasEarlyStopping.self) { interp, e, b in
            e.monitor = try interp.toStringValue(b["monitor"] ?? .str("val_loss"))
            e.minDelta = Swift.abs(try interp.toDouble(b["min_delta"] ?? .int(0)))
            e.patience = try interp.toInt(b["patience"] ?? .int(0))
            e.verbose = try interp.toInt(b["verbose"] ?? .int(0))
            let mode = try interp.toStringValue(b["mode"] ?? .str("auto"))
            guard ["auto", "min", "max"].contains(mode) else {
                throw PyError.value("EarlyStopping mode \(mode) is unknown, expected one of ('auto', 'min', 'max')")
            }
            e.maximize = mode == "max" || (mode == "auto" && (e.monitor.hasSuffix("acc") || e.monitor.hasSuffix("accuracy") || e.monitor.hasSuffix("auc")))
            e.baseline = try b.optional("baseline").map { try interp.toDouble($0) }
            e.restoreBest = try interp.isTruthy(b["restore_best_weights"] ?? .bool(false))
            e.startFromEpoch = try interp.toInt(b["start_from_epoch"] ?? .int(0))
            e.setAttribute(Symbol("patience"), .int(e.patience))
            e.setAttribute(Symbol("monitor"), .str(e.monitor))
            return .none
        }
        t.getter("wait", on: KerasEarlyStopping.self) { _, e in .int(e.wait) }
        t.method("on_train_begin(logs=None)", on: KerasEarlyStopping.self) { _, e, _ in
            e.wait = 0
            e.stoppedEpoch = 0
            e.best = e.maximize ? -.infinity : .infinity
            e.bestWeights = nil
            e.setAttribute(Symbol("stopped_epoch"), .int(0))
            return .none
        }
        t.method("on_epoch_end(epoch, logs=None)", on: KerasEarlyStopping.self) { interp, e, b in
            let epoch = try interp.toInt(b["epoch"] ?? .int(0))
            guard case .object(let l)? = b["logs"], let logs = l as? PyDict, let v = logs[HashKey.string(e.monitor)] else {
                let available = try (b["logs"]).map { try interp.iterateToArray($0).compactMap(\.asString) } ?? []
                try interp.writeToSysStdout("Early stopping conditioned on metric `\(e.monitor)` which is not available. Available metrics are: \(available.joined(separator: ","))\n")
                return .none
            }
            let current = try interp.toDouble(v)
            guard epoch >= e.startFromEpoch else { return .none }
            let model = try e.model()
            if e.restoreBest && e.bestWeights == nil { e.bestWeights = try model.weights.map { try $0.variable.data.copy() } }
            e.wait += 1
            if e.improves(current, over: e.best) {
                e.best = current
                e.setAttribute(Symbol("best"), .float(current))
                e.bestEpoch = epoch
                e.setAttribute(Symbol("best_epoch"), .int(epoch))
                if e.restoreBest { e.bestWeights = try model.weights.map { try $0.variable.data.copy() } }
                if e.baseline == nil || e.improves(current, over: e.baseline ?? 0) { e.wait = 0 }
                return .none
            }
            if e.wait >= e.patience && epoch > 0 {
                e.stoppedEpoch = epoch
                e.setAttribute(Symbol("stopped_epoch"), .int(epoch))
                model.stopTraining = true
                if e.restoreBest, let best = e.bestWeights {
                    if e.verbose > 0 { try interp.writeToSysStdout("Restoring model weights from the end of the best epoch: \(e.bestEpoch + 1).\n") }
                    for (w, value) in zip(model.weights, best) { w.variable.data = value }
                }
            }
            return .none
        }
        t.method("on_train_end(logs=None)", on: KerasEarlyStopping.self) { interp, e, _ in
            if e.stoppedEpoch > 0 && e.verbose > 0 { try interp.writeToSysStdout("Epoch \(e.stoppedEpoch + 1): early stopping\n") }
            return .none
        }
        return t
    }()
}
