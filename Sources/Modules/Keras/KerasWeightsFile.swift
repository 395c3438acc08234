import Foundation
import Language
import NN
import Tensor

/// Keras 3's `.weights.h5` layout: one group per saveable object, named as Keras names it
/// (`layers/dense_1/vars/0`: the snake-cased class name, numbered per class in layer order;
/// a subclassed model's attribute names instead), a recurrent layer's weights under its
/// `cell`, a Bidirectional's under `forward_layer`/`backward_layer`, and the optimiser's
/// variables (iteration count, learning rate, then its slots in Keras's order) under `optimizer`.
enum KerasWeightsFile {
    /// One `vars` group: its path, the `name` attribute Keras gives it, and its weights.
    struct Group {
        let path: String
        let name: String
        let weights: [KerasWeight]
    }

    /// Keras's `to_snake_case`: `MaxPooling2D` → `max_pooling2d`, `SimpleRNN` → `simple_rnn`.
    static func snakeCase(_ name: String) -> String {
        let c = Array(name)
        var out = ""
        for (i, ch) in c.enumerated() {
            if i > 0, ch.isUppercase {
                let prev = c[i - 1], nextLower = i + 1 < c.count && c[i + 1].isLowercase
                // "(.)([A-Z][a-z]+)" then "([a-z])([A-Z])" in Keras's two passes.
                if nextLower || prev.isLowercase { out += "_" }
            }
            out.append(ch)
        }
        return out.lowercased()
    }

    /// The `vars` groups of `model`, in the order Keras writes them.
    static func groups(_ model: PyKerasModel) -> [Group] {
        var out: [Group] = [Group(path: "vars", name: model.name, weights: [])]
        var counts: [String: Int] = [:]
        for layer in model.layers {
            let key: String
            if model.subclassed, let attribute = layer.attributeName {
                key = attribute
            } else {
                let stem = snakeCase(layer.className)
                let n = counts[stem, default: 0]
                counts[stem] = n + 1
                key = "layers/" + (n == 0 ? stem : "\(stem)_\(n)")
            }
            out += groups(layer, at: key)
        }
        return out
    }

    static func groups(_ layer: PyKerasLayer, at path: String) -> [Group] {
        if let rnn = layer.kind as? KerasRecurrentLayer {
            return [Group(path: path + "/vars", name: layer.name, weights: []),
                    Group(path: path + "/cell/vars", name: rnn.cellName, weights: layer.weights)]
        }
        if let pair = layer.kind as? KerasBidirectional {
            return [Group(path: path + "/vars", name: layer.name, weights: [])]
                + groups(pair.forward, at: path + "/forward_layer") + groups(pair.backward, at: path + "/backward_layer")
        }
        if let attention = layer.kind as? KerasMultiHeadAttention {
            // Keras keeps each projection in its own EinsumDense sublayer.
            let per = attention.useBias ? 2 : 1
            return [Group(path: path + "/vars", name: layer.name, weights: [])]
                + ["query", "key", "value", "attention_output"].enumerated().map { i, name in
                    Group(path: "\(path)/\(name == "attention_output" ? "output" : name)_dense/vars", name: name,
                          weights: Array(layer.weights[Swift.min(i * per, layer.weights.count)..<Swift.min((i + 1) * per, layer.weights.count)]))
                }
        }
        return [Group(path: path + "/vars", name: layer.name, weights: layer.weights)]
    }

    /// Which slot of which trainable variable each optimiser variable after the first two
    /// (iteration count, learning rate) is, in Keras's order: names given together are
    /// interleaved per variable, as Keras's `add_optimizer_variables` makes them.
    static func slotLayout(_ optimizer: PyKerasOptimizer, _ count: Int) -> [(Int, String)] {
        var out: [(Int, String)] = []
        func slots(_ names: [String]) {
            for i in 0..<count { for n in names { out.append((i, n)) } }
        }
        switch optimizer.rule {
        case .kerasAdam, .kerasAdamW:
            slots(["momentum", "velocity"])
            if optimizer.flags["amsgrad"] == true { slots(["velocity_hat"]) }
        case .kerasSGD:
            if (optimizer.numbers["momentum"] ?? 0) != 0 { slots(["momentum"]) }
        case .kerasRMSprop:
            slots(["velocity"])
            if (optimizer.numbers["momentum"] ?? 0) > 0 { slots(["momentum"]) }
            if optimizer.flags["centered"] == true { slots(["average_gradient"]) }
        case .kerasAdagrad:
            slots(["accumulator"])
        default:
            break
        }
        return out
    }

