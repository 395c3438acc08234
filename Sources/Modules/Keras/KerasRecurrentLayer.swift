import Language
import NN
import Tensor

/// `layers.LSTM(units)`, `layers.GRU(units)` and `layers.SimpleRNN(units)` with Keras's
/// weights: glorot-uniform `kernel`, orthogonal `recurrent_kernel`, zero `bias` (LSTM's forget
/// slice ones: `unit_forget_bias`; GRU's bias `(2, 3U)` for `reset_after=True`), and
/// `dropout`/`recurrent_dropout` masks drawn once per batch.
final class KerasRecurrentLayer: KerasLayerKind {
    let kind: Recurrent.Kind
    let units: Int
    let returnSequences: Bool
    let dropout: Double
    let recurrentDropout: Double
    let useBias: Bool
    /// Keras's `zero_output_for_mask`: a masked step outputs zeros rather than the previous
    /// output (its state carries on either way); Bidirectional sets it for sequences.
    var zeroOutputForMask = false

    init(kind: Recurrent.Kind, units: Int, returnSequences: Bool, dropout: Double, recurrentDropout: Double, useBias: Bool) {
        self.kind = kind
        self.units = units
        self.returnSequences = returnSequences
        self.dropout = dropout
        self.recurrentDropout = recurrentDropout
        self.useBias = useBias
    }

    var className: String {
        switch kind {
        case .lstm: return "LSTM"
        case .gru: return "GRU"
        case .tanh, .relu: return "SimpleRNN"
        }
    }

    var config: [String: Any] {
        var c: [String: Any] = ["units": units, "activation": kind == .relu ? "relu" : "tanh", "use_bias": useBias, "dropout": dropout,
                                "recurrent_dropout": recurrentDropout, "return_sequences": returnSequences, "return_state": false,
                                "go_backwards": false, "stateful": false, "unroll": false]
        if kind == .lstm || kind == .gru { c["recurrent_activation"] = "sigmoid" }
        if kind == .lstm { c["unit_forget_bias"] = true }
        if kind == .gru { c["reset_after"] = true }
        return c
    }

    /// The name of the cell object Keras keeps the weights under (`lstm_cell`).
    var cellName: String {
        switch kind {
        case .lstm: return "lstm_cell"
        case .gru: return "gru_cell"
        case .tanh, .relu: return "simple_rnn_cell"
        }
    }

    func build(_ layer: PyKerasLayer, inputShape: [Int?]) throws {
        guard inputShape.count == 3, let features = inputShape[2] else {
            throw PyError.value("Input 0 of layer \"\(layer.name)\" is incompatible with the layer: expected ndim=3, found ndim=\(inputShape.count). Full shape received: \(KerasShape.text(inputShape))")
        }
        let g = kind.gates
        layer.addWeight("kernel", try Initializers.glorotUniform([features, g * units]))
        layer.addWeight("recurrent_kernel", try Initializers.orthogonal([units, g * units]))
        guard useBias else { return }
        switch kind {
        case .lstm:
            var b = [Float](repeating: 0, count: 4 * units)
            for i in units..<(2 * units) { b[i] = 1 }
            layer.addWeight("bias", try NDArray(b, shape: [4 * units]))
        case .gru: layer.addWeight("bias", try NDArray.zeros([2, 3 * units], dtype: .float32))
        case .tanh, .relu: layer.addWeight("bias", try NDArray.zeros([units], dtype: .float32))
        }
    }

    func outputShape(_ inputShape: [Int?]) throws -> [Int?] {
        returnSequences ? [inputShape.first ?? nil, inputShape.count > 1 ? inputShape[1] : nil, units] : [inputShape.first ?? nil, units]
    }

    func call(_ layer: PyKerasLayer, _ x: Variable, training: Bool) throws -> Variable {
        try call(layer, x, mask: nil, training: training)
    }

    /// A masked step (padding) keeps the previous state and output, as Keras's RNN does.
    func outputMask(_ layer: PyKerasLayer, _ x: Variable, _ mask: NDArray?) throws -> NDArray? { returnSequences ? mask : nil }

    func call(_ layer: PyKerasLayer, _ x: Variable, mask stepMask: NDArray?, training: Bool) throws -> Variable {
        guard x.ndim == 3 else {
            throw PyError.value("Input 0 of layer \"\(layer.name)\" is incompatible with the layer: expected ndim=3, found ndim=\(x.ndim). Full shape received: \(KerasShape.text(x.shape, batch: true))")
        }
        let n = x.shape[0]
        func mask(_ rate: Double, _ shape: [Int]) throws -> NDArray? {
            guard training, rate > 0, rate < 1 else { return nil }
            return try DefaultGenerator.shared.bernoulli(shape, p: 1 - rate, dtype: x.dtype) * NDArray.pythonScalar(1 / (1 - rate))
        }
        let w = Recurrent.KerasWeights(kernel: try layer.weight("kernel"), recurrentKernel: try layer.weight("recurrent_kernel"),
                                       bias: useBias ? try layer.weight("bias") : nil)
        return try Recurrent.keras(kind, input: x, weights: w, units: units, sequences: returnSequences,
                                   inputMask: try mask(dropout, [n, x.shape[2]]), recurrentMask: try mask(recurrentDropout, [n, units]),
                                   stepMask: stepMask, zeroMaskedOutputs: zeroOutputForMask)
    }
}
