import Language

/// `import _weakref`: the reference type under the `weakref` module (whose dictionaries and
/// `finalize` are Cellgrad Python, in Library/PythonLibrary+Weakref.swift).
enum WeakrefModule {
    nonisolated(unsafe) static let referenceType: PyType = {
        let t = PyType(name: "ReferenceType", bases: [BuiltinTypes.object], module: "weakref")
        t.constructor = { interp, type, args in
            guard let target = args.positional.first else {
                throw PyError.type("__new__ expected at least 1 argument, got 0")
            }
            guard case .object(let o) = target, canBeWeaklyReferenced(o) else {
                throw PyError.type("cannot create weak reference to '\(target.typeName)' object")
            }
            let callback = args.count > 1 ? args.positional[1] : (args.keyword("callback") ?? .none)
            return .object(PyWeakReference(type: type, target: o, callback: callback))
        }
        t.define("__call__") { _, args in
            guard let r = args.receiver.asObject as? PyWeakReference, let target = r.target else { return .none }
            return .object(target)
        }
        t.property("__callback__") { _, v in (v.asObject as? PyWeakReference)?.callback ?? .none }
        t.define("__hash__") { interp, args in
            guard let r = args.receiver.asObject as? PyWeakReference else { return .int(0) }
            if let h = r.cachedHash { return .int(h) }
            guard let target = r.target else { throw PyError.type("weak object has gone away") }
            let h = try interp.hashKey(.object(target)).hash
            r.cachedHash = h
            return .int(h)
        }
        t.define("__eq__") { interp, args in
            guard let a = args.receiver.asObject as? PyWeakReference, let b = try args[1].asObject as? PyWeakReference else {
                return .object(PyNotImplemented.shared.value)
            }
            if let x = a.target, let y = b.target { return .bool(try interp.equals(.object(x), .object(y))) }
            return .bool(a === b)
        }
        t.define("__repr__") { _, args in
            guard let r = args.receiver.asObject as? PyWeakReference else { return .str("<weakref>") }
            let at = address(r)
            guard let target = r.target else { return .str("<weakref at \(at); dead>") }
            return .str("<weakref at \(at); to '\(target.type.qualifiedName)' at \(address(target))>")
        }
        return t
    }()

    /// CPython's rule: instances of most built-in value types (int, str, tuple, list, dict)
    /// cannot be weakly referenced; classes, functions, sets and instances of classes can.
    static func canBeWeaklyReferenced(_ o: PyObject) -> Bool {
        if o is PyStr || o is PyTuple { return false }
        for t in [BuiltinTypes.list, BuiltinTypes.dict] where o.hasType(t) { return false }
        return true
    }

    static func address(_ o: PyObject) -> String {
        "0x" + String(UInt(bitPattern: ObjectIdentifier(o).hashValue), radix: 16)
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "_weakref", doc: "Weak references: the reference type.")
        m["ref"] = .object(referenceType)
        m["ReferenceType"] = .object(referenceType)
        m.define("getweakrefcount") { _, args in
            guard case .object(let o) = try args[0] else { return .int(0) }
            return .int(WeakReferences.references(to: o).count)
        }
        m.define("getweakrefs") { _, args in
            guard case .object(let o) = try args[0] else { return .list([]) }
            return .list(WeakReferences.references(to: o).map { .object($0) })
        }
        return m
    }
}
