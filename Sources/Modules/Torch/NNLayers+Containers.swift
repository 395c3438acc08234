import Language
import NN
import Tensor

/// `nn.Sequential`, `nn.ModuleList`, `nn.ModuleDict`, and the loss modules.
extension NNLayers {
    static func containerType(_ m: PyModule, _ name: String) -> PyType {
        let t = PyType(name: name, bases: [NNModuleMethods.moduleType], module: "torch.nn.modules.container")
        t.messagesUseBareName = true
        m[name] = .object(t)
        return t
    }

    static func children(_ c: PyTorchModule) -> [PyTorchModule] { c.modules.compactMap(\.module) }

    static func index(_ interp: Interpreter, _ c: PyTorchModule, _ v: Value) throws -> Int {
        let n = c.modules.count
        var i = try interp.toInt(v)
        if i < 0 { i += n }
        guard i >= 0 && i < n else { throw PyError.index("index \(try interp.toInt(v)) is out of range") }
        return i
    }

    static func installContainers(_ m: PyModule) {
        let seq = containerType(m, "Sequential")
        seq.method("__init__(*args)", on: PyTorchModule.self) { interp, c, b in
            c.moduleInitCalled = true
            if b.extraPositional.count == 1, case .object(let o) = b.extraPositional[0], o is PyDict {
                for key in try interp.iterateToArray(b.extraPositional[0]) {
                    c.registerModule(try interp.toStringValue(key), try NNModuleMethods.module(try interp.getItem(b.extraPositional[0], key)))
                }
                return .none
            }
            for (i, v) in b.extraPositional.enumerated() {
                guard case .object(let o) = v, let sub = o as? PyTorchModule else {
                    throw PyError.type("\(v.typeName) is not a Module subclass")
                }
                c.registerModule(String(i), sub)
            }
            return .none
        }
        seq.method("forward(input)", on: PyTorchModule.self) { interp, c, b in
            var x = b["input"] ?? .none
            for sub in children(c) { x = try interp.call(.object(sub), x) }
            return x
        }
        for t in [seq, containerType(m, "ModuleList")] {
            let isList = t !== seq
            if isList {
                t.method("__init__(modules=None)", on: PyTorchModule.self) { interp, c, b in
                    c.moduleInitCalled = true
                    if let ms = b.optional("modules") {
                        for (i, v) in try interp.iterateToArray(ms).enumerated() { c.registerModule(String(i), try NNModuleMethods.module(v)) }
                    }
                    return .none
                }
                t.method("extend(modules)", on: PyTorchModule.self) { interp, c, b in
                    for v in try interp.iterateToArray(b["modules"] ?? .none) { c.registerModule(String(c.modules.count), try NNModuleMethods.module(v)) }
                    return .object(c)
                }
                t.method("insert(index, module)", on: PyTorchModule.self) { interp, c, b in
                    var items = children(c)
                    items.insert(try NNModuleMethods.module(b["module"] ?? .none), at: min(max(try interp.toInt(b["index"] ?? .int(0)), 0), items.count))
                    c.modules = []
                    for (i, s) in items.enumerated() { c.registerModule(String(i), s) }
                    return .none
                }
            }
            t.method("append(module)", on: PyTorchModule.self) { _, c, b in
                c.registerModule(String(c.modules.count), try NNModuleMethods.module(b["module"] ?? .none))
                return .object(c)
            }
            t.define("__len__") { _, args in .int(try NNModuleMethods.module(try args[0]).modules.count) }
            t.define("__iter__") { _, args in .object(PyIterator(values: children(try NNModuleMethods.module(try args[0])).map { .object($0) })) }
            t.define("__getitem__") { interp, args in
                let c = try NNModuleMethods.module(try args[0])
                let key = try args[1]
                if case .object(let o) = key, let s = o as? PySlice {
                    // A slice keeps the children's own names, as torch's does.
                    let entries = c.modules.map { Value.tuple([.str($0.name), $0.module.map { .object($0) } ?? Value.none]) }
                    let picked = try interp.iterateToArray(try interp.getItem(.list(entries), .object(s)))
                    let out = PyTorchModule(type: c.type)
                    out.moduleInitCalled = true
                    for e in picked {
                        let pair = try interp.iterateToArray(e)
                        out.registerModule(try interp.toStringValue(pair[0]), try NNModuleMethods.module(pair[1]))
                    }
                    return .object(out)
                }
                return .object(children(c)[try index(interp, c, key)])
            }
            t.define("__setitem__") { interp, args in
                let c = try NNModuleMethods.module(try args[0])
                let i = try index(interp, c, try args[1])
                c.registerModule(c.modules[i].name, try NNModuleMethods.module(try args[2]))
                return .none
            }
        }
        let dict = containerType(m, "ModuleDict")
        dict.method("__init__(modules=None)", on: PyTorchModule.self) { interp, c, b in
            c.moduleInitCalled = true
            if let ms = b.optional("modules") {
                for key in try interp.iterateToArray(ms) { c.registerModule(try interp.toStringValue(key), try NNModuleMethods.module(try interp.getItem(ms, key))) }
            }
            return .none
        }
        dict.define("__getitem__") { interp, args in
            let c = try NNModuleMethods.module(try args[0])
            let key = try interp.toStringValue(try args[1])
            guard let sub = c.modules.first(where: { $0.name == key })?.module else { throw PyError.key(.str(key)) }
            return .object(sub)
        }
        dict.define("__setitem__") { interp, args in
            try NNModuleMethods.module(try args[0]).registerModule(try interp.toStringValue(try args[1]), try NNModuleMethods.module(try args[2]))
            return .none
        }
        dict.define("__len__") { _, args in .int(try NNModuleMethods.module(try args[0]).modules.count) }
        dict.define("__iter__") { _, args in .object(PyIterator(values: try NNModuleMethods.module(try args[0]).modules.map { .str($0.name) })) }
        dict.define("__contains__") { interp, args in
            let key = try interp.toStringValue(try args[1])
            return .bool(try NNModuleMethods.module(try args[0]).modules.contains { $0.name == key })
        }
        dict.method("keys()", on: PyTorchModule.self) { _, c, _ in .list(c.modules.map { .str($0.name) }) }
        dict.method("values()", on: PyTorchModule.self) { _, c, _ in .list(children(c).map { .object($0) }) }
        dict.method("items()", on: PyTorchModule.self) { _, c, _ in
            .list(c.modules.compactMap { e in e.module.map { .tuple([.str(e.name), .object($0)]) } })
        }
    }

