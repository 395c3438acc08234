/// The arguments of one call as a native function receives them.
public struct Arguments {
    public var positional: [Value]
    public var keywords: [(name: Symbol, value: Value)]

    public init(_ positional: [Value] = [], keywords: [(name: Symbol, value: Value)] = []) {
        self.positional = positional
        self.keywords = keywords
    }

    public var count: Int { positional.count }
    /// The i-th positional argument. A native function called with too few arguments (a user
    /// calling `x.__getitem__()` by hand) gets a TypeError here instead of a trap.
    public subscript(i: Int) -> Value {
        get throws {
            guard i < positional.count else {
                throw PyError.type("expected at least \(i + 1) argument\(i == 0 ? "" : "s"), got \(positional.count)")
            }
            return positional[i]
        }
    }

    /// The receiver of a method call.
    public var receiver: Value { positional.first ?? Value.none }

    public func keyword(_ name: String) -> Value? {
        let s = Symbol(name)
        return keywords.first { $0.name == s }?.value
    }

    public func prepending(_ value: Value) -> Arguments {
        Arguments([value] + positional, keywords: keywords)
    }
}

/// A native function body. `interp` calls back into Python; `args` holds the receiver first
/// for methods.
public typealias NativeBody = (_ interp: Interpreter, _ args: Arguments) throws -> Value

/// A built-in function or method implemented in Swift.
public final class PyNativeFunction: PyObject {
    public let name: String
    // Strong: a weak reference would send every retain of the type down the runtime's slow path.
    public let owner: PyType?
    public let doc: String?
    public let body: NativeBody

    public init(name: String, owner: PyType? = nil, doc: String? = nil, body: @escaping NativeBody) {
        self.name = name
        self.owner = owner
        self.doc = doc
        self.body = body
        super.init(type: owner == nil ? BuiltinTypes.builtinFunction : BuiltinTypes.methodDescriptor)
    }
}

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
