import Language
import NN
import Tensor

/// Engine errors as the exceptions Keras raises (a shape problem is a ValueError there).
enum KerasBridge {
    static func call<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as TensorError {
            switch e.pythonName {
            case "KeyboardInterrupt", "MemoryError", "NotImplementedError", "IndexError": throw NumPyBridge.pythonError(e.pythonName, e.message)
            default: throw PyError.value(e.message)
            }
        } catch let e as AutogradError {
            throw PyError(BuiltinTypes.runtimeError, e.message)
        } catch let e as IDXFile.Failure {
            throw PyError(BuiltinTypes.osError, e.description)
        }
    }

    static func int(_ v: Value?, _ interp: Interpreter, default d: Int) throws -> Int {
        guard let v, !v.isNone else { return d }
        return try interp.toInt(v)
    }

    /// `verbose='auto'` is 1 for fit and evaluate.
    static func verbose(_ v: Value?, _ interp: Interpreter) throws -> Int {
        guard let v, !v.isNone, v.asString != "auto" else { return 1 }
        return try interp.toInt(v)
    }
}