    static func installLossModules(_ m: PyModule) {
        for (name, extra) in [("MSELoss", ""), ("L1Loss", ""), ("SmoothL1Loss", ", beta=1.0"), ("HuberLoss", ", delta=1.0"),
                              ("BCELoss", ", weight=None"), ("BCEWithLogitsLoss", ", weight=None, pos_weight=None"),
                              ("CrossEntropyLoss", ", weight=None, ignore_index=-100, label_smoothing=0.0"),
                              ("NLLLoss", ", weight=None, ignore_index=-100"), ("KLDivLoss", ", log_target=False")] {
            layer(m, "\(name)(size_average=None, reduce=None, reduction='mean'\(extra))", forward: "forward(input, target)", extraRepr: nil) { interp, l, b in
                let reduction = b["reduction"]?.asString ?? "mean"
                _ = try Reduction(name: reduction)
                set(l, "reduction", .str(reduction))
                if let v = b["log_target"] { set(l, "log_target", v) }
                for key in ["beta", "delta", "label_smoothing"] where b[key] != nil {
                    set(l, key, .float(try TorchBridge.double(b[key], interp) ?? 0))
                }
                if extra.contains("ignore_index") {
                    set(l, "ignore_index", .int(try b.optional("ignore_index").map { try interp.toInt($0) } ?? -100))
                }
                if let w = b.optional("weight") { l.registerBuffer("weight", try TorchBridge.tensor(w)) }
                if let pw = b.optional("pos_weight") { l.registerBuffer("pos_weight", try TorchBridge.tensor(pw)) }
            } _: { interp, l, b in
                var options: [(name: Symbol, value: Value)] = [(Symbol("reduction"), l.attribute(Symbol("reduction")) ?? .str("mean"))]
                for key in ["beta", "delta", "label_smoothing", "ignore_index", "log_target"] {
                    if let v = l.attribute(Symbol(key)) { options.append((Symbol(key), v)) }
                }
                if let w = l.buffer("weight") { options.append((Symbol("weight"), .object(w))) }
                if let pw = l.buffer("pos_weight") { options.append((Symbol("pos_weight"), .object(pw))) }
                return try TorchFunctional.loss(interp, name, b["input"] ?? .none, b["target"] ?? .none, options)
            }
        }
    }
}
