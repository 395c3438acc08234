import Language
import NN
import Tensor

/// The activations Keras accepts by name (`activation='relu'`), applied to the engine's
/// variables. Softmax runs over the last axis, as Keras's does.
enum KerasActivation: String, CaseIterable {
    case linear, relu, sigmoid, tanh, softmax, elu, selu, softplus, gelu, swish, silu, relu6
    case leakyRelu = "leaky_relu"
    case logSoftmax = "log_softmax"
    case exponential

    /// `None`, a name, or a callable from `keras.activations` (which carries its name).
    init(_ v: Value?, _ interp: Interpreter) throws {
        guard let v, !v.isNone else { self = .linear; return }
        var name: String
        if let s = v.asString {
            name = s
        } else if case .object(let o) = v, let n = o.attribute(Symbol("__name__"))?.asString {
            name = n
        } else {
            throw PyError.notImplemented("Cellgrad's keras takes activations by name ('relu', 'softmax', …), not \(v.typeName) objects")
        }
        name = name.lowercased()
        guard let a = KerasActivation(rawValue: name) else {
            throw PyError.value("Could not interpret activation function identifier: \(name)")
        }
        self = a
    }

    func apply(_ x: Variable) throws -> Variable {
        switch self {
        case .linear: return x
        case .relu: return try x.relu()
        case .sigmoid: return try x.sigmoid()
        case .tanh: return try x.tanh()
        case .softmax: return try x.softmax(dim: x.ndim - 1)
        case .logSoftmax: return try x.logSoftmax(dim: x.ndim - 1)
        case .elu: return try x.elu(1)
        case .selu:
            let alpha = 1.6732632423543772, scale = 1.0507009873554805
            return try Variable.mul(x.elu(alpha), Variable(NDArray.pythonScalar(scale)))
        case .softplus: return try x.softplus()
        case .gelu: return try x.gelu(approximate: false)
        case .swish, .silu: return try x.silu()
        case .relu6: return try x.relu().clamp(min: nil, max: 6)
        case .leakyRelu: return try x.leakyRelu(0.2)
        case .exponential: return try x.exp()
        }
    }
}
