import Language
import NN
import Tensor

/// Rebuilds a model from its saved config, as Keras's `from_config` does: each layer's
/// constructor called with its config (initialiser and dtype objects are left out: the
/// saved weights replace what they would make), a Sequential's layers added in order, a
/// functional model's layers called on the tensors its nodes name.
struct KerasRebuild {
    let interp: Interpreter
    /// `load_model(custom_objects=...)`: classes by name.
    var customObjects: [String: Value] = [:]

    private func keywords(_ d: [String: Value]) -> [(name: Symbol, value: Value)] {
        d.keys.sorted().map { (Symbol($0), d[$0]!) }
    }

    private func module(_ name: String) throws -> PyModule { try interp.importModule(name) }

    private func classNamed(_ className: String, in moduleName: String) throws -> Value {
        guard let v = try module(moduleName)[className], !v.isNone else {
            throw PyError.type("Could not locate class '\(className)'. Make sure custom classes are decorated with `@keras.saving.register_keras_serializable()`. Cellgrad's \(moduleName) has no \(className).")
        }
        return v
    }

    /// A layer from `{"class_name": …, "config": {…}}`.
    func layer(_ json: JSONValue) throws -> Value {
        guard let className = json["class_name"]?.string else { throw PyError.value("a layer config without class_name: \(json)") }
        var kwargs: [String: Value] = [:]
        for (key, value) in json["config"]?.object ?? [:] {
            switch (key, value) {
            case ("layer", .object):
                kwargs[key] = try layer(value)
            case ("backward_layer", _), ("dtype", _), (_, .object):
                continue
            case ("axis", .array(let a)) where a.count == 1:
                kwargs[key] = a[0].python
            default:
                kwargs[key] = value.python
            }
        }
        return try interp.call(try classNamed(className, in: "keras.layers"), Arguments([], keywords: keywords(kwargs)))
    }

    func model(_ json: JSONValue) throws -> Value {
        let className = json["class_name"]?.string ?? ""
        let config = json["config"] ?? .null
        let name = config["name"]?.python ?? .none
        switch className {
        case "Sequential":
            let model = try interp.call(.object(KerasModelMethods.sequentialType), Arguments([], keywords: [(Symbol("name"), name)]))
            var sawInput = false
            for l in config["layers"]?.array ?? [] {
                let added: Value
                if l["class_name"]?.string == "InputLayer" {
                    let c = l["config"] ?? .null
                    added = try KerasModule.input(interp, Arguments([], keywords: [(Symbol("batch_shape"), (c["batch_shape"] ?? c["batch_input_shape"] ?? .null).python)]))
                    sawInput = true
                } else {
                    added = try layer(l)
                }
                try KerasModelMethods.add(try KerasModelMethods.model(model), added)
            }
            if !sawInput, let shape = config["build_input_shape"] ?? json["build_config"]?["input_shape"], case .array = shape {
                _ = try interp.callMethod(model, Symbol("build"), Arguments([shape.python]))
            }
            return model
        case "Functional", "Model":
            return try functional(config, name: name)
        default:
            return try subclassed(json, className: className)
        }
    }

    /// A subclassed model: its class from `custom_objects` or the registered classes, made
    /// from its config as Keras's `from_config` does (`cls(**config)` unless the class has its
    /// own `from_config`), then built by a call on zeros of the saved input shape.
    private func subclassed(_ json: JSONValue, className: String) throws -> Value {
        let registered = json["registered_name"]?.string ?? className
        guard let cls = customObjects[className] ?? customObjects[registered] ?? KerasSerializables.byName[registered],
              case .object(let o) = cls, let type = o as? PyType else {
            throw PyError.type("Could not locate class '\(className)'. Make sure custom classes and functions are decorated with `@keras.saving.register_keras_serializable()`. If they are already decorated, make sure they are all imported so that the decorator is run before trying to load them. Full object config: \(Formatter.repr(json.python))")
        }
        let config = json["config"] ?? .object([:])
        let model: Value
        if case .object(let f)? = type.lookup(Symbol("from_config")), !(f is PyNativeFunction) {
            model = try interp.callMethod(cls, Symbol("from_config"), Arguments([config.python]))
        } else {
            do {
                model = try interp.call(cls, Arguments([], keywords: keywords(config.object.mapValues(\.python))))
            } catch let e as PyError where e.isInstance(of: BuiltinTypes.typeError) {
                throw PyError.type("\(Formatter.repr(cls)) could not be deserialized properly. Please ensure that components that are Python object instances (layers, models, etc.) returned by `get_config()` are explicitly deserialized in the model's `from_config()` method.\n\nconfig=\(Formatter.repr(json.python))\n\nException encountered: \(e.message)")
            }
        }
        let m = try KerasModelMethods.model(model)
        if case .array(let dims)? = json["build_config"]?["input_shape"] {
            let shape = dims.map { if case .int(let d) = $0 { return Swift.max(d, 1) } else { return 1 } }
            _ = try GradMode.with(false) { try m.callSubclass(try NDArray.zeros(shape, dtype: .float32), training: false) }
        }
        return model
    }

