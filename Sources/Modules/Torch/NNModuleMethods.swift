import Language
import NN
import Tensor

/// `nn.Module`'s Python face: registration through `__setattr__`, `__call__` → `forward`,
/// parameter walks, state dicts, modes and torch's printing.
enum NNModuleMethods {
    static func module(_ v: Value) throws -> PyTorchModule {
        if case .object(let o) = v, let m = o as? PyTorchModule { return m }
        throw PyError.type("expected an nn.Module, got '\(v.typeName)'")
    }

    /// An iterator shown as torch's methods show theirs: a `generator`.
    static func generator(_ values: [Value]) -> Value {
        let it = PyIterator(values: values)
        it.setType(BuiltinTypes.generator)
        return .object(it)
    }

    static func isParameter(_ v: Value) -> PyTorchTensor? {
        if case .object(let o) = v, let t = o as? PyTorchTensor, t.type.isSubtype(of: TorchTypes.parameter) { return t }
        return nil
    }

    nonisolated(unsafe) static let moduleType: PyType = {
        let t = PyType(name: "Module", bases: [BuiltinTypes.object], module: "torch.nn.modules.module",
                       doc: "nn.Module: the base class of every layer and model; subclass it and define forward().")
        t.allocator = { PyTorchModule(type: $0) }
        t.messagesUseBareName = true
        install(t)
        return t
    }()

