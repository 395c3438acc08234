import Foundation
import Language
import NN
import Tensor

/// `model.fit(...)`: epochs of shuffled (or ordered) batches, validation at each epoch's end,
/// callbacks, progress output, and a ``History`` of the logs.
struct KerasFit {
    let trainer: KerasTrainer
    var interp: Interpreter { trainer.interp }
    var model: PyKerasModel { trainer.model }

    struct Options {
        var batchSize = 32
        var epochs = 1
        var initialEpoch = 0
        var verbose = 1
        var shuffle = true
        var validation: ([NDArray], [NDArray])?
        /// `sample_weight=`: one weight per training sample.
        var sampleWeights: NDArray?
        /// The validation samples' weights (split off with `validation_split`, or the third
        /// item of `validation_data`).
        var validationWeights: NDArray?
    }

    func run(x: [NDArray], y: [NDArray], _ o: Options, callbacks userCallbacks: [Value], modelValue: Value) throws -> Value {
        let n = try KerasData.sampleCount(x, y)
        guard n > 0 else { throw PyError.value("Expected input data to be non-empty.") }
        _ = try trainer.requireCompiled()
        let steps = (n + o.batchSize - 1) / o.batchSize
        let history = KerasCallbacks.makeHistory()
        let params = PyDict()
        params[HashKey.string("verbose")] = .int(o.verbose)
        params[HashKey.string("epochs")] = .int(o.epochs)
        params[HashKey.string("steps")] = .int(steps)
        let list = try KerasCallbackList(userCallbacks + [.object(history)], model: modelValue, params: .object(params), interp)
        model.stopTraining = false
        model.setAttribute(Symbol("history"), .object(history))
        try list.call("on_train_begin", [KerasCallbackList.logsDict([])])
        var epoch = o.initialEpoch
        while epoch < o.epochs && !model.stopTraining {
            try list.call("on_epoch_begin", [.int(epoch), KerasCallbackList.logsDict([])])
            let order = o.shuffle ? try DefaultGenerator.shared.permutation(n).elements(as: Int64.self).map { Int($0) } : nil
            var totals = trainer.makeTotals()
            var progress = try KerasProgressOutput(interp, verbose: o.verbose, epoch: epoch, epochs: o.epochs, steps: steps)
            for step in 0..<steps {
                try Interrupt.checkpoint()
                let s = step * o.batchSize, e = Swift.min(n, s + o.batchSize)
                let (bx, by): ([NDArray], [NDArray]), bw: NDArray?
                if let order {
                    let rows = Array(order[s..<e])
                    (bx, by) = (try x.map { try KerasData.take($0, rows) }, try y.map { try KerasData.take($0, rows) })
                    bw = try o.sampleWeights.map { try KerasData.take($0, rows) }
                } else {
                    (bx, by) = (try x.map { try KerasData.rows($0, s, e) }, try y.map { try KerasData.rows($0, s, e) })
                    bw = try o.sampleWeights.map { try KerasData.rows($0, s, e) }
                }
                try list.batch("batch_begin", step, [])
                try trainer.trainStep(bx, by, sampleWeights: bw, &totals)
                try list.batch("batch_end", step, trainer.logs(totals))
                if step + 1 < steps { try progress.step(step + 1, trainer.logs(totals)) }
                if model.stopTraining { break }
            }
            var logs = trainer.logs(totals)
            if let (vx, vy) = o.validation {
                logs += try trainer.evaluate(vx, vy, sampleWeights: o.validationWeights, batchSize: o.batchSize, verbose: 0).map { ("val_" + $0.0, $0.1) }
            }
            try progress.finish(logs)
            try list.call("on_epoch_end", [.int(epoch), KerasCallbackList.logsDict(logs)])
            epoch += 1
        }
        try list.call("on_train_end", [KerasCallbackList.logsDict([])])
        return .object(history)
    }
}
