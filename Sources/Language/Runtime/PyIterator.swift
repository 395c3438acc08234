/// An iterator whose `next` is a Swift closure; built-in iterables hand these out.
public final class PyIterator: PyObject {
    let nextValue: (Interpreter) throws -> Value?

    public init(_ next: @escaping (Interpreter) throws -> Value?) {
        self.nextValue = next
        super.init(type: BuiltinTypes.iterator)
    }

    /// The next value, or nil when exhausted.
    public func next(_ interp: Interpreter) throws -> Value? { try nextValue(interp) }

    /// An iterator over a fixed array of values.
    public convenience init(values: [Value]) {
        var i = 0
        self.init { _ in
            guard i < values.count else { return nil }
            defer { i += 1 }
            return values[i]
        }
    }
}