    static func install(_ t: PyType) {
        t.define("__init__") { _, args in
            try module(try args[0]).moduleInitCalled = true
            return .none
        }
        // torch's `Module.__init__(self, *args, **kwargs)`, what inspect shows for a cell's subclass.
        (t.namespace[Dunder.`init`]?.asObject as? PyNativeFunction)?.signature = Signature("__init__(*args, **kwargs)")
        t.define("__setattr__") { interp, args in
            let m = try module(try args[0])
            let name = try interp.toStringValue(try args[1])
            let value = try args[2]
            if !m.moduleInitCalled && !m.type.isBuiltin {
                if isParameter(value) != nil { throw PyError.attribute("cannot assign parameters before Module.__init__() call") }
                if case .object(let o) = value, o is PyTorchModule { throw PyError.attribute("cannot assign module before Module.__init__() call") }
            }
            if let p = isParameter(value) {
                m.registerParameter(name, p)
                return .none
            }
            if case .object(let o) = value, let sub = o as? PyTorchModule {
                m.registerModule(name, sub)
                return .none
            }
            if m.parameters.contains(where: { $0.name == name }) {
                guard value.isNone else {
                    throw PyError.type("cannot assign '\(value.type.moduleName == "builtins" ? value.typeName : value.type.moduleName + "." + value.typeName)' as parameter '\(name)' (torch.nn.Parameter or None expected)")
                }
                m.registerParameter(name, nil)
                return .none
            }
            if m.buffers.contains(where: { $0.name == name }), case .object(let o) = value, let tensor = o as? PyTorchTensor {
                m.registerBuffer(name, tensor)
                return .none
            }
            if let i = m.modules.firstIndex(where: { $0.name == name }) {
                guard value.isNone else { throw PyError.type("cannot assign '\(value.typeName)' as child module '\(name)' (torch.nn.Module or None expected)") }
                m.modules[i] = (name, nil)
            }
            m.setAttribute(Symbol(name), value)
            return .none
        }
        t.define("__delattr__") { interp, args in
            let m = try module(try args[0])
            let name = try interp.toStringValue(try args[1])
            m.parameters.removeAll { $0.name == name }
            m.buffers.removeAll { $0.name == name }
            m.modules.removeAll { $0.name == name }
            m.setAttribute(Symbol(name), nil)
            return .none
        }
        t.define("__call__") { interp, args in
            guard let receiver = args.positional.first else { throw PyError.type("Module.__call__ needs self") }
            try Interrupt.checkpoint()
            var inputs = Array(args.positional.dropFirst())
            let m = receiver.asObject as? PyTorchModule
            for (_, hook) in m?.preHooks ?? [] {
                let r = try interp.call(hook, receiver, .tuple(inputs))
                if !r.isNone { inputs = (r.asObject is PyTuple) ? try interp.iterateToArray(r) : [r] }
            }
            var output = try interp.callMethod(receiver, Symbol("forward"), Arguments(inputs, keywords: args.keywords))
            for (_, hook) in m?.forwardHooks ?? [] {
                let r = try interp.call(hook, receiver, .tuple(inputs), output)
                if !r.isNone { output = r }
            }
            return output
        }
        for (name, pre) in [("register_forward_hook", false), ("register_forward_pre_hook", true)] {
            t.method("\(name)(hook, *, prepend=False, with_kwargs=False, always_call=False)", on: PyTorchModule.self) { _, m, b in
                let id = HookHandle.nextID()
                if pre { m.preHooks.append((id, b["hook"] ?? .none)) } else { m.forwardHooks.append((id, b["hook"] ?? .none)) }
                return .object(HookHandle(id: id) { m.preHooks.removeAll { $0.0 == id }; m.forwardHooks.removeAll { $0.0 == id } })
            }
        }
        t.define("forward") { _, args in
            let name = args.positional.first?.type.name ?? "Module"
            throw PyError.notImplemented("Module [\(name)] is missing the required \"forward\" function")
        }
        t.method("register_parameter(name, param)", on: PyTorchModule.self) { interp, m, b in
            let name = try interp.toStringValue(b["name"] ?? .none)
            let v = b["param"] ?? .none
            if v.isNone { m.registerParameter(name, nil); return .none }
            guard let p = isParameter(v) else { throw PyError.type("cannot assign '\(v.typeName)' object to parameter '\(name)' (torch.nn.Parameter or None required)") }
            m.registerParameter(name, p)
            return .none
        }
        t.method("register_buffer(name, tensor, persistent=True)", on: PyTorchModule.self) { interp, m, b in
            let name = try interp.toStringValue(b["name"] ?? .none)
            let v = b["tensor"] ?? .none
            if v.isNone { m.registerBuffer(name, nil); return .none }
            m.registerBuffer(name, try TorchBridge.tensor(v))
            return .none
        }
        t.method("add_module(name, module)", on: PyTorchModule.self) { interp, m, b in
            let v = b["module"] ?? .none
            m.registerModule(try interp.toStringValue(b["name"] ?? .none), v.isNone ? nil : try module(v))
            return .none
        }
        t.method("register_module(name, module)", on: PyTorchModule.self) { interp, m, b in
            m.registerModule(try interp.toStringValue(b["name"] ?? .none), try module(b["module"] ?? .none))
            return .none
        }
        t.method("parameters(recurse=True)", on: PyTorchModule.self) { interp, m, b in
            generator(m.namedParameters(recurse: try TorchBridge.bool(b["recurse"], interp, default: true)).map { .object($0.1) })
        }
        t.method("named_parameters(prefix='', recurse=True)", on: PyTorchModule.self) { interp, m, b in
            let prefix = try b.optional("prefix").map { try interp.toStringValue($0) } ?? ""
            return .object(PyIterator(values: m.namedParameters(prefix: prefix, recurse: try TorchBridge.bool(b["recurse"], interp, default: true))
                .map { .tuple([.str($0.0), .object($0.1)]) }))
        }
        t.method("buffers(recurse=True)", on: PyTorchModule.self) { _, m, _ in
            .object(PyIterator(values: m.namedBuffers().map { .object($0.1) }))
        }
        t.method("named_buffers(prefix='', recurse=True)", on: PyTorchModule.self) { _, m, _ in
            .object(PyIterator(values: m.namedBuffers().map { .tuple([.str($0.0), .object($0.1)]) }))
        }
        t.method("children()", on: PyTorchModule.self) { _, m, _ in
            .object(PyIterator(values: m.modules.compactMap { $0.module.map { .object($0) } }))
        }
        t.method("named_children()", on: PyTorchModule.self) { _, m, _ in
            .object(PyIterator(values: m.modules.compactMap { entry in entry.module.map { .tuple([.str(entry.name), .object($0)]) } }))
        }
        t.method("modules()", on: PyTorchModule.self) { _, m, _ in
            .object(PyIterator(values: m.namedModules().map { .object($0.1) }))
        }
        t.method("named_modules(memo=None, prefix='')", on: PyTorchModule.self) { _, m, _ in
            .object(PyIterator(values: m.namedModules().map { .tuple([.str($0.0), .object($0.1)]) }))
        }
        t.method("train(mode=True)", on: PyTorchModule.self) { interp, m, b in
            let mode = try TorchBridge.bool(b["mode"], interp, default: true)
            for (_, sub) in m.namedModules() { sub.training = mode }
            return .object(m)
        }
        t.method("eval()", on: PyTorchModule.self) { _, m, _ in
            for (_, sub) in m.namedModules() { sub.training = false }
            return .object(m)
        }
        t.getter("training", on: PyTorchModule.self, { _, m in .bool(m.training) }, set: { interp, m, v in m.training = try interp.isTruthy(v) })
        t.method("zero_grad(set_to_none=True)", on: PyTorchModule.self) { interp, m, b in
            let toNone = try TorchBridge.bool(b["set_to_none"], interp, default: true)
            for (_, p) in m.namedParameters() {
                if toNone { p.variable.grad = nil } else { p.variable.grad?.fill(.float(0)) }
            }
            return .none
        }
        t.method("requires_grad_(requires_grad=True)", on: PyTorchModule.self) { interp, m, b in
            let flag = try TorchBridge.bool(b["requires_grad"], interp, default: true)
            for (_, p) in m.namedParameters() { p.variable.requiresGrad = flag }
            return .object(m)
        }
        t.method("apply(fn)", on: PyTorchModule.self) { interp, m, b in
            let fn = b["fn"] ?? .none
            for (_, sub) in m.namedModules().reversed() { _ = try interp.call(fn, .object(sub)) }
            return .object(m)
        }
        for name in ["to", "cpu", "cuda", "float", "double", "type", "share_memory"] {
            t.method("\(name)(*args, **kwargs)", on: PyTorchModule.self) { _, m, b in
                for v in b.extraPositional + b.extraKeywords.map(\.value) {
                    try TensorMethods.checkDevice(v)
                }
                if name == "cuda" { try TensorMethods.checkDevice("cuda") }
                var target: TorchDType? = name == "double" ? .float64 : name == "float" ? .float32 : nil
                for v in b.extraPositional + b.extraKeywords.map(\.value) {
                    if case .object(let o) = v, let d = o as? PyTorchDType { target = d.dtype }
                }
                if let target, target.isFloatingPoint {
                    for (_, p) in m.namedParameters() + m.namedBuffers() where p.dtypeName.isFloatingPoint {
                        p.variable.data = try p.data.astype(target.storage)
                        p.dtypeName = target
                        p.variable.grad = nil
                    }
                }
                return .object(m)
            }
        }
        t.method("state_dict(destination=None, prefix='', keep_vars=False)", on: PyTorchModule.self) { interp, m, b in
            let keep = try TorchBridge.bool(b["keep_vars"], interp)
            let d = PyDict()
            var entries: [(String, PyTorchTensor)] = []
            for (name, module) in m.namedModules(removeDuplicates: false) {
                for (pname, p) in module.parameters { if let p { entries.append((name.isEmpty ? pname : name + "." + pname, p)) } }
                for (bname, buf) in module.buffers { if let buf { entries.append((name.isEmpty ? bname : name + "." + bname, buf)) } }
            }
            let pairs: [Value] = entries.map { k, v in
                .tuple([.str(k), keep ? .object(v) : TorchBridge.wrap(v.variable.detached(), dtype: v.dtypeName)])
            }
            // torch returns an OrderedDict; a plain dict when collections is unavailable.
            if let collections = try? interp.importModule("collections"), let od = collections["OrderedDict"] {
                return try interp.call(od, .list(pairs))
            }
            for p in pairs {
                let kv = try interp.iterateToArray(p)
                d[try interp.hashKey(kv[0])] = kv[1]
            }
            return .object(d)
        }
        t.method("load_state_dict(state_dict, strict=True, assign=False)", on: PyTorchModule.self) { interp, m, b in
            try loadStateDict(interp, m, b["state_dict"] ?? .none, strict: try TorchBridge.bool(b["strict"], interp, default: true))
        }
        t.method("extra_repr()", on: PyTorchModule.self) { _, _, _ in .str("") }
        t.define("__repr__") { interp, args in .str(try repr(interp, try module(try args[0]))) }
        t.define("__deepcopy__") { _, args in .object(try clone(try module(try args[0]))) }
        t.define("_get_name") { _, args in .str((try args[0]).type.name) }
    }

