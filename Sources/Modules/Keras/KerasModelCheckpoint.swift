import Foundation
import Language
import NN
import Tensor

/// `callbacks.ModelCheckpoint(filepath, monitor='val_loss', verbose=0, save_best_only=False,
/// save_weights_only=False, mode='auto', save_freq='epoch', initial_value_threshold=None)`:
/// saves the model (`.keras`) or its weights (`.weights.h5`) at each epoch's end, or only when
/// the monitored value improves; `filepath` is formatted with `epoch` and the logs.
final class KerasModelCheckpoint: PyObject {
    var filepath = ""
    var monitor = "val_loss"
    var verbose = 0
    var bestOnly = false
    var weightsOnly = false
    var maximize = false
    var best: Double?

    override init(type: PyType) { super.init(type: type) }

    /// Keras's "auto" direction: up for accuracies and the like, down for losses and errors.
    static func maximizes(_ monitor: String, mode: String) -> Bool {
        if mode != "auto" { return mode == "max" }
        return ["acc", "accuracy", "auc", "precision", "recall"].contains { monitor.hasSuffix($0) }
    }

    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "ModelCheckpoint", bases: [KerasCallbacks.callback], module: "keras.callbacks")
        t.allocator = { KerasModelCheckpoint(type: $0) }
        t.method("__init__(filepath, monitor='val_loss', verbose=0, save_best_only=False, save_weights_only=False, mode='auto', save_freq='epoch', initial_value_threshold=None)",
                 on: KerasModelCheckpoint.self) { interp, c, b in
            c.filepath = try interp.toStringValue(b["filepath"] ?? .none)
            c.monitor = try interp.toStringValue(b["monitor"] ?? .str("val_loss"))
            c.verbose = try interp.toInt(b["verbose"] ?? .int(0))
            c.bestOnly = try interp.isTruthy(b["save_best_only"] ?? .bool(false))
            c.weightsOnly = try interp.isTruthy(b["save_weights_only"] ?? .bool(false))
            let mode = try interp.toStringValue(b["mode"] ?? .str("auto"))
            guard ["auto", "min", "max"].contains(mode) else {
                throw PyError.value("ModelCheckpoint mode '\(mode)' is unknown, expected one of ('auto', 'min', 'max')")
            }
            c.maximize = maximizes(c.monitor, mode: mode)
            c.best = try b.optional("initial_value_threshold").map { try interp.toDouble($0) }
            if let f = b.optional("save_freq"), f.asString != "epoch" {
                guard case .int = f else { throw PyError.value("Unrecognized save_freq: \(Formatter.repr(f)). Expected save_freq are 'epoch' or integer values") }
                throw PyError.notImplemented("ModelCheckpoint(save_freq=<batches>) is not supported in Cellgrad yet; save_freq='epoch' is")
            }
            if c.weightsOnly, !c.filepath.hasSuffix(".weights.h5") {
                throw PyError.value("When using `save_weights_only=True` in `ModelCheckpoint`, the filepath provided must end in `.weights.h5` (Keras weights format). Received: filepath=\(c.filepath)")
            }
            if !c.weightsOnly, !c.filepath.hasSuffix(".keras"), !c.filepath.hasSuffix(".h5") {
                throw PyError.value("The filepath provided must end in `.keras` (Keras model format). Received: filepath=\(c.filepath)")
            }
            for (k, v) in [("filepath", Value.str(c.filepath)), ("monitor", .str(c.monitor)), ("save_best_only", .bool(c.bestOnly)),
                           ("save_weights_only", .bool(c.weightsOnly)), ("verbose", .int(c.verbose))] {
                c.setAttribute(Symbol(k), v)
            }
            c.setAttribute(Symbol("best"), c.best.map(Value.float) ?? .none)
            return .none
        }
        t.method("on_epoch_end(epoch, logs=None)", on: KerasModelCheckpoint.self) { interp, c, b in
            let epoch = try interp.toInt(b["epoch"] ?? .int(0))
            let logs = b["logs"] ?? .none
            var keywords: [(name: Symbol, value: Value)] = [(Symbol("epoch"), .int(epoch + 1))]
            if case .object(let l) = logs, let d = l as? PyDict {
                for (k, v) in d.entries { if let name = k.asString { keywords.append((Symbol(name), v)) } }
            }
            let path: String
            do {
                path = try interp.toStringValue(try interp.callMethod(.str(c.filepath), Symbol("format"), Arguments([], keywords: keywords)))
            } catch let e as PyError where e.isInstance(of: BuiltinTypes.keyError) {
                throw PyError(BuiltinTypes.keyError, "Failed to format this callback filepath: \"\(c.filepath)\". Reason: \(e.message)")
            }
            if c.bestOnly {
                guard case .object(let l) = logs, let d = l as? PyDict, let v = d[HashKey.string(c.monitor)] else {
                    try interp.writeToSysStdout("Can save best model only with \(c.monitor) available.\n")
                    return .none
                }
                let current = try interp.toDouble(v)
                let bestText = c.best.map { String(format: "%.5f", $0) } ?? "None"
                let improved = c.best.map { c.maximize ? current > $0 : current < $0 } ?? true
                guard improved else {
                    if c.verbose > 0 { try interp.writeToSysStdout("\nEpoch \(epoch + 1): \(c.monitor) did not improve from \(bestText)\n") }
                    return .none
                }
                if c.verbose > 0 {
                    try interp.writeToSysStdout("\nEpoch \(epoch + 1): \(c.monitor) improved from \(bestText) to \(String(format: "%.5f", current)), saving model to \(path)\n")
                }
                c.best = current
                c.setAttribute(Symbol("best"), .float(current))
            } else if c.verbose > 0 {
                try interp.writeToSysStdout("\nEpoch \(epoch + 1): saving model to \(path)\n")
            }
            guard case .object(let o)? = c.attribute(Symbol("model")), let model = o as? PyKerasModel else {
                throw PyError(BuiltinTypes.runtimeError, "ModelCheckpoint has no model; use it through model.fit(callbacks=[...])")
            }
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty { try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            try KerasSaving.bridge { c.weightsOnly ? try KerasSaving.saveWeights(model, to: path) : try KerasSaving.save(model, to: path) }
            if c.verbose > 0 { try interp.writeToSysStdout("\nEpoch \(epoch + 1): finished saving model to \(path)\n") }
            return .none
        }
        return t
    }()
}
