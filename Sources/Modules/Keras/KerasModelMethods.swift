import Language
import NN
import Tensor

/// `keras.Sequential` and `keras.Model`'s Python face: building from layers, `compile`,
/// `fit`, `evaluate`, `predict`, weights and `summary()`.
enum KerasModelMethods {
    static func model(_ v: Value) throws -> PyKerasModel {
        if case .object(let o) = v, let m = o as? PyKerasModel { return m }
        throw PyError.type("expected a Keras model, got '\(v.typeName)'")
    }

    nonisolated(unsafe) static let modelType: PyType = {
        let t = PyType(name: "Model", bases: [BuiltinTypes.object], module: "keras",
                       doc: "keras.Model: the base of Keras models: keras.Model(inputs, outputs) (the functional API), or subclass it and define call(self, x).")
        t.allocator = { PyKerasModel(type: $0) }
        t.method("__init__(inputs=None, outputs=None, name=None, **kwargs)", on: PyKerasModel.self) { interp, m, b in
            guard let inputs = b.optional("inputs"), let outputs = b.optional("outputs") else {
                guard m.type !== modelType else {
                    throw PyError.value("keras.Model needs `inputs` and `outputs` (the functional API), or subclass it and define call(self, x)")
                }
                m.subclassed = true
                m.interp = interp
                m.name = try b.optional("name").map { try interp.toStringValue($0) } ?? KerasNames.unique(m.type.name)
                return .none
            }
            try functional(m, symbolicList(inputs, interp, "inputs"), symbolicList(outputs, interp, "outputs"))
            if case .object(let o) = outputs, o is KerasInput { m.outputsAsList = false } else { m.outputsAsList = true }
            m.name = try b.optional("name").map { try interp.toStringValue($0) } ?? KerasNames.unique("Functional")
            return .none
        }
        install(t)
        return t
    }()

    nonisolated(unsafe) static let sequentialType: PyType = {
        let t = PyType(name: "Sequential", bases: [modelType], module: "keras",
                       doc: "keras.Sequential(layers=None, name=None): a stack of layers, each feeding the next.")
        t.method("__init__(layers=None, trainable=True, name=None)", on: PyKerasModel.self) { interp, m, b in
            m.name = try b.optional("name").map { try interp.toStringValue($0) } ?? KerasNames.unique("Sequential")
            if let layers = b.optional("layers") {
                for l in try interp.iterateToArray(layers) { try add(m, l) }
            }
            return .none
        }
        return t
    }()

    /// The symbolic tensors given as `inputs` or `outputs`: one, a list, or a dict by name.
    static func symbolicList(_ v: Value, _ interp: Interpreter, _ what: String) throws -> [KerasInput] {
        if case .object(let o) = v, let t = o as? KerasInput { return [t] }
        if case .object(let o) = v, let d = o as? PyDict {
            return try d.entries.map { try symbolicList($0.1, interp, what) }.flatMap { $0 }
        }
        if case .object(let o) = v, o is PyList || o is PyTuple {
            let items = try interp.iterateToArray(v).map { try symbolicList($0, interp, what) }.flatMap { $0 }
            guard !items.isEmpty else { throw PyError.value("`\(what)` of a model cannot be empty") }
            return items
        }
        throw PyError.value("`\(what)` should be a KerasTensor made by keras.Input(...) and layer calls. Received: \(v.typeName)")
    }

    /// `keras.Model(inputs, outputs)`: the layer graph from `inputs` to `outputs`, its layers
    /// listed as Keras lists a functional model's (InputLayers first).
    static func functional(_ m: PyKerasModel, _ inputs: [KerasInput], _ outputs: [KerasInput]) throws {
        for i in inputs where !(i.producer.kind is KerasInputLayer) {
            throw PyError.value("All `inputs` values must be KerasTensors made by keras.Input(...). Received: \(i.name) made by layer \(i.producer.name)")
        }
        let graph = try KerasGraph(inputs: inputs, outputs: outputs)
        m.graph = graph
        m.layers = graph.layers.filter { !$0.isOperation }
        m.inputShape = [nil] + inputs[0].shape
        if graph.isChain { try KerasBridge.call { try m.build([nil] + inputs[0].shape) } }
    }