    /// What `load_state_dict` returns: `<All keys matched successfully>` or the two key lists.
    nonisolated(unsafe) static let incompatibleKeys: PyType = {
        let t = PyType(name: "_IncompatibleKeys", bases: [BuiltinTypes.tuple], module: "torch.nn.modules.module")
        t.define("__repr__") { interp, args in
            guard case .object(let o) = args.receiver, let r = o as? PyTuple, r.items.count == 2 else { throw PyError.type("expected _IncompatibleKeys") }
            if try interp.length(r.items[0]) == 0 && interp.length(r.items[1]) == 0 { return .str("<All keys matched successfully>") }
            return .str("_IncompatibleKeys(missing_keys=\(try interp.repr(r.items[0])), unexpected_keys=\(try interp.repr(r.items[1])))")
        }
        t.define("__str__") { interp, args in
            guard let f = t.lookup(Dunder.repr) else { return .str("") }
            return try interp.call(f, args.receiver)
        }
        return t
    }()

    /// A deep copy of a module tree with fresh parameters holding the same values
    /// (`copy.deepcopy(layer)`, and how TransformerEncoder stacks its layer).
    static func clone(_ m: PyTorchModule) throws -> PyTorchModule {
        let copy = PyTorchModule(type: m.type)
        copy.moduleInitCalled = true
        copy.training = m.training
        for (name, value) in m.attributes?.entries ?? [] { copy.setAttribute(name, value) }
        for (name, p) in m.parameters {
            copy.registerParameter(name, try p.map { PyTorchTensor(Variable(try $0.data.copy(), requiresGrad: $0.variable.requiresGrad), dtype: $0.dtypeName, type: $0.type) })
        }
        for (name, buf) in m.buffers {
            copy.registerBuffer(name, try buf.map { PyTorchTensor(Variable(try $0.data.copy()), dtype: $0.dtypeName) })
        }
        for (name, sub) in m.modules { copy.registerModule(name, try sub.map(clone)) }
        return copy
    }