    private func functional(_ config: JSONValue, name: Value) throws -> Value {
        var layers: [String: Value] = [:]
        var outputs: [String: [Value]] = [:]
        var pending: [JSONValue] = []
        for l in config["layers"]?.array ?? [] {
            let layerName = l["name"]?.string ?? l["config"]?["name"]?.string ?? ""
            if l["class_name"]?.string == "InputLayer" {
                let c = l["config"] ?? .null
                let shape = (c["batch_shape"] ?? c["batch_input_shape"] ?? .null).python
                outputs[layerName] = [try KerasModule.input(interp, Arguments([], keywords: [(Symbol("batch_shape"), shape), (Symbol("name"), .str(layerName))]))]
            } else {
                layers[layerName] = try layer(l)
                pending.append(l)
            }
        }
        func tensor(_ t: JSONValue) -> Value? {
            if t["class_name"]?.string == "__keras_tensor__" {
                let history = t["config"]?["keras_history"]?.array ?? []
                guard let layerName = history.first?.string, case .int(let node)? = history.dropFirst().first else { return nil }
                guard let made = outputs[layerName], node < made.count else { return nil }
                return made[node]
            }
            if case .array(let items) = t {
                let resolved = items.compactMap(tensor)
                return resolved.count == items.count ? .list(resolved) : nil
            }
            return nil
        }
        // Calls each layer once the tensors its nodes read exist (layers are listed in an
        // order where that is usually already so).
        var nodesDone: [String: Int] = [:]
        var progress = true
        while progress {
            progress = false
            for l in pending {
                let layerName = l["name"]?.string ?? l["config"]?["name"]?.string ?? ""
                let nodes = l["inbound_nodes"]?.array ?? []
                while let done = Optional(nodesDone[layerName, default: 0]), done < nodes.count {
                    let args = nodes[done]["args"]?.array ?? []
                    let inputs = args.compactMap(tensor)
                    guard !inputs.isEmpty, inputs.count == args.count else { break }
                    // Keyword tensors (attention_mask) and flags (use_causal_mask).
                    var keywords: [(name: Symbol, value: Value)] = []
                    for (key, value) in (nodes[done]["kwargs"]?.object ?? [:]).sorted(by: { $0.key < $1.key }) {
                        if case .object = value {
                            guard let t = tensor(value) else { break }
                            keywords.append((Symbol(key), t))
                        } else {
                            keywords.append((Symbol(key), value.python))
                        }
                    }
                    guard keywords.count == (nodes[done]["kwargs"]?.object ?? [:]).count else { break }
                    let out = try interp.call(layers[layerName]!, Arguments(inputs, keywords: keywords))
                    outputs[layerName, default: []].append(out)
                    nodesDone[layerName] = done + 1
                    progress = true
                }
            }
        }
        func endpoints(_ key: String) throws -> Value {
            let list = config[key]?.array ?? []
            // One endpoint may be written flat: ["input_layer", 0, 0].
            let entries = list.first?.string != nil ? [JSONValue.array(list)] : list
            let values = try entries.map { e -> Value in
                let parts = e.array
                guard let layerName = parts.first?.string, case .int(let node)? = parts.dropFirst().first,
                      let made = outputs[layerName], node < made.count else {
                    throw PyError.value("the saved model's \(key) name a layer output that could not be rebuilt: \(e)")
                }
                return made[node]
            }
            return values.count == 1 && list.first?.string != nil ? values[0] : .list(values)
        }
        return try interp.call(.object(KerasModelMethods.modelType),
                               Arguments([try endpoints("input_layers"), try endpoints("output_layers")], keywords: [(Symbol("name"), name)]))
    }

    /// `model.compile(...)` from a saved `compile_config`.
    func compile(_ model: Value, _ config: JSONValue) throws {
        var kwargs: [String: Value] = [:]
        if let opt = config["optimizer"] {
            if let name = opt.string {
                kwargs["optimizer"] = .str(name)
            } else if let className = opt["class_name"]?.string {
                let accepted = Set((KerasOptimizers.argumentNames[className]?.0.keys.map { $0 } ?? []) + (KerasOptimizers.argumentNames[className]?.1 ?? []))
                var args: [String: Value] = [:]
                for (k, v) in opt["config"]?.object ?? [:] where accepted.contains(k) && !(v.python.isNone) { args[k] = v.python }
                kwargs["optimizer"] = try interp.call(try classNamed(className, in: "keras.optimizers"), Arguments([], keywords: keywords(args)))
            }
        }
        if let loss = config["loss"] { kwargs["loss"] = try lossValue(loss) }
        if let weights = config["loss_weights"] { kwargs["loss_weights"] = weights.python }
        if let metrics = config["metrics"] { kwargs["metrics"] = try metricValue(metrics) }
        if let metrics = config["weighted_metrics"] { kwargs["weighted_metrics"] = try metricValue(metrics) }
        _ = try interp.callMethod(model, Symbol("compile"), Arguments([], keywords: keywords(kwargs)))
    }

    private func lossValue(_ json: JSONValue) throws -> Value {
        switch json {
        case .array(let items): return .list(try items.map(lossValue))
        case .object(let d) where d["class_name"] == nil:
            let out = PyDict()
            for k in d.keys.sorted() { out[HashKey.string(k)] = try lossValue(d[k]!) }
            return .object(out)
        case .object:
            let className = json["class_name"]?.string ?? ""
            var args: [String: Value] = [:]
            if case .bool(let logits)? = json["config"]?["from_logits"] { args["from_logits"] = .bool(logits) }
            return try interp.call(try classNamed(className, in: "keras.losses"), Arguments([], keywords: keywords(args)))
        default:
            return json.python
        }
    }

    private func metricValue(_ json: JSONValue) throws -> Value {
        switch json {
        case .array(let items): return .list(try items.map(metricValue))
        case .object(let d) where d["class_name"] == nil:
            let out = PyDict()
            for k in d.keys.sorted() { out[HashKey.string(k)] = try metricValue(d[k]!) }
            return .object(out)
        case .object:
            let className = json["class_name"]?.string ?? ""
            var args: [String: Value] = [:]
            for (k, v) in json["config"]?.object ?? [:] where k != "dtype" {
                if case .object = v { continue }
                args[k] = v.python
            }
            return try interp.call(try classNamed(className, in: "keras.metrics"), Arguments([], keywords: keywords(args)))
        default:
            return json.python
        }
    }
}
