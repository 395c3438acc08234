import Foundation
import Language
import NN
import Tensor

/// Keras 3's serialised configs (`config.json` in a `.keras` file, `model.to_json()`): each
/// object as `{"module", "class_name", "config", "registered_name"}`, layers with their build
/// shapes, a functional model's layers with the nodes that call them, and `compile_config`.
/// Written so real Keras rebuilds the model from it.
enum KerasConfig {
    static let null = NSNull()

    static var dtypePolicy: [String: Any] {
        ["module": "keras", "class_name": "DTypePolicy", "config": ["name": "float32"], "registered_name": null]
    }

    /// `get_config()` of a layer as Python gets it: name, trainable and dtype, then the
    /// layer's own arguments (sorted; lists as tuples, as Keras keeps `kernel_size`).
    static func layerConfigValue(_ l: PyKerasLayer, _ own: [(String, Value)]) -> Value {
        let d = PyDict(), policy = PyDict(), policyConfig = PyDict()
        policyConfig[HashKey.string("name")] = .str("float32")
        for (key, value) in [("module", Value.str("keras")), ("class_name", .str("DTypePolicy")), ("config", .object(policyConfig)), ("registered_name", .none)] {
            policy[HashKey.string(key)] = value
        }
        for (key, value) in [("name", Value.str(l.name)), ("trainable", .bool(l.trainable)), ("dtype", .object(policy))] + own {
            d[HashKey.string(key)] = value
        }
        return .object(d)
    }

    static func shape(_ s: [Int?]) -> [Any] { s.map { $0.map { $0 as Any } ?? null } }

    static func object(module: String, className: String, config: [String: Any]) -> [String: Any] {
        ["module": module, "class_name": className, "config": config, "registered_name": null]
    }

    /// A layer's full serialisation.
    static func layer(_ l: PyKerasLayer) throws -> [String: Any] {
        guard let kind = l.kind, !(kind is KerasCustomLayer) else {
            throw PyError.notImplemented("saving the custom layer '\(l.name)' (\(l.className)) is not supported in Cellgrad; use model.save_weights()")
        }
        if kind is KerasInputLayer {
            let batch = l.builtInputShape ?? [nil]
            return object(module: "keras.layers", className: "InputLayer",
                          config: ["batch_shape": shape(batch), "dtype": "float32", "sparse": false, "ragged": false, "name": l.name, "optional": false])
        }
        var config: [String: Any] = ["name": l.name, "trainable": l.trainable, "dtype": dtypePolicy]
        for (k, v) in kind.config { config[k] = v }
        if let pair = kind as? KerasBidirectional {
            var inner = try layer(pair.forward)
            var innerConfig = inner["config"] as? [String: Any] ?? [:]
            innerConfig["name"] = pair.forward.name
            inner["config"] = innerConfig
            inner.removeValue(forKey: "build_config")
            config["layer"] = inner
        }
        var out = object(module: "keras.layers", className: l.className, config: config)
        // A merge is built from a list of shapes when the graph calls it; no single shape to record.
        if let s = l.builtInputShape, !(kind is KerasMergeKind) { out["build_config"] = ["input_shape": shape(s)] }
        return out
    }

    /// A subclassed model's serialisation, as Keras writes it: the class's name (its registered
    /// name too), its `get_config()` (by default trainable and dtype), and the input shape it
    /// was built for, from which `load_model` rebuilds it through the class.
    static func subclassed(_ m: PyKerasModel) throws -> [String: Any] {
        var config: [String: Any] = ["trainable": true, "dtype": dtypePolicy]
        if let interp = m.interp, case .object(let f)? = m.type.lookup(Symbol("get_config")), f is PyFunction {
            let given = try argument(try interp.callMethod(.object(m), Symbol("get_config"), Arguments([])), interp)
            guard let dict = given as? [String: Any] else { throw PyError.type("\(m.type.name).get_config() must return a dict") }
            config = dict
        }
        var out: [String: Any] = ["module": null, "class_name": m.type.name, "config": config,
                                  "registered_name": KerasSerializables.registeredName(m.type)]
        if let input = m.inputShape { out["build_config"] = ["input_shape": shape(input)] }
        return out
    }

