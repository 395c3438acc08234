/// `self.x` on an instance of a class defined in a cell, the commonest attribute read of the
/// articles' code: the value in the instance's own table, found without the general lookup's
/// casts (type? super proxy? native property?) and its bound-method path.
extension Compiler {
    /// The instance's own value for `name`, unless a property of its class takes precedence
    /// (a data descriptor wins over the instance, as in Python); nil sends the read to the
    /// general lookup.
    @inline(__always)
    static func instanceAttribute(_ v: Value, _ name: Symbol) -> Value? {
        guard case .object(let o) = v, o.hasCellDefinedType, let value = o.attributes?[name] else { return nil }
        if case .object(let d)? = o.type.lookup(name), d is PyProperty || d is PyNativeProperty || d.isDataDescriptor { return nil }
        return value
    }
}
