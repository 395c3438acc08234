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
        return t
    }()
}
