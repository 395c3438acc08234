/// A `dict`: insertion-ordered, with Python key semantics.
public final class PyDict: PyObject {
    private var keys: [HashKey?] = []
    private var values: [Value] = []
    private var index: [HashKey: Int] = [:]
    private var tombstones = 0
    /// Set once a key whose class defines `__eq__` goes in: looking anything up may then run
    /// Python code, which the borrowing fast paths (`DictStrKeySite`) must not allow.
    private(set) var hasCustomKeys = false
    /// Set for `vars(obj)` / `obj.__dict__` (see `namespace(of:)`): the object whose attributes
    /// this dict shows. They stay the storage of record; the dict refreshes from them before
    /// each use and writes each change back, so changes are seen both ways.
    private var namespaceOwner: PyObject?

    public init() {
        super.init(type: BuiltinTypes.dict)
        GarbageCollector.track(self)
    }
    public override init(type: PyType) {
        super.init(type: type)
        GarbageCollector.track(self)
    }
    deinit { NestedRelease.release(&values) }

    /// The live `__dict__` of an object: its instance attributes, or a class's namespace
    /// (read-only: a class's `__dict__` is a mappingproxy over this).
    public static func namespace(of owner: PyObject) -> PyDict {
        let d = PyDict()
        d.namespaceOwner = owner
        d.pullNamespace()
        return d
    }

    @inline(__always)
    private func refresh() {
        if namespaceOwner != nil { pullNamespace() }
    }

    private func pullNamespace() {
        guard let owner = namespaceOwner else { return }
        let table = (owner as? PyType)?.namespace ?? owner.attributes
        let entries = table?.entries ?? []
        if tombstones == 0, entries.count == keys.count,
           zip(entries, zip(keys, values)).allSatisfy({ e, kv in kv.0?.value.asString == e.0.name && kv.1.isIdentical(to: e.1) }) {
            return
        }
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        index.removeAll(keepingCapacity: true)
        tombstones = 0
        for (name, value) in entries {
            let key = HashKey.string(name.name)
            index[key] = keys.count
            keys.append(key)
            values.append(value)
        }
    }

    /// Writes the dict back as the owner's attributes (string keys: attribute names).
    private func pushNamespace() {
        guard let owner = namespaceOwner, !(owner is PyType) else { return }
        var table = AttributeTable()
        for (k, v) in zip(keys, values) {
            if let name = k?.value.asString { table[Symbol(name)] = v }
        }
        owner.attributes = table
    }

    /// Each key is held twice (in `keys` and in `index`), each value once.
    public override func visitReferences(_ visit: (PyObject) -> Void) {
        super.visitReferences(visit)
        if let owner = namespaceOwner { visit(owner) }
        keys.visitKeys(visit)
        values.visitObjects(visit)
        index.visitKeys(visit)
    }

    public override func clearReferences() {
        super.clearReferences()
        namespaceOwner = nil
        removeAll()
    }

    public var count: Int {
        refresh()
        return index.count
    }

    public subscript(key: HashKey) -> Value? {
        get {
            refresh()
            return index[key].map { values[$0] }
        }
        set {
            refresh()
            defer { if namespaceOwner != nil { pushNamespace() } }
            if let value = newValue {
                if let i = index[key] {
                    values[i] = value
                } else {
                    if key.custom { hasCustomKeys = true }
                    index[key] = keys.count
                    keys.append(key)
                    values.append(value)
                }
            } else if let i = index.removeValue(forKey: key) {
                keys[i] = nil
                values[i] = .none
                tombstones += 1
                if tombstones > 16 && tombstones > keys.count / 2 { compact() }
            }
        }
    }

    private func compact() {
        var newKeys: [HashKey?] = []
        var newValues: [Value] = []
        index.removeAll(keepingCapacity: true)
        for (k, v) in zip(keys, values) {
            if let k = k {
                index[k] = newKeys.count
                newKeys.append(k)
                newValues.append(v)
            }
        }
        keys = newKeys
        values = newValues
        tombstones = 0
    }

    public var entries: [(Value, Value)] {
        refresh()
        return zip(keys, values).compactMap { k, v in k.map { ($0.value, v) } }
    }

    public var keyList: [Value] {
        refresh()
        return keys.compactMap { $0?.value }
    }
    public var hashKeys: [HashKey] {
        refresh()
        return keys.compactMap { $0 }
    }
    public var valueList: [Value] {
        refresh()
        return zip(keys, values).compactMap { k, v in k == nil ? nil : v }
    }

    public func removeAll() {
        keys = []
        values = []
        index = [:]
        tombstones = 0
        pushNamespace()
    }

    /// Removes and returns the last inserted entry (`popitem`).
    public func popLast() -> (Value, Value)? {
        refresh()
        defer { if namespaceOwner != nil { pushNamespace() } }
        while let last = keys.last {
            let v = values.removeLast()
            keys.removeLast()
            if let k = last {
                index.removeValue(forKey: k)
                return (k.value, v)
            }
            tombstones -= 1
        }
        return nil
    }

    /// The key at position i of iteration order, for live iteration.
    func entry(atRawIndex i: Int) -> (HashKey, Value)? {
        refresh()
        guard i < keys.count, let k = keys[i] else { return nil }
        return (k, values[i])
    }
    var rawCount: Int {
        refresh()
        return keys.count
    }
}
