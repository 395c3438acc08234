/// A `dict`: insertion-ordered, with Python key semantics.
public final class PyDict: PyObject {
    private var keys: [HashKey?] = []
    private var values: [Value] = []
    private var index: [HashKey: Int] = [:]
    private var tombstones = 0
    /// Set once a key whose class defines `__eq__` goes in: looking anything up may then run
    /// Python code, which the borrowing fast paths (`DictStrKeySite`) must not allow.
    private(set) var hasCustomKeys = false

    public init() {
        super.init(type: BuiltinTypes.dict)
        GarbageCollector.track(self)
    }
    public override init(type: PyType) {
        super.init(type: type)
        GarbageCollector.track(self)
    }
    deinit { NestedRelease.release(&values) }

    /// Each key is held twice (in `keys` and in `index`), each value once.
    public override func visitReferences(_ visit: (PyObject) -> Void) {
        super.visitReferences(visit)
        keys.visitKeys(visit)
        values.visitObjects(visit)
        index.visitKeys(visit)
    }

    public override func clearReferences() {
        super.clearReferences()
        removeAll()
    }

    public var count: Int { index.count }

    public subscript(key: HashKey) -> Value? {
        get { index[key].map { values[$0] } }
        set {
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
        zip(keys, values).compactMap { k, v in k.map { ($0.value, v) } }
    }

    public var keyList: [Value] { keys.compactMap { $0?.value } }
    public var hashKeys: [HashKey] { keys.compactMap { $0 } }
    public var valueList: [Value] { zip(keys, values).compactMap { k, v in k == nil ? nil : v } }

    public func removeAll() {
        keys = []
        values = []
        index = [:]
        tombstones = 0
    }

    /// Removes and returns the last inserted entry (`popitem`).
    public func popLast() -> (Value, Value)? {
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
        guard i < keys.count, let k = keys[i] else { return nil }
        return (k, values[i])
    }
    var rawCount: Int { keys.count }
}
