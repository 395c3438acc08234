/// A computed attribute of a native type (`ndarray.shape`).
public final class PyNativeProperty: PyObject {
    public let name: String
    public let get: (Interpreter, Value) throws -> Value
    public let set: ((Interpreter, Value, Value) throws -> Void)?
    public let doc: String?

    public init(name: String, get: @escaping (Interpreter, Value) throws -> Value,
                set: ((Interpreter, Value, Value) throws -> Void)?, doc: String?) {
        self.name = name
        self.get = get
        self.set = set
        self.doc = doc
        super.init(type: BuiltinTypes.getsetDescriptor)
    }
}
