import Language

/// What `keras.Input(shape)` returns: a symbolic input. Here it carries the shape for the
/// first layer of a `Sequential`; the functional API that calls layers on it is not built yet.
final class KerasInput: PyObject {
    let shape: [Int?]
    init(shape: [Int?]) {
        self.shape = shape
        super.init(type: KerasInput.type)
    }

    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "KerasTensor", bases: [BuiltinTypes.object], module: "keras")
        t.getter("shape", on: KerasInput.self) { _, i in .tuple(i.shape.map { $0.map(Value.int) ?? .none }) }
        t.define("__repr__") { _, args in
            guard case .object(let o) = args.receiver, let i = o as? KerasInput else { return .str("<KerasTensor>") }
            return .str("<KerasTensor shape=\(KerasShape.text(i.shape)), dtype=float32, sparse=False, ragged=False, name=keras_tensor>")
        }
        return t
    }()
}
