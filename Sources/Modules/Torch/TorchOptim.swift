import Language
import NN
import Tensor

/// `torch.optim`: optimisers whose `param_groups` are Python dicts (a lesson changes
/// `group['lr']` directly); each `step()` reads them into the engine's ``Optimizer``.
final class PyOptimizer: PyObject {
    let engine: Optimizer
    let groups: PyList

    init(type: PyType, rule: UpdateRule, groups: PyList) {
        self.engine = Optimizer(rule: rule, groups: [])
        self.groups = groups
        super.init(type: type)
    }

    /// Reads `param_groups` into the engine (numbers, flags and parameters).
    func sync(_ interp: Interpreter) throws {
        var out: [ParamGroup] = []
        for g in groups.items {
            guard case .object(let o) = g, let d = o as? PyDict else { continue }
            var numbers: [String: Double] = [:]
            var flags: [String: Bool] = [:]
            var params: [Variable] = []
            for (key, value) in d.entries {
                guard let name = key.asString else { continue }
                switch value {
                case .bool(let b): flags[name] = b
                case .int(let i): numbers[name] = Double(i)
                case .float(let f): numbers[name] = f
                case .object(let vo):
                    if name == "params" { params = try interp.iterateToArray(value).map { try TorchBridge.variable($0) } }
                    else if name == "betas", let t = vo as? PyTuple, t.items.count == 2 {
                        numbers["beta1"] = try interp.toDouble(t.items[0]); numbers["beta2"] = try interp.toDouble(t.items[1])
                    } else if let t = vo as? PyTorchTensor, t.data.size == 1 { numbers[name] = try t.data.item().asDouble }
                default: break
                }
            }
            out.append(ParamGroup(params: params, numbers: numbers, flags: flags))
        }
        engine.paramGroups = out
    }

    /// The state names torch's optimiser keeps per parameter, in its order.
    var stateNames: [String] {
        switch engine.rule {
        case .sgd, .kerasSGD: return ["momentum_buffer"]
        case .adam, .adamW, .kerasAdam, .kerasAdamW: return ["exp_avg", "exp_avg_sq", "max_exp_avg_sq"]
        case .rmsprop, .kerasRMSprop: return ["square_avg", "momentum_buffer", "grad_avg"]
        case .adagrad, .kerasAdagrad: return ["sum"]
        }
    }

    /// One parameter's state as torch shows it (`{'step': tensor(3.), 'exp_avg': …}`); the
    /// tensors share the optimiser's buffers.
    func stateEntry(_ p: Variable) throws -> PyDict? {
        guard let s = engine.state[ObjectIdentifier(p)] else { return nil }
        let d = PyDict()
        if case .sgd = engine.rule {
            d[.string("momentum_buffer")] = s.buffers["momentum_buffer"].map { TorchBridge.wrap($0) } ?? .none
            return d
        }
        d[.string("step")] = TorchBridge.wrap(try NDArray.full([], .float(Double(s.step)), dtype: .float32))
        for name in stateNames { if let b = s.buffers[name] { d[.string(name)] = TorchBridge.wrap(b) } }
        return d
    }

    func groupDicts() -> [PyDict] {
        groups.items.compactMap { if case .object(let o) = $0 { return o as? PyDict } else { return nil } }
    }

    /// `optimizer.state_dict()`: `state` keyed by each parameter's position across the groups,
    /// `param_groups` with those positions in place of the tensors.
    func stateDict(_ interp: Interpreter) throws -> Value {
        let state = PyDict(), groupsOut = PyList([])
        var position = 0
        for group in groupDicts() {
            let copy = PyDict()
            var positions: [Value] = []
            for (k, v) in group.entries where k.asString != "params" { copy[try interp.hashKey(k)] = v }
            for p in try interp.iterateToArray(group[.string("params")] ?? .list([])) {
                if let entry = try stateEntry(try TorchBridge.variable(p)) { state[try interp.hashKey(.int(position))] = .object(entry) }
                positions.append(.int(position))
                position += 1
            }
            copy[.string("params")] = .list(positions)
            groupsOut.items.append(.object(copy))
        }
        let d = PyDict()
        d[.string("state")] = .object(state)
        d[.string("param_groups")] = .object(groupsOut)
        return .object(d)
    }

