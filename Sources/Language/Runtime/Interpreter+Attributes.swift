/// Attribute lookup (`obj.name`) and assignment, with descriptors (methods, properties,
/// staticmethod, classmethod) handled as Python does, and "Did you mean" hints.
extension Interpreter {
    public func getAttribute(_ v: Value, _ name: Symbol) throws -> Value {
        if let r = try lookupAttribute(v, name) { return r }
        throw attributeError(v, name)
    }

    /// Like `getAttribute` but nil instead of AttributeError (for `hasattr`, `getattr` defaults).
    public func lookupAttribute(_ v: Value, _ name: Symbol) throws -> Value? {
        if case .object(let o) = v {
            if let t = o as? PyType { return try typeAttribute(t, name) }
            if let s = o as? PySuper, let v = try s.lookup(name, self) { return v }
            let type = o.type
            let classValue = type.lookup(name)
            if let cv = classValue, case .object(let d) = cv {
                if let p = d as? PyNativeProperty { return try p.get(self, v) }
                if let p = d as? PyProperty {
                    guard let getter = p.getter else { throw PyError.attribute("property '\(name.name)' of '\(type.name)' object has no getter") }
                    return try call(getter, one: v)
                }
                if let getter = userDescriptorGetter(d), d.isDataDescriptor {
                    return try call(getter, Arguments([cv, v, .object(type)]))
                }
            }
            if let attrs = o.attributes, let value = attrs[name] { return value }
            if let cv = classValue, case .object(let d) = cv, let getter = userDescriptorGetter(d) {
                return try call(getter, Arguments([cv, v, .object(type)]))
            }
            if let cv = classValue { return bind(cv, to: v, type: type) }
            if let special = try specialAttribute(o, name) { return special }
            // PEP 562: a module's own `__getattr__(name)` answers names it lacks.
            if o is PyModule, name != Dunder.getattr, let getattr = o.attributes?[Dunder.getattr] {
                return try call(getattr, Arguments([.str(name.name)]))
            }
            if let getattr = type.lookup(Dunder.getattr) {
                return try call(getattr, Arguments([v, .str(name.name)]))
            }
            return nil
        }
        let type = v.type
        if let cv = type.lookup(name) {
            if case .object(let d) = cv, let p = d as? PyNativeProperty { return try p.get(self, v) }
            return bind(cv, to: v, type: type)
        }
        if name == Dunder.classAttr { return .object(type) }
        return nil
    }

    /// Turns a class attribute into what instance access yields.
    func bind(_ classValue: Value, to receiver: Value, type: PyType) -> Value {
        guard case .object(let d) = classValue else { return classValue }
        switch d {
        case is PyFunction, is PyNativeFunction:
            return .object(PyBoundMethod(function: classValue, receiver: receiver))
        case let s as PyStaticMethod: return s.function
        case let c as PyClassMethod: return .object(PyBoundMethod(function: c.function, receiver: .object(type)))
        default: return classValue
        }
    }

    /// `__get__` of a descriptor whose class was written in Python (functools.cached_property,
    /// a cell's own descriptor); nil for everything else, built-in descriptors included.
    @inline(__always)
    func userDescriptorGetter(_ d: PyObject) -> Value? {
        guard d.hasCellDefinedType, !(d is PyType) else { return nil }
        return d.type.lookup(Dunder.get)
    }

    func typeAttribute(_ t: PyType, _ name: Symbol) throws -> Value? {
        if let v = t.lookup(name) {
            if case .object(let d) = v {
                if let s = d as? PyStaticMethod { return s.function }
                if let c = d as? PyClassMethod { return .object(PyBoundMethod(function: c.function, receiver: .object(t))) }
                if let getter = userDescriptorGetter(d) { return try call(getter, Arguments([v, .none, .object(t)])) }
            }
            return v
        }
        switch name.name {
        case "__name__": return .str(t.name)
        case "__qualname__": return .str(t.qualifiedName)
        case "__module__": return .str(t.moduleName)
        case "__doc__": return t.doc.map { .str($0) } ?? Value.none
        case "__mro__": return .tuple(t.mro.map { .object($0) })
        case "__bases__": return .tuple(t.bases.map { .object($0) })
        case "__base__": return t.bases.first.map { .object($0) } ?? Value.none
        case "__class__": return .object(t.type)
        case "__dict__": return .object(PyMappingProxy(PyDict.namespace(of: t)))
        case "__subclasses__":
            return .object(PyNativeFunction(name: "__subclasses__") { _, _ in .list([]) })
        default: break
        }
        // A class's metaclass (`class Color(Enum)` under EnumMeta) supplies what the class
        // itself lacks: its methods bound to the class, its properties computed for it.
        let meta = t.type
        if meta !== BuiltinTypes.type, meta.isMutable, let v = meta.lookup(name), case .object(let d) = v {
            if let p = d as? PyProperty, let getter = p.getter { return try call(getter, Arguments([.object(t)])) }
            if d is PyFunction { return .object(PyBoundMethod(function: v, receiver: .object(t))) }
            return v
        }
        return nil
    }

