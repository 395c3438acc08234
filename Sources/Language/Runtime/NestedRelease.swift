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
enum NestedRelease {
    /// Nested teardowns running now (interpreters run one thread at a time, as everywhere here).
    nonisolated(unsafe) private static var depth = 0
    /// Objects whose release was put off because the teardown was already deep.
    nonisolated(unsafe) private static var parked: [PyObject] = []
    private static let depthLimit = 200

    /// Releases `values` (a container's storage, from its deinit), iteratively when deep.
    @inline(__always)
    static func release(_ values: inout [Value]) {
        if values.isEmpty { return }
        if depth >= depthLimit {
            park(values)
            values = []
            return
        }
        depth += 1
        values = []
        finishLevel()
    }

    /// Releases an object's attribute table the same way (long linked lists of instances).
    @inline(__always)
    static func release(_ attributes: inout AttributeTable?) {
        guard attributes != nil else { return }
        if depth >= depthLimit {
            park(attributes?.values ?? [])
            attributes = nil
            return
        }
        depth += 1
        attributes = nil
        finishLevel()
    }

    private static func park(_ values: [Value]) {
        for case .object(let o) in values { parked.append(o) }
    }

    /// Leaves one level; the outermost teardown then releases what deeper ones parked.
    @inline(__always)
    private static func finishLevel() {
        depth -= 1
        if depth == 0 && !parked.isEmpty { drain() }
    }

    private static func drain() {
        depth += 1
        while parked.popLast() != nil {}
        depth -= 1
    }
}
