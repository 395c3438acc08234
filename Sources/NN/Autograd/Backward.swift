import Tensor

/// Reverse-mode differentiation over the graph of ``GradFn`` nodes: a topological order from
/// the outputs, a seed gradient, and one walk back that accumulates (micrograd's `backward`).
public enum Backward {
    /// `y.backward(gradient)`: accumulates into `.grad` of every leaf that requires it.
    ///
    ///     try Backward.run(loss)                        // loss.backward()
    ///     try Backward.run(y, gradient: ones)           // y.backward(torch.ones_like(y))
    public static func run(_ output: Variable, gradient: NDArray? = nil, retainGraph: Bool = false) throws {
        _ = try propagate([output], [gradient], retainGraph: retainGraph, capture: nil)
    }

    /// `y.backward(create_graph=True)`: as ``run``, but each leaf's `.grad` is a recorded
    /// Variable (``Variable/recordedGrad``) that can be differentiated again.
    public static func runRecording(_ output: Variable, gradient: Variable? = nil, retainGraph: Bool = true) throws {
        _ = try propagateRecording([output], [gradient], retainGraph: retainGraph, capture: nil)
    }

    /// `torch.autograd.grad(…, create_graph=True)`: gradients that are themselves differentiable
    /// (a gradient penalty, a Hessian-vector product, d²y/dx²).
    public static func gradRecording(_ outputs: [Variable], inputs: [Variable], gradOutputs: [Variable?],
                                     retainGraph: Bool = true, allowUnused: Bool = false) throws -> [Variable?] {
        let found = try propagateRecording(outputs, gradOutputs, retainGraph: retainGraph, capture: inputs)
        return try inputs.map { v in
            if let g = found[ObjectIdentifier(v)] { return g }
            if allowUnused { return nil }
            throw AutogradError.unusedInput
        }
    }

    /// `torch.autograd.grad(outputs, inputs, grad_outputs)`: the gradients of `inputs`, without
    /// touching any `.grad`.
    public static func grad(_ outputs: [Variable], inputs: [Variable], gradOutputs: [NDArray?],
                            retainGraph: Bool = false, allowUnused: Bool = false) throws -> [NDArray?] {
        let found = try propagate(outputs, gradOutputs, retainGraph: retainGraph, capture: inputs)
        return try inputs.map { v in
            if let g = found[ObjectIdentifier(v)] { return g }
            if allowUnused { return nil }
            throw AutogradError.unusedInput
        }
    }

    static func seed(_ output: Variable, _ gradient: NDArray?) throws -> NDArray {
        guard output.requiresGrad else { throw AutogradError.noGradient }
        if let gradient {
            guard gradient.shape == output.shape else {
                throw AutogradError.gradientShape(expected: output.shape, got: gradient.shape)
            }
            return gradient.dtype == output.dtype ? gradient : try gradient.astype(output.dtype)
        }
        guard output.count == 1 else { throw AutogradError.nonScalarOutput }
        return try NDArray.full(output.shape, .float(1), dtype: output.dtype)
    }

    /// Walks the graph once. With `capture`, gradients of those variables are returned instead
    /// of being accumulated into leaves.
    static func propagate(_ outputs: [Variable], _ gradients: [NDArray?], retainGraph: Bool,
                          capture: [Variable]?) throws -> [ObjectIdentifier: NDArray] {
        var pending: [ObjectIdentifier: NDArray] = [:]
        for (i, output) in outputs.enumerated() {
            let g = try seed(output, i < gradients.count ? gradients[i] : nil)
            try accumulate(&pending, output, g)
        }
        let captured = Set((capture ?? []).map(ObjectIdentifier.init))
        // Pending gradients this walk allocated itself, which it may add into in place.
        var owned = Set<ObjectIdentifier>()
        var result: [ObjectIdentifier: NDArray] = [:]
        for v in topologicalOrder(outputs) {
            let id = ObjectIdentifier(v)
            guard var g = pending.removeValue(forKey: id) else { continue }
            for hook in v.hooks { if let replaced = try hook.body(g) { g = replaced } }
            if capture != nil {
                if captured.contains(id) { result[id] = g }
            } else if v.isLeaf || v.retainsGrad {
                if v.isLeaf && !v.requiresGrad { continue }
                v.grad = try v.grad.map { try $0 + g } ?? (try g.copy())
            }
            guard let node = v.gradFn else { continue }
            try Interrupt.checkpoint()
            if let region = node.region, node.inputs.count == 1, let input = node.inputs[0], node.backward != nil {
                try addRegion(&pending, &owned, input, region, g)
                if !retainGraph { node.release() }
                continue
            }
            let inputGrads = try node.apply(g)
            if !retainGraph { node.release() }
            for (input, grad) in zip(node.inputs, inputGrads) {
                guard let input, let grad else { continue }
                try accumulate(&pending, input, grad)
            }
        }
        return result
    }

