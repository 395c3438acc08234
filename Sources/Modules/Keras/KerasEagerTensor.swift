import Language
import NN
import Tensor

/// The tensor a subclassed model's `call(self, x)` receives and passes between layers: an
/// engine variable, so the layers' work records gradients while `fit` trains. Arithmetic with
/// tensors and numbers (`+ - * /`), `shape` and `numpy()` are enough for the usual `call`.
final class KerasEagerTensor: PyObject {
    let variable: Variable
    /// Whether layers called on this tensor run in training mode (dropout on).
    let training: Bool

    init(_ variable: Variable, training: Bool) {
        self.variable = variable
        self.training = training
        super.init(type: KerasEagerTensor.type)
    }

    static func operand(_ v: Value, _ interp: Interpreter) throws -> Variable? {
        if case .object(let o) = v, let t = o as? KerasEagerTensor { return t.variable }
        switch v {
        case .int(let i): return Variable(NDArray.pythonScalar(Double(i)))
        case .float(let d): return Variable(NDArray.pythonScalar(d))
        default: break
        }
        if case .object(let o) = v, let k = o as? KerasVariable { return k.weight.variable }
        return nil
    }

    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "Tensor", bases: [BuiltinTypes.object], module: "keras")
        t.getter("shape", on: KerasEagerTensor.self) { _, x in .tuple(x.variable.shape.map(Value.int)) }
        t.getter("dtype", on: KerasEagerTensor.self) { _, _ in .str("float32") }
        t.method("numpy()", on: KerasEagerTensor.self) { _, x, _ in NumPyBridge.wrapArray(try x.variable.data.copy()) }
        t.method("__array__(dtype=None, copy=None)", on: KerasEagerTensor.self) { _, x, _ in NumPyBridge.wrapArray(try x.variable.data.copy()) }
        t.define("__repr__") { interp, args in
            guard case .object(let o) = args.receiver, let x = o as? KerasEagerTensor else { return .str("<Tensor>") }
            return .str("<Tensor shape=\(KerasShape.text(x.variable.shape.map { $0 })), values=\(try interp.repr(NumPyBridge.wrapArray(x.variable.data)))>")
        }
        let ops: [(String, (Variable, Variable) throws -> Variable)] = [
            ("add", { try Variable.add($0, $1) }), ("sub", { try Variable.sub($0, $1) }),
            ("mul", { try Variable.mul($0, $1) }), ("truediv", { try Variable.div($0, $1) }),
            ("matmul", { try Variable.matmul($0, $1) }),
        ]
        for (name, op) in ops {
            for reflected in [false, true] {
                t.define("__\(reflected ? "r" : "")\(name)__") { interp, args in
                    guard case .object(let o) = args.receiver, let x = o as? KerasEagerTensor,
                          let other = try operand(try args[1], interp) else { return .object(PyNotImplemented.shared.value) }
                    let result = try KerasBridge.call { reflected ? try op(other, x.variable) : try op(x.variable, other) }
                    return .object(KerasEagerTensor(result, training: x.training))
                }
            }
        }
        t.define("__neg__") { _, args in
            guard case .object(let o) = args.receiver, let x = o as? KerasEagerTensor else { return .object(PyNotImplemented.shared.value) }
            return .object(KerasEagerTensor(try x.variable.neg(), training: x.training))
        }
        return t
    }()
}
