/// Frees deeply nested containers without recursing once per level on the native stack.
///
/// Releasing the last reference to a list runs its deinit, which releases its items, whose
/// deinits release theirs: one native frame per level. A 10,000,000-deep `x = [x]` chain (or a
/// long linked list of objects) would overflow any stack. Python's "trashcan" bounds this, and
/// so does this: past ``depthLimit`` nested teardowns, a container's items are parked here
/// instead of released, and the outermost teardown releases the parked ones one by one, each
/// again at most ``depthLimit`` deep.
///
/// ```python
/// x = []
/// for _ in range(10_000_000): x = [x]
/// del x          # freed iteratively, no crash
/// ```
///
/// Swift may end an object's lifetime earlier than the statement that drops it, so a counter
/// kept around a plain assignment would not bracket the release. The counter therefore lives
/// in a heap object (which any deinit may read), and the release itself happens inside a call
/// that is never inlined: it cannot move out from between the counter's updates.
enum NestedRelease {
    final class State {
        /// Nested teardowns running now (interpreters run one thread at a time, as everywhere here).
        var depth = 0
        /// Objects whose release was put off because the teardown was already deep.
        var parked: [PyObject] = []
    }

    nonisolated(unsafe) static let state = State()
    private static let depthLimit = 200

    /// Releases `values` (a container's storage, from its deinit), iteratively when deep.
    @inline(__always)
    static func release(_ values: inout [Value]) {
        if values.isEmpty { return }
        let s = state
        if s.depth >= depthLimit {
            for case .object(let o) in values { s.parked.append(o) }
            values = []
            return
        }
        s.depth += 1
        empty(&values)
        finishLevel(s)
    }

    /// Releases an object's attribute table the same way (long linked lists of instances).
    @inline(__always)
    static func release(_ attributes: inout AttributeTable?) {
        guard attributes != nil else { return }
        let s = state
        if s.depth >= depthLimit {
            for case .object(let o) in attributes?.values ?? [] { s.parked.append(o) }
            attributes = nil
            return
        }
        s.depth += 1
        empty(&attributes)
        finishLevel(s)
    }

    @inline(never)
    private static func empty(_ values: inout [Value]) { values = [] }

    @inline(never)
    private static func empty(_ attributes: inout AttributeTable?) { attributes = nil }

    @inline(never)
    private static func drop(_ object: consuming PyObject) { _ = consume object }

    /// Leaves one level; the outermost teardown then releases what deeper ones parked.
    @inline(__always)
    private static func finishLevel(_ s: State) {
        s.depth -= 1
        if s.depth == 0 && !s.parked.isEmpty { drain(s) }
    }

    private static func drain(_ s: State) {
        s.depth += 1
        while let next = s.parked.popLast() { drop(next) }
        s.depth -= 1
    }
}
