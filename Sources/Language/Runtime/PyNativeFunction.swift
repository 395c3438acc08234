/// A native function body. `interp` calls back into Python; `args` holds the receiver first
/// for methods.
public typealias NativeBody = (_ interp: Interpreter, _ args: Arguments) throws -> Value

/// A built-in function or method implemented in Swift.
public final class PyNativeFunction: PyObject {
    public let name: String
    // Strong: a weak reference would send every retain of the type down the runtime's slow path.
    public let owner: PyType?
    public var doc: String?
    public let body: NativeBody
    /// The parameters it was bound with, when it was declared by a signature: what
    /// `inspect.signature` and help() show, as CPython's `__text_signature__`.
    public var signature: Signature?

    public init(name: String, owner: PyType? = nil, doc: String? = nil, body: @escaping NativeBody) {
        self.name = name
        self.owner = owner
        self.doc = doc
        self.body = body
        super.init(type: owner == nil ? BuiltinTypes.builtinFunction : BuiltinTypes.methodDescriptor)
    }
}
