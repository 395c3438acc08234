/// An insertion-ordered map from names to values: instance `__dict__`s, class namespaces and
/// module globals. A small table (an instance's few attributes, a small class) is searched by
/// comparing Symbol ids, with no hash table at all: that is faster than hashing for a handful
/// of names, and an instance's `__dict__` costs one small array. Past `linearLimit` names the
/// table keeps an index by Symbol id.
public struct AttributeTable {
    private var items: [(key: Symbol, value: Value)] = []
    /// Position of each key, built once the table outgrows a linear scan.
    private var index: [Symbol: Int]?
    private static let linearLimit = 8

    public init() {}

    public var keys: [Symbol] { items.map(\.key) }
    public var values: [Value] { items.map(\.value) }

    @inline(__always)
    private func position(of key: Symbol) -> Int? {
        if let index { return index[key] }
        return items.withUnsafeBufferPointer { entries in
            for i in entries.indices where entries[i].key.id == key.id { return i }
            return nil
        }
    }

    public subscript(key: Symbol) -> Value? {
        get {
            guard let i = position(of: key) else { return nil }
            return items[i].value
        }
        set {
            if let value = newValue {
                if let i = position(of: key) {
                    items[i].value = value
                } else {
                    // Room for an instance's usual few attributes in the first allocation.
                    if items.isEmpty { items.reserveCapacity(4) }
                    index?[key] = items.count
                    items.append((key, value))
                    if index == nil, items.count > AttributeTable.linearLimit {
                        index = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1.key, $0) })
                    }
                }
            } else if let i = position(of: key) {
                items.remove(at: i)
                if index != nil {
                    index?[key] = nil
                    for k in i..<items.count { index?[items[k].key] = k }
                }
            }
        }
    }

    /// The value for `key`, looked for first at `hint` (an attribute site's memory of where the
    /// name was last time), which is updated to where it was found.
    @inline(__always)
    public func value(for key: Symbol, near hint: inout Int) -> Value? {
        let h = hint
        if h < items.count, items[h].key.id == key.id { return items[h].value }
        guard let i = position(of: key) else { return nil }
        hint = i
        return items[i].value
    }

    /// Binds `key`, replacing the value at `hint` when the name is there.
    @inline(__always)
    public mutating func set(_ value: Value, for key: Symbol, near hint: inout Int) {
        let h = hint
        if h < items.count, items[h].key.id == key.id {
            items[h].value = value
            return
        }
        self[key] = value
        if let i = position(of: key) { hint = i }
    }

    public var count: Int { items.count }
    public var isEmpty: Bool { items.isEmpty }

    /// Whether the name is bound here, without copying its value out.
    @inline(__always)
    public func contains(_ key: Symbol) -> Bool { position(of: key) != nil }

    /// `value(for:near:)` on a table borrowed in place (an object's `attributes`).
    @inline(__always)
    static func value(in table: inout AttributeTable?, for key: Symbol, near hint: inout Int) -> Value? {
        table?.value(for: key, near: &hint)
    }

    /// `contains` on a table borrowed in place.
    @inline(__always)
    static func contains(_ key: Symbol, in table: inout AttributeTable?) -> Bool {
        table?.contains(key) ?? false
    }

    public var entries: [(Symbol, Value)] { items.map { ($0.key, $0.value) } }

    /// For the cycle collector (see ReferenceVisiting.swift): each value, storage made unique.
    mutating func visitValues(_ visit: (PyObject) -> Void) {
        items.withUnsafeMutableBufferPointer { buffer in
            for i in buffer.indices {
                if case .object(let o) = buffer[i].value { visit(o) }
            }
        }
    }
}