    /// The model's serialisation (what `config.json` holds, before `compile_config`).
    static func model(_ m: PyKerasModel) throws -> [String: Any] {
        if m.subclassed { return try subclassed(m) }
        if let graph = m.graph { return try functional(m, graph) }
        var layers: [[String: Any]] = []
        if let input = m.inputShape {
            layers.append(object(module: "keras.layers", className: "InputLayer",
                                 config: ["batch_shape": shape(input), "dtype": "float32", "sparse": false, "ragged": false,
                                          "name": "input_layer", "optional": false]))
        }
        for l in m.layers { layers.append(try layer(l)) }
        var config: [String: Any] = ["name": m.name, "trainable": true, "dtype": dtypePolicy, "layers": layers]
        if let input = m.inputShape { config["build_input_shape"] = shape(input) }
        var out = object(module: "keras", className: "Sequential", config: config)
        if let input = m.inputShape { out["build_config"] = ["input_shape": shape(input)] }
        return out
    }

    private static func functional(_ m: PyKerasModel, _ graph: KerasGraph) throws -> [String: Any] {
        func tensor(_ t: KerasInput) -> [String: Any] {
            ["class_name": "__keras_tensor__",
             "config": ["shape": shape([nil] + t.shape), "dtype": "float32", "keras_history": [t.producer.name, nodeIndex(t), 0]]]
        }
        // A layer called more than once has one node per call.
        func nodeIndex(_ t: KerasInput) -> Int {
            graph.nodes.filter { $0.producer === t.producer }.firstIndex { $0 === t } ?? 0
        }
        if let op = graph.nodes.first(where: { $0.producer.isOperation }) {
            throw PyError.notImplemented("saving a functional model that computes with arithmetic on symbolic tensors ('\(op.producer.name)') is not supported in Cellgrad yet; write it with layers.Add(), layers.Subtract() or layers.Multiply() to save it")
        }
        var layers: [[String: Any]] = []
        for l in m.layers {
            var entry = try layer(l)
            entry["name"] = l.name
            entry["inbound_nodes"] = graph.nodes.filter { $0.producer === l }.map { node -> [String: Any] in
                // Merges take one list; attention takes its tensors as separate arguments and
                // its mask options as keywords.
                var parents = node.parents
                var kwargs: [String: Any] = [:]
                if node.hasAttentionMask, let mask = parents.popLast() { kwargs["attention_mask"] = tensor(mask) }
                if node.causal { kwargs["use_causal_mask"] = true }
                let takesList = l.kind is KerasMergeKind && !(l.kind is KerasMultiHeadAttention)
                let args: [Any] = takesList ? [parents.map(tensor)] : parents.map(tensor)
                return ["args": args, "kwargs": kwargs]
            }
            layers.append(entry)
        }
        let config: [String: Any] = ["name": m.name, "trainable": true, "layers": layers,
                                     "input_layers": endpoints(graph.inputs.map { [$0.producer.name, 0, 0] as [Any] }, list: graph.inputs.count > 1),
                                     "output_layers": endpoints(graph.outputs.map { [$0.producer.name, nodeIndex($0), 0] as [Any] }, list: m.outputsAsList)]
        var out = object(module: "keras.src.models.functional", className: "Functional", config: config)
        out["registered_name"] = "Functional"
        out["build_config"] = ["input_shape": NSNull()]
        return out
    }

    /// One endpoint is written flat (`["dense", 0, 0]`), as Keras writes a model made with a
    /// single tensor rather than a list.
    private static func endpoints(_ entries: [[Any]], list: Bool) -> Any { list || entries.count != 1 ? entries : entries[0] }

    /// Keras's `compile_config`: the optimiser's config, the loss and metrics as given.
    static func compile(_ m: PyKerasModel, optimizer: PyKerasOptimizer, loss: Any, lossWeights: Any, metrics: Any, weightedMetrics: Any) -> [String: Any] {
        var opt: [String: Any] = ["name": optimizer.className.lowercased(), "learning_rate": optimizer.learningRate]
        let (numbers, flags) = KerasOptimizers.argumentNames[optimizer.className] ?? ([:], [])
        for (python, engine) in numbers where python != "learning_rate" {
            if let v = optimizer.numbers[engine] { opt[python] = v }
        }
        for f in flags { opt[f] = optimizer.flags[f] ?? false }
        return ["optimizer": object(module: "keras.optimizers", className: optimizer.className, config: opt),
                "loss": loss, "loss_weights": lossWeights, "metrics": metrics, "weighted_metrics": weightedMetrics,
                "run_eagerly": false, "steps_per_execution": 1, "jit_compile": false]
    }