    /// The optimiser's variables as Keras lists them (empty slots before the first step).
    static func optimizerVariables(_ optimizer: PyKerasOptimizer, _ trainable: [Variable]) throws -> [NDArray] {
        let states = trainable.map { optimizer.engine?.state[ObjectIdentifier($0)] ?? ParamState() }
        var out = [try NDArray([Int64(states.first?.step ?? 0)], shape: []), try NDArray([Float(optimizer.learningRate)], shape: [])]
        for (i, name) in slotLayout(optimizer, trainable.count) {
            out.append(try states[i].buffers[name] ?? NDArray.zeros(trainable[i].shape, dtype: .float32))
        }
        return out
    }

    static func write(_ model: PyKerasModel, to path: String) throws {
        let file = try HDF5File.create(path)
        defer { file.close() }
        try file.createGroup("layers")
        for group in groups(model) {
            try file.createGroup(group.path)
            try file.setAttribute(group.path, "name", group.name)
            for (i, w) in group.weights.enumerated() {
                try file.write("\(group.path)/\(i)", try w.variable.data.astype(.float32))
            }
        }
        if let optimizer = model.optimizer {
            try file.createGroup("optimizer/vars")
            try file.setAttribute("optimizer/vars", "name", optimizer.className.lowercased())
            let trainable = model.weights.filter(\.trainable).map(\.variable)
            for (i, v) in try optimizerVariables(optimizer, trainable).enumerated() {
                try file.write("optimizer/vars/\(i)", v, storeAsInt32: i == 0)
            }
        }
    }

    /// Loads every layer's weights, checking counts and shapes as Keras does; optimiser
    /// variables are restored when they match this model's optimiser.
    static func read(_ model: PyKerasModel, from path: String) throws {
        let file = try HDF5File.open(path)
        defer { file.close() }
        var pending: [(KerasWeight, NDArray)] = []
        for group in groups(model) {
            let stored = file.members(group.path).filter { Int($0) != nil }.count
            guard stored == group.weights.count else {
                let owner = group.path.dropLast(5)
                throw PyError.value("A total of \(Swift.max(group.weights.count, stored)) objects could not be loaded. Layer '\(group.name)' at '\(owner)' expected \(group.weights.count) variables, but received \(stored) variables during loading. Expected: \(group.weights.map { $0.name })")
            }
            for (i, w) in group.weights.enumerated() {
                let a = try file.readFloat32("\(group.path)/\(i)")
                guard a.shape == w.variable.shape else {
                    throw PyError.value("The shape of the target variable and the shape of the target value in `variable.assign(value)` must match. variable.shape=\(KerasShape.text(w.variable.shape.map { $0 })), Received: value.shape=\(KerasShape.text(a.shape.map { $0 })). Target variable: \(group.name)/\(w.name)")
                }
                pending.append((w, a))
            }
        }
        for (w, a) in pending {
            w.variable.data = a
            w.variable.markModified()
        }
        try restoreOptimizer(model, file)
    }

    private static func restoreOptimizer(_ model: PyKerasModel, _ file: HDF5File) throws {
        guard let optimizer = model.optimizer, file.exists("optimizer/vars") else { return }
        let stored = file.members("optimizer/vars").filter { Int($0) != nil }.count
        let trainable = model.weights.filter(\.trainable).map(\.variable)
        let layout = slotLayout(optimizer, trainable.count)
        // Keras skips an optimiser whose variable count differs (with a warning); so do we.
        guard stored == layout.count + 2, stored > 2 else { return }
        let step = Int(try file.readFloat32("optimizer/vars/0").item().asDouble)
        var states = [ParamState](repeating: ParamState(), count: trainable.count)
        for (k, (i, name)) in layout.enumerated() {
            states[i].step = step
            states[i].buffers[name] = try file.readFloat32("optimizer/vars/\(k + 2)")
        }
        if optimizer.engine == nil || optimizer.engine?.paramGroups.first?.params.count != trainable.count {
            optimizer.engine = Optimizer(rule: optimizer.rule, groups: [ParamGroup(params: trainable, numbers: optimizer.numbers, flags: optimizer.flags)])
        }
        for (p, s) in zip(trainable, states) { optimizer.engine?.state[ObjectIdentifier(p)] = s }
    }
}
