/// A function bound to its receiver: `obj.method`.
public final class PyBoundMethod: PyObject {
    public let function: Value
    public let receiver: Value
    public init(function: Value, receiver: Value) {
        self.function = function
        self.receiver = receiver
        super.init(type: BuiltinTypes.method)
        GarbageCollector.track(self)
    }

    public override func visitReferences(_ visit: (PyObject) -> Void) {
        super.visitReferences(visit)
        if case .object(let o) = function { visit(o) }
        if case .object(let o) = receiver { visit(o) }
    }
}