    static func loadStateDict(_ interp: Interpreter, _ m: PyTorchModule, _ source: Value, strict: Bool) throws -> Value {
        var own: [(String, PyTorchTensor)] = []
        for (name, module) in m.namedModules() {
            for (pname, p) in module.parameters { if let p { own.append((name.isEmpty ? pname : name + "." + pname, p)) } }
            for (bname, buf) in module.buffers { if let buf { own.append((name.isEmpty ? bname : name + "." + bname, buf)) } }
        }
        var given: [(String, Value)] = []
        for key in try interp.iterateToArray(source) {
            given.append((try interp.toStringValue(key), try interp.getItem(source, key)))
        }
        let ownNames = Set(own.map(\.0)), givenNames = Set(given.map(\.0))
        let missing = own.map(\.0).filter { !givenNames.contains($0) }
        let unexpected = given.map(\.0).filter { !ownNames.contains($0) }
        var sizeErrors: [String] = []
        for (name, p) in own {
            guard let v = given.first(where: { $0.0 == name })?.1 else { continue }
            let src = try TorchBridge.tensor(v)
            guard src.data.shape == p.data.shape else {
                sizeErrors.append("size mismatch for \(name): copying a param with shape torch.Size([\(src.data.shape.map(String.init).joined(separator: ", "))]) from checkpoint, the shape in current model is torch.Size([\(p.data.shape.map(String.init).joined(separator: ", "))]).")
                continue
            }
        }
        var problems: [String] = []
        if strict && !unexpected.isEmpty { problems.append("Unexpected key(s) in state_dict: " + unexpected.map { "\"\($0)\"" }.joined(separator: ", ") + ". ") }
        if strict && !missing.isEmpty { problems.insert("Missing key(s) in state_dict: " + missing.map { "\"\($0)\"" }.joined(separator: ", ") + ". ", at: 0) }
        problems += sizeErrors
        if !problems.isEmpty {
            throw PyError(BuiltinTypes.runtimeError, "Error(s) in loading state_dict for \(m.type.name):\n\t" + problems.joined(separator: "\n\t"))
        }
        for (name, p) in own {
            guard let v = given.first(where: { $0.0 == name })?.1 else { continue }
            let src = try TorchBridge.tensor(v)
            try p.data.setItem([.ellipsis], src.data.astype(p.data.dtype))
            p.variable.markModified()
        }
        let result = PyTuple([.list(missing.map { .str($0) }), .list(unexpected.map { .str($0) })], type: incompatibleKeys)
        result.setAttribute(Symbol("missing_keys"), result.items[0])
        result.setAttribute(Symbol("unexpected_keys"), result.items[1])
        return .object(result)
    }

    /// torch's `Module.__repr__`: `Name(extra)` or the children indented one per line.
    static func repr(_ interp: Interpreter, _ m: PyTorchModule) throws -> String {
        let extra = try interp.toStringValue(try interp.callMethod(.object(m), Symbol("extra_repr"), Arguments()))
        let extraLines = extra.isEmpty ? [] : extra.components(separatedBy: "\n")
        var childLines: [String] = []
        // A ModuleList prints runs of identical children once: `(0-1): 2 x Linear(...)`.
        let grouped = m.type.name == "ModuleList"
        var entries: [(String, String)] = []
        for (key, sub) in m.modules { entries.append((key, try sub.map { try interp.repr(.object($0)) } ?? "None")) }
        var i = 0
        while i < entries.count {
            var j = i
            while grouped && j + 1 < entries.count && entries[j + 1].1 == entries[i].1 { j += 1 }
            let key = j > i ? "\(entries[i].0)-\(entries[j].0)" : entries[i].0
            let text = j > i ? "\(j - i + 1) x " + entries[i].1 : entries[i].1
            childLines.append("(" + key + "): " + indent(text, 2))
            i = j + 1
        }
        let lines = extraLines + childLines
        var main = m.type.name + "("
        if !lines.isEmpty {
            if extraLines.count == 1 && childLines.isEmpty { main += extraLines[0] } else {
                main += "\n  " + lines.joined(separator: "\n  ") + "\n"
            }
        }
        return main + ")"
    }

    static func indent(_ s: String, _ n: Int) -> String {
        let parts = s.components(separatedBy: "\n")
        guard parts.count > 1 else { return s }
        return parts[0] + "\n" + parts.dropFirst().map { String(repeating: " ", count: n) + $0 }.joined(separator: "\n")
    }
}
