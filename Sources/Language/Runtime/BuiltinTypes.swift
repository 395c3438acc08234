/// The built-in types and the exception hierarchy. They are created once per process and
/// their namespaces are filled by `Builtins.install` before any cell runs; after that they are
/// read-only, so sharing them is safe.
public enum BuiltinTypes {
    nonisolated(unsafe) public static let type = PyType(name: "type", bases: [])
    nonisolated(unsafe) public static let object: PyType = {
        let t = PyType(name: "object", bases: [])
        t.allocator = { PyObject.instance(of: $0) }
        return t
    }()
    nonisolated(unsafe) public static let noneType = PyType(name: "NoneType", bases: [object])
    nonisolated(unsafe) public static let int = PyType(name: "int", bases: [object], doc: "int(x=0) or int(x, base=10)\n\nAn integer of any size; from a number (truncated towards zero) or from text in the given base.")
    nonisolated(unsafe) public static let bool = PyType(name: "bool", bases: [int], doc: "bool(x=False)\n\nTrue or False: the truth value of x.")
    nonisolated(unsafe) public static let float = PyType(name: "float", bases: [object], doc: "float(x=0.0)\n\nA double-precision floating-point number, from a number or from text such as '1.5e3' or 'nan'.")
    nonisolated(unsafe) public static let complex = PyType(name: "complex", bases: [object])
    nonisolated(unsafe) public static let str = PyType(name: "str", bases: [object], doc: "str(object='')\n\nText: an immutable sequence of Unicode characters; str(x) is x's printable form.")
    nonisolated(unsafe) public static let bytes = PyType(name: "bytes", bases: [object], doc: "bytes(source=b'')\n\nAn immutable sequence of integers 0 to 255 (from an int size, an iterable of ints or a buffer).")
    nonisolated(unsafe) public static let bytearray = PyType(name: "bytearray", bases: [object])
    nonisolated(unsafe) public static let list = PyType(name: "list", bases: [object], doc: "list(iterable=(), /)\n\nA mutable sequence; list(iterable) holds its items in order.")
    nonisolated(unsafe) public static let tuple = PyType(name: "tuple", bases: [object], doc: "tuple(iterable=(), /)\n\nAn immutable sequence; tuple(iterable) holds its items in order.")
    nonisolated(unsafe) public static let dict = PyType(name: "dict", bases: [object], doc: "dict(mapping_or_iterable=(), /, **kwargs)\n\nA mutable mapping from hashable keys to values, kept in insertion order.")
    nonisolated(unsafe) public static let set = PyType(name: "set", bases: [object], doc: "set(iterable=(), /)\n\nA mutable collection of distinct hashable items, without order.")
    nonisolated(unsafe) public static let frozenset = PyType(name: "frozenset", bases: [object])
    nonisolated(unsafe) public static let range = PyType(name: "range", bases: [object], doc: "range(stop) or range(start, stop[, step])\n\nThe immutable sequence of integers from start (0) up to but not including stop, by step.")
    nonisolated(unsafe) public static let slice = PyType(name: "slice", bases: [object])
    nonisolated(unsafe) public static let function = PyType(name: "function", bases: [object])
    nonisolated(unsafe) public static let builtinFunction = PyType(name: "builtin_function_or_method", bases: [object])
    nonisolated(unsafe) public static let methodDescriptor = PyType(name: "method_descriptor", bases: [object])
    nonisolated(unsafe) public static let getsetDescriptor = PyType(name: "getset_descriptor", bases: [object])
    nonisolated(unsafe) public static let method = PyType(name: "method", bases: [object])
    nonisolated(unsafe) public static let module = PyType(name: "module", bases: [object])
    nonisolated(unsafe) public static let cell = PyType(name: "cell", bases: [object])
    nonisolated(unsafe) public static let ellipsisType = PyType(name: "ellipsis", bases: [object])
    nonisolated(unsafe) public static let notImplementedType = PyType(name: "NotImplementedType", bases: [object])
    nonisolated(unsafe) public static let generator = PyType(name: "generator", bases: [object])
    nonisolated(unsafe) public static let iterator = PyType(name: "iterator", bases: [object])
    nonisolated(unsafe) public static let property = PyType(name: "property", bases: [object])
    nonisolated(unsafe) public static let staticmethod = PyType(name: "staticmethod", bases: [object])
    nonisolated(unsafe) public static let classmethod = PyType(name: "classmethod", bases: [object])
    nonisolated(unsafe) public static let superType = PyType(name: "super", bases: [object])
    nonisolated(unsafe) public static let dictKeys = PyType(name: "dict_keys", bases: [object])
    nonisolated(unsafe) public static let dictValues = PyType(name: "dict_values", bases: [object])
    nonisolated(unsafe) public static let dictItems = PyType(name: "dict_items", bases: [object])
    nonisolated(unsafe) public static let file = PyType(name: "TextIOWrapper", bases: [object], module: "_io")