    /// `model.add(layer)`: a `keras.Input` sets the input shape; a layer with `input_shape=`
    /// first does too; once the shape is known every layer is built right away, as Keras does.
    static func add(_ m: PyKerasModel, _ v: Value) throws {
        if case .object(let o) = v, let input = o as? KerasInput {
            guard m.layers.isEmpty else { throw PyError.value("An Input can only be the first item of a Sequential model") }
            m.inputShape = [nil] + input.shape
            return
        }
        guard case .object(let o) = v, let layer = o as? PyKerasLayer else {
            throw PyError.type("Only instances of `keras.Layer` can be added to a Sequential model. Received: \(Formatter.repr(v)) (of type \(v.type.name))")
        }
        if m.layers.contains(where: { $0.name == layer.name }) {
            throw PyError.value("All layers added to a Sequential model should have unique names. Name '\(layer.name)' is already the name of a layer in this model. Update the `name` argument to pass a unique name.")
        }
        if m.layers.isEmpty, m.inputShape == nil, let declared = layer.declaredInputShape {
            m.inputShape = [nil] + declared
            // Keras makes an InputLayer for `input_shape=`, which takes the next InputLayer name.
            _ = KerasNames.unique("InputLayer")
        }
        m.layers.append(layer)
        if let shape = m.inputShape { try KerasBridge.call { try m.build(shape) } }
    }

    static func install(_ t: PyType) {
        // A subclass's `self.dense = layers.Dense(…)` tracks the layer, in assignment order.
        t.define("__setattr__") { interp, args in
            let m = try model(try args[0])
            let name = try interp.toStringValue(try args[1])
            let value = try args[2]
            if m.subclassed, case .object(let o) = value, let layer = o as? PyKerasLayer, !m.layers.contains(where: { $0 === layer }) {
                layer.attributeName = name
            }
            m.setAttribute(Symbol(name), value)
            m.trackLayers()
            return .none
        }
        t.getter("name", on: PyKerasModel.self) { _, m in .str(m.name) }
        t.getter("layers", on: PyKerasModel.self) { _, m in .list(m.layers.map { .object($0) }) }
        t.getter("built", on: PyKerasModel.self) { _, m in .bool(m.isBuilt) }
        t.getter("stop_training", on: PyKerasModel.self, { _, m in .bool(m.stopTraining) }, set: { interp, m, v in m.stopTraining = try interp.isTruthy(v) })
        t.getter("loss", on: PyKerasModel.self) { _, m in m.lossArgument }
        t.getter("optimizer", on: PyKerasModel.self) { _, m in m.optimizer.map { .object($0) } ?? .none }
        t.getter("weights", on: PyKerasModel.self) { _, m in .list(m.layers.flatMap { l in l.allWeights.map { KerasVariable.wrap($0, layer: l.weightPath) } }) }
        t.getter("trainable_weights", on: PyKerasModel.self) { _, m in
            .list(m.layers.flatMap { l in l.allWeights.filter(\.trainable).map { KerasVariable.wrap($0, layer: l.weightPath) } })
        }
        t.getter("non_trainable_weights", on: PyKerasModel.self) { _, m in
            .list(m.layers.flatMap { l in l.allWeights.filter { !$0.trainable }.map { KerasVariable.wrap($0, layer: l.weightPath) } })
        }
        t.getter("inputs", on: PyKerasModel.self) { _, m in
            guard let graph = m.graph else { throw PyError.attribute("'\(m.type.name)' object has no attribute 'inputs'") }
            return .list(graph.inputs.map { .object($0) })
        }
        t.getter("outputs", on: PyKerasModel.self) { _, m in
            guard let graph = m.graph else { throw PyError.attribute("'\(m.type.name)' object has no attribute 'outputs'") }
            return .list(graph.outputs.map { .object($0) })
        }
        t.getter("input_shape", on: PyKerasModel.self) { _, m in m.inputShape.map(KerasLayers.shapeValue) ?? .none }
        t.getter("output_shape", on: PyKerasModel.self) { _, m in
            try m.layerOutputShapes().last.map(KerasLayers.shapeValue) ?? .none
        }
        // Keras 3 groups the compiled metrics into one `compile_metrics` tracker.
        t.getter("metrics_names", on: PyKerasModel.self) { _, m in .list([.str("loss")] + (m.metrics.isEmpty ? [] : [.str("compile_metrics")])) }
        t.method("add(layer)", on: PyKerasModel.self) { _, m, b in
            try add(m, b["layer"] ?? .none)
            return .none
        }
        t.method("pop()", on: PyKerasModel.self) { _, m, _ in
            guard let last = m.layers.popLast() else { throw PyError.type("There are no layers in the model.") }
            return .object(last)
        }
        t.method("get_layer(name=None, index=None)", on: PyKerasModel.self) { interp, m, b in
            if let i = b.optional("index") {
                let k = try interp.toInt(i)
                guard k >= 0 && k < m.layers.count else {
                    throw PyError.value("Was asked to retrieve layer at index \(k) but model only has \(m.layers.count) layers.")
                }
                return .object(m.layers[k])
            }
            let name = try interp.toStringValue(b["name"] ?? .none)
            guard let l = m.layers.first(where: { $0.name == name }) else {
                throw PyError.value("No such layer: \(name). Existing layers are: \(m.layers.map(\.name)).")
            }
            return .object(l)
        }
        t.method("build(input_shape=None)", on: PyKerasModel.self) { interp, m, b in
            try KerasBridge.call { try m.build(try KerasLayers.shape(b["input_shape"] ?? .none, interp)) }
            return .none
        }
        t.method("get_weights()", on: PyKerasModel.self) { _, m, _ in
            .list(try m.weights.map { NumPyBridge.wrapArray(try $0.variable.data.copy()) })
        }
        t.method("set_weights(weights)", on: PyKerasModel.self) { interp, m, b in
            try KerasLayers.setWeights(m.weights, try interp.iterateToArray(b["weights"] ?? .none), owner: "model \"\(m.name)\"", interp)
            return .none
        }
        t.method("count_params()", on: PyKerasModel.self) { _, m, _ in .int(m.weights.reduce(0) { $0 + $1.variable.count }) }
        t.method("summary(line_length=None, positions=None, print_fn=None, expand_nested=False, show_trainable=False, layer_range=None)", on: PyKerasModel.self) { interp, m, b in
            let table = try summary(m)
            if let f = b.optional("print_fn") {
                _ = try interp.call(f, .str(String(table.text.dropLast())))
            } else if LiveDisplay.isLive(interp) && !interp.stdoutIsRedirected {
                // As rich prints Keras's table in a notebook: display_data, text beside HTML.
                try interp.display(MimeBundle(["text/plain": String(table.text.dropLast()), "text/html": table.html]),
                                   displayID: nil, update: false)
            } else {
                try interp.writeToSysStdout(table.text)
            }
            return .none
        }
        t.method("_repr_html_()", on: PyKerasModel.self) { _, m, _ in
            if m.layers.isEmpty { return .none }
            return .str(try summary(m).html)
        }
        installTraining(t)
        KerasSaving.install(t)
        t.define("__repr__") { _, args in
            .str("<\(args.receiver.type.name) name=\(try model(args.receiver).name), built=\(try model(args.receiver).isBuilt ? "True" : "False")>")
        }
    }

