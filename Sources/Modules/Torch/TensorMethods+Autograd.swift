import Language
import NN
import Tensor

/// `backward`, `requires_grad_`, `retain_grad`, and `nn.Parameter`.
extension TensorMethods {
    static func installAutograd(_ t: PyType) {
        method(t, "backward(gradient=None, retain_graph=None, create_graph=False, inputs=None)") { interp, x, b in
            // torch's retain_graph defaults to create_graph.
            let createGraph = try TorchBridge.bool(b["create_graph"], interp)
            let retain = try TorchBridge.bool(b["retain_graph"], interp, default: createGraph)
            if createGraph {
                let gradient = try b.optional("gradient").map { try TorchBridge.variable($0) }
                try Backward.runRecording(x.variable, gradient: gradient, retainGraph: retain)
            } else {
                let gradient = try b.optional("gradient").map { try TorchBridge.tensor($0).data }
                try Backward.run(x.variable, gradient: gradient, retainGraph: retain)
            }
            return .none
        }
        method(t, "__deepcopy__(memo)") { _, x, _ in
            guard x.variable.isLeaf else {
                throw PyError(BuiltinTypes.runtimeError, "Only Tensors created explicitly by the user (graph leaves) support the deepcopy protocol at the moment.  If you were attempting to deepcopy a module, this may be because of a torch.nn.utils.weight_norm usage, see https://github.com/pytorch/pytorch/pull/103001")
            }
            let v = Variable(try x.data.copy(), requiresGrad: x.variable.requiresGrad)
            v.grad = try x.variable.grad?.copy()
            return .object(PyTorchTensor(v, dtype: x.dtypeName, type: x.type))
        }
        method(t, "__copy__()") { _, x, _ in
            .object(PyTorchTensor(x.variable, dtype: x.dtypeName, type: x.type))
        }
        method(t, "requires_grad_(requires_grad=True)") { interp, x, b in
            try setRequiresGrad(x, try TorchBridge.bool(b["requires_grad"], interp, default: true))
            return .object(x)
        }
        method(t, "register_hook(hook)") { interp, x, b in
            guard x.variable.requiresGrad else {
                throw PyError(BuiltinTypes.runtimeError, "cannot register a hook on a tensor that doesn't require gradient")
            }
            let hook = b["hook"] ?? .none
            let id = HookHandle.nextID()
            let variable = x.variable
            variable.hooks.append((id, { g in
                let r = try interp.call(hook, TorchBridge.wrap(g))
                if case .object(let o) = r, let t = o as? PyTorchTensor { return t.data }
                return nil
            }))
            return .object(HookHandle(id: id) { variable.hooks.removeAll { $0.id == id } })
        }
        method(t, "retain_grad()") { _, x, _ in
            x.variable.retainGrad()
            return .none
        }
        let node = TorchTypes.gradFn
        node.define("__repr__") { _, args in
            guard case .object(let o) = args.receiver, let f = o as? PyGradFn else { throw PyError.type("expected a grad_fn") }
            return .str("<\(f.node.name) object at 0x\(String(UInt(bitPattern: ObjectIdentifier(f).hashValue), radix: 16))>")
        }
        node.getter("next_functions", on: PyGradFn.self) { _, f in
            .tuple(f.node.inputs.map { input in
                guard let input else { return .tuple([.none, .int(0)]) }
                if let g = input.gradFn { return .tuple([.object(PyGradFn(g)), .int(0)]) }
                return .tuple([.str("AccumulateGrad"), .int(0)])
            })
        }
        node.method("name()", on: PyGradFn.self) { _, f, _ in .str(f.node.name) }
    }

    static func installParameter() {
        let p = TorchTypes.parameter
        p.constructor = { interp, type, args in
            let sig = Signature("Parameter(data=None, requires_grad=True)")
            let b = try sig.bind(args)
            let source: PyTorchTensor
            if let d = b.optional("data") { source = try TorchBridge.tensor(d) } else {
                source = PyTorchTensor(Variable(try NDArray.zeros([0], dtype: .float32)))
            }
            let flag = try TorchBridge.bool(b["requires_grad"], interp, default: true)
            if flag && !source.dtypeName.isFloatingPoint {
                throw PyError(BuiltinTypes.runtimeError, "Only Tensors of floating point and complex dtype can require gradients")
            }
            return .object(PyTorchTensor(Variable(source.data, requiresGrad: flag), dtype: source.dtypeName, type: type))
        }
    }
}