    // Exceptions, as in CPython's hierarchy.
    nonisolated(unsafe) public static let baseException: PyType = {
        let t = PyType(name: "BaseException", bases: [object])
        t.allocator = { PyExceptionObject(type: $0, args: []) }
        return t
    }()
    static func exception(_ name: String, _ base: PyType) -> PyType { PyType(name: name, bases: [base]) }
    nonisolated(unsafe) public static let exception = exception("Exception", baseException)
    nonisolated(unsafe) public static let systemExit = exception("SystemExit", baseException)
    nonisolated(unsafe) public static let keyboardInterrupt = exception("KeyboardInterrupt", baseException)
    nonisolated(unsafe) public static let generatorExit = exception("GeneratorExit", baseException)
    nonisolated(unsafe) public static let stopIteration = exception("StopIteration", exception)
    nonisolated(unsafe) public static let arithmeticError = exception("ArithmeticError", exception)
    nonisolated(unsafe) public static let zeroDivisionError = exception("ZeroDivisionError", arithmeticError)
    nonisolated(unsafe) public static let overflowError = exception("OverflowError", arithmeticError)
    nonisolated(unsafe) public static let floatingPointError = exception("FloatingPointError", arithmeticError)
    nonisolated(unsafe) public static let assertionError = exception("AssertionError", exception)
    nonisolated(unsafe) public static let attributeError = exception("AttributeError", exception)
    nonisolated(unsafe) public static let bufferError = exception("BufferError", exception)
    nonisolated(unsafe) public static let eofError = exception("EOFError", exception)
    nonisolated(unsafe) public static let importError = exception("ImportError", exception)
    nonisolated(unsafe) public static let moduleNotFoundError = exception("ModuleNotFoundError", importError)
    nonisolated(unsafe) public static let lookupError = exception("LookupError", exception)
    nonisolated(unsafe) public static let indexError = exception("IndexError", lookupError)
    nonisolated(unsafe) public static let keyError = exception("KeyError", lookupError)
    nonisolated(unsafe) public static let memoryError = exception("MemoryError", exception)
    nonisolated(unsafe) public static let nameError = exception("NameError", exception)
    nonisolated(unsafe) public static let unboundLocalError = exception("UnboundLocalError", nameError)
    nonisolated(unsafe) public static let osError: PyType = {
        let t = exception("OSError", exception)
        t.doc = "Raised by a failing system call: a missing file, a refused permission, a full disk (errno and strerror say which)."
        return t
    }()
    nonisolated(unsafe) public static let fileNotFoundError = exception("FileNotFoundError", osError)
    nonisolated(unsafe) public static let fileExistsError = exception("FileExistsError", osError)
    nonisolated(unsafe) public static let permissionError = exception("PermissionError", osError)
    nonisolated(unsafe) public static let isADirectoryError = exception("IsADirectoryError", osError)
    nonisolated(unsafe) public static let connectionError = exception("ConnectionError", osError)
    nonisolated(unsafe) public static let timeoutError = exception("TimeoutError", osError)
    nonisolated(unsafe) public static let notADirectoryError = exception("NotADirectoryError", osError)
    nonisolated(unsafe) public static let unicodeEncodeError = exception("UnicodeEncodeError", unicodeError)
    nonisolated(unsafe) public static let stopAsyncIteration = exception("StopAsyncIteration", exception)
    nonisolated(unsafe) public static let futureWarning = exception("FutureWarning", warning)
    nonisolated(unsafe) public static let syntaxWarning = exception("SyntaxWarning", warning)
    nonisolated(unsafe) public static let pendingDeprecationWarning = exception("PendingDeprecationWarning", warning)
    nonisolated(unsafe) public static let importWarning = exception("ImportWarning", warning)
    nonisolated(unsafe) public static let resourceWarning = exception("ResourceWarning", warning)
    nonisolated(unsafe) public static let bytesWarning = exception("BytesWarning", warning)
    nonisolated(unsafe) public static let unicodeWarning = exception("UnicodeWarning", warning)
    nonisolated(unsafe) public static let encodingWarning = exception("EncodingWarning", warning)
    nonisolated(unsafe) public static let runtimeError = exception("RuntimeError", exception)
    nonisolated(unsafe) public static let notImplementedError = exception("NotImplementedError", runtimeError)
    nonisolated(unsafe) public static let recursionError = exception("RecursionError", runtimeError)
    nonisolated(unsafe) public static let syntaxError = exception("SyntaxError", exception)
    nonisolated(unsafe) public static let indentationError = exception("IndentationError", syntaxError)
    nonisolated(unsafe) public static let systemError = exception("SystemError", exception)
    nonisolated(unsafe) public static let typeError = exception("TypeError", exception)
    nonisolated(unsafe) public static let valueError = exception("ValueError", exception)
    nonisolated(unsafe) public static let unicodeError = exception("UnicodeError", valueError)
    nonisolated(unsafe) public static let unicodeDecodeError = exception("UnicodeDecodeError", unicodeError)
    nonisolated(unsafe) public static let warning = exception("Warning", exception)
    nonisolated(unsafe) public static let userWarning = exception("UserWarning", warning)
    nonisolated(unsafe) public static let deprecationWarning = exception("DeprecationWarning", warning)
    nonisolated(unsafe) public static let runtimeWarning = exception("RuntimeWarning", warning)

    /// Every exception type, for the builtins namespace.
    public static var exceptionTypes: [PyType] {
        [baseException, exception, systemExit, keyboardInterrupt, generatorExit, stopIteration,
         arithmeticError, zeroDivisionError, overflowError, floatingPointError, assertionError,
         attributeError, bufferError, eofError, importError, moduleNotFoundError, lookupError, indexError,
         keyError, memoryError, nameError, unboundLocalError, osError, fileNotFoundError, fileExistsError,
         permissionError, isADirectoryError, runtimeError, notImplementedError, recursionError,
         syntaxError, indentationError, systemError, typeError, valueError, unicodeError,
         unicodeDecodeError, warning, userWarning, deprecationWarning, runtimeWarning, connectionError, timeoutError,
         notADirectoryError, unicodeEncodeError, stopAsyncIteration, futureWarning, syntaxWarning,
         pendingDeprecationWarning, importWarning, resourceWarning, bytesWarning, unicodeWarning, encodingWarning]
    }
}