    static func summary(_ m: PyKerasModel) throws -> KerasSummary.Table {
        let shapes = m.subclassed ? [] : try m.layerOutputShapes()
        // A graph's rows also show its operations (`x + h`), which `model.layers` leaves out.
        let listed = m.isGraph ? m.graph?.layers ?? m.layers : m.layers
        var rows: [(String, String, Int)] = []
        for (i, l) in listed.enumerated() {
            // Keras knows a subclassed model's layer shapes only from the build call of layers
            // that build weights; stateless layers (Dropout, Flatten) show "?".
            let shape = m.subclassed ? (l.weights.isEmpty ? nil : l.firstOutputShape).map { KerasShape.text($0.map { Optional($0) }) } ?? "?"
                                     : i < shapes.count ? KerasShape.text(shapes[i]) : "?"
            rows.append(("\(l.name) (\(l.className))", shape, l.parameterCount))
        }
        let trainable = m.weights.filter(\.trainable).reduce(0) { $0 + $1.variable.count }
        let frozen = m.weights.filter { !$0.trainable }.reduce(0) { $0 + $1.variable.count }
        var connections: [String]?
        if let graph = m.graph, m.isGraph {
            connections = listed.map { l in
                let calls = graph.nodes.filter { $0.producer === l }
                let inbound = calls.flatMap(\.parents).map { t in
                    "\(t.producer.name)[\(graph.nodes.filter { $0.producer === t.producer }.firstIndex { $0 === t } ?? 0)][0]"
                }
                return inbound.isEmpty ? "-" : inbound.joined(separator: ", ")
            }
        }
        return KerasSummary.Table(name: m.name, rows: rows, connections: connections, trainable: trainable, nonTrainable: frozen,
                                  optimizer: m.optimizer?.slotCount(trainable) ?? 0)
    }
}
