/// A `set` or `frozenset`.
public final class PySet: PyObject {
    public private(set) var storage: [HashKey] = []
    private var index: [HashKey: Int] = [:]

    public init(frozen: Bool = false) {
        super.init(type: frozen ? BuiltinTypes.frozenset : BuiltinTypes.set)
        GarbageCollector.track(self)
    }

    /// Each element is held twice (in `storage` and in `index`).
    public override func visitReferences(_ visit: (PyObject) -> Void) {
        super.visitReferences(visit)
        storage.visitKeys(visit)
        index.visitKeys(visit)
    }

    public override func clearReferences() {
        super.clearReferences()
        removeAll()
    }

    public var count: Int { storage.count }
    public var elements: [Value] { storage.map(\.value) }

    public func contains(_ key: HashKey) -> Bool { index[key] != nil }

    public func insert(_ key: HashKey) {
        guard index[key] == nil else { return }
        index[key] = storage.count
        storage.append(key)
    }

    @discardableResult
    public func remove(_ key: HashKey) -> Bool {
        guard let i = index.removeValue(forKey: key) else { return false }
        storage.remove(at: i)
        for k in i..<storage.count { index[storage[k]] = k }
        return true
    }

    public func removeAll() {
        storage = []
        index = [:]
    }
}