    /// A compile argument as JSON: names stay names, loss objects become their configs.
    static func argument(_ v: Value, _ interp: Interpreter) throws -> Any {
        if v.isNone { return null }
        if let s = v.asString { return s }
        if case .bool(let b) = v { return b }
        if case .int(let i) = v { return i }
        if case .float(let d) = v { return d }
        if case .object(let o) = v, let l = o as? PyKerasLossObject {
            var config: [String: Any] = ["name": l.name ?? l.loss.kind.objectName, "reduction": l.loss.reduction.rawValue]
            if l.loss.kind == .huber { config["delta"] = l.loss.delta }
            if [.sparseCategoricalCrossentropy, .categoricalCrossentropy, .binaryCrossentropy].contains(l.loss.kind) { config["from_logits"] = l.loss.fromLogits }
            return object(module: "keras.losses", className: l.loss.kind.className, config: config)
        }
        if case .object(let o) = v, let m = o as? PyKerasMetricObject {
            var config: [String: Any] = ["name": m.metric.name, "dtype": "float32"]
            if m.metric.kind == .auc { config["num_thresholds"] = m.metric.confusion?.thresholds.count ?? 200 }
            if m.metric.kind == .precision || m.metric.kind == .recall { config["thresholds"] = m.metric.confusion?.thresholds.first ?? 0.5 }
            return object(module: "keras.metrics", className: m.type.name, config: config)
        }
        if case .object(let o) = v, let d = o as? PyDict {
            var out: [String: Any] = [:]
            for (k, item) in d.entries { out[k.asString ?? Formatter.repr(k)] = try argument(item, interp) }
            return out
        }
        if case .object(let o) = v, o is PyList || o is PyTuple { return try interp.iterateToArray(v).map { try argument($0, interp) } }
        if case .object(let o) = v, let name = o.attribute(Symbol("__name__"))?.asString { return name }
        throw PyError.notImplemented("model.save cannot record the compile argument \(Formatter.repr(v)) in Cellgrad")
    }

    // MARK: - JSON and Python values

    /// A config value (numbers, strings, lists of them) as a Python value; lists as tuples,
    /// as Keras keeps `kernel_size` and `strides`.
    static func python(_ any: Any) -> Value {
        switch any {
        case let b as Bool: return .bool(b)
        case let i as Int: return .int(i)
        case let d as Double: return .float(d)
        case let s as String: return .str(s)
        case let a as [Any]: return .tuple(a.map(python))
        default: return .none
        }
    }

    static func json(_ object: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    static func parse(_ bytes: [UInt8], what: String) throws -> [String: JSONValue] {
        guard let v = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes)), case .object(let d) = v else {
            throw PyError.value("\(what) is not a Keras config (a JSON object was expected)")
        }
        return d
    }
}

/// A parsed JSON value, for reading configs back.
indirect enum JSONValue: Decodable {
    case null, bool(Bool), int(Int), double(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .int(i) }
        else if let d = try? c.decode(Double.self) { self = .double(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let d) = self { return d[key] }
        return nil
    }

    var string: String? { if case .string(let s) = self { return s } else { return nil } }
    var array: [JSONValue] { if case .array(let a) = self { return a } else { return [] } }
    var object: [String: JSONValue] { if case .object(let d) = self { return d } else { return [:] } }

    /// As a Python value: lists stay lists, objects become dicts.
    var python: Value {
        switch self {
        case .null: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d): return .float(d)
        case .string(let s): return .str(s)
        case .array(let a): return .list(a.map(\.python))
        case .object(let d):
            let out = PyDict()
            for k in d.keys.sorted() { out[HashKey.string(k)] = d[k]!.python }
            return .object(out)
        }
    }
}