    /// The walk of ``propagate`` with gradients as Variables, computed by each node's
    /// differentiable backward under grad mode, so the walk records the gradients' own graph.
    static func propagateRecording(_ outputs: [Variable], _ gradients: [Variable?], retainGraph: Bool,
                                   capture: [Variable]?) throws -> [ObjectIdentifier: Variable] {
        try GradMode.with(true) {
            var pending: [ObjectIdentifier: Variable] = [:]
            for (i, output) in outputs.enumerated() {
                let given = i < gradients.count ? gradients[i] : nil
                let seeded = try seed(output, given?.data)
                let g = given.map { $0.shape == seeded.shape && $0.dtype == seeded.dtype ? $0 : Variable(seeded) } ?? Variable(seeded)
                try accumulate(&pending, output, g)
            }
            let captured = Set((capture ?? []).map(ObjectIdentifier.init))
            var result: [ObjectIdentifier: Variable] = [:]
            for v in topologicalOrder(outputs) {
                let id = ObjectIdentifier(v)
                guard var g = pending.removeValue(forKey: id) else { continue }
                for hook in v.hooks { if let replaced = try hook.body(g.data) { g = Variable(replaced) } }
                if capture != nil {
                    if captured.contains(id) { result[id] = g }
                } else if v.isLeaf || v.retainsGrad {
                    if v.isLeaf && !v.requiresGrad { continue }
                    let previous = v.recordedGrad ?? v.grad.map { Variable($0) }
                    let total = try previous.map { try Variable.add($0, g) } ?? g.named("CopyBackwards")
                    v.grad = total.data
                    v.recordedGrad = total
                }
                guard let node = v.gradFn else { continue }
                try Interrupt.checkpoint()
                let inputGrads = try node.applyRecording(g)
                if !retainGraph { node.release() }
                for (input, grad) in zip(node.inputs, inputGrads) {
                    guard let input, let grad else { continue }
                    try accumulate(&pending, input, grad)
                }
            }
            return result
        }
    }

    static func accumulate(_ pending: inout [ObjectIdentifier: Variable], _ v: Variable, _ g: Variable) throws {
        var g = g
        if g.shape != v.shape { g = try g.summed(toShape: v.shape) }
        if g.dtype != v.dtype { g = try g.cast(to: v.dtype) }
        let id = ObjectIdentifier(v)
        pending[id] = try pending[id].map { try Variable.add($0, g) } ?? g
    }

    /// Adds `g` into the `region` of `v`'s pending gradient, allocating it (zeros) once.
    static func addRegion(_ pending: inout [ObjectIdentifier: NDArray], _ owned: inout Set<ObjectIdentifier>, _ v: Variable,
                          _ region: [IndexItem], _ g: NDArray) throws {
        let id = ObjectIdentifier(v)
        if pending[id] == nil {
            pending[id] = try NDArray.zeros(v.shape, dtype: v.dtype)
            owned.insert(id)
        } else if !owned.contains(id), let shared = pending[id] {
            pending[id] = try shared.astype(v.dtype)
            owned.insert(id)
        }
        guard let buffer = pending[id] else { return }
        let view = try buffer.getItem(region)
        try view.applyInPlace(.add, g.dtype == v.dtype ? g : g.astype(v.dtype))
    }

    static func accumulate(_ pending: inout [ObjectIdentifier: NDArray], _ v: Variable, _ g: NDArray) throws {
        var g = g
        if g.shape != v.shape { g = try g.sum(toShape: v.shape) }
        if g.dtype != v.dtype { g = try g.astype(v.dtype) }
        let id = ObjectIdentifier(v)
        if let existing = pending[id] {
            pending[id] = try existing + g
        } else {
            pending[id] = g
        }
    }

    /// Variables reachable from `outputs`, each after every variable computed from it
    /// (iterative depth-first search: an LSTM over 500 steps makes a deep graph).
    static func topologicalOrder(_ outputs: [Variable]) -> [Variable] {
        var order: [Variable] = []
        var visited = Set<ObjectIdentifier>()
        var stack: [(Variable, Int)] = []
        for output in outputs where visited.insert(ObjectIdentifier(output)).inserted {
            stack.append((output, 0))
            while let (v, next) = stack.popLast() {
                let inputs = v.gradFn?.inputs ?? []
                var i = next
                while i < inputs.count {
                    if let input = inputs[i], visited.insert(ObjectIdentifier(input)).inserted {
                        stack.append((v, i + 1))
                        stack.append((input, 0))
                        break
                    }
                    i += 1
                }
                if i >= inputs.count { order.append(v) }
            }
        }
        return order.reversed()
    }
}
