/// Module-level variables of the session, by slot: the compiler resolves each global name to
/// a slot once, so reading a global is one load. The slots live in a buffer of their own, not
/// a Swift Array: reading an Array held by a class retains its storage and checks the index on
/// every access, and the loops of a cell read and write globals on every iteration.
public final class Globals {
    /// The slots; moved when a new name outgrows them, so never kept across anything that can
    /// define a global.
    private(set) var storage: UnsafeMutablePointer<Value?>
    private var capacity: Int
    public private(set) var names: [Symbol] = []
    private var index: [Symbol: Int] = [:]

    public init() {
        capacity = 16
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deinitialize(count: names.count)
        storage.deallocate()
    }

    public func slot(for name: Symbol) -> Int {
        if let i = index[name] { return i }
        let i = names.count
        if i == capacity {
            let grown = UnsafeMutablePointer<Value?>.allocate(capacity: capacity * 2)
            grown.moveInitialize(from: storage, count: i)
            storage.deallocate()
            storage = grown
            capacity *= 2
        }
        (storage + i).initialize(to: nil)
        index[name] = i
        names.append(name)
        return i
    }

    @inline(__always) public func get(_ slot: Int) -> Value? { storage[slot] }
    @inline(__always) public func set(_ slot: Int, _ value: Value?) { storage[slot] = value }

    public func get(_ name: Symbol) -> Value? {
        guard let i = index[name] else { return nil }
        return storage[i]
    }

    public func set(_ name: Symbol, _ value: Value?) {
        // The slot first: defining the name may move the storage.
        let i = slot(for: name)
        storage[i] = value
    }

    /// Bound names in definition order.
    public var entries: [(Symbol, Value)] {
        names.indices.compactMap { i in storage[i].map { (names[i], $0) } }
    }
}
