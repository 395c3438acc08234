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
    let savesTensors: Bool
    /// The versions of the inputs the closure saved, checked before use.
    let savedVersions: [(Variable, Int)]
    /// For basic indexing (`x[t]`, a slice): the output is this region of the single input, so
    /// the backward pass adds the gradient into that region of the input's gradient in place
    /// instead of building a zero array of the input's size for every slice (an RNN takes one
    /// slice per time step).
    var region: [IndexItem]?

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
        for (v, version) in savedVersions where v.version != version {
            throw AutogradError.modifiedInPlace(shape: v.shape, dtype: v.dtype, version: v.version, expected: version, node: name)
        }
        return try backward(gradOutput)
    }

    /// Frees what the forward pass saved (after a backward without `retain_graph`).
    func release() {
        if savesTensors { backward = nil }
    }
}
