import Language
import NN
import Tensor

/// `callbacks.ReduceLROnPlateau(monitor='val_loss', factor=0.1, patience=10, verbose=0,
/// mode='auto', min_delta=1e-4, cooldown=0, min_lr=0.0)` with Keras 3's bookkeeping: each
/// epoch writes `learning_rate` into the logs (so History records it); after `patience`
/// epochs without an improvement larger than `min_delta` the rate is multiplied by `factor`
/// (not below `min_lr`), then `cooldown` epochs pass before counting again.
final class KerasReduceLROnPlateau: PyObject {
    var monitor = "val_loss"
    var factor = 0.1
    var patience = 10
    var verbose = 0
    var maximize = false
    var minDelta = 1e-4
    var cooldown = 0
    var minLR = 0.0
    var wait = 0
    var cooldownCounter = 0
    var best = Double.infinity

    override init(type: PyType) { super.init(type: type) }

    func improves(_ value: Double) -> Bool { maximize ? value > best + minDelta : value < best - minDelta }

    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "ReduceLROnPlateau", bases: [KerasCallbacks.callback], module: "keras.callbacks")
        t.allocator = { KerasReduceLROnPlateau(type: $0) }
        t.method("__init__(monitor='val_loss', factor=0.1, patience=10, verbose=0, mode='auto', min_delta=0.0001, cooldown=0, min_lr=0.0, **kwargs)",
                 on: KerasReduceLROnPlateau.self) { interp, r, b in
            r.monitor = try interp.toStringValue(b["monitor"] ?? .str("val_loss"))
            r.factor = try interp.toDouble(b["factor"] ?? .float(0.1))
            guard r.factor < 1 else { throw PyError.value("ReduceLROnPlateau does not support a factor >= 1.0. Received factor=\(r.factor)") }
            r.patience = try interp.toInt(b["patience"] ?? .int(10))
            r.verbose = try interp.toInt(b["verbose"] ?? .int(0))
            let mode = try interp.toStringValue(b["mode"] ?? .str("auto"))
            r.maximize = mode == "max" || (mode == "auto" && (r.monitor.hasSuffix("acc") || r.monitor.hasSuffix("accuracy")))
            r.minDelta = try interp.toDouble(b["min_delta"] ?? .float(1e-4))
            r.cooldown = try interp.toInt(b["cooldown"] ?? .int(0))
            r.minLR = try interp.toDouble(b["min_lr"] ?? .float(0))
            return .none
        }
        t.method("on_train_begin(logs=None)", on: KerasReduceLROnPlateau.self) { _, r, _ in
            r.wait = 0
            r.cooldownCounter = 0
            r.best = r.maximize ? -.infinity : .infinity
            return .none
        }
        t.method("on_epoch_end(epoch, logs=None)", on: KerasReduceLROnPlateau.self) { interp, r, b in
            guard case .object(let mo)? = r.attribute(Symbol("model")), let model = mo as? PyKerasModel, let optimizer = model.optimizer else {
                return .none
            }
            let epoch = try interp.toInt(b["epoch"] ?? .int(0))
            guard case .object(let l)? = b["logs"], let logs = l as? PyDict else { return .none }
            logs[HashKey.string("learning_rate")] = .float(Double(Float(optimizer.learningRate)))
            guard let v = logs[HashKey.string(r.monitor)] else {
                try interp.writeToSysStdout("Learning rate reduction is conditioned on metric `\(r.monitor)` which is not available.\n")
                return .none
            }
            let current = try interp.toDouble(v)
            if r.cooldownCounter > 0 {
                r.cooldownCounter -= 1
                r.wait = 0
            }
            if r.improves(current) {
                r.best = current
                r.wait = 0
            } else if r.cooldownCounter <= 0 {
                r.wait += 1
                if r.wait >= r.patience {
                    let old = Double(Float(optimizer.learningRate))
                    if old > r.minLR {
                        let new = Swift.max(Double(Float(old * r.factor)), r.minLR)
                        optimizer.learningRate = new
                        if r.verbose > 0 {
                            try interp.writeToSysStdout("\nEpoch \(epoch + 1): ReduceLROnPlateau reducing learning rate to \(try interp.repr(.float(Double(Float(new))))).\n")
                        }
                        r.cooldownCounter = r.cooldown
                        r.wait = 0
                    }
                }
            }
            return .none
        }
        return t
    }()
}
