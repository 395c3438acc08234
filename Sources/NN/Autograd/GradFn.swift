import Tensor

/// One node of the autograd graph: how the gradient of an op's output becomes gradients of its
/// inputs. Built beside each op's forward (see `Variable.record`), named as torch names them
/// (`AddBackward0`, `MmBackward0`) because students read these names in `grad_fn=<…>`.
public final class GradFn {
    /// torch's name for the node: `MulBackward0`.
    public let name: String
    /// The op's inputs; nil where an input needs no gradient.
    public let inputs: [Variable?]
    /// Maps the output gradient to one gradient per input (nil: none for that input).
    var backward: ((NDArray) throws -> [NDArray?])?
    /// True when the closure holds tensors saved from the forward pass; those are freed after a
    /// backward without `retain_graph`, and a second backward is torch's RuntimeError.
    public let savesTensors: Bool
    /// The versions of the inputs the closure saved, checked before use.
    let savedVersions: [(Variable, Int)]
    /// The op's own result, for ops whose backward reads it (exp, tanh, relu…), and its version
    /// then; weak, as the result holds this node.
    weak var savedOutput: Variable?
    var savedOutputVersion = 0
    /// For basic indexing (`x[t]`, a slice): the output is this region of the single input, so
    /// the backward pass adds the gradient into that region of the input's gradient in place
    /// instead of building a zero array of the input's size for every slice (an RNN takes one
    /// slice per time step).
    var region: [IndexItem]?
    /// The same backward written with Variable ops, for `create_graph=True`: run with grad mode
    /// on, it records the gradient's own graph, so a gradient can be differentiated again. Nil
    /// for ops whose second derivative Cellgrad does not have (see ``applyRecording``).
    var differentiableBackward: ((Variable) throws -> [Variable?])?

    init(name: String, inputs: [Variable?], savesTensors: Bool, saved: [Variable],
         backward: @escaping (NDArray) throws -> [NDArray?]) {
        self.name = name
        self.inputs = inputs
        self.savesTensors = savesTensors
        self.savedVersions = saved.map { ($0, $0.version) }
        self.backward = backward
    }

    /// Gradients for the inputs, after checking that no saved tensor was modified in place.
    func apply(_ gradOutput: NDArray) throws -> [NDArray?] {
        guard let backward else { throw AutogradError.graphFreed }
        try checkVersions()
        return try backward(gradOutput)
    }

    /// Gradients for the inputs as Variables that record their own graph (`create_graph=True`).
    /// An op without a differentiable backward still gives first-order gradients, through a
    /// node that raises if a later backward reaches it, so a second derivative is never
    /// silently wrong.
    func applyRecording(_ gradOutput: Variable) throws -> [Variable?] {
        guard backward != nil else { throw AutogradError.graphFreed }
        if let differentiableBackward {
            try checkVersions()
            return try differentiableBackward(gradOutput)
        }
        let grads = try GradMode.with(false) { try apply(gradOutput.data) }
        let operands = [gradOutput] + inputs.compactMap { $0 }
        let name = self.name
        return grads.map { grad in
            grad.map { Variable.record($0, "\(name.dropLast())Backward0", operands, savesTensors: false) { _ in
                throw AutogradError.doubleBackwardUnsupported(node: name)
            } }
        }
    }

    func checkVersions() throws {
        for (v, version) in savedVersions where v.version != version {
            throw AutogradError.modifiedInPlace(shape: v.shape, dtype: v.dtype, producer: v.gradFn.map { GradFn.opName($0.name) },
                                                version: v.version, expected: version, node: name)
        }
        if let output = savedOutput, output.version != savedOutputVersion {
            throw AutogradError.modifiedInPlace(shape: output.shape, dtype: output.dtype, producer: GradFn.opName(name),
                                                version: output.version, expected: savedOutputVersion, node: name)
        }
    }

    /// `Exp` for `ExpBackward0`: how torch names the op in its in-place error.
    static func opName(_ node: String) -> String {
        guard let range = node.range(of: "Backward", options: .backwards) else { return node }
        return String(node[..<range.lowerBound])
    }

    /// Frees what the forward pass saved (after a backward without `retain_graph`).
    func release() {
        if savesTensors { backward = nil; differentiableBackward = nil }
    }
}
