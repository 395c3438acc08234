/// An insertion-ordered map from names to values: instance `__dict__`s, class namespaces and
/// module globals. Lookups are a hash of a Symbol id.
public struct AttributeTable {
    public private(set) var keys: [Symbol] = []
    public private(set) var values: [Value] = []
    private var index: [Symbol: Int] = [:]

    public init() {}

    public subscript(key: Symbol) -> Value? {
        get {
            guard let i = index[key] else { return nil }
            return values[i]
        }
        set {
            if let value = newValue {
                if let i = index[key] {
                    values[i] = value
                } else {
                    index[key] = keys.count
                    keys.append(key)
                    values.append(value)
                }
            } else if let i = index.removeValue(forKey: key) {
                keys.remove(at: i)
                values.remove(at: i)
                for k in i..<keys.count { index[keys[k]] = k }
            }
        }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    public var entries: [(Symbol, Value)] { Array(zip(keys, values)) }
}
