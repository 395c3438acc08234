import Foundation

/// The `builtins` namespace and the methods of the built-in types.
public enum Builtins {
    /// Type methods are installed once per process (the types are shared); thread-safe via
    /// the lazy static initializer.
    private static let typeMethods: Void = {
        installObjectMethods()
        installNumberMethods()
        installStrMethods()
        installBytesMethods()
        installListMethods()
        installDictMethods()
        installSetMethods()
        installExceptionMethods()
        installConstructors()
        installIteratorMethods()
    }()

    static func install(into interp: Interpreter) {
        _ = typeMethods
        var b = AttributeTable()
        func def(_ name: String, _ body: @escaping NativeBody) {
            b[Symbol(name)] = .object(PyNativeFunction(name: name, doc: BuiltinDocs.text[name], body: body))
        }
        for t in [BuiltinTypes.object, BuiltinTypes.type, BuiltinTypes.int, BuiltinTypes.bool, BuiltinTypes.float,
                  BuiltinTypes.str, BuiltinTypes.list, BuiltinTypes.tuple, BuiltinTypes.dict, BuiltinTypes.set,
                  BuiltinTypes.frozenset, BuiltinTypes.range, BuiltinTypes.slice, BuiltinTypes.property,
                  BuiltinTypes.staticmethod, BuiltinTypes.classmethod, BuiltinTypes.superType, BuiltinTypes.bytes, BuiltinTypes.bytearray,
                  BuiltinTypes.complex] + BuiltinTypes.exceptionTypes {
            b[Symbol(t.name)] = .object(t)
        }
        b[Symbol("None")] = Value.none
        b[Symbol("Ellipsis")] = .object(PyEllipsis.shared.value)
        b[Symbol("NotImplemented")] = .object(PyNotImplemented.shared.value)
        b[Symbol("__name__")] = .str("builtins")
        for (name, body) in functions { def(name, body) }
        interp.builtins = b
    }

    nonisolated(unsafe) static let functions: [(String, NativeBody)] = generalFunctions + numericFunctions + ioFunctions
}
