import Language
import NN
import Tensor

/// `compile`, `fit`, `evaluate`, `predict` and their one-batch forms.
extension KerasModelMethods {
    static func installTraining(_ t: PyType) {
        t.method("compile(optimizer='rmsprop', loss=None, loss_weights=None, metrics=None, weighted_metrics=None, run_eagerly=False, steps_per_execution=1, jit_compile='auto', auto_scale_loss=True)",
                 on: PyKerasModel.self) { interp, m, b in
            let opt = b["optimizer"] ?? .str("rmsprop")
            if let name = opt.asString {
                m.optimizer = try PyKerasOptimizer.named(name)
            } else if case .object(let o) = opt, let optimizer = o as? PyKerasOptimizer {
                m.optimizer = optimizer
            } else {
                throw PyError.value("Could not interpret optimizer identifier: \(Formatter.repr(opt))")
            }
            m.lossError = nil
            do {
                m.loss = try loss(b["loss"] ?? .none, interp)
            } catch let e as PyError where (b["loss"] ?? .none).asString != nil {
                m.loss = nil
                m.lossError = e
            }
            m.metrics = []
            if let metrics = b.optional("metrics") {
                for v in try interp.iterateToArray(metrics) {
                    guard let name = v.asString else {
                        throw PyError.notImplemented("Cellgrad's keras takes metrics by name ('accuracy', 'mae', …), not \(v.typeName) objects")
                    }
                    m.metrics.append(try KerasMetric(name: name))
                }
            }
            return .none
        }
        t.method("fit(x=None, y=None, batch_size=None, epochs=1, verbose='auto', callbacks=None, validation_split=0.0, validation_data=None, shuffle=True, class_weight=None, sample_weight=None, initial_epoch=0, steps_per_epoch=None, validation_steps=None, validation_batch_size=None, validation_freq=1)",
                 on: PyKerasModel.self) { interp, m, b in
            for unsupported in ["class_weight", "sample_weight", "steps_per_epoch"] where b.optional(unsupported) != nil {
                throw PyError.notImplemented("fit(\(unsupported)=...) is not supported in Cellgrad yet")
            }
            var x = try KerasData.array(b["x"] ?? .none, interp, what: "x")
            var y = try KerasData.array(b["y"] ?? .none, interp, what: "y")
            var o = KerasFit.Options()
            o.batchSize = try KerasBridge.int(b["batch_size"], interp, default: 32)
            guard o.batchSize > 0 else { throw PyError.value("batch_size must be a positive integer, got \(o.batchSize)") }
            o.epochs = try KerasBridge.int(b["epochs"], interp, default: 1)
            o.initialEpoch = try KerasBridge.int(b["initial_epoch"], interp, default: 0)
            o.verbose = try KerasBridge.verbose(b["verbose"], interp)
            o.shuffle = try interp.isTruthy(b["shuffle"] ?? .bool(true))
            if let vd = b.optional("validation_data") {
                let parts = try interp.iterateToArray(vd)
                guard parts.count >= 2 else { throw PyError.value("validation_data should be a tuple (x_val, y_val). Received: \(parts.count) items") }
                o.validation = (try KerasData.array(parts[0], interp, what: "validation_data"), try KerasData.array(parts[1], interp, what: "validation_data"))
            } else if let vs = b.optional("validation_split") {
                let split = try interp.toDouble(vs)
                guard split >= 0 && split < 1 else { throw PyError.value("validation_split must be between 0 and 1. Received: \(split)") }
                if split > 0 {
                    let n = try KerasData.sampleCount(x)
                    // Keras keeps the first ⌊n(1 - split)⌋ samples for training, the rest for validation.
                    let at = Int((Double(n) * (1 - split)).rounded(.down))
                    o.validation = (try KerasData.rows(x, at, n), try KerasData.rows(y, at, n))
                    x = try KerasData.rows(x, 0, at)
                    y = try KerasData.rows(y, 0, at)
                }
            }
            let callbacks = try b.optional("callbacks").map { try interp.iterateToArray($0) } ?? []
            let fit = KerasFit(trainer: KerasTrainer(model: m, interp: interp))
            return try KerasBridge.call { try fit.run(x: x, y: y, o, callbacks: callbacks, modelValue: .object(m)) }
        }
        t.method("evaluate(x=None, y=None, batch_size=None, verbose='auto', sample_weight=None, steps=None, callbacks=None, return_dict=False)",
                 on: PyKerasModel.self) { interp, m, b in
            let x = try KerasData.array(b["x"] ?? .none, interp, what: "x"), y = try KerasData.array(b["y"] ?? .none, interp, what: "y")
            let batch = try KerasBridge.int(b["batch_size"], interp, default: 32)
            guard batch > 0 else { throw PyError.value("batch_size must be a positive integer, got \(batch)") }
            let logs = try KerasBridge.call {
                try KerasTrainer(model: m, interp: interp).evaluate(x, y, batchSize: batch, verbose: try KerasBridge.verbose(b["verbose"], interp))
            }
            return try results(m, logs, asDict: try interp.isTruthy(b["return_dict"] ?? .bool(false)))
        }
        t.method("predict(x, batch_size=None, verbose='auto', steps=None, callbacks=None)", on: PyKerasModel.self) { interp, m, b in
            let x = try KerasData.array(b["x"] ?? .none, interp, what: "x")
            let batch = try KerasBridge.int(b["batch_size"], interp, default: 32)
            guard batch > 0 else { throw PyError.value("batch_size must be a positive integer, got \(batch)") }
            let verbose = try KerasBridge.verbose(b["verbose"], interp)
            let out = try KerasBridge.call { try m.predict(x, batchSize: batch) }
            if verbose != 0 {
                let steps = ((x.shape.first ?? 0) + batch - 1) / batch
                let bar = KerasProgbar(target: steps, verbose: verbose)
                interp.writeStdout(bar.line(current: steps, values: [], final: true) + "\n")
            }
            return NumPyBridge.wrapArray(out)
        }
        t.method("predict_on_batch(x)", on: PyKerasModel.self) { interp, m, b in
            let x = try KerasData.array(b["x"] ?? .none, interp, what: "x")
            return NumPyBridge.wrapArray(try KerasBridge.call { try m.predict(x, batchSize: Swift.max(x.shape.first ?? 1, 1)) })
        }
        t.method("__call__(inputs, training=None, mask=None)", on: PyKerasModel.self) { interp, m, b in
            let x = try KerasData.array(b["inputs"] ?? .none, interp, what: "inputs")
            let training = try b.optional("training").map { try interp.isTruthy($0) } ?? false
            return NumPyBridge.wrapArray(try KerasBridge.call { try GradMode.with(false) { try m.forward(x, training: training).data } })
        }
        for (name, train) in [("train_on_batch", true), ("test_on_batch", false)] {
            t.method("\(name)(x, y=None, sample_weight=None, class_weight=None, return_dict=False)", on: PyKerasModel.self) { interp, m, b in
                let x = try KerasData.array(b["x"] ?? .none, interp, what: "x"), y = try KerasData.array(b["y"] ?? .none, interp, what: "y")
                let trainer = KerasTrainer(model: m, interp: interp)
                var totals = KerasTrainer.Totals(m.metrics.count)
                try KerasBridge.call { train ? try trainer.trainStep(x, y, &totals) : try trainer.testStep(x, y, &totals) }
                return try results(m, trainer.logs(totals), asDict: try interp.isTruthy(b["return_dict"] ?? .bool(false)))
            }
        }
    }

