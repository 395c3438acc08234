import Tensor

extension Variable {
    /// The result of an op, with its backward node when grad mode is on and any input needs a
    /// gradient. Every op builds its result through here, its backward written beside it:
    ///
    ///     Variable.record(a.data * b.data, "MulBackward0", [a, b], saved: [a, b]) { g in
    ///         [try g * b.data, try g * a.data]
    ///     }
    ///
    /// `saved` lists the inputs whose values the closure reads (checked for in-place changes);
    /// `savesTensors` is false for ops whose backward needs only shapes (add, view), which torch
    /// lets run backward twice.
    /// `savesOutput`: the backward reads the result's values, so an in-place change of the
    /// result is an error at backward, as in torch.
    public static func record(_ data: NDArray, _ name: String, _ inputs: [Variable], saved: [Variable] = [],
                              savesTensors: Bool = true, savesOutput: Bool = false,
                              _ backward: @escaping (NDArray) throws -> [NDArray?]) -> Variable {
        let result = Variable(data)
        guard GradMode.isEnabled, inputs.contains(where: \.requiresGrad) else { return result }
        result.requiresGrad = true
        let node = GradFn(name: name, inputs: inputs.map { $0.requiresGrad ? $0 : nil },
                          savesTensors: savesTensors, saved: saved, backward: backward)
        if savesOutput { node.savedOutput = result }
        result.gradFn = node
        return result
    }

    /// After an in-place op wrote `result`'s values into this variable's storage: the variable
    /// the tensor now holds, with this storage and `result`'s history (torch rebases the
    /// history of a tensor changed in place). Ops that saved this variable see its new version.
    public func rebased(on result: Variable) -> Variable {
        markModified()
        guard result.requiresGrad && GradMode.isEnabled else { return self }
        let updated = Variable.record(data, result.gradFn?.name ?? "CopyBackwards", [result], savesTensors: false) { g in [g] }
            .differentiable { g in [g] }
        updated.version = version
        updated.viewBase = viewBase
        return updated
    }

    /// Gives this result's node its backward in Variable ops, used by `create_graph=True`
    /// (beside the array form ``record`` takes, which stays the fast first-order path):
    ///
    ///     Variable.record(x.data * y.data, "MulBackward0", [x, y], saved: [x, y]) { g in … }
    ///         .differentiable { g in [try Variable.mul(g, y), try Variable.mul(g, x)] }
    ///
    /// The closure must read the op's inputs, never its result (a result holding its own node
    /// would never be freed).
    @discardableResult
    public func differentiable(_ backward: @escaping (Variable) throws -> [Variable?]) -> Variable {
        gradFn?.differentiableBackward = backward
        return self
    }

    /// This variable under another node name, gradients passing unchanged: the name torch shows
    /// for a fused kernel (`NativeBatchNormBackward0`, `TanhBackwardBackward0`) whose Cellgrad
    /// form is a composition.
    public func named(_ name: String) -> Variable {
        Variable.record(data, name, [self], savesTensors: false) { g in [g] }.differentiable { g in [g] }
    }

    /// A view of this variable's storage (reshape, transpose, slicing): in-place changes through
    /// it count as changes of this variable too.
    func markView(of base: Variable) -> Variable {
        viewBase = base.viewBase ?? base
        return self
    }
}
