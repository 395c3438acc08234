import Language
import NN
import Tensor

/// `keras.layers`: the `Layer` base type (name, weights, calling on arrays) and one Python
/// type per built-in layer, each made by a factory that reads its constructor arguments into
/// a ``KerasLayerKind``.
enum KerasLayers {
    typealias Factory = (Interpreter, BoundArguments) throws -> KerasLayerKind

    nonisolated(unsafe) static let layerType: PyType = {
        let t = PyType(name: "Layer", bases: [BuiltinTypes.object], module: "keras.layers",
                       doc: "Layer: the base class of Keras layers.")
        t.allocator = { PyKerasLayer(type: $0) }
        installBase(t)
        return t
    }()

    nonisolated(unsafe) static let inputLayerType = PyType(name: "InputLayer", bases: [layerType], module: "keras.layers")

    static func layer(_ v: Value) throws -> PyKerasLayer {
        if case .object(let o) = v, let l = o as? PyKerasLayer { return l }
        throw PyError.type("expected a Keras layer, got '\(v.typeName)'")
    }

    static func installBase(_ t: PyType) {
        // A cell's subclass: `super().__init__(**kwargs)` lands here.
        t.method("__init__(*, name=None, trainable=True, dtype=None, **kwargs)", on: PyKerasLayer.self) { interp, l, b in
            let custom = KerasCustomLayer(className: l.type.name, interp: interp)
            custom.owner = l
            l.kind = custom
            l.name = try b.optional("name").map { try interp.toStringValue($0) } ?? KerasNames.unique(l.type.name)
            l.trainable = try interp.isTruthy(b["trainable"] ?? .bool(true))
            return .none
        }
        t.method("add_weight(shape=None, initializer='glorot_uniform', dtype=None, trainable=True, name=None, regularizer=None, constraint=None)",
                 on: PyKerasLayer.self) { interp, l, b in
            let shape = try b.optional("shape").map { try KerasLayers.shape($0, interp).map { $0 ?? 1 } } ?? []
            let initializer = try interp.toStringValue(b["initializer"] ?? .str("glorot_uniform"))
            let value: NDArray = try KerasBridge.call {
                switch initializer {
                case "zeros": return try NDArray.zeros(shape, dtype: .float32)
                case "ones": return try NDArray.full(shape, .float(1), dtype: .float32)
                case "glorot_uniform": return try Initializers.glorotUniform(shape)
                case "random_normal": return try Initializers.normal(shape, std: 0.05)
                case "random_uniform": return try Initializers.uniform(shape, -0.05, 0.05)
                case "orthogonal": return try Initializers.orthogonal(shape)
                default: throw PyError.notImplemented("initializer '\(initializer)' is not supported in Cellgrad yet; use 'zeros', 'ones', 'glorot_uniform', 'random_normal', 'random_uniform' or 'orthogonal'")
                }
            }
            let name = try b.optional("name").map { try interp.toStringValue($0) } ?? "variable" + (l.weights.isEmpty ? "" : "_\(l.weights.count)")
            l.addWeight(name, value, trainable: try interp.isTruthy(b["trainable"] ?? .bool(true)) && l.trainable)
            return KerasVariable.wrap(l.weights[l.weights.count - 1], layer: l.weightPath)
        }
        t.method("call(inputs)", on: PyKerasLayer.self) { _, l, _ in
            throw PyError.notImplemented("Layer \(l.name) does not have a `call()` method implemented.")
        }
        // The constructor's arguments read back (`layer.units`, `layer.activation`), from the
        // kind's config as Keras keeps them as attributes.
        t.define("__getattr__") { interp, args in
            let l = try layer(try args[0])
            let name = try interp.toStringValue(try args[1])
            if let value = l.kind?.config[name] {
                if name == "activation", let a = value as? String {
                    return try interp.importModule("keras.activations")[a] ?? .str(a)
                }
                return KerasConfig.python(value)
            }
            throw PyError.attribute("'\(l.className)' object has no attribute '\(name)'")
        }
        t.method("get_config()", on: PyKerasLayer.self) { _, l, _ in
            let own = (l.kind?.config ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, KerasConfig.python($0.value)) }
            return KerasConfig.layerConfigValue(l, own)
        }
        t.getter("name", on: PyKerasLayer.self) { _, l in .str(l.name) }
        t.getter("built", on: PyKerasLayer.self) { _, l in .bool(l.isBuilt) }
        t.getter("trainable", on: PyKerasLayer.self, { _, l in .bool(l.trainable) }, set: { interp, l, v in
            func freeze(_ l: PyKerasLayer, _ trainable: Bool) {
                l.trainable = trainable
                for i in l.weights.indices {
                    l.weights[i].trainable = trainable
                    l.weights[i].variable.requiresGrad = trainable
                }
                for s in l.sublayers { freeze(s, trainable) }
            }
            freeze(l, try interp.isTruthy(v))
        })
        t.getter("weights", on: PyKerasLayer.self) { _, l in .list(l.allWeights.map { KerasVariable.wrap($0, layer: l.weightPath) }) }
        t.getter("trainable_weights", on: PyKerasLayer.self) { _, l in
            .list(l.allWeights.filter(\.trainable).map { KerasVariable.wrap($0, layer: l.weightPath) })
        }
        t.getter("non_trainable_weights", on: PyKerasLayer.self) { _, l in
            .list(l.allWeights.filter { !$0.trainable }.map { KerasVariable.wrap($0, layer: l.weightPath) })
        }
        t.method("get_weights()", on: PyKerasLayer.self) { _, l, _ in
            .list(try l.allWeights.map { NumPyBridge.wrapArray(try $0.variable.data.copy()) })
        }
        t.method("set_weights(weights)", on: PyKerasLayer.self) { interp, l, b in
            try setWeights(l.allWeights, try interp.iterateToArray(b["weights"] ?? .none), owner: "layer \"\(l.name)\"", interp)
            return .none
        }
        t.method("count_params()", on: PyKerasLayer.self) { _, l, _ in
            guard l.isBuilt else {
                throw PyError.value("You tried to call `count_params` on layer '\(l.name)', but the layer isn't built. You can build it manually via: `layer.build(input_shape)`.")
            }
            return .int(l.parameterCount)
        }
        t.method("build(input_shape)", on: PyKerasLayer.self) { interp, l, b in
            if l.kind is KerasCustomLayer { return .none }
            try l.ensureBuilt(try shape(b["input_shape"] ?? .none, interp))
            return .none
        }
        t.method("compute_output_shape(input_shape)", on: PyKerasLayer.self) { interp, l, b in
            guard let kind = l.kind else { throw PyError.notImplemented("compute_output_shape of a custom layer") }
            return shapeValue(try kind.outputShape(try shape(b["input_shape"] ?? .none, interp)))
        }
        t.method("__call__(inputs, *args, training=None, **kwargs)", on: PyKerasLayer.self) { interp, l, b in
            var input = b["inputs"] ?? .none
            guard let kind = l.kind else { throw PyError.notImplemented("calling a custom keras Layer subclass is not supported in Cellgrad yet") }
            // Attention takes its tensors as separate arguments: `mha(query, value, key=None)`.
            if let attention = kind as? KerasMultiHeadAttention {
                var parts = [input] + b.extraPositional
                for name in ["value", "key"] {
                    if let v = b.extraKeywords.first(where: { $0.name.name == name })?.value { parts.append(v) }
                }
                let options = b.extraKeywords.filter { ["attention_mask", "return_attention_scores", "use_causal_mask"].contains($0.name.name) && !$0.value.isNone }
                if try options.contains(where: { try $0.name.name == "attention_mask" || interp.isTruthy($0.value) }) {
                    return try attention.callWithOptions(l, parts, options, training: b.optional("training").map { try interp.isTruthy($0) }, interp)
                }
                input = .list(parts)
            }
            if case .object(let o) = input, let eager = o as? KerasEagerTensor {
                try KerasBridge.call { try l.ensureBuilt([nil] + eager.variable.shape.dropFirst().map { Optional($0) }) }
                var x = eager.variable
                if !kind.takesIndices && x.dtype != .float32 { x = try x.cast(to: .float32) }
                let training = try b.optional("training").map { try interp.isTruthy($0) } ?? eager.training
                let y = try KerasBridge.call { try kind.call(l, x, training: training) }
                if l.firstOutputShape == nil { l.firstOutputShape = y.shape }
                return .object(KerasEagerTensor(y, training: eager.training))
            }
            if case .object(let o) = input, let symbolic = o as? KerasInput {
                try KerasBridge.call { try l.ensureBuilt([nil] + symbolic.shape) }
                let out = try KerasBridge.call { try kind.outputShape([nil] + symbolic.shape) }
                return .object(KerasInput(shape: Array(out.dropFirst()), producer: l, parents: [symbolic]))
            }
            if let merge = kind as? KerasMergeKind {
                return try callMerging(l, merge, input, b, interp)
            }
            if case .object(let o) = input, o is PyList || o is PyTuple {
                throw PyError.value("Layer \"\(l.name)\" (\(l.className)) expects 1 input, but it received \(try interp.iterateToArray(input).count) input tensors.")
            }
            var x = try KerasData.array(input, interp, what: "inputs")
            if !kind.takesIndices && x.dtype != .float32 { x = try x.astype(.float32) }
            try KerasBridge.call { try l.ensureBuilt([nil] + x.shape.dropFirst().map { Optional($0) }) }
            let training = try b.optional("training").map { try interp.isTruthy($0) } ?? false
            let y = try KerasBridge.call { try GradMode.with(false) { try kind.call(l, Variable(x), training: training) } }
            return NumPyBridge.wrapArray(y.data)
        }
        t.define("__repr__") { _, args in
            guard case .object(let o) = args.receiver, let l = o as? PyKerasLayer else { return .str("<Layer>") }
            return .str("<\(l.className) name=\(l.name), built=\(l.isBuilt ? "True" : "False")>")
        }
    }

    /// A merging layer called on a list: of symbolic tensors (a graph node), of eager tensors
    /// inside a subclassed model's `call`, or of arrays.
    static func callMerging(_ l: PyKerasLayer, _ merge: KerasMergeKind, _ input: Value, _ b: BoundArguments, _ interp: Interpreter) throws -> Value {
        guard case .object(let o) = input, o is PyList || o is PyTuple else {
            throw PyError.value("A merge layer should be called on a list of inputs. Received: inputs=\(Formatter.repr(input)) (not a list of tensors)")
        }
        let items = try interp.iterateToArray(input)
        let symbolic = items.compactMap { v -> KerasInput? in if case .object(let e) = v { return e as? KerasInput } else { return nil } }
        if symbolic.count == items.count {
            try KerasBridge.call { try merge.build(l, merging: symbolic.map { [nil] + $0.shape }) }
            let out = try KerasBridge.call { try merge.outputShape(merging: symbolic.map { [nil] + $0.shape }) }
            l.builtInputShape = l.builtInputShape ?? [nil] + symbolic[0].shape
            return .object(KerasInput(shape: Array(out.dropFirst()), producer: l, parents: symbolic))
        }
        let eager = items.compactMap { v -> KerasEagerTensor? in if case .object(let e) = v { return e as? KerasEagerTensor } else { return nil } }
        if eager.count == items.count {
            let y = try KerasBridge.call { try merge.call(l, eager.map(\.variable), training: eager[0].training) }
            return .object(KerasEagerTensor(y, training: eager[0].training))
        }
        let arrays = try items.map { Variable(try KerasData.array($0, interp, what: "inputs").astype(.float32)) }
        let y = try KerasBridge.call { try GradMode.with(false) { try merge.call(l, arrays, training: false) } }
        l.builtInputShape = l.builtInputShape ?? [nil] + arrays[0].shape.dropFirst().map { Optional($0) }
        return NumPyBridge.wrapArray(y.data)
    }

    /// The AttributeError of a layer Keras does not have (seed 004's `DevelopmentLayer`): the
    /// layers nearest in spelling, so a class sees what it may have meant.
    static func missingLayerMessage(_ name: String, among names: [String]) -> String {
        let layers = names.filter { $0.first?.isUppercase == true && $0 != "Layer" && $0 != "Input" }
        func distance(_ a: String, _ b: String) -> Int {
            let a = Array(a.lowercased()), b = Array(b.lowercased())
            var row = Array(0...b.count)
            for i in 1...Swift.max(a.count, 1) where !a.isEmpty {
                var previous = row[0]
                row[0] = i
                for j in stride(from: 1, through: b.count, by: 1) {
                    let current = row[j]
                    row[j] = Swift.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                    previous = current
                }
            }
            return row[b.count]
        }
        let nearest = layers.sorted { (distance(name, $0), $0) < (distance(name, $1), $1) }.prefix(5)
        return "module 'keras.layers' has no attribute '\(name)'. Keras has no layer called \(name); the closest real layers are: \(nearest.joined(separator: ", "))"
    }

    /// `set_weights`: Keras's count and shape checks, values cast to float32.
    static func setWeights(_ weights: [KerasWeight], _ values: [Value], owner: String, _ interp: Interpreter) throws {
        guard values.count == weights.count else {
            throw PyError.value("You called `set_weights(weights)` on \(owner) with a weight list of length \(values.count), but the \(owner.hasPrefix("layer") ? "layer" : "model") was expecting \(weights.count) weights.")
        }
        var arrays: [NDArray] = []
        for (w, v) in zip(weights, values) {
            let a = try NumPyBridge.toArray(v, dtype: nil, interp)
            guard a.shape == w.variable.shape else {
                throw PyError.value("Layer \(w.name) weight shape \(KerasShape.text(w.variable.shape.map { $0 })) is not compatible with provided weight shape \(KerasShape.text(a.shape.map { $0 })).")
            }
            arrays.append(try a.astype(.float32).contiguous().copy())
        }
        for (w, a) in zip(weights, arrays) {
            w.variable.data = a
            w.variable.markModified()
        }
    }

    /// A shape argument: `(28, 28)`, `[28, 28]`, `28`, with `None` allowed.
    static func shape(_ v: Value, _ interp: Interpreter) throws -> [Int?] {
        var dims: [Int?]
        if case .object(let o) = v, o is PyTuple || o is PyList {
            dims = try interp.iterateToArray(v).map { $0.isNone ? nil : try interp.toInt($0) }
        } else {
            dims = [try interp.toInt(v)]
        }
        if let bad = dims.first(where: { ($0 ?? 0) < 0 }) {
            throw PyError.value("Negative dimensions are not allowed in a shape. Received: \(bad.map(String.init) ?? "None")")
        }
        return dims
    }

    static func shapeValue(_ s: [Int?]) -> Value { .tuple(s.map { $0.map(Value.int) ?? .none }) }

    static func pair(_ v: Value?, _ interp: Interpreter, default d: (Int, Int)) throws -> (Int, Int) {
        guard let v, !v.isNone else { return d }
        let s = try shape(v, interp).map { $0 ?? 1 }
        // Kernel sizes, strides and pool sizes divide and count: zero would never make sense.
        guard s.allSatisfy({ $0 > 0 }) else { throw PyError.value("expected positive integers, got \(s)") }
        if s.count == 1 { return (s[0], s[0]) }
        guard s.count == 2 else { throw PyError.value("expected an int or a tuple of 2 ints, got \(s.count) values") }
        return (s[0], s[1])
    }

    static func padding(_ b: BoundArguments, _ interp: Interpreter) throws -> Bool {
        let p = try interp.toStringValue(b["padding"] ?? .str("valid")).lowercased()
        guard p == "valid" || p == "same" else {
            throw PyError.value("The `padding` argument must be a string, 'valid' or 'same'. Received: padding=\(p)")
        }
        return p == "same"
    }

    static func define(_ m: PyModule, _ signature: String, doc: String? = nil, _ factory: @escaping Factory) {
        let sig = Signature(signature)
        let description = doc ?? KerasDocs.layers.first { $0.key == sig.functionName }?.value
        let t = PyType(name: sig.functionName, bases: [layerType], module: "keras.layers", doc: description.map { signature + "\n\n" + $0 })
        let params = signature.drop { $0 != "(" }.dropFirst().dropLast()
        // Embedding's own `input_dim` is its vocabulary, not the generic input width.
        let generic = params.contains("input_dim") ? "*, name=None, input_shape=None, dtype=None, trainable=True, **kwargs)"
                                                   : "*, name=None, input_shape=None, input_dim=None, dtype=None, trainable=True, **kwargs)"
        let full = "__init__(" + params + (params.isEmpty ? "" : ", ") + generic
        t.method(full, on: PyKerasLayer.self) { interp, l, b in
            let kind = try KerasBridge.call { try factory(interp, b) }
            l.kind = kind
            l.name = try b.optional("name").map { try interp.toStringValue($0) } ?? KerasNames.unique(kind.className)
            if let s = b.optional("input_shape") { l.declaredInputShape = try shape(s, interp) }
            if !params.contains("input_dim"), let d = b.optional("input_dim") { l.declaredInputShape = [try interp.toInt(d)] }
            l.trainable = try interp.isTruthy(b["trainable"] ?? .bool(true))
            return .none
        }
        m[sig.functionName] = .object(t)
    }

    static func int(_ b: BoundArguments, _ name: String, _ interp: Interpreter) throws -> Int {
        let v = try interp.toInt(b[name] ?? .none)
        guard v > 0 else { throw PyError.value("Received an invalid value for `\(name)`, expected a positive integer. Received: \(name)=\(v)") }
        return v
    }

    static func rate(_ b: BoundArguments, _ name: String, _ interp: Interpreter) throws -> Double {
        let r = try interp.toDouble(b[name] ?? .float(0))
        guard r >= 0 && r <= 1 else { throw PyError.value("Invalid value received for argument `\(name)`. Expected a float value between 0 and 1. Received: \(name)=\(r)") }
        return r
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "keras.layers", doc: "Keras layers (channels last), on Cellgrad's engine.")
        m["Layer"] = .object(layerType)
        m.define("Input") { interp, args in try KerasModule.input(interp, args) }
        define(m, "Dense(units, activation=None, use_bias=True, kernel_initializer='glorot_uniform', bias_initializer='zeros')", doc: "A densely connected layer: activation(inputs @ kernel + bias), with units outputs.") { interp, b in
            KerasDense(units: try int(b, "units", interp), activation: try KerasActivation(b["activation"], interp),
                       useBias: try interp.isTruthy(b["use_bias"] ?? .bool(true)))
        }
        define(m, "Flatten(data_format=None)", doc: "Flattens each sample of the input into one dimension; the batch dimension stays.") { _, _ in KerasFlatten() }
        define(m, "Dropout(rate, noise_shape=None, seed=None)", doc: "During training, sets inputs to 0 with frequency rate and scales the rest by 1/(1 - rate); does nothing at inference.") { interp, b in KerasDropout(rate: try rate(b, "rate", interp)) }
        define(m, "Activation(activation)", doc: "Applies an activation function (by name, such as 'relu', or a callable) to its input.") { interp, b in KerasActivationLayer(try KerasActivation(b["activation"], interp)) }
        define(m, "ReLU()", doc: "Rectified linear unit activation: max(x, 0).") { _, _ in KerasActivationLayer(.relu, className: "ReLU") }
        define(m, "Softmax(axis=-1)", doc: "Softmax activation along axis: the values become probabilities that sum to 1.") { _, _ in KerasActivationLayer(.softmax, className: "Softmax") }
        define(m, "Reshape(target_shape)", doc: "Reshapes each sample to target_shape (the batch dimension stays; one entry may be -1).") { interp, b in
            // -1 (one unknown axis) is allowed here, unlike in other shapes.
            let target = try interp.iterateToArray(b["target_shape"] ?? .none).map { try interp.toInt($0) }
            guard target.allSatisfy({ $0 > 0 || $0 == -1 }), target.filter({ $0 == -1 }).count <= 1 else {
                throw PyError.value("Reshape target_shape may hold positive sizes and at most one -1, got \(target)")
            }
            return KerasReshape(target: target)
        }
        define(m, "Conv2D(filters, kernel_size, strides=(1, 1), padding='valid', data_format=None, dilation_rate=(1, 1), groups=1, activation=None, use_bias=True)", doc: "A 2-D convolution over (batch, height, width, channels) inputs with filters learned kernels of kernel_size.") { interp, b in
            if let f = b.optional("data_format"), f.asString == "channels_first" {
                throw PyError.notImplemented("Conv2D(data_format='channels_first') is not supported in Cellgrad; Keras's default channels_last is")
            }
            guard try pair(b["dilation_rate"], interp, default: (1, 1)) == (1, 1), try interp.toInt(b["groups"] ?? .int(1)) == 1 else {
                throw PyError.notImplemented("Conv2D with dilation_rate or groups is not supported in Cellgrad yet")
            }
            return KerasConv2D(filters: try int(b, "filters", interp), kernel: try pair(b["kernel_size"], interp, default: (1, 1)),
                               strides: try pair(b["strides"], interp, default: (1, 1)), same: try padding(b, interp),
                               activation: try KerasActivation(b["activation"], interp), useBias: try interp.isTruthy(b["use_bias"] ?? .bool(true)))
        }
        for (name, isMax) in [("MaxPooling2D", true), ("AveragePooling2D", false)] {
            define(m, "\(name)(pool_size=(2, 2), strides=None, padding='valid', data_format=None)") { interp, b in
                guard try !padding(b, interp) else { throw PyError.notImplemented("\(name)(padding='same') is not supported in Cellgrad yet") }
                let pool = try pair(b["pool_size"], interp, default: (2, 2))
                return KerasPooling2D(pool: pool, strides: try pair(b.optional("strides"), interp, default: pool), max: isMax)
            }
        }
        define(m, "Conv1D(filters, kernel_size, strides=1, padding='valid', data_format=None, dilation_rate=1, groups=1, activation=None, use_bias=True)", doc: "A 1-D (temporal) convolution over (batch, steps, channels) inputs with filters learned kernels of width kernel_size.") { interp, b in
            guard try pair(b["dilation_rate"], interp, default: (1, 1)) == (1, 1), try interp.toInt(b["groups"] ?? .int(1)) == 1 else {
                throw PyError.notImplemented("Conv1D with dilation_rate or groups is not supported in Cellgrad yet")
            }
            return KerasConv1D(filters: try int(b, "filters", interp), kernel: try pair(b["kernel_size"], interp, default: (1, 1)).0,
                               stride: try pair(b["strides"], interp, default: (1, 1)).0, same: try padding(b, interp),
                               activation: try KerasActivation(b["activation"], interp), useBias: try interp.isTruthy(b["use_bias"] ?? .bool(true)))
        }
        for (name, isMax) in [("MaxPooling1D", true), ("AveragePooling1D", false)] {
            define(m, "\(name)(pool_size=2, strides=None, padding='valid', data_format=None)") { interp, b in
                guard try !padding(b, interp) else { throw PyError.notImplemented("\(name)(padding='same') is not supported in Cellgrad yet") }
                let pool = try pair(b["pool_size"], interp, default: (2, 2)).0
                return KerasPooling1D(pool: pool, stride: try pair(b.optional("strides"), interp, default: (pool, pool)).0, max: isMax)
            }
        }
        for (name, dims, isMax) in [("GlobalAveragePooling1D", 1, false), ("GlobalAveragePooling2D", 2, false),
                                    ("GlobalMaxPooling1D", 1, true), ("GlobalMaxPooling2D", 2, true)] {
            define(m, "\(name)(data_format=None, keepdims=False)") { _, _ in KerasGlobalPooling(dims: dims, max: isMax) }
        }
        define(m, "Embedding(input_dim, output_dim, embeddings_initializer='uniform', mask_zero=False, input_length=None)", doc: "Turns integer indices into dense vectors of size output_dim, looked up in a learned (input_dim, output_dim) table.") { interp, b in
            KerasEmbedding(inputDim: try int(b, "input_dim", interp), outputDim: try int(b, "output_dim", interp),
                           maskZero: try interp.isTruthy(b["mask_zero"] ?? .bool(false)))
        }
        for (name, kind) in [("LSTM", Recurrent.Kind.lstm), ("GRU", .gru), ("SimpleRNN", .tanh)] {
            define(m, "\(name)(units, activation='tanh', use_bias=True, dropout=0.0, recurrent_dropout=0.0, return_sequences=False, return_state=False, go_backwards=False, reset_after=True)") { interp, b in
                if try interp.isTruthy(b["return_state"] ?? .bool(false)) || interp.isTruthy(b["go_backwards"] ?? .bool(false)) {
                    throw PyError.notImplemented("\(name)(return_state=True / go_backwards=True) is not supported in Cellgrad yet")
                }
                if kind == .gru, try !interp.isTruthy(b["reset_after"] ?? .bool(true)) {
                    throw PyError.notImplemented("GRU(reset_after=False) is not supported in Cellgrad; Keras 3's default reset_after=True is")
                }
                var k = kind
                if kind == .tanh, let a = b.optional("activation") {
                    switch try KerasActivation(a, interp) {
                    case .tanh: k = .tanh
                    case .relu: k = .relu
                    default: throw PyError.notImplemented("SimpleRNN supports activation 'tanh' or 'relu' in Cellgrad")
                    }
                }
                return KerasRecurrentLayer(kind: k, units: try int(b, "units", interp),
                                           returnSequences: try interp.isTruthy(b["return_sequences"] ?? .bool(false)),
                                           dropout: try rate(b, "dropout", interp), recurrentDropout: try rate(b, "recurrent_dropout", interp),
                                           useBias: try interp.isTruthy(b["use_bias"] ?? .bool(true)))
            }
        }
        define(m, "Bidirectional(layer, merge_mode='concat', weights=None, backward_layer=None)", doc: "Runs a recurrent layer forwards and a copy backwards over the sequence and merges their outputs (merge_mode='concat').") { interp, b in
            guard b.optional("backward_layer") == nil, b.optional("weights") == nil else {
                throw PyError.notImplemented("Bidirectional(backward_layer=..., weights=...) is not supported in Cellgrad yet")
            }
            return try KerasBidirectional(wrapping: try layer(b["layer"] ?? .none), mergeMode: try interp.toStringValue(b["merge_mode"] ?? .str("concat")))
        }
        define(m, "Concatenate(axis=-1)", doc: "Concatenates a list of inputs along axis (the last by default).") { interp, b in KerasMerge(.concatenate, axis: try interp.toInt(b["axis"] ?? .int(-1))) }
        for op in [KerasMerge.Operation.add, .subtract, .multiply, .average] {
            define(m, "\(op.rawValue)()") { _, _ in KerasMerge(op) }
        }
        // The function forms: `layers.concatenate([a, b])` makes the layer and calls it.
        for (function, className) in [("concatenate", "Concatenate"), ("add", "Add"), ("subtract", "Subtract"), ("multiply", "Multiply"), ("average", "Average")] {
            m.define(function, doc: "\(function)(inputs, **kwargs): a \(className) layer called on `inputs`") { interp, args in
                guard let inputs = args.positional.first else { throw PyError.type("\(function)() missing 1 required positional argument: 'inputs'") }
                let layer = try interp.call(m[className] ?? .none, Arguments(Array(args.positional.dropFirst()), keywords: args.keywords))
                return try interp.call(layer, Arguments([inputs]))
            }
        }
        define(m, "MultiHeadAttention(num_heads, key_dim, value_dim=None, dropout=0.0, use_bias=True, output_shape=None, attention_axes=None, kernel_initializer='glorot_uniform', bias_initializer='zeros', seed=None)", doc: "Multi-head attention: projects query, key and value into num_heads heads of size key_dim, attends, and projects back.") { interp, b in
            guard b.optional("output_shape") == nil, b.optional("attention_axes") == nil else {
                throw PyError.notImplemented("MultiHeadAttention(output_shape=..., attention_axes=...) is not supported in Cellgrad yet")
            }
            return KerasMultiHeadAttention(heads: try int(b, "num_heads", interp), keyDim: try int(b, "key_dim", interp),
                                           valueDim: try b.optional("value_dim").map { try interp.toInt($0) }, dropout: try rate(b, "dropout", interp),
                                           useBias: try interp.isTruthy(b["use_bias"] ?? .bool(true)))
        }
        KerasModule.notYet(m, "keras.layers", ["Maximum", "Minimum", "Dot"])
        KerasTextVectorization.install(m)
        m["InputLayer"] = .object(inputLayerType)
        m.define("__getattr__") { _, args in
            let name = try args[0].asString ?? ""
            throw PyError.attribute(missingLayerMessage(name, among: m.attributes?.keys.map(\.name) ?? []))
        }
        define(m, "BatchNormalization(axis=-1, momentum=0.99, epsilon=0.001, center=True, scale=True)", doc: "Normalizes its inputs with the batch's mean and variance while training (their moving averages at inference), then scales by gamma and shifts by beta.") { interp, b in
            guard try interp.toInt(b["axis"] ?? .int(-1)) == -1, try interp.isTruthy(b["center"] ?? .bool(true)), try interp.isTruthy(b["scale"] ?? .bool(true)) else {
                throw PyError.notImplemented("BatchNormalization supports axis=-1 with center and scale in Cellgrad")
            }
            return KerasNormalization(batch: true, momentum: try interp.toDouble(b["momentum"] ?? .float(0.99)), epsilon: try interp.toDouble(b["epsilon"] ?? .float(0.001)))
        }
        define(m, "LayerNormalization(axis=-1, epsilon=0.001, center=True, scale=True)", doc: "Normalizes each sample over axis to mean 0 and variance 1, then scales by gamma and shifts by beta.") { interp, b in
            guard try interp.toInt(b["axis"] ?? .int(-1)) == -1, try interp.isTruthy(b["center"] ?? .bool(true)), try interp.isTruthy(b["scale"] ?? .bool(true)) else {
                throw PyError.notImplemented("LayerNormalization supports axis=-1 with center and scale in Cellgrad")
            }
            return KerasNormalization(batch: false, momentum: 0, epsilon: try interp.toDouble(b["epsilon"] ?? .float(0.001)))
        }
        m.document(KerasDocs.layers)
        return m
    }
}
