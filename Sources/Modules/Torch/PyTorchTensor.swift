import Language
import NN
import Tensor

/// `torch.Tensor` (and `nn.Parameter`, the same object with another type): a Python object
/// holding an autograd ``Variable`` and, for narrow integer dtypes, the dtype's name.
final class PyTorchTensor: PyObject {
    var variable: Variable
    /// The dtype torch shows; the storage is ``TorchDType/storage``.
    var dtypeName: TorchDType

    init(_ variable: Variable, dtype: TorchDType? = nil, type: PyType = TorchTypes.tensor) {
        // uint8 has its own storage: values handed over in a wider dtype are narrowed (wrapping).
        if dtype == .uint8 && variable.dtype != .uint8, let bytes = try? variable.data.astype(.uint8) {
            self.variable = Variable(bytes)
        } else {
            self.variable = variable
        }
        self.dtypeName = dtype ?? TorchDType(storage: variable.dtype)
        super.init(type: type)
    }

    var data: NDArray { variable.data }
}

/// The torch types, created once.
enum TorchTypes {
    nonisolated(unsafe) static let tensor = PyType(name: "Tensor", bases: [BuiltinTypes.object], module: "torch",
                                                   doc: "torch.Tensor: an n-dimensional array that can record gradients.")
    nonisolated(unsafe) static let parameter = PyType(name: "Parameter", bases: [tensor], module: "torch.nn.parameter",
                                                      doc: "nn.Parameter(data, requires_grad=True): a tensor that a Module registers as a parameter.")
    nonisolated(unsafe) static let dtype = PyType(name: "dtype", bases: [BuiltinTypes.object], module: "torch")
    nonisolated(unsafe) static let size = PyType(name: "Size", bases: [BuiltinTypes.tuple], module: "torch",
                                                 doc: "torch.Size: the shape of a tensor, a tuple of ints.")
    nonisolated(unsafe) static let device = PyType(name: "device", bases: [BuiltinTypes.object], module: "torch")
    nonisolated(unsafe) static let gradFn = PyType(name: "Node", bases: [BuiltinTypes.object], module: "torch.autograd.graph")
    nonisolated(unsafe) static let noGrad = PyType(name: "no_grad", bases: [BuiltinTypes.object], module: "torch.autograd.grad_mode")
    nonisolated(unsafe) static let returnTypes = PyType(name: "max", bases: [BuiltinTypes.tuple], module: "torch.return_types")
}

/// `torch.Size([2, 3])`.
func torchSize(_ shape: [Int]) -> Value {
    .object(PyTuple(shape.map { .int($0) }, type: TorchTypes.size))
}

/// `y.grad_fn`: the node's name, and its inputs' nodes for `next_functions`.
final class PyGradFn: PyObject {
    let node: GradFn
    init(_ node: GradFn) {
        self.node = node
        super.init(type: PyGradFn.type(named: node.name))
    }

    /// One Python type per node name, so `type(y.grad_fn).__name__` is `MulBackward0`.
    nonisolated(unsafe) static var types: [String: PyType] = [:]

    static func type(named name: String) -> PyType {
        if let t = types[name] { return t }
        let t = PyType(name: name, bases: [TorchTypes.gradFn], module: "torch.autograd.graph")
        types[name] = t
        return t
    }
}

/// `torch.device('cpu')`.
final class PyTorchDevice: PyObject {
    let name: String
    init(_ name: String) {
        self.name = name
        super.init(type: TorchTypes.device)
    }
}
