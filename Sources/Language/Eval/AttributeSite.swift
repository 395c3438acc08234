/// The inline cache of one `obj.name` read or `obj.name = v` write (PEP 659's LOAD_ATTR and
/// STORE_ATTR for instances, keyed on the type): for the class its receivers had last, whether
/// the name is an instance attribute pure and simple there, i.e. no property or other data
/// descriptor of the class takes precedence and, for writes, no `__setattr__` intercepts. While
/// receivers keep that class and no class namespace changes, a read is a lookup in the
/// instance's own table at the position it was found last time, and a write stores there,
/// with no walk of the class's MRO. Anything else takes the general attribute protocol.
final class AttributeSite {
    let name: Symbol
    /// What reads and writes mean for each class seen, most recent first; at most
    /// `capacity` classes (a method of a base class sees the instances of its subclasses).
    private var entries: [Entry] = []
    /// Keeps the types alive while entries name them (entries hold no counted reference, so
    /// reading them costs no retain).
    private var pinnedTypes: [PyType] = []
    private static let capacity = 4
    private var generation = -1
    /// Where the name was in the last receiver's table: instances of one class set their
    /// attributes in the same order, so it is usually where the next receiver has it too.
    private var position = 0

    private struct Entry {
        unowned(unsafe) let type: PyType
        let plainRead: Bool
        let plainWrite: Bool
    }

    init(_ name: Symbol) { self.name = name }

    /// The receiver's own value for the name, when the cache says that is what a read yields;
    /// nil sends the read to the general lookup.
    @inline(__always)
    func read(_ v: Value) -> Value? {
        guard case .object(let o) = v, o.hasCellDefinedType, entry(o).plainRead else { return nil }
        return o.attributes?.value(for: name, near: &position)
    }

    /// Stores the value in the receiver's own table when the cache says that is what a write
    /// does; false sends the write to the general protocol.
    @inline(__always)
    func write(_ v: Value, _ value: Value) -> Bool {
        guard case .object(let o) = v, o.hasCellDefinedType, entry(o).plainWrite else { return false }
        if o.attributes == nil { o.attributes = AttributeTable() }
        o.attributes?.set(value, for: name, near: &position)
        return true
    }

    @inline(__always)
    private func entry(_ o: PyObject) -> (plainRead: Bool, plainWrite: Bool) {
        if generation == PyType.namespaceGeneration {
            for e in entries where o.hasType(e.type) { return (e.plainRead, e.plainWrite) }
        }
        return learn(o)
    }

    /// Asks the class what a read and a write of the name mean for its instances, as
    /// `Interpreter.lookupAttribute` and `setAttribute` decide it.
    @inline(never)
    private func learn(_ o: PyObject) -> (plainRead: Bool, plainWrite: Bool) {
        if generation != PyType.namespaceGeneration {
            entries.removeAll(keepingCapacity: true)
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
        if entries.count == AttributeSite.capacity {
            entries.removeLast()
            pinnedTypes.removeLast()
        }
        entries.insert(Entry(type: t, plainRead: plainRead, plainWrite: plainWrite), at: 0)
        pinnedTypes.insert(t, at: 0)
        return (plainRead, plainWrite)
    }
}
