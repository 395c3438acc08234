/// One frame of a Python traceback: where the exception passed through.
public struct TracebackEntry: Sendable {
    public var function: String
    public var file: String
    public var line: Int
    public var column: Int?
    public init(function: String, file: String, line: Int, column: Int? = nil) {
        self.function = function
        self.file = file
        self.line = line
        self.column = column
    }
}

/// An instance of BaseException or a subclass. User exception classes get this object with
/// their own type.
public final class PyExceptionObject: PyObject {
    public var args: [Value]
    /// Innermost frame last, as Python prints them.
    public var traceback: [TracebackEntry] = []
    public var cause: PyExceptionObject?
    public var context: PyExceptionObject?
    public var suppressContext = false
    /// The column of the failing expression in the frame being unwound, until that frame
    /// records its traceback entry.
    public var pendingColumn: Int?

    public init(type: PyType, args: [Value]) {
        self.args = args
        super.init(type: type)
    }

    /// `str(e)`: the single argument, or the tuple of arguments.
    public var message: String {
        if args.count == 1, let s = args[0].asString { return s }
        if args.isEmpty { return "" }
        if args.count == 1 { return Formatter.repr(args[0]) }
        return Formatter.repr(.tuple(args))
    }
}

/// The Swift error that carries a Python exception up the Swift stack.
public struct PyError: Error, @unchecked Sendable {
    public let exception: PyExceptionObject

    public init(_ exception: PyExceptionObject) { self.exception = exception }

    public init(_ type: PyType, _ message: String) {
        exception = PyExceptionObject(type: type, args: [.str(message)])
    }

    public var typeName: String { exception.type.name }
    public var message: String { exception.message }

    public func isInstance(of type: PyType) -> Bool { exception.type.isSubtype(of: type) }

    public static func type(_ m: String) -> PyError { PyError(BuiltinTypes.typeError, m) }
    public static func value(_ m: String) -> PyError { PyError(BuiltinTypes.valueError, m) }
    public static func index(_ m: String) -> PyError { PyError(BuiltinTypes.indexError, m) }
    public static func key(_ key: Value) -> PyError {
        PyError(PyExceptionObject(type: BuiltinTypes.keyError, args: [key]))
    }
    public static func attribute(_ m: String) -> PyError { PyError(BuiltinTypes.attributeError, m) }
    public static func name(_ m: String) -> PyError { PyError(BuiltinTypes.nameError, m) }
    public static func zeroDivision(_ m: String) -> PyError { PyError(BuiltinTypes.zeroDivisionError, m) }
    public static func overflow(_ m: String) -> PyError { PyError(BuiltinTypes.overflowError, m) }
    public static func runtime(_ m: String) -> PyError { PyError(BuiltinTypes.runtimeError, m) }
    public static func notImplemented(_ m: String) -> PyError { PyError(BuiltinTypes.notImplementedError, m) }
    public static func memory(_ m: String) -> PyError { PyError(BuiltinTypes.memoryError, m) }
    /// A bare `MemoryError`, as Python raises for a size it cannot allocate.
    public static func memory() -> PyError { PyError(PyExceptionObject(type: BuiltinTypes.memoryError, args: [])) }
    public static func recursion(_ m: String) -> PyError { PyError(BuiltinTypes.recursionError, m) }
    public static func stopIteration(_ value: Value = .none) -> PyError {
        PyError(PyExceptionObject(type: BuiltinTypes.stopIteration, args: value.isNone ? [] : [value]))
    }
    public static func keyboardInterrupt() -> PyError {
        PyError(PyExceptionObject(type: BuiltinTypes.keyboardInterrupt, args: []))
    }
    public static func moduleNotFound(_ m: String) -> PyError { PyError(BuiltinTypes.moduleNotFoundError, m) }
    public static func os(_ m: String) -> PyError { PyError(BuiltinTypes.osError, m) }
    public static func fileNotFound(_ m: String) -> PyError { PyError(BuiltinTypes.fileNotFoundError, m) }
    public static func assertion(_ m: String?) -> PyError {
        PyError(PyExceptionObject(type: BuiltinTypes.assertionError, args: m.map { [.str($0)] } ?? []))
    }
    public static func unboundLocal(_ name: String) -> PyError {
        PyError(BuiltinTypes.unboundLocalError,
                "cannot access local variable '\(name)' where it is not associated with a value")
    }
    public static func syntax(_ error: SyntaxError) -> PyError {
        let type = error.kind == "IndentationError" ? BuiltinTypes.indentationError : BuiltinTypes.syntaxError
        let e = PyError(type, error.message)
        e.exception.setAttribute(Symbol("lineno"), .int(error.location.line))
        e.exception.setAttribute(Symbol("offset"), .int(error.location.column + 1))
        e.exception.setAttribute(Symbol("msg"), .str(error.message))
        return e
    }
}
