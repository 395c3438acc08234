import Language
import NN
import Tensor

/// An `nn.Module` instance (also of a cell's subclass): the registered parameters, buffers and
/// sub-modules in assignment order (the order of `parameters()` and `state_dict()`), and the
/// training flag. Each is also a plain attribute, so `self.fc1` reads back the normal way.
final class PyTorchModule: PyObject {
    var parameters: [(name: String, tensor: PyTorchTensor?)] = []
    var buffers: [(name: String, tensor: PyTorchTensor?)] = []
    var modules: [(name: String, module: PyTorchModule?)] = []
    var training = true
    /// Set by `Module.__init__` (and every native layer's): torch refuses to register a
    /// parameter or sub-module on a subclass whose `__init__` forgot `super().__init__()`.
    var moduleInitCalled = false
    /// `register_forward_pre_hook` / `register_forward_hook` callables, by handle id.
    var preHooks: [(Int, Value)] = []
    var forwardHooks: [(Int, Value)] = []

    override init(type: PyType) {
        super.init(type: type)
        GarbageCollector.track(self)
    }

    /// For the cycle collector: sub-modules (also held as attributes, which the base reports)
    /// and hooks; parameters and buffers are tensors, which hold no Python objects.
    override func visitReferences(_ visit: (PyObject) -> Void) {
        super.visitReferences(visit)
        modules.withUnsafeMutableBufferPointer { entries in
            for i in entries.indices { if let m = entries[i].module { visit(m) } }
        }
        for i in preHooks.indices { preHooks.withUnsafeMutableBufferPointer { if case .object(let o) = $0[i].1 { visit(o) } } }
        for i in forwardHooks.indices { forwardHooks.withUnsafeMutableBufferPointer { if case .object(let o) = $0[i].1 { visit(o) } } }
    }

    override func clearReferences() {
        super.clearReferences()
        modules = []
        preHooks = []
        forwardHooks = []
    }

    func registerParameter(_ name: String, _ tensor: PyTorchTensor?) {
        if let i = parameters.firstIndex(where: { $0.name == name }) { parameters[i].tensor = tensor } else { parameters.append((name, tensor)) }
        setAttribute(Symbol(name), tensor.map { .object($0) } ?? Value.none)
    }

    func registerBuffer(_ name: String, _ tensor: PyTorchTensor?) {
        if let i = buffers.firstIndex(where: { $0.name == name }) { buffers[i].tensor = tensor } else { buffers.append((name, tensor)) }
        setAttribute(Symbol(name), tensor.map { .object($0) } ?? Value.none)
    }

    func registerModule(_ name: String, _ module: PyTorchModule?) {
        if let i = modules.firstIndex(where: { $0.name == name }) { modules[i].module = module } else { modules.append((name, module)) }
        setAttribute(Symbol(name), module.map { .object($0) } ?? Value.none)
    }

    func parameter(_ name: String) -> PyTorchTensor? {
        parameters.first { $0.name == name }?.tensor
    }

    func buffer(_ name: String) -> PyTorchTensor? {
        buffers.first { $0.name == name }?.tensor
    }

    /// `named_parameters()`: depth first, each tensor once.
    func namedParameters(prefix: String = "", recurse: Bool = true) -> [(String, PyTorchTensor)] {
        var seen = Set<ObjectIdentifier>()
        var out: [(String, PyTorchTensor)] = []
        for (name, module) in namedModules(prefix: prefix) where recurse || module === self {
            for (pname, p) in module.parameters {
                guard let p, seen.insert(ObjectIdentifier(p)).inserted else { continue }
                out.append((name.isEmpty ? pname : name + "." + pname, p))
            }
        }
        return out
    }

    func namedBuffers(prefix: String = "") -> [(String, PyTorchTensor)] {
        var out: [(String, PyTorchTensor)] = []
        for (name, module) in namedModules(prefix: prefix) {
            for (bname, b) in module.buffers {
                guard let b else { continue }
                out.append((name.isEmpty ? bname : name + "." + bname, b))
            }
        }
        return out
    }

    /// `named_modules()`: this module first, then each sub-module once, depth first. A module
    /// reached twice (weights tied by `self.dec = self.enc`) appears under both names when
    /// `removeDuplicates` is false, as `state_dict` lists it.
    func namedModules(prefix: String = "", removeDuplicates: Bool = true) -> [(String, PyTorchModule)] {
        var seen = Set<ObjectIdentifier>(), ancestors = Set<ObjectIdentifier>()
        var out: [(String, PyTorchModule)] = []
        func walk(_ m: PyTorchModule, _ name: String) {
            let id = ObjectIdentifier(m)
            guard !ancestors.contains(id), seen.insert(id).inserted || !removeDuplicates else { return }
            out.append((name, m))
            ancestors.insert(id)
            for (child, sub) in m.modules {
                guard let sub else { continue }
                walk(sub, name.isEmpty ? child : name + "." + child)
            }
            ancestors.remove(id)
        }
        walk(self, prefix)
        return out
    }

    /// A config value stored as an attribute (`in_features`).
    func int(_ name: String) -> Int {
        if case .int(let i)? = attribute(Symbol(name)) { return i }
        return 0
    }

    func double(_ name: String) -> Double {
        switch attribute(Symbol(name)) {
        case .float(let d)?: return d
        case .int(let i)?: return Double(i)
        default: return 0
        }
    }

    func flag(_ name: String) -> Bool {
        if case .bool(let b)? = attribute(Symbol(name)) { return b }
        return false
    }
}
