/// A value used as a dict key or set element, with Python's hashing and equality for built-in
/// types (1 == 1.0 == True share a key). Build it with `Interpreter.hashKey(_:)`, which rejects
/// unhashable values.
public struct HashKey: Hashable {
    public let value: Value
    let hash: Int
    /// Set for instances of classes that define `__eq__`: equality calls back into Python.
    let custom: Bool

    init(value: Value, hash: Int, custom: Bool = false) {
        self.value = value
        self.hash = hash
        self.custom = custom
    }

    /// Python-level equality for keys whose class defines `__eq__`, installed by the
    /// interpreter that runs on this thread. Errors count as "not equal".
    nonisolated(unsafe) static var customEquality: ((Value, Value) -> Bool)?

    public func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    public func _rawHashValue(seed: Int) -> Int { cheapHash(hash, seed: seed) }

    /// The key of a str, which never fails to hash.
    public static func string(_ s: String) -> HashKey { HashKey(value: .str(s), hash: PyStr.hash(of: s)) }

    public static func == (a: HashKey, b: HashKey) -> Bool {
        guard a.hash == b.hash else { return false }
        if (a.custom || b.custom), let eq = customEquality { return eq(a.value, b.value) }
        return HashKey.equal(a.value, b.value)
    }

    /// Structural equality of hashable built-in values; identity for other objects.
    /// (Matched one side at a time: a tuple of the two would copy both, a retain each, on
    /// every dict probe.)
    static func equal(_ a: Value, _ b: Value) -> Bool {
        if case .object(let x) = a {
            guard case .object(let y) = b else { return false }
            if x === y { return true }
            if let s = x as? PyStr, let t = y as? PyStr { return s.value == t.value }
            if let s = x as? PyTuple, let t = y as? PyTuple {
                return s.items.count == t.items.count && zip(s.items, t.items).allSatisfy { equal($0, $1) }
            }
            if let s = x as? PySet, let t = y as? PySet {
                return s.count == t.count && s.elements.allSatisfy { e in t.storage.contains { equal($0.value, e) } }
            }
            return false
        }
        if case .none = a {
            if case .none = b { return true }
            return false
        }
        if let x = numericValue(a), let y = numericValue(b) { return x == y }
        return false
    }

    static func numericValue(_ v: Value) -> Double? {
        switch v {
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return Double(i)
        case .float(let d): return d
        default: return nil
        }
    }

    /// Python-compatible hashes for numbers: equal numbers hash equally across int/float/bool.
    static func numberHash(_ d: Double) -> Int {
        if d.isNaN { return 0 }
        if d == d.rounded(), abs(d) < 9.2e18 { return Int(d) }
        return d.hashValue
    }

    static func builtinHash(_ v: Value) -> Int? {
        switch v {
        case .none: return 0x2A
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return i
        case .float(let d): return numberHash(d)
        case .object(let o):
            if let s = o as? PyStr { return s.hash }
            if let t = o as? PyTuple {
                var h = Hasher()
                for item in t.items {
                    guard let ih = builtinHash(item) else { return nil }
                    h.combine(ih)
                }
                return h.finalize()
            }
            return nil
        }
    }
}

/// A `dict`: insertion-ordered, with Python key semantics.
public final class PyDict: PyObject {
    private var keys: [HashKey?] = []
    private var values: [Value] = []
    private var index: [HashKey: Int] = [:]
    private var tombstones = 0
    /// Set once a key whose class defines `__eq__` goes in: looking anything up may then run
    /// Python code, which the borrowing fast paths (`DictStrKeySite`) must not allow.
    private(set) var hasCustomKeys = false

    public init() { super.init(type: BuiltinTypes.dict) }
    public override init(type: PyType) { super.init(type: type) }
    deinit { NestedRelease.release(&values) }

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

/// A `set` or `frozenset`.
public final class PySet: PyObject {
    public private(set) var storage: [HashKey] = []
    private var index: [HashKey: Int] = [:]

    public init(frozen: Bool = false) {
        super.init(type: frozen ? BuiltinTypes.frozenset : BuiltinTypes.set)
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
