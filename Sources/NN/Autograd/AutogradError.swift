import Tensor

/// Autograd's failures, worded as torch words them (`RuntimeError`s in Python, but for a missing second derivative).
public enum AutogradError: Error, CustomStringConvertible {
    case graphFreed
    case noGradient
    case nonScalarOutput
    /// `producer`: the op whose output the modified tensor is (torch names it, `Exp`).
    case modifiedInPlace(shape: [Int], dtype: DType, producer: String?, version: Int, expected: Int, node: String)
    case leafInPlace
    case gradientShape(expected: [Int], got: [Int])
    case notFloating(DType)
    case unusedInput
    /// A backward reached the gradient of an op whose second derivative Cellgrad lacks.
    case doubleBackwardUnsupported(node: String)
    /// A backward reached an op torch gives no derivative (`heaviside`).
    case derivativeNotImplemented(op: String)

    public var pythonName: String {
        if case .doubleBackwardUnsupported = self { return "NotImplementedError" }
        return "RuntimeError"
    }

    public var message: String {
        switch self {
        case .graphFreed:
            return "Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward."
        case .noGradient:
            return "element 0 of tensors does not require grad and does not have a grad_fn"
        case .nonScalarOutput:
            return "grad can be implicitly created only for scalar outputs"
        case .modifiedInPlace(let shape, let dtype, let producer, let version, let expected, let node):
            let type = dtype == .float64 ? "torch.DoubleTensor" : dtype == .int64 ? "torch.LongTensor" : dtype == .uint8 ? "torch.ByteTensor" : "torch.FloatTensor"
            let output = producer.map { ", which is output 0 of \($0)," } ?? ""
            return "one of the variables needed for gradient computation has been modified by an inplace operation: [\(type) [\(shape.map(String.init).joined(separator: ", "))]]\(output) is at version \(version); expected version \(expected) instead. Hint: the backtrace further above can point to the operation that failed to compute its gradient (\(node))."
        case .leafInPlace:
            return "a leaf Variable that requires grad is being used in an in-place operation."
        case .gradientShape(let expected, let got):
            return "Mismatch in shape: grad_output[0] has a shape of torch.Size([\(got.map(String.init).joined(separator: ", "))]) and output[0] has a shape of torch.Size([\(expected.map(String.init).joined(separator: ", "))])."
        case .notFloating(let dtype):
            return "only Tensors of floating point dtype can require gradients (got \(dtype.name))"
        case .doubleBackwardUnsupported(let node):
            return "the derivative of \(node)'s gradient is not implemented in Cellgrad: a higher-order gradient (create_graph=True) cannot pass through this op"
        case .derivativeNotImplemented(let op):
            return "derivative for aten::\(op) is not implemented"
        case .unusedInput:
            return "One of the differentiated Tensors appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior."
        }
    }

    public var description: String { "RuntimeError: \(message)" }
}
