/// One way to bind methods and properties of native classes: the receiver is cast to its
/// Swift class (a wrong receiver is Python's descriptor TypeError) and the arguments are bound
/// by a signature parsed once.
///
///     t.method("sum(dim=None, keepdim=False, *, dtype=None)", on: PyTorchTensor.self) { interp, x, args in … }
///     t.getter("shape", on: PyTorchTensor.self) { interp, x in … }
extension PyType {
    public func method<Receiver: PyObject>(_ signature: String, on receiverType: Receiver.Type, doc: String? = nil,
                                           _ body: @escaping (Interpreter, Receiver, BoundArguments) throws -> Value) {
        let sig = Signature(signature)
        let typeName = name
        define(sig.functionName, doc: doc ?? signature) { interp, args in
            guard case .object(let o)? = args.positional.first, let receiver = o as? Receiver else {
                throw PyError.type("descriptor '\(sig.functionName)' for '\(typeName)' objects doesn't apply to a '\(args.receiver.typeName)' object")
            }
            return try body(interp, receiver, try sig.bind(args, skipReceiver: true))
        }
        (namespace[Symbol(sig.functionName)]?.asObject as? PyNativeFunction)?.signature = sig
    }

    public func getter<Receiver: PyObject>(_ name: String, on receiverType: Receiver.Type, doc: String? = nil,
                                           _ get: @escaping (Interpreter, Receiver) throws -> Value,
                                           set: ((Interpreter, Receiver, Value) throws -> Void)? = nil) {
        let typeName = self.name
        func cast(_ v: Value) throws -> Receiver {
            guard case .object(let o) = v, let r = o as? Receiver else {
                throw PyError.type("descriptor '\(name)' for '\(typeName)' objects doesn't apply to a '\(v.typeName)' object")
            }
            return r
        }
        property(name, doc: doc, get: { interp, v in try get(interp, try cast(v)) },
                 set: set.map { setter in { interp, v, value in try setter(interp, try cast(v), value) } })
    }
}