    /// `optimizer.load_state_dict(sd)`: hyper-parameters from the saved groups, and each saved
    /// position's state copied onto the parameter at that position.
    func load(_ interp: Interpreter, _ value: Value) throws {
        guard case .object(let o) = value, let sd = o as? PyDict,
              case .object(let so)? = sd[.string("state")], let state = so as? PyDict,
              let savedGroups = try sd[.string("param_groups")].map({ try interp.iterateToArray($0) }) else {
            throw PyError.key(.str("state"))
        }
        let mine = groupDicts()
        guard savedGroups.count == mine.count else { throw PyError.value("loaded state dict has a different number of parameter groups") }
        var restored: [(Variable, ParamState)] = []
        for (saved, group) in zip(savedGroups, mine) {
            guard case .object(let go) = saved, let savedGroup = go as? PyDict else { throw PyError.type("param_groups must hold dicts") }
            let ids = try interp.iterateToArray(savedGroup[.string("params")] ?? .list([]))
            let params = try interp.iterateToArray(group[.string("params")] ?? .list([])).map { try TorchBridge.variable($0) }
            guard ids.count == params.count else {
                throw PyError.value("loaded state dict contains a parameter group that doesn't match the size of optimizer's group")
            }
            for (k, v) in savedGroup.entries where k.asString != "params" { group[try interp.hashKey(k)] = v }
            for (id, p) in zip(ids, params) {
                guard case .object(let eo)? = state[try interp.hashKey(id)], let entry = eo as? PyDict else { continue }
                var s = ParamState()
                for (k, v) in entry.entries {
                    guard let name = k.asString, case .object(let t) = v, let tensor = t as? PyTorchTensor else { continue }
                    if name == "step" { s.step = Int(try tensor.data.item().asDouble) } else {
                        s.buffers[name] = try tensor.data.astype(p.dtype).copy()
                    }
                }
                restored.append((p, s))
            }
        }
        for (p, s) in restored { engine.state[ObjectIdentifier(p)] = s }
    }
}

enum TorchOptim {
    static let signatures: [(String, UpdateRule, String)] = [
        ("SGD", .sgd, "SGD(params, lr=0.001, momentum=0, dampening=0, weight_decay=0, nesterov=False, *, maximize=False, foreach=None, differentiable=False, fused=None)"),
        ("Adam", .adam, "Adam(params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, amsgrad=False, *, foreach=None, maximize=False, capturable=False, differentiable=False, fused=None, decoupled_weight_decay=False)"),
        ("AdamW", .adamW, "AdamW(params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.01, amsgrad=False, *, maximize=False, foreach=None, capturable=False, differentiable=False, fused=None, decoupled_weight_decay=True)"),
        ("RMSprop", .rmsprop, "RMSprop(params, lr=0.01, alpha=0.99, eps=1e-08, weight_decay=0, momentum=0, centered=False, capturable=False, foreach=None, maximize=False, differentiable=False)"),
        ("Adagrad", .adagrad, "Adagrad(params, lr=0.01, lr_decay=0, weight_decay=0, initial_accumulator_value=0, eps=1e-10, foreach=None, *, maximize=False, differentiable=False, fused=None)"),
    ]

