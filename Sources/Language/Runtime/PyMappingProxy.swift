/// A class's `__dict__`: a read-only view of its namespace (`mappingproxy`), so
/// `C.__dict__['x']` reads and `C.__dict__['x'] = 1` raises as in Python.
public final class PyMappingProxy: PyObject {
    /// The live namespace dict this view reads through.
    public let mapping: PyDict

    public init(_ mapping: PyDict) {
        self.mapping = mapping
        super.init(type: PyMappingProxy.type)
    }

    public override func visitReferences(_ visit: (PyObject) -> Void) {
        super.visitReferences(visit)
        visit(mapping)
    }

    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "mappingproxy", bases: [BuiltinTypes.object])
        func mapping(_ v: Value) throws -> PyDict {
            guard let p = v.asObject as? PyMappingProxy else { throw PyError.type("descriptor requires a 'mappingproxy' object") }
            return p.mapping
        }
        // The reading half of dict's interface, over the namespace dict.
        t.define("__getitem__") { interp, args in
            let key = try args[1]
            guard let v = try mapping(args.receiver)[interp.hashKey(key)] else { throw PyError.key(key) }
            return v
        }
        t.define("get") { interp, args in
            try mapping(args.receiver)[interp.hashKey(try args[1])] ?? (args.count > 2 ? args.positional[2] : .none)
        }
        t.define("__contains__") { interp, args in .bool(try mapping(args.receiver)[interp.hashKey(try args[1])] != nil) }
        t.define("__len__") { _, args in .int(try mapping(args.receiver).count) }
        t.define("__iter__") { _, args in .object(PyDictView(try mapping(args.receiver), .keys).makeIterator()) }
        t.define("keys") { _, args in .object(PyDictView(try mapping(args.receiver), .keys)) }
        t.define("values") { _, args in .object(PyDictView(try mapping(args.receiver), .values)) }
        t.define("items") { _, args in .object(PyDictView(try mapping(args.receiver), .items)) }
        t.define("copy") { _, args in
            let copy = PyDict()
            let source = try mapping(args.receiver)
            for k in source.hashKeys { copy[k] = source[k] }
            return .object(copy)
        }
        t.define("__eq__") { interp, args in
            let other = try args[1]
            let rhs = (other.asObject as? PyMappingProxy).map { Value.object($0.mapping) } ?? other
            return .bool(try interp.equals(.object(try mapping(args.receiver)), rhs))
        }
        // str() shows the mapping itself, repr() wraps it: mappingproxy({...}).
        t.define("__str__") { interp, args in .str(try interp.str(.object(try mapping(args.receiver)))) }
        t.define("__repr__") { interp, args in .str("mappingproxy(\(try interp.repr(.object(try mapping(args.receiver)))))") }
        t.define("__setitem__") { _, _ in throw PyError.type("'mappingproxy' object does not support item assignment") }
        t.define("__delitem__") { _, _ in throw PyError.type("'mappingproxy' object does not support item deletion") }
        // `types.MappingProxyType(d)`: a read-only view of a dict the caller keeps.
        t.constructor = { _, _, args in
            var given = args.positional
            for (name, value) in args.keywords {
                guard name.name == "mapping", given.isEmpty else {
                    throw PyError.type("mappingproxy() got an unexpected keyword argument '\(name.name)'")
                }
                given.append(value)
            }
            if given.isEmpty { throw PyError.type("mappingproxy() missing required argument 'mapping' (pos 1)") }
            if given.count > 1 { throw PyError.type("mappingproxy() takes at most 1 argument (\(given.count) given)") }
            let source = given[0]
            if let d = source.asObject as? PyDict { return .object(PyMappingProxy(d)) }
            if let p = source.asObject as? PyMappingProxy { return .object(PyMappingProxy(p.mapping)) }
            if source.asObject?.type.lookup(Symbol("keys")) != nil, source.asObject?.type.lookup(Dunder.getitem) != nil {
                throw PyError.notImplemented("mappingproxy over a mapping that is not a dict is not supported in Cellgrad")
            }
            throw PyError.type("mappingproxy() argument must be a mapping, not \(source.typeName)")
        }
        return t
    }()
}
