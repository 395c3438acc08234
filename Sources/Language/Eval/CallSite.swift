/// The fixed parts of a call with up to three positional arguments (`fib(n - 1)`,
/// `model(x)`): the callee, how many arguments it passes, and the general path.
final class CallSite {
    let callee: Operand
    let arity: Int
    let interp: Interpreter
    let column: Int
    let arguments: (Frame) throws -> Arguments
    /// Looked up once, not through PyFunction's metadata accessor on every call.
    let functionClass = ObjectIdentifier(PyFunction.self)
    /// A single argument that is one int step on a local (`fib(n - 1)`), computed in the call's
    /// own closure; unused (slot -1) otherwise.
    let argumentSlot: Int, argumentOperation: LocalIntOperation, argumentConstant: Int

    init(callee: Operand, arity: Int, interp: Interpreter, column: Int, argumentStep: (slot: Int, operation: LocalIntOperation, constant: Int)? = nil,
         arguments: @escaping (Frame) throws -> Arguments) {
        self.callee = callee
        self.arity = arity
        self.interp = interp
        self.column = column
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

    /// Any other callee: a class, a built-in, a computed callee, a function with defaults.
    func generalCall(_ f: Frame) throws -> Value {
        let function = try callee.read(f)
        let a = try arguments(f)
        do { return try interp.call(function, a) } catch let e as PyError { Compiler.mark(e, column); throw e }
    }
}
