/// The inline cache of one `obj.name` read or `obj.name = v` write (PEP 659's LOAD_ATTR and
/// STORE_ATTR for instances, keyed on the type): for the class its receivers had last, whether
/// the name is an instance attribute pure and simple there, i.e. no property or other data
/// descriptor of the class takes precedence and, for writes, no `__setattr__` intercepts. While
/// receivers keep that class and no class namespace changes, a read is a lookup in the
/// instance's own table at the position it was found last time, and a write stores there,
/// with no walk of the class's MRO. Anything else takes the general attribute protocol.
final class AttributeSite {
    let name: Symbol
    /// The classes seen, most recent first, up to four (a method of a base class sees the
    /// instances of its subclasses), each with what reads and writes mean for it. Fields, not
    /// an array: checking them takes no retain and no bounds check.
    private var type0: ObjectIdentifier?
    private var type1: ObjectIdentifier?
    private var type2: ObjectIdentifier?
    private var type3: ObjectIdentifier?
    private var meaning0 = Meaning.general, meaning1 = Meaning.general
    private var meaning2 = Meaning.general, meaning3 = Meaning.general
    /// Keeps the types alive while the fields above name them.
    private var pinnedTypes: [PyType] = []
    private var generation = -1
    /// Where the name was in the last receiver's table: instances of one class set their
    /// attributes in the same order, so it is usually where the next receiver has it too.
    private var position = 0

    private struct Meaning {
        let plainRead: Bool
        let plainWrite: Bool
        static let general = Meaning(plainRead: false, plainWrite: false)
    }

    init(_ name: Symbol) { self.name = name }

    /// The receiver's own value for the name, when the cache says that is what a read yields;
    /// nil sends the read to the general lookup.
    @inline(__always)
    func read(_ v: Value) -> Value? {
        guard case .object(let o) = v else { return nil }
        return read(object: o)
    }

    /// `read` for a receiver known to be an object (borrowed from a slot by the caller).
    @inline(__always)
    func read(object o: PyObject) -> Value? {
        guard o.hasCellDefinedType, meaning(o).plainRead else { return nil }
        return o.attributeValue(name, near: &position)
    }

    /// Stores the value in the receiver's own table when the cache says that is what a write
    /// does; false sends the write to the general protocol.
    @inline(__always)
    func write(_ v: Value, _ value: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        return write(object: o, value)
    }

    /// `write` for a receiver known to be an object (borrowed from a slot by the caller).
    @inline(__always)
    func write(object o: PyObject, _ value: Value) -> Bool {
        guard o.hasCellDefinedType, meaning(o).plainWrite else { return false }
        if o.attributes == nil { o.attributes = AttributeTable() }
        o.attributes?.set(value, for: name, near: &position)
        return true
    }

    @inline(__always)
    private func meaning(_ o: PyObject) -> Meaning {
        if generation == PyType.namespaceGeneration {
            if let t = type0, o.hasType(identifiedBy: t) { return meaning0 }
            if let t = type1, o.hasType(identifiedBy: t) { return meaning1 }
            if let t = type2, o.hasType(identifiedBy: t) { return meaning2 }
            if let t = type3, o.hasType(identifiedBy: t) { return meaning3 }
        }
        return learn(o)
    }

    /// Asks the class what a read and a write of the name mean for its instances, as
    /// `Interpreter.lookupAttribute` and `setAttribute` decide it, and remembers it first.
    @inline(never)
    private func learn(_ o: PyObject) -> Meaning {
        if generation != PyType.namespaceGeneration {
            (type0, type1, type2, type3) = (nil, nil, nil, nil)
            pinnedTypes.removeAll(keepingCapacity: true)
            generation = PyType.namespaceGeneration
        }
        let t = o.type
        // A class whose metaclass is defined in a cell: its attributes live in its namespace.
        let isClassObject = t.isSubtype(of: BuiltinTypes.type)
        var descriptor = false
        if case .object(let d)? = t.lookup(name) {
            descriptor = d is PyProperty || d is PyNativeProperty || d.isDataDescriptor
        }
        let plainRead = !isClassObject && !descriptor
        let interceptsWrites: Bool
        if case .object(let hook)? = t.lookup(Dunder.setattr), let native = hook as? PyNativeFunction {
            interceptsWrites = native.owner !== BuiltinTypes.object
        } else {
            interceptsWrites = t.lookup(Dunder.setattr) != nil
        }
        let plainWrite = plainRead && !interceptsWrites && !t.isBuiltin && !(o is PyModule) && !(o is PyFunction)
        let found = Meaning(plainRead: plainRead, plainWrite: plainWrite)
        (type3, type2, type1, type0) = (type2, type1, type0, ObjectIdentifier(t))
        (meaning3, meaning2, meaning1, meaning0) = (meaning2, meaning1, meaning0, found)
        pinnedTypes.insert(t, at: 0)
        if pinnedTypes.count > 4 { pinnedTypes.removeLast() }
        return found
    }
}
