import Language
import NN
import Tensor

/// `torch.autograd.Function`: a cell defines `forward(ctx, …)` and `backward(ctx, grad)` as
/// static methods; `Cls.apply(…)` runs forward without recording and adds one node to the
/// graph (named `<Cls>Backward`) whose backward calls the cell's.
enum TorchAutogradFunction {
    nonisolated(unsafe) static let contextType: PyType = {
        let t = PyType(name: "FunctionCtx", bases: [BuiltinTypes.object], module: "torch.autograd.function")
        t.allocator = { PyObject.instance(of: $0) }
        t.define("save_for_backward") { _, args in
            guard let me = args.positional.first?.asObject else { return .none }
            me.setAttribute(Symbol("saved_tensors"), .tuple(Array(args.positional.dropFirst())))
            return .none
        }
        t.define("mark_non_differentiable") { _, _ in .none }
        t.define("set_materialize_grads") { _, _ in .none }
        return t
    }()

    static func makeType() -> PyType {
        let t = PyType(name: "Function", bases: [BuiltinTypes.object], module: "torch.autograd.function",
                       doc: "Function: subclass it with static forward(ctx, ...) and backward(ctx, grad_output), then call Cls.apply(...).")
        t.allocator = { PyObject.instance(of: $0) }
        let apply = PyNativeFunction(name: "apply") { interp, args in
            guard case .object(let o)? = args.positional.first, let cls = o as? PyType else { throw PyError.type("apply() needs the Function class") }
            let inputs = Array(args.positional.dropFirst())
            let ctx = PyObject(type: contextType)
            ctx.setAttribute(Symbol("saved_tensors"), .tuple([]))
            ctx.setAttribute(Symbol("needs_input_grad"), .tuple(inputs.map { v in
                if case .object(let io) = v, let t = io as? PyTorchTensor { return .bool(t.variable.requiresGrad) }
                return .bool(false)
            }))
            let forward = try interp.getAttribute(.object(cls), Symbol("forward"))
            let backward = try interp.getAttribute(.object(cls), Symbol("backward"))
            let out = try GradMode.with(false) { try interp.call(forward, Arguments([.object(ctx)] + inputs)) }
            guard case .object(let oo) = out, let result = oo as? PyTorchTensor else {
                throw PyError.notImplemented("autograd.Function.forward must return one tensor in Cellgrad (got \(out.typeName))")
            }
            let tensorInputs: [(Int, Variable)] = inputs.enumerated().compactMap { i, v in
                if case .object(let io) = v, let t = io as? PyTorchTensor { return (i, t.variable) }
                return nil
            }
            let node = Variable.record(result.data, "\(cls.name)Backward", tensorInputs.map(\.1), savesTensors: true) { g in
                let r = try interp.call(backward, Arguments([.object(ctx), TorchBridge.wrap(g)]))
                let grads: [Value]
                if case .object(let ro) = r, ro is PyTuple { grads = try interp.iterateToArray(r) } else { grads = [r] }
                return try tensorInputs.map { i, _ in
                    guard i < grads.count, case .object(let go) = grads[i], let gt = go as? PyTorchTensor else { return nil }
                    return gt.data
                }
            }
            return TorchBridge.wrap(node, dtype: result.dtypeName)
        }
        t.namespace[Symbol("apply")] = .object(PyClassMethod(.object(apply)))
        return t
    }
}
