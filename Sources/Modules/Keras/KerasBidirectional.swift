import Language
import NN
import Tensor

/// `layers.Bidirectional(layers.LSTM(units), merge_mode='concat')`: the wrapped recurrent
/// layer reads the sequence forward, a copy with its own weights reads it backward, and their
/// outputs are joined on the last axis (`concat`, `sum`, `mul`, `ave`). The weights list the
/// forward layer's, then the backward layer's, as Keras lists them.
final class KerasBidirectional: KerasLayerKind {
    let forward: PyKerasLayer
    let backward: PyKerasLayer
    let mergeMode: String
    var className: String { "Bidirectional" }
    /// The wrapped layer's config is added by the saver, which serialises layers whole.
    var config: [String: Any] { ["merge_mode": mergeMode] }

    init(wrapping layer: PyKerasLayer, mergeMode: String) throws {
        guard let rnn = layer.kind as? KerasRecurrentLayer else {
            throw PyError.value("Please initialize `Bidirectional` layer with a `keras.layers.RNN` instance. Received: \(layer.className)")
        }
        guard ["concat", "sum", "mul", "ave"].contains(mergeMode) else {
            throw PyError.value("Invalid merge mode. Received: \(mergeMode). Merge mode should be one of {\"sum\", \"mul\", \"ave\", \"concat\"}")
        }
        forward = layer
        backward = PyKerasLayer(type: layer.type)
        backward.kind = KerasRecurrentLayer(kind: rnn.kind, units: rnn.units, returnSequences: rnn.returnSequences, dropout: rnn.dropout,
                                            recurrentDropout: rnn.recurrentDropout, useBias: rnn.useBias)
        // As Keras's Bidirectional: masked steps of the sequences come out as zeros.
        rnn.zeroOutputForMask = rnn.returnSequences
        (backward.kind as? KerasRecurrentLayer)?.zeroOutputForMask = rnn.returnSequences
        backward.name = "backward_" + layer.name
        forward.name = "forward_" + layer.name
        self.mergeMode = mergeMode
    }

    func build(_ layer: PyKerasLayer, inputShape: [Int?]) throws {
        try forward.ensureBuilt(inputShape)
        try backward.ensureBuilt(inputShape)
        layer.weights = forward.weights + backward.weights
    }

    func outputShape(_ inputShape: [Int?]) throws -> [Int?] {
        var s = try forward.kind?.outputShape(inputShape) ?? inputShape
        if mergeMode == "concat", let last = s.last, let units = last { s[s.count - 1] = 2 * units }
        return s
    }

    func call(_ layer: PyKerasLayer, _ x: Variable, training: Bool) throws -> Variable {
        try call(layer, x, mask: nil, training: training)
    }

    func outputMask(_ layer: PyKerasLayer, _ x: Variable, _ mask: NDArray?) throws -> NDArray? {
        (forward.kind as? KerasRecurrentLayer)?.returnSequences == true ? mask : nil
    }

    /// The backward copy reads the sequence and its mask reversed.
    func call(_ layer: PyKerasLayer, _ x: Variable, mask: NDArray?, training: Bool) throws -> Variable {
        guard let f = forward.kind, let b = backward.kind, let rnn = f as? KerasRecurrentLayer else {
            throw PyError(BuiltinTypes.runtimeError, "Bidirectional lost its layers")
        }
        guard x.ndim == 3 else {
            throw PyError.value("Input 0 of layer \"\(layer.name)\" is incompatible with the layer: expected ndim=3, found ndim=\(x.ndim)")
        }
        let ahead = try f.call(forward, x, mask: mask, training: training)
        let reversedMask = try mask.map { try Variable($0.astype(x.dtype)).flip([1]).data }
        var behind = try b.call(backward, x.flip([1]), mask: reversedMask, training: training)
        if rnn.returnSequences { behind = try behind.flip([1]) }
        switch mergeMode {
        case "sum": return try Variable.add(ahead, behind)
        case "mul": return try Variable.mul(ahead, behind)
        case "ave": return try Variable.mul(Variable.add(ahead, behind), Variable(NDArray.pythonScalar(0.5)))
        default: return try Variable.cat([ahead, behind], dim: ahead.ndim - 1)
        }
    }
}
