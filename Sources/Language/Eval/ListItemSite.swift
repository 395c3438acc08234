/// `variable[int chain]` on a plain list, as in `syllables[i % 8]`: the list is looked at in
/// its slot (no retain, no copy of the Value) and the index computed in place. Anything else
/// (another container, a list subclass, an index out of range or not an int) returns nil and
/// the subscription's general code runs, reading both again and raising as Python does.
final class ListItemSite {
    let container: Operand
    let index: IntChain
    /// Looked up once, not through BuiltinTypes' lazy global on every subscription.
    let listClass = ObjectIdentifier(PyList.self)
    let listType = BuiltinTypes.list

    init(container: Operand, index: IntChain) {
        self.container = container
        self.index = index
    }

    @inline(__always)
    func item(_ f: Frame) -> Value? {
        guard let n = index.evaluate(f) else { return nil }
        if container.localSlot >= 0 {
            if case .object(let o)? = f.slots[container.localSlot] { return item(of: o, n) }
        } else if container.globalSlot >= 0 {
            if case .object(let o)? = container.globals.slots[container.globalSlot] { return item(of: o, n) }
        }
        return nil
    }

    @inline(__always)
    private func item(of o: PyObject, _ n: Int) -> Value? {
        guard ObjectIdentifier(type(of: o)) == listClass else { return nil }
        let list = unsafeDowncast(o, to: PyList.self)
        guard list.hasType(listType), n >= 0, n < list.items.count else { return nil }
        return list.items[n]
    }
}
