import Language
import NN
import Tensor

/// `keras.utils` and `keras.preprocessing.sequence`: `to_categorical`, `pad_sequences`,
/// `set_random_seed`.
enum KerasUtils {
    /// `to_categorical(x, num_classes=None)`: one-hot rows (float64, as Keras's NumPy path
    /// returns); a trailing axis of 1 is dropped first.
    static func toCategorical(_ interp: Interpreter, _ b: BoundArguments) throws -> Value {
        let x = try KerasData.array(b["x"] ?? .none, interp, what: "x")
        var shape = x.shape
        if shape.count > 1, shape.last == 1 { shape.removeLast() }
        let labels = try x.astype(.int64).contiguous().elements(as: Int64.self)
        let classes = try b.optional("num_classes").map { try interp.toInt($0) } ?? Int((labels.max() ?? -1) + 1)
        guard classes >= 0 else { throw PyError.value("`num_classes` must be a non-negative integer, got \(classes)") }
        var out = [Double](repeating: 0, count: labels.count * classes)
        for (i, l) in labels.enumerated() {
            guard l >= 0 && Int(l) < classes else {
                throw PyError.index("index \(l) is out of bounds for axis 1 with size \(classes)")
            }
            out[i * classes + Int(l)] = 1
        }
        return NumPyBridge.wrapArray(try NDArray(out, shape: shape + [classes]))
    }

    /// `pad_sequences(sequences, maxlen=None, padding='pre', truncating='pre', value=0)`:
    /// Keras pads and cuts at the front by default.
    static func padSequences(_ interp: Interpreter, _ b: BoundArguments) throws -> Value {
        let seqs = try interp.iterateToArray(b["sequences"] ?? .none).map { s in try interp.iterateToArray(s).map { try interp.toDouble($0) } }
        let maxlen = try b.optional("maxlen").map { try interp.toInt($0) } ?? (seqs.map(\.count).max() ?? 0)
        guard maxlen >= 0 else { throw PyError.value("`maxlen` must be a non-negative integer, got \(maxlen)") }
        let padding = try interp.toStringValue(b["padding"] ?? .str("pre")), truncating = try interp.toStringValue(b["truncating"] ?? .str("pre"))
        for (name, v) in [("padding", padding), ("truncating", truncating)] where v != "pre" && v != "post" {
            throw PyError.value("\(name.prefix(1).uppercased() + name.dropFirst()) type \"\(v)\" not understood")
        }
        let value = try interp.toDouble(b["value"] ?? .float(0))
        let dtype = try interp.toStringValue(b["dtype"] ?? .str("int32"))
        var out = [Double](repeating: value, count: seqs.count * maxlen)
        for (i, s) in seqs.enumerated() {
            let kept = s.count <= maxlen ? s : (truncating == "pre" ? Array(s.suffix(maxlen)) : Array(s.prefix(maxlen)))
            let start = padding == "pre" ? maxlen - kept.count : 0
            for (j, v) in kept.enumerated() { out[i * maxlen + start + j] = v }
        }
        let a = try NDArray(out, shape: [seqs.count, maxlen])
        // numpy here has no int32: integer dtypes come back as int64 with the same values.
        return NumPyBridge.wrapArray(dtype.hasPrefix("float") ? try a.astype(dtype == "float64" ? .float64 : .float32) : try a.astype(.int64))
    }

    /// `set_random_seed(seed)`: Python's `random`, numpy's global generator and the engine's.
    static func setRandomSeed(_ interp: Interpreter, _ seed: Value) throws {
        let s = try interp.toInt(seed)
        guard s >= 0 else { throw PyError.value("seed must be a non-negative integer, got \(s)") }
        _ = try interp.callMethod(.object(try interp.importModule("random")), Symbol("seed"), Arguments([.int(s)]))
        _ = try interp.callMethod(.object(try interp.importModule("numpy.random")), Symbol("seed"), Arguments([.int(s)]))
        DefaultGenerator.seed(UInt64(s))
    }

    static func function(_ m: PyModule, _ signature: String, _ body: @escaping (Interpreter, BoundArguments) throws -> Value) {
        let sig = Signature(signature)
        m.define(sig.functionName, doc: signature) { interp, args in try KerasBridge.call { try body(interp, try sig.bind(args)) } }
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "keras.utils", doc: "Keras utilities.")
        function(m, "to_categorical(x, num_classes=None)", toCategorical)
        function(m, "pad_sequences(sequences, maxlen=None, dtype='int32', padding='pre', truncating='pre', value=0.0)", padSequences)
        function(m, "set_random_seed(seed)") { interp, b in
            try setRandomSeed(interp, b["seed"] ?? .none)
            return .none
        }
        KerasImageUtils.define(in: m)
        KerasModule.notYet(m, "keras.utils", ["plot_model", "image_dataset_from_directory", "text_dataset_from_directory"])
        return m
    }

    static func makeImage(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "keras.preprocessing.image", doc: "Image preprocessing: loading, converting and saving pictures.")
        KerasImageUtils.define(in: m)
        KerasModule.notYet(m, "keras.preprocessing.image", ["smart_resize"])
        return m
    }

    static func makeSequence(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "keras.preprocessing.sequence", doc: "Sequence preprocessing.")
        function(m, "pad_sequences(sequences, maxlen=None, dtype='int32', padding='pre', truncating='pre', value=0.0)", padSequences)
        return m
    }
}