    /// What `evaluate` returns: the loss alone without metrics, else `[loss, metrics…]`
    /// (Keras 3 lists the loss first, then the metrics in compile order), or the dict.
    static func results(_ m: PyKerasModel, _ logs: [(String, Double)], asDict: Bool) throws -> Value {
        if asDict { return KerasCallbackList.logsDict(logs) }
        let byName = Dictionary(logs, uniquingKeysWith: { a, _ in a })
        if m.metrics.isEmpty { return .float(byName["loss"] ?? 0) }
        return .list([.float(byName["loss"] ?? 0)] + m.metrics.map { .float(byName[$0.name] ?? 0) })
    }

    /// A loss by name or a `keras.losses` object.
    static func loss(_ v: Value, _ interp: Interpreter) throws -> KerasLoss {
        if let name = v.asString { return try KerasLoss(name: name) }
        if case .object(let o) = v, let l = o as? PyKerasLossObject { return l.loss }
        if case .object(let o) = v, let f = o as? PyNativeFunction, let l = try? KerasLoss(name: f.name) { return l }
        if v.isNone { throw PyError.value("No loss to compute. Provide a `loss` argument in `compile()`.") }
        throw PyError.notImplemented("Cellgrad's keras takes losses by name or as keras.losses objects, not \(v.typeName)")
    }
}
