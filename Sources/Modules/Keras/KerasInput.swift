import Language

/// A symbolic tensor (`KerasTensor`): what `keras.Input(shape)` returns and what calling a
/// layer on one returns. It remembers the layer that produced it and that layer's input, so
/// `keras.Model(inputs, outputs)` can walk from the outputs back to the inputs (a merging
/// layer such as Concatenate has several parents; an InputLayer's tensor has none).
final class KerasInput: PyObject {
    let shape: [Int?]
    let producer: PyKerasLayer
    let parents: [KerasInput]
    let name: String
    /// A MultiHeadAttention call's options: `use_causal_mask=True`, and whether the last
    /// parent is the `attention_mask` tensor rather than an attended one.
    var causal = false
    var hasAttentionMask = false

    init(shape: [Int?], producer: PyKerasLayer, parents: [KerasInput]) {
        self.shape = shape
        self.producer = producer
        self.parents = parents
        self.name = KerasNames.unique("KerasTensor")
        super.init(type: KerasInput.type)
    }

    /// `keras.Input(shape)`: a fresh InputLayer and its output.
    static func make(shape: [Int?], name: String?) -> KerasInput {
        let layer = PyKerasLayer(type: KerasLayers.inputLayerType)
        layer.kind = KerasInputLayer()
        layer.name = name ?? KerasNames.unique("InputLayer")
        layer.builtInputShape = [nil] + shape
        return KerasInput(shape: shape, producer: layer, parents: [])
    }

    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "KerasTensor", bases: [BuiltinTypes.object], module: "keras")
        t.getter("shape", on: KerasInput.self) { _, i in KerasLayers.shapeValue([nil] + i.shape) }
        t.getter("name", on: KerasInput.self) { _, i in .str(i.name) }
        t.getter("dtype", on: KerasInput.self) { _, _ in .str("float32") }
        t.define("__repr__") { _, args in
            guard case .object(let o) = args.receiver, let i = o as? KerasInput else { return .str("<KerasTensor>") }
            return .str("<KerasTensor shape=\(KerasShape.text([nil] + i.shape)), dtype=float32, sparse=False, ragged=False, name=\(i.name)>")
        }
        let ops: [(String, KerasOperation.Operator)] = [("add", .add), ("sub", .subtract), ("mul", .multiply),
                                                         ("truediv", .divide), ("matmul", .matmul)]
        for (name, op) in ops {
            for reflected in [false, true] {
                t.define("__\(reflected ? "r" : "")\(name)__") { interp, args in
                    guard case .object(let o) = args.receiver, let x = o as? KerasInput else { return .object(PyNotImplemented.shared.value) }
                    return try x.operation(op, with: try args[1], reflected: reflected, interp)
                }
            }
        }
        t.define("__neg__") { interp, args in
            guard case .object(let o) = args.receiver, let x = o as? KerasInput else { return .object(PyNotImplemented.shared.value) }
            return try x.operation(.negative, with: .none, reflected: false, interp)
        }
        return t
    }()

    /// `self op other` (`other op self` when reflected) as a graph node: another symbolic
    /// tensor is a second parent, a number or array a constant.
    func operation(_ op: KerasOperation.Operator, with other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value {
        let layer = PyKerasLayer(type: KerasLayers.layerType)
        var parents = [self]
        if op == .negative {
            layer.kind = KerasOperation(op, constant: nil, constantFirst: false)
        } else if case .object(let o) = other, let tensor = o as? KerasInput {
            parents = reflected ? [tensor, self] : [self, tensor]
            layer.kind = KerasOperation(op, constant: nil, constantFirst: false)
        } else {
            guard let constant = try? KerasData.array(other, interp, what: "x2").astype(.float32) else { return .object(PyNotImplemented.shared.value) }
            layer.kind = KerasOperation(op, constant: constant, constantFirst: reflected)
        }
        guard let kind = layer.kind as? KerasOperation else { return .none }
        layer.name = KerasNames.unique(kind.className)
        let shape = try KerasBridge.call { try kind.outputShape(merging: parents.map { [nil] + $0.shape }) }
        layer.builtInputShape = [nil] + self.shape
        return .object(KerasInput(shape: Array(shape.dropFirst()), producer: layer, parents: parents))
    }
}