    func specialAttribute(_ o: PyObject, _ name: Symbol) throws -> Value? {
        switch name {
        case Dunder.classAttr: return .object(o.type)
        case Dunder.dict: return .object(PyDict.namespace(of: o))
        default: break
        }
        switch o {
        case let f as PyFunction: return f.specialAttribute(name)
        case let f as PyNativeFunction:
            if name == Dunder.name || name == Dunder.qualname { return .str(f.name) }
            if name == Dunder.doc { return f.doc.map { .str($0) } ?? Value.none }
        case let m as PyBoundMethod:
            if name.name == "__self__" { return m.receiver }
            if name.name == "__func__" { return m.function }
            return try lookupAttribute(m.function, name)
        case let e as PyExceptionObject:
            switch name.name {
            case "args": return .tuple(e.args)
            case "__cause__": return e.cause.map { .object($0) } ?? Value.none
            case "__context__": return e.context.map { .object($0) } ?? Value.none
            case "__traceback__": return Value.none
            case "__suppress_context__": return .bool(e.suppressContext)
            default: break
            }
        default: break
        }
        if name == Dunder.doc { return o.type.doc.map { .str($0) } ?? Value.none }
        return nil
    }

    public func attributeError(_ v: Value, _ name: Symbol) -> PyError {
        var candidates: [String] = []
        var message: String
        if case .object(let o) = v, let m = o as? PyModule {
            message = "module '\(m.name)' has no attribute '\(name.name)'"
            candidates = o.attributes?.keys.map(\.name) ?? []
        } else if case .object(let o) = v, let t = o as? PyType {
            message = "type object '\(t.name)' has no attribute '\(name.name)'"
            candidates = t.mro.flatMap { $0.namespace.keys.map(\.name) }
        } else {
            message = "'\(v.type.messageName)' object has no attribute '\(name.name)'"
            candidates = v.type.mro.flatMap { $0.namespace.keys.map(\.name) } + (v.asObject?.attributes?.keys.map(\.name) ?? [])
        }
        if let near = closestName(name.name, among: candidates.filter { !$0.hasPrefix("__") }) {
            message += ". Did you mean: '\(near)'?"
        }
        let e = PyError.attribute(message)
        e.exception.setAttribute(Symbol("name"), .str(name.name))
        return e
    }

    public func setAttribute(_ target: Value, _ name: Symbol, _ value: Value) throws {
        guard case .object(let o) = target else {
            throw PyError.attribute("'\(target.typeName)' object has no attribute '\(name.name)'")
        }
        if let t = o as? PyType {
            guard t.isMutable else {
                throw PyError.type("cannot set '\(name.name)' attribute of immutable type '\(t.name)'")
            }
            t.setClassAttribute(name, value)
            if name == Dunder.module, let module = value.asString { t.moduleName = module }
            return
        }
        let type = o.type
        if let cv = type.lookup(name), case .object(let d) = cv {
            if let p = d as? PyProperty {
                guard let setter = p.setter else { throw PyError.attribute("property '\(name.name)' of '\(type.name)' object has no setter") }
                _ = try call(setter, two: target, value)
                return
            }
            if let p = d as? PyNativeProperty {
                guard let setter = p.set else { throw PyError.attribute("attribute '\(name.name)' of '\(type.name)' objects is not writable") }
                try setter(self, target, value)
                return
            }
            if d.hasCellDefinedType, !(d is PyType), let setter = d.type.lookup(Dunder.set) {
                _ = try call(setter, Arguments([cv, target, value]))
                return
            }
        }
        if let hook = type.lookup(Dunder.setattr), !isObjectDefault(hook) {
            _ = try call(hook, Arguments([target, .str(name.name), value]))
            return
        }
        try genericSetAttribute(o, name, value)
    }

    /// `object.__setattr__`: stores in the instance dictionary.
    public func genericSetAttribute(_ o: PyObject, _ name: Symbol, _ value: Value) throws {
        if o.type.isBuiltin && !(o is PyModule) && !(o is PyFunction) && !(o is PyExceptionObject) && o.type.allocator == nil {
            throw PyError.attribute("'\(o.type.name)' object has no attribute '\(name.name)'")
        }
        if o.type.isBuiltin && (o is PyStr || o is PyList || o is PyDict || o is PyTuple) {
            throw PyError.attribute("'\(o.type.name)' object has no attribute '\(name.name)'")
        }
        if let f = o as? PyFunction, try f.setSpecialAttribute(name, value) { return }
        o.setAttribute(name, value)
    }

    public func deleteAttribute(_ target: Value, _ name: Symbol) throws {
        // `del Cls.method`: a class's attributes live in its namespace.
        if case .object(let o) = target, let t = o as? PyType {
            guard t.namespace[name] != nil else { throw attributeError(target, name) }
            guard t.isMutable else { throw PyError.type("cannot set '\(name.name)' attribute of immutable type '\(t.name)'") }
            t.namespace[name] = nil
            return
        }
        if case .object(let o) = target, o.hasCellDefinedType, let hook = o.type.lookup(Dunder.delattr), isCellDefined(hook) {
            _ = try call(hook, Arguments([target, .str(name.name)]))
            return
        }
        try genericDeleteAttribute(target, name)
    }

    /// `object.__delattr__`: removes from the instance dictionary.
    public func genericDeleteAttribute(_ target: Value, _ name: Symbol) throws {
        guard case .object(let o) = target, o.attribute(name) != nil else { throw attributeError(target, name) }
        o.setAttribute(name, nil)
    }
}

/// `property(fget, fset)` and the `@property` decorator.
public final class PyProperty: PyObject {
    public var getter: Value?
    public var setter: Value?
    public var doc: String?
    public init(getter: Value?, setter: Value?, doc: String?) {
        self.getter = getter
        self.setter = setter
        self.doc = doc
        super.init(type: BuiltinTypes.property)
    }
}

public final class PyStaticMethod: PyObject {
    public let function: Value
    public init(_ f: Value) { function = f; super.init(type: BuiltinTypes.staticmethod) }
}

public final class PyClassMethod: PyObject {
    public let function: Value
    public init(_ f: Value) { function = f; super.init(type: BuiltinTypes.classmethod) }
}
