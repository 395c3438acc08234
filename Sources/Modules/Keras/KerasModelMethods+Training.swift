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
            let outputs = m.outputNames
            let lossArg = b["loss"] ?? .none
            // Like Keras, a compile without `loss` or `metrics` keeps what an earlier one set.
            if !lossArg.isNone || m.losses.isEmpty {
                m.lossError = nil
                m.lossArgument = lossArg
                do {
                    m.losses = try perOutput(lossArg, outputs, interp, what: "loss").map { try loss($0, interp) }
                } catch let e as PyError where lossArg.asString != nil || lossArg.isNone {
                    m.losses = []
                    m.lossError = e
                }
                m.lossWeights = try b.optional("loss_weights").map { try perOutput($0, outputs, interp, what: "loss_weights").map { try interp.toDouble($0) } } ?? []
            }
            if let metrics = b.optional("metrics"), !metrics.isNone || m.outputMetrics.isEmpty {
                m.outputMetrics = try compiledMetrics(metrics, outputs, interp)
            } else if m.outputMetrics.isEmpty {
                m.outputMetrics = outputs.map { _ in [] }
            }
            m.weightedMetrics = try compiledMetrics(b.optional("weighted_metrics"), outputs, interp, argument: "weighted_metrics")
            m.compileConfig = try compileConfig(m, b, interp)
            return .none
        }
        t.method("fit(x=None, y=None, batch_size=None, epochs=1, verbose='auto', callbacks=None, validation_split=0.0, validation_data=None, shuffle=True, class_weight=None, sample_weight=None, initial_epoch=0, steps_per_epoch=None, validation_steps=None, validation_batch_size=None, validation_freq=1)",
                 on: PyKerasModel.self) { interp, m, b in
            if b.optional("steps_per_epoch") != nil { throw PyError.notImplemented("fit(steps_per_epoch=...) is not supported in Cellgrad yet") }
            let inputNames = m.inputNames, outputNames = m.outputNames
            var x = try KerasData.arrays(b["x"] ?? .none, names: inputNames, interp, what: "x")
            var y = try KerasData.arrays(b["y"] ?? .none, names: outputNames, interp, what: "y")
            var o = KerasFit.Options()
            o.batchSize = try KerasBridge.int(b["batch_size"], interp, default: 32)
            guard o.batchSize > 0 else { throw PyError.value("batch_size must be a positive integer, got \(o.batchSize)") }
            o.epochs = try KerasBridge.int(b["epochs"], interp, default: 1)
            o.initialEpoch = try KerasBridge.int(b["initial_epoch"], interp, default: 0)
            o.verbose = try KerasBridge.verbose(b["verbose"], interp)
            o.shuffle = try interp.isTruthy(b["shuffle"] ?? .bool(true))
            o.sampleWeights = try sampleWeights(b, count: try KerasData.sampleCount(x, y), interp)
            if let vd = b.optional("validation_data") {
                let parts = try interp.iterateToArray(vd)
                guard parts.count >= 2 else { throw PyError.value("validation_data should be a tuple (x_val, y_val). Received: \(parts.count) items") }
                o.validation = (try KerasData.arrays(parts[0], names: inputNames, interp, what: "x"),
                                try KerasData.arrays(parts[1], names: outputNames, interp, what: "y"))
                if parts.count > 2, !parts[2].isNone { o.validationWeights = try KerasData.array(parts[2], interp, what: "sample_weight").astype(.float32) }
            } else if let vs = b.optional("validation_split") {
                let split = try interp.toDouble(vs)
                guard split >= 0 && split < 1 else { throw PyError.value("validation_split must be between 0 and 1. Received: \(split)") }
                if split > 0 {
                    let n = try KerasData.sampleCount(x, y)
                    // Keras keeps the first ⌊n(1 - split)⌋ samples for training, the rest for validation.
                    let at = Int((Double(n) * (1 - split)).rounded(.down))
                    o.validation = (try x.map { try KerasData.rows($0, at, n) }, try y.map { try KerasData.rows($0, at, n) })
                    o.validationWeights = try o.sampleWeights.map { try KerasData.rows($0, at, n) }
                    o.sampleWeights = try o.sampleWeights.map { try KerasData.rows($0, 0, at) }
                    x = try x.map { try KerasData.rows($0, 0, at) }
                    y = try y.map { try KerasData.rows($0, 0, at) }
                }
            }
            // Keras turns class weights into sample weights of the training part only.
            if let classWeight = b.optional("class_weight") {
                guard o.sampleWeights == nil else { throw PyError.value("You cannot `class_weight` and `sample_weight` at the same time.") }
                guard y.count == 1 else { throw PyError.value("`class_weight` is only supported for Models with a single output.") }
                o.sampleWeights = try KerasClassWeights.sampleWeights(classWeight, y: y[0], interp)
            }
            let callbacks = try b.optional("callbacks").map { try interp.iterateToArray($0) } ?? []
            let fit = KerasFit(trainer: KerasTrainer(model: m, interp: interp))
            return try KerasBridge.call { try fit.run(x: x, y: y, o, callbacks: callbacks, modelValue: .object(m)) }
        }
        t.method("evaluate(x=None, y=None, batch_size=None, verbose='auto', sample_weight=None, steps=None, callbacks=None, return_dict=False)",
                 on: PyKerasModel.self) { interp, m, b in
            let x = try KerasData.arrays(b["x"] ?? .none, names: m.inputNames, interp, what: "x")
            let y = try KerasData.arrays(b["y"] ?? .none, names: m.outputNames, interp, what: "y")
            let batch = try KerasBridge.int(b["batch_size"], interp, default: 32)
            guard batch > 0 else { throw PyError.value("batch_size must be a positive integer, got \(batch)") }
            let logs = try KerasBridge.call {
                try KerasTrainer(model: m, interp: interp).evaluate(x, y, sampleWeights: try sampleWeights(b, count: try KerasData.sampleCount(x, y), interp),
                                                                    batchSize: batch, verbose: try KerasBridge.verbose(b["verbose"], interp))
            }
            return try results(m, logs, asDict: try interp.isTruthy(b["return_dict"] ?? .bool(false)))
        }
        t.method("predict(x, batch_size=None, verbose='auto', steps=None, callbacks=None)", on: PyKerasModel.self) { interp, m, b in
            let x = try KerasData.arrays(b["x"] ?? .none, names: m.inputNames, interp, what: "x")
            let batch = try KerasBridge.int(b["batch_size"], interp, default: 32)
            guard batch > 0 else { throw PyError.value("batch_size must be a positive integer, got \(batch)") }
            let verbose = try KerasBridge.verbose(b["verbose"], interp)
            let out = try KerasBridge.call { try m.predictAll(x, batchSize: batch) }
            if verbose != 0 {
                let steps = ((x[0].shape.first ?? 0) + batch - 1) / batch
                let bar = KerasProgbar(target: steps, verbose: verbose)
                try interp.writeToSysStdout(bar.line(current: steps, values: [], final: true) + "\n")
            }
            return outputsValue(m, out)
        }
        t.method("predict_on_batch(x)", on: PyKerasModel.self) { interp, m, b in
            let x = try KerasData.arrays(b["x"] ?? .none, names: m.inputNames, interp, what: "x")
            return outputsValue(m, try KerasBridge.call { try m.predictAll(x, batchSize: Swift.max(x[0].shape.first ?? 1, 1)) })
        }
        t.method("__call__(inputs, training=None, mask=None)", on: PyKerasModel.self) { interp, m, b in
            let x = try KerasData.arrays(b["inputs"] ?? .none, names: m.inputNames, interp, what: "inputs")
            let training = try b.optional("training").map { try interp.isTruthy($0) } ?? false
            return outputsValue(m, try KerasBridge.call { try GradMode.with(false) { try m.forwardAll(x, training: training).map(\.data) } })
        }
        for (name, train) in [("train_on_batch", true), ("test_on_batch", false)] {
            t.method("\(name)(x, y=None, sample_weight=None\(train ? ", class_weight=None" : ""), return_dict=False)", on: PyKerasModel.self) { interp, m, b in
                let x = try KerasData.arrays(b["x"] ?? .none, names: m.inputNames, interp, what: "x")
                let y = try KerasData.arrays(b["y"] ?? .none, names: m.outputNames, interp, what: "y")
                let trainer = KerasTrainer(model: m, interp: interp)
                var totals = trainer.makeTotals()
                var w = try sampleWeights(b, count: try KerasData.sampleCount(x, y), interp)
                if let classWeight = b.optional("class_weight") {
                    if let given = b.optional("sample_weight") {
                        throw PyError.value("Arguments `sample_weight` and `class_weight` cannot be specified at the same time. Received: sample_weight=\(try interp.str(given)), class_weight=\(try interp.str(classWeight))")
                    }
                    w = try KerasClassWeights.sampleWeights(classWeight, y: y[0], interp)
                }
                try KerasBridge.call {
                    train ? try trainer.trainStep(x, y, sampleWeights: w, &totals) : try trainer.testStep(x, y, sampleWeights: w, &totals)
                }
                return try results(m, trainer.logs(totals), asDict: try interp.isTruthy(b["return_dict"] ?? .bool(false)))
            }
        }
    }

    /// `sample_weight=`: one weight per sample (a `(N, T)` array weighs each timestep).
    static func sampleWeights(_ b: BoundArguments, count: Int, _ interp: Interpreter) throws -> NDArray? {
        guard let v = b.optional("sample_weight"), !v.isNone else { return nil }
        let w = try KerasData.array(v, interp, what: "sample_weight").astype(.float32)
        guard w.shape.first == count else {
            throw PyError.value("sample_weight has \(w.shape.first ?? 0) entries, but the data has \(count) samples; give one weight per sample")
        }
        return w
    }

    /// `compile_config` for `model.save`; nil when an argument has no config (saving then
    /// leaves the model uncompiled, as Keras does for objects it cannot serialise).
    static func compileConfig(_ m: PyKerasModel, _ b: BoundArguments, _ interp: Interpreter) throws -> [String: Any]? {
        guard let optimizer = m.optimizer,
              let loss = try? KerasConfig.argument(b["loss"] ?? .none, interp),
              let weights = try? KerasConfig.argument(b["loss_weights"] ?? .none, interp),
              let metrics = try? KerasConfig.argument(b["metrics"] ?? .none, interp),
              let weightedMetrics = try? KerasConfig.argument(b["weighted_metrics"] ?? .none, interp) else { return nil }
        return KerasConfig.compile(m, optimizer: optimizer, loss: loss, lossWeights: weights, metrics: metrics, weightedMetrics: weightedMetrics)
    }

    /// One output as an array, several as a list (Keras returns the structure of `outputs`).
    static func outputsValue(_ m: PyKerasModel, _ out: [NDArray]) -> Value {
        m.outputsAsList || out.count > 1 ? .list(out.map(NumPyBridge.wrapArray)) : NumPyBridge.wrapArray(out[0])
    }

    /// A compile argument for each output: one value for all, a list in output order, or a
    /// dict by output name.
    static func perOutput(_ v: Value, _ outputs: [String], _ interp: Interpreter, what: String) throws -> [Value] {
        if case .object(let o) = v, let d = o as? PyDict {
            return try outputs.map { name in
                guard let item = d.entries.first(where: { $0.0.asString == name }) else {
                    throw PyError.value("The `\(what)` dict has no entry for output '\(name)'; the model's outputs are \(pythonList(outputs))")
                }
                return item.1
            }
        }
        if case .object(let o) = v, o is PyList || o is PyTuple, !(o is PyKerasLossObject) {
            let items = try interp.iterateToArray(v)
            guard items.count == outputs.count else {
                throw PyError.value("For a model with \(outputs.count) output(s), when providing `\(what)` as a list, it should have as many entries as the model has outputs. Received: \(what)=\(Formatter.repr(v))")
            }
            return items
        }
        return [Value](repeating: v, count: outputs.count)
    }

    static func pythonList(_ names: [String]) -> String { "[" + names.map { "'\($0)'" }.joined(separator: ", ") + "]" }

    /// `metrics=`: a list for one output; a list of lists or a dict by output name for several.
    static func compiledMetrics(_ v: Value?, _ outputs: [String], _ interp: Interpreter, argument: String = "metrics") throws -> [[KerasMetric]] {
        guard let v, !v.isNone else { return outputs.map { _ in [] } }
        func list(_ v: Value) throws -> [KerasMetric] {
            if v.isNone { return [] }
            let items: [Value]
            if case .object(let o) = v, o is PyList || o is PyTuple { items = try interp.iterateToArray(v) } else { items = [v] }
            return try items.map { try KerasMetric.make($0, interp) }
        }
        if outputs.count == 1 { return [try list(v)] }
        if case .object(let o) = v, let d = o as? PyDict {
            for (k, _) in d.entries where !outputs.contains(k.asString ?? "") {
                throw PyError.value("In the dict argument `\(argument)`, key '\(k.asString ?? Formatter.repr(k))' does not correspond to any model output. Received:\n\(argument)=\(Formatter.repr(v))")
            }
            return try outputs.map { name in try d.entries.first { $0.0.asString == name }.map { try list($0.1) } ?? [] }
        }
        let items = try interp.iterateToArray(v)
        guard items.count == outputs.count, items.allSatisfy({ if case .object(let o) = $0 { return o is PyList || o is PyTuple } else { return $0.isNone } }) else {
            throw PyError.value("Invalid `\(argument)`. `\(argument)` should contain metrics objects and either be a dict or a list matching the output names of the functional model \(pythonList(outputs)) or match the output structure of the model: \(pythonList(outputs.map { _ in "X" })).\nReceived: \(argument)=\(Formatter.repr(v))")
        }
        return try items.map(list)
    }

    /// What `evaluate` returns: the loss alone without metrics, else `[loss, metrics…]`
    /// (Keras 3 lists the loss first, then the metrics in compile order), or the dict.
    static func results(_ m: PyKerasModel, _ logs: [(String, Double)], asDict: Bool) throws -> Value {
        if asDict { return KerasCallbackList.logsDict(logs) }
        let byName = Dictionary(logs, uniquingKeysWith: { a, _ in a })
        let names = KerasTrainer.trackedNames(m, ownNames: true)
        if names.isEmpty { return .float(byName["loss"] ?? 0) }
        // The loss, each output's loss, then the compiled metrics in compile order, each by its
        // own name; then, as Keras's `_flatten_metrics_in_order`, the logs no name reached
        // (a weighted metric logged as `weighted_<name>`), sorted.
        let listed = ["loss"] + names
        let rest = logs.filter { !listed.contains($0.0) }.sorted { $0.0 < $1.0 }.map(\.1)
        return .list((listed.map { byName[$0] ?? 0 } + rest).map { .float($0) })
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
