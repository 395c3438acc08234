import Language
import NN
import Tensor

/// `layer.weights[i]`: a Keras variable, showing its path (`dense/kernel`), shape and values.
final class KerasVariable: PyObject {
    let weight: KerasWeight
    let path: String

    init(_ weight: KerasWeight, path: String) {
        self.weight = weight
        self.path = path
        super.init(type: KerasVariable.type)
    }

    static func wrap(_ w: KerasWeight, layer: String) -> Value { .object(KerasVariable(w, path: layer + "/" + w.name)) }

    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "Variable", bases: [BuiltinTypes.object], module: "keras")
        t.getter("name", on: KerasVariable.self) { _, v in .str(v.weight.name) }
        t.getter("path", on: KerasVariable.self) { _, v in .str(v.path) }
        t.getter("shape", on: KerasVariable.self) { _, v in .tuple(v.weight.variable.shape.map(Value.int)) }
        t.getter("trainable", on: KerasVariable.self) { _, v in .bool(v.weight.trainable) }
        t.getter("dtype", on: KerasVariable.self) { _, _ in .str("float32") }
        t.method("numpy()", on: KerasVariable.self) { _, v, _ in NumPyBridge.wrapArray(try v.weight.variable.data.copy()) }
        t.method("assign(value)", on: KerasVariable.self) { interp, v, b in
            try KerasLayers.setWeights([v.weight], [b["value"] ?? .none], owner: "variable \(v.path)", interp)
            return .none
        }
        t.method("__array__(dtype=None, copy=None)", on: KerasVariable.self) { _, v, _ in NumPyBridge.wrapArray(try v.weight.variable.data.copy()) }
        t.define("__repr__") { interp, args in
            guard case .object(let o) = args.receiver, let v = o as? KerasVariable else { return .str("<Variable>") }
            let values = try interp.repr(NumPyBridge.wrapArray(v.weight.variable.data))
            return .str("<Variable path=\(v.path), shape=\(KerasShape.text(v.weight.variable.shape.map { $0 })), dtype=float32, value=\(values)>")
        }
        return t
    }()
}
