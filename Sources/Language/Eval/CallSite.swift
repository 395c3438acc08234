/// The fixed parts of a call with up to three positional arguments (`fib(n - 1)`,
/// `model(x)`): the callee, how many arguments it passes, and the general path.
final class CallSite {
    let callee: Operand
    let arity: Int
    let interp: Interpreter
    let column: Int
    let arguments: (Frame) throws -> Arguments
    /// The argument codes one by one, for a built-in callee's argument array.
    let argumentCodes: [ExprBox]
    /// Looked up once, not through PyFunction's metadata accessor on every call.
    let functionClass = ObjectIdentifier(PyFunction.self)
    let nativeFunctionClass = ObjectIdentifier(PyNativeFunction.self)
    /// The argument array of the last built-in call made here, emptied and kept for the next
    /// one: `len(xs)` or `isinstance(v, dict)` in a loop allocates no array per call. (A
    /// nested call of the same site finds it taken and allocates its own.)
    private var spareValues: [Value] = []
    /// A single argument that is one int step on a local (`fib(n - 1)`), computed in the call's
    /// own closure; unused (slot -1) otherwise.
    let argumentSlot: Int, argumentOperation: LocalIntOperation, argumentConstant: Int

    init(callee: Operand, arity: Int, interp: Interpreter, column: Int, argumentStep: (slot: Int, operation: LocalIntOperation, constant: Int)? = nil,
         argumentCodes: [ExprBox], arguments: @escaping (Frame) throws -> Arguments) {
        self.callee = callee
        self.arity = arity
        self.interp = interp
        self.column = column
        self.argumentCodes = argumentCodes
        self.arguments = arguments
        argumentSlot = argumentStep?.slot ?? -1
        argumentOperation = argumentStep?.operation ?? .add
        argumentConstant = argumentStep?.constant ?? 0
    }

    /// The Python function a variable callee holds, when it takes exactly these positional
    /// arguments and nothing else: the call can then go straight into its frame.
    @inline(__always)
    func directCallee(_ f: Frame) -> PyFunction? {
        if let pyFunction = callee.peekFunction(f, functionClass), pyFunction.acceptsPositionalOnly(arity) {
            return pyFunction
        }
        return nil
    }

    /// The class a variable callee holds and its `__init__`, when calling the class is just
    /// allocating an instance and running that Python `__init__` with these positional
    /// arguments (no `__new__`, no native base constructor, no defaults to fill in).
    @inline(__always)
    func plainClass(_ f: Frame) -> (type: PyType, initializer: PyFunction)? {
        guard let place = callee.place(f), case .object(let o)? = place.pointee, let t = o.exactly(PyType.self), t.isMutable,
              t.constructor == nil, t.allocator != nil, t.nativeConstructorBase == nil, t.customNew == nil,
              case .object(let i)? = t.lookup(Dunder.`init`), let initializer = i as? PyFunction,
              initializer.acceptsPositionalOnly(arity + 1) else { return nil }
        return (t, initializer)
    }

    /// A new instance of `type`, initialized by `run` (which calls `__init__` on it).
    @inline(__always)
    func construct(_ type: PyType, _ run: (Value) throws -> Value) throws -> Value {
        let instance = Value.object(type.allocator!(type))
        do {
            let result = try run(instance)
            if !result.isNone { throw PyError.type("__init__() should return None, not '\(result.typeName)'") }
        } catch let e as PyError { Compiler.mark(e, column); throw e }
        return instance
    }

    /// A Python function taking exactly these positional arguments, however the callee was
    /// found (a closure's cell, an attribute, a computed callee): it too is called straight
    /// into its frame.
    @inline(__always)
    func plainFunction(_ callee: Value) -> PyFunction? {
        guard case .object(let o) = callee, ObjectIdentifier(type(of: o)) == functionClass else { return nil }
        let function = unsafeDowncast(o, to: PyFunction.self)
        return function.acceptsPositionalOnly(arity) ? function : nil
    }

    /// Any other callee: a class, a built-in, a computed callee, a function with defaults.
    func generalCall(_ f: Frame) throws -> Value {
        try generalCall(f, callee: try callee.read(f))
    }

    /// The same, with the callee already read.
    func generalCall(_ f: Frame, callee function: Value) throws -> Value {
        if case .object(let o) = function {
            if ObjectIdentifier(type(of: o)) == nativeFunctionClass {
                let native = unsafeDowncast(o, to: PyNativeFunction.self)
                return try recyclingArguments(f) { try interp.callNative(native, $0) }
            }
            // A built-in type's native constructor (`str(i)`, `range(n)`, `enumerate(xs)`).
            if let type = o.exactly(PyType.self), let constructor = type.constructor {
                let interp = self.interp
                return try recyclingArguments(f) { try constructor(interp, type, $0) }
            }
        }
        let a = try arguments(f)
        do { return try interp.call(function, a) } catch let e as PyError { Compiler.mark(e, column); throw e }
    }

    /// A built-in callee (CPython's CALL_BUILTIN): `body` runs on the arguments in the site's
    /// spare array.
    private func recyclingArguments(_ f: Frame, _ body: (Arguments) throws -> Value) throws -> Value {
        var values: [Value] = []
        swap(&values, &spareValues)
        for code in argumentCodes { values.append(try code.run(f)) }
        let result: Value
        do { result = try Arguments.recycling(&values, body) } catch let e as PyError { Compiler.mark(e, column); throw e }
        swap(&values, &spareValues)
        return result
    }
}
