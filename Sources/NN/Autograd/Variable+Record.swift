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
    public static func record(_ data: NDArray, _ name: String, _ inputs: [Variable], saved: [Variable] = [],
                              savesTensors: Bool = true,
                              _ backward: @escaping (NDArray) throws -> [NDArray?]) -> Variable {
        let result = Variable(data)
        guard GradMode.isEnabled, inputs.contains(where: \.requiresGrad) else { return result }
        result.requiresGrad = true
        result.gradFn = GradFn(name: name, inputs: inputs.map { $0.requiresGrad ? $0 : nil },
                               savesTensors: savesTensors, saved: saved, backward: backward)
        return result
    }

    /// A view of this variable's storage (reshape, transpose, slicing): in-place changes through
    /// it count as changes of this variable too.
    func markView(of base: Variable) -> Variable {
        viewBase = base.viewBase ?? base
        return self
    }
}
