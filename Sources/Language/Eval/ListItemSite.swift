/// `variable[int chain]` on a plain list, as in `syllables[i % 8]`: the list is borrowed from
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
        guard let n = index.evaluate(f), let object = container.place(f)?.borrowedObject else { return nil }
        return object._withUnsafeGuaranteedRef { item(of: $0, n) }
    }

    @inline(__always)
    private func item(of o: PyObject, _ n: Int) -> Value? {
        guard ObjectIdentifier(type(of: o)) == listClass else { return nil }
        let list = unsafeDowncast(o, to: PyList.self)
        guard list.hasType(listType), n >= 0, n < list.items.count else { return nil }
        return list.items[n]
    }
}