    nonisolated(unsafe) static let optimizerType: PyType = {
        let t = PyType(name: "Optimizer", bases: [BuiltinTypes.object], module: "torch.optim.optimizer")
        t.messagesUseBareName = true
        t.method("step(closure=None)", on: PyOptimizer.self) { interp, o, b in
            var loss: Value = .none
            if let c = b.optional("closure") { loss = try GradMode.with(true) { try interp.call(c, Arguments()) } }
            try o.sync(interp)
            try TorchBridge.call { try GradMode.with(false) { try o.engine.step() } }
            return loss
        }
        t.method("zero_grad(set_to_none=True)", on: PyOptimizer.self) { interp, o, b in
            try o.sync(interp)
            try o.engine.zeroGrad(setToNone: try TorchBridge.bool(b["set_to_none"], interp, default: true))
            return .none
        }
        t.getter("param_groups", on: PyOptimizer.self) { _, o in .object(o.groups) }
        t.getter("defaults", on: PyOptimizer.self) { interp, o in
            let d = PyDict()
            if case .object(let g)? = o.groups.items.first, let first = g as? PyDict {
                for (k, v) in first.entries where k.asString != "params" && k.asString != "initial_lr" { d[try interp.hashKey(k)] = v }
            }
            return .object(d)
        }
        t.method("add_param_group(param_group)", on: PyOptimizer.self) { interp, o, b in
            guard case .object(let d)? = b["param_group"], let group = d as? PyDict else { throw PyError.type("param_group must be a dict") }
            if let first = o.groups.items.first, case .object(let fo) = first, let defaults = fo as? PyDict {
                for (k, v) in defaults.entries where group[try interp.hashKey(k)] == nil { group[try interp.hashKey(k)] = v }
            }
            group[try interp.hashKey(.str("params"))] = .list(try interp.iterateToArray(group[try interp.hashKey(.str("params"))] ?? .list([])))
            o.groups.items.append(.object(group))
            return .none
        }
        t.method("state_dict()", on: PyOptimizer.self) { interp, o, _ in try o.stateDict(interp) }
        t.method("load_state_dict(state_dict)", on: PyOptimizer.self) { interp, o, b in
            try o.load(interp, b["state_dict"] ?? .none)
            return .none
        }
        t.getter("state", on: PyOptimizer.self) { interp, o in
            // torch keys `optimizer.state` by the parameter tensors themselves.
            let d = PyDict()
            for g in o.groups.items {
                guard case .object(let go) = g, let group = go as? PyDict else { continue }
                for p in try interp.iterateToArray(group[try interp.hashKey(.str("params"))] ?? .list([])) {
                    guard let entry = try o.stateEntry(TorchBridge.variable(p)) else { continue }
                    d[try interp.hashKey(p)] = .object(entry)
                }
            }
            return .object(d)
        }
        t.define("__repr__") { interp, args in
            guard case .object(let ob) = args.receiver, let o = ob as? PyOptimizer else { throw PyError.type("expected an optimizer") }
            var text = o.type.name + " ("
            for (i, g) in o.groups.items.enumerated() {
                text += "\nParameter Group \(i)"
                guard case .object(let go) = g, let d = go as? PyDict else { continue }
                let keys = try d.entries.compactMap { $0.0.asString }.filter { $0 != "params" }.sorted()
                for k in keys { text += "\n    \(k): \(try interp.repr(d[try interp.hashKey(.str(k))] ?? .none))" }
            }
            return .str(text + "\n)")
        }
        return t
    }()

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "torch.optim")
        m["Optimizer"] = .object(optimizerType)
        for (name, rule, text) in signatures {
            let sig = Signature(text)
            let t = PyType(name: name, bases: [optimizerType], module: "torch.optim.\(name.lowercased())")
            t.messagesUseBareName = true
            t.constructor = { interp, type, args in
                let b = try sig.bind(args)
                var defaults: [(String, Value)] = []
                for (i, p) in sig.parameters.enumerated() where p.name != "params" {
                    if let v = b.values[i] { defaults.append((p.name, v)) } else if let text = p.defaultText {
                        defaults.append((p.name, try literal(text)))
                    }
                }
                if let lr = b.optional("lr"), try interp.toDouble(lr) < 0 { throw PyError.value("Invalid learning rate: \(try interp.repr(lr))") }
                let params = try interp.iterateToArray(b["params"] ?? .none)
                guard !params.isEmpty else { throw PyError.value("optimizer got an empty parameter list") }
                for p in params {
                    if case .object(let o) = p, let t = o as? PyTorchTensor, !t.variable.isLeaf {
                        throw PyError.value("can't optimize a non-leaf Tensor")
                    }
                }
                var groupDicts: [Value] = []
                let grouped = params.allSatisfy { if case .object(let o) = $0 { return o is PyDict } else { return false } }
                let sources: [PyDict?] = grouped ? params.map { if case .object(let o) = $0 { return o as? PyDict } else { return nil } } : [nil]
                for source in sources {
                    let d = PyDict()
                    let list = source.map { $0[(try? interp.hashKey(.str("params")))!] ?? .list([]) } ?? .list(params)
                    d[try interp.hashKey(.str("params"))] = .list(try interp.iterateToArray(list))
                    for (k, v) in defaults {
                        d[try interp.hashKey(.str(k))] = try source.flatMap { $0[try interp.hashKey(.str(k))] } ?? v
                    }
                    groupDicts.append(.object(d))
                }
                return .object(PyOptimizer(type: type, rule: rule, groups: PyList(groupDicts)))
            }
            m[name] = .object(t)
        }
        m["lr_scheduler"] = .object(try interp.importModule("torch.optim.lr_scheduler"))
        m.document(TorchDocs.optim)
        return m
    }

    /// A default written in a signature: numbers, booleans, None and tuples of numbers.
    static func literal(_ text: String) throws -> Value {
        if text == "None" { return .none }
        if text == "True" { return .bool(true) }
        if text == "False" { return .bool(false) }
        if let i = Int(text) { return .int(i) }
        if let d = Double(text) { return .float(d) }
        if text.hasPrefix("(") {
            let inner = text.dropFirst().dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            return .tuple(try inner.map { try literal(String($0)) })
        }
        return .str(text)
    }
}

import Foundation
