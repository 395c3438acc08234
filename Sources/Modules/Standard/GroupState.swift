import Language

/// `itertools.groupby`: one pass over the source shared by the outer iterator and the group
/// it last handed out. Advancing the outer iterator ends the previous group, as in CPython.
final class GroupState {
    private let source: PyIterator
    private let keyFunction: Value?
    /// The value read but not yet handed out, with its key.
    private var pending: (key: Value, value: Value)?
    private var exhausted = false
    /// The key of the group handed out last; the next group starts at the first other key.
    private var lastKey: Value?
    /// Which group may read: an older group's iterator sees its end.
    private var generation = 0

    init(_ source: PyIterator, _ keyFunction: Value?) {
        self.source = source
        self.keyFunction = keyFunction
    }

    private func read(_ interp: Interpreter) throws -> (key: Value, value: Value)? {
        guard !exhausted, let v = try source.next(interp) else { exhausted = true; return nil }
        return (try keyFunction.map { try interp.call($0, one: v) } ?? v, v)
    }

    func nextGroup(_ interp: Interpreter) throws -> (Value, PyIterator)? {
        generation += 1
        if pending == nil { pending = try read(interp) }
        guard var first = pending else { return nil }
        if let last = lastKey {
            // Skip what the previous group left unread.
            while try interp.equals(first.key, last) {
                guard let n = try read(interp) else { pending = nil; return nil }
                first = n
            }
        }
        pending = first
        lastKey = first.key
        let mine = generation
        let key = first.key
        let group = PyIterator { [self] interp in
            guard mine == self.generation, let p = self.pending else { return nil }
            guard try interp.equals(p.key, key) else { return nil }
            self.pending = try self.read(interp)
            return p.value
        }
        return (key, group)
    }
}
