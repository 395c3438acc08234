import Foundation
import Language
import Tensor

/// `numpy.ndarray`: a Python object holding a Tensor `NDArray`. Python views share storage
/// exactly as the Swift arrays do.
final class PyNDArray: PyObject {
    var array: NDArray

    init(_ array: NDArray, type: PyType = NumPyTypes.ndarray) {
        self.array = array
        super.init(type: type)
    }
}

/// A NumPy scalar (`np.float64(0.5)`, `np.int64(3)`, `np.True_`): a 0-d array with scalar
/// behaviour, printing and types.
final class PyNumPyScalar: PyObject {
    let array: NDArray

    init(_ array: NDArray) {
        self.array = array
        super.init(type: NumPyTypes.scalarType(array.dtype))
    }

    var scalar: ScalarValue { (try? array.item()) ?? .int(0) }
}

/// The numpy types, created once.
enum NumPyTypes {
    nonisolated(unsafe) static let ndarray: PyType = {
        let t = PyType(name: "ndarray", bases: [BuiltinTypes.object], module: "numpy",
                       doc: "ndarray(shape, dtype=float): an n-dimensional array of numbers.")
        return t
    }()
    nonisolated(unsafe) static let generic = PyType(name: "generic", bases: [BuiltinTypes.object], module: "numpy")
    nonisolated(unsafe) static let float64 = PyType(name: "float64", bases: [generic, BuiltinTypes.float], module: "numpy")
    nonisolated(unsafe) static let float32 = PyType(name: "float32", bases: [generic], module: "numpy")
    nonisolated(unsafe) static let int64 = PyType(name: "int64", bases: [generic], module: "numpy")
    nonisolated(unsafe) static let uint8 = PyType(name: "uint8", bases: [generic], module: "numpy")
    nonisolated(unsafe) static let bool = PyType(name: "bool", bases: [generic], module: "numpy")
    /// `np.str_`: the dtype marker, and the type of a string array's elements — a `str` whose
    /// repr is `np.str_('cat')`, as NumPy 2 shows it.
    nonisolated(unsafe) static let str: PyType = {
        let t = PyType(name: "str_", bases: [generic, BuiltinTypes.str], module: "numpy")
        t.define("__repr__") { _, args in
            guard let text = args.positional.first?.asString else {
                throw PyError.type("descriptor '__repr__' requires a 'numpy.str_' object")
            }
            return .str("np.str_(" + Formatter.stringRepr(text) + ")")
        }
        return t
    }()
    nonisolated(unsafe) static let dtype = PyType(name: "dtype", bases: [BuiltinTypes.object], module: "numpy")
    nonisolated(unsafe) static let axisError = PyType(name: "AxisError", bases: [BuiltinTypes.valueError, BuiltinTypes.indexError],
                                                      module: "numpy.exceptions")
    nonisolated(unsafe) static let ufuncTypeError = PyType(name: "UFuncTypeError", bases: [BuiltinTypes.typeError],
                                                           module: "numpy._core._exceptions")
    nonisolated(unsafe) static let linAlgError = PyType(name: "LinAlgError", bases: [BuiltinTypes.valueError],
                                                        module: "numpy.linalg")
    nonisolated(unsafe) static let badZipFile = PyType(name: "BadZipFile", bases: [BuiltinTypes.exception], module: "zipfile")

    static func scalarType(_ d: DType) -> PyType {
        switch d {
        case .float64: return float64
        case .float32: return float32
        case .int64: return int64
        case .uint8: return uint8
        case .bool: return bool
        }
    }

    static func dtype(ofScalarType t: PyType) -> DType? {
        if t === float64 { return .float64 }
        if t === float32 { return .float32 }
        if t === int64 { return .int64 }
        if t === uint8 { return .uint8 }
        if t === bool { return .bool }
        return nil
    }
}

/// `np.dtype('float32')`, or a string dtype `np.dtype('<U3')` (then `stringWidth` is set and
/// `dtype` is unused).
final class PyDType: PyObject {
    let dtype: DType
    let stringWidth: Int?
    init(_ dtype: DType) {
        self.dtype = dtype
        stringWidth = nil
        super.init(type: NumPyTypes.dtype)
    }
    init(stringWidth: Int) {
        dtype = .int64
        self.stringWidth = stringWidth
        super.init(type: NumPyTypes.dtype)
    }

    /// `str(dtype)`: `float64`, `<U3`.
    var text: String { stringWidth.map { "<U\($0)" } ?? dtype.name }
    /// `dtype.name`: `float64`, `str96`.
    var name: String { stringWidth.map { "str\($0 * 32)" } ?? dtype.name }
}

/// Converts between Python values and arrays, and Tensor errors into Python exceptions.
enum NumPyBridge {
    /// Runs Tensor code, turning its errors into the Python exceptions NumPy raises.
    static func call<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as TensorError {
            throw pythonError(e.pythonName, e.message)
        } catch let e as LinalgError {
            throw pythonError(e.pythonExceptionName, e.description)
        } catch let e as NPYError {
            throw pythonError(e.pythonExceptionName, e.description)
        } catch let e as ArrayFormatError {
            if case .stopped(let t) = e { throw pythonError(t.pythonName, t.message) }
            throw pythonError("ValueError", e.description)
        }
    }

    static func pythonError(_ name: String, _ message: String) -> PyError {
        let type: PyType
        switch name {
        case "ValueError": type = BuiltinTypes.valueError
        case "IndexError": type = BuiltinTypes.indexError
        case "TypeError": type = BuiltinTypes.typeError
        case "MemoryError": type = BuiltinTypes.memoryError
        case "KeyError": type = BuiltinTypes.keyError
        case "NotImplementedError": type = BuiltinTypes.notImplementedError
        case "KeyboardInterrupt": return PyError.keyboardInterrupt()
        case "AxisError": type = NumPyTypes.axisError
        case "UFuncTypeError": type = NumPyTypes.ufuncTypeError
        case "LinAlgError": type = NumPyTypes.linAlgError
        case "BadZipFile": type = NumPyTypes.badZipFile
        case "FileNotFoundError": type = BuiltinTypes.fileNotFoundError
        case "OSError": type = BuiltinTypes.osError
        case "ZeroDivisionError": type = BuiltinTypes.zeroDivisionError
        case "OverflowError": type = BuiltinTypes.overflowError
        default: type = BuiltinTypes.runtimeError
        }
        return PyError(type, message)
    }

    /// A Python result: 0-d results become NumPy scalars, others arrays.
    static func wrap(_ a: NDArray) -> Value {
        if a.ndim == 0 { return .object(PyNumPyScalar(a)) }
        return .object(PyNDArray(a))
    }

    /// Writes a ufunc result into `out=` when given (as NumPy does), else wraps it.
    static func deliver(_ result: NDArray, out: Value?) throws -> Value {
        guard let out = out, !out.isNone else { return wrap(result) }
        guard case .object(let o) = out, let target = o as? PyNDArray else {
            throw PyError.type("return arrays must be of ArrayType")
        }
        try call { try target.array.setItem([.ellipsis], result) }
        return out
    }

    /// Always an ndarray, even 0-d (np.array(5)).
    static func wrapArray(_ a: NDArray) -> Value { .object(PyNDArray(a)) }

    static func scalar(_ v: Value) -> ScalarValue? {
        switch v {
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(Int64(i))
        case .float(let d): return .float(d)
        case .object(let o): return (o as? PyNumPyScalar)?.scalar
        default: return nil
        }
    }

    /// An operand for a ufunc: arrays as they are, Python numbers as weak scalars, lists as arrays.
    static func operand(_ v: Value, _ interp: Interpreter) throws -> NDArray {
        switch v {
        case .bool(let b): return NDArray.pythonScalar(.bool(b))
        case .int(let i): return NDArray.pythonScalar(.int(Int64(i)))
        case .float(let d): return NDArray.pythonScalar(.float(d))
        case .object(let o):
            if let a = o as? PyNDArray { return a.array }
            if PyBigInt.of(v) != nil { throw tooLargeForInt64() }
            if let s = o as? PyNumPyScalar { return s.array }
            return try toArray(v, dtype: nil, interp)
        case .none:
            throw PyError.type("unsupported operand type for a NumPy operation: 'NoneType'")
        }
    }

    /// `np.array(v, dtype=...)`: nested lists/tuples, arrays, scalars, and objects with tolist().
    static func toArray(_ v: Value, dtype: DType?, _ interp: Interpreter) throws -> NDArray {
        if case .object(let o) = v {
            if let s = o as? PyStringArray {
                guard let dtype else { throw PyError.notImplemented(stringArraysUnsupported) }
                return try call { try s.array.astype(dtype) }
            }
            if let a = o as? PyNDArray { return dtype.map { d in (try? a.array.astype(d)) ?? a.array } ?? a.array }
            if let s = o as? PyNumPyScalar { return try call { try dtype.map { try s.array.astype($0) } ?? s.array } }
            // A Python int past 64 bits fits a float dtype only (np.float64(2**70)).
            if PyBigInt.of(v) != nil, let dtype, dtype.isFloatingPoint {
                return try call { try NDArray(scalar: .float(interp.toDouble(v))).astype(dtype) }
            }
        }
        let nested = try self.nested(v, interp, depth: 0)
        return try call { try NDArray(nested: nested, dtype: dtype) }
    }

    /// NumPy's error for a Python int past 64 bits where an int64 is needed.
    static func tooLargeForInt64() -> PyError { PyError.overflow("Python int too large to convert to C long") }

    static func nested(_ v: Value, _ interp: Interpreter, depth: Int) throws -> NestedValue {
        if depth > 64 { throw PyError.value("array nesting is too deep") }
        if let s = scalar(v) { return .scalar(s) }
        if PyBigInt.of(v) != nil { throw tooLargeForInt64() }
        if case .object(let o) = v {
            if let a = o as? PyNDArray { return .array(a.array) }
            if o is PyList || o is PyTuple || o is PyRange || o is PyIterator || o is PyGenerator {
                return .list(try interp.iterateToArray(v).map { try nested($0, interp, depth: depth + 1) })
            }
            if let s = o as? PyStr { return .text(s.value) }
            if let s = o as? PyStringArray { return s.array.toNested() }
            // NumPy's array protocol (`np.array(pil_image)`).
            if let method = try interp.lookupAttribute(v, Symbol("__array__")),
               case .object(let r) = try interp.call(method, Arguments()), let a = r as? PyNDArray {
                return .array(a.array)
            }
            if let tolist = try interp.lookupAttribute(v, Symbol("tolist")) {
                return try nested(interp.call(tolist, Arguments()), interp, depth: depth + 1)
            }
        }
        if case .none = v { throw PyError.notImplemented("arrays of None (object dtype) are not supported in Cellgrad's numpy") }
        throw PyError.type("cannot convert '\(v.typeName)' object to an array")
    }

    /// dtype arguments: None, 'float32', 'f4', np.float32, float, int, bool, np.dtype(...).
    static func dtype(_ v: Value?) throws -> DType? {
        guard let v = v, !v.isNone else { return nil }
        switch v {
        case .object(let o):
            if let d = o as? PyDType { return d.dtype }
            if let t = o as? PyType {
                if let d = NumPyTypes.dtype(ofScalarType: t) { return d }
                if t === BuiltinTypes.float { return .float64 }
                if t === BuiltinTypes.int { return .int64 }
                if t === BuiltinTypes.bool { return .bool }
                throw PyError.type("Cannot interpret '\(Formatter.repr(v))' as a data type")
            }
            if let s = o as? PyStr {
                let aliases: [String: DType] = [
                    "float": .float64, "float64": .float64, "f8": .float64, "double": .float64, "d": .float64,
                    "float32": .float32, "f4": .float32, "single": .float32, "f": .float32,
                    "int": .int64, "int64": .int64, "i8": .int64, "long": .int64, "int32": .int64, "i4": .int64,
                    "int16": .int64, "int8": .int64, "uint8": .uint8, "u1": .uint8, "|u1": .uint8, "B": .uint8, "ubyte": .uint8, "uint32": .int64, "uint64": .int64, "l": .int64,
                    "bool": .bool, "bool_": .bool, "?": .bool, "b1": .bool,
                ]
                if let d = aliases[s.value] { return d }
                if s.value.hasPrefix("float16") || s.value == "f2" || s.value == "half" {
                    throw PyError.notImplemented("float16 is not supported in Cellgrad's numpy; use float32")
                }
                if s.value.hasPrefix("complex") {
                    throw PyError.notImplemented("complex dtypes are not supported in Cellgrad's numpy")
                }
                throw PyError.type("data type '\(s.value)' not understood")
            }
        default: break
        }
        throw PyError.type("Cannot interpret '\(Formatter.repr(v))' as a data type")
    }

    /// axis=None / int / tuple of ints.
    static func axes(_ v: Value?, _ interp: Interpreter) throws -> [Int]? {
        guard let v = v, !v.isNone else { return nil }
        if case .object(let o) = v, o is PyTuple || o is PyList {
            return try interp.iterateToArray(v).map { try interp.toInt($0) }
        }
        return [try interp.toInt(v)]
    }

    static func shape(_ v: Value, _ interp: Interpreter) throws -> [Int] {
        if case .object(let o) = v, o is PyTuple || o is PyList {
            return try interp.iterateToArray(v).map { try interp.toInt($0) }
        }
        if case .float = v { throw PyError.type("'float' object cannot be interpreted as an integer") }
        return [try interp.toInt(v)]
    }

    /// `a[...]` items.
    static func index(_ v: Value, _ interp: Interpreter) throws -> [IndexItem] {
        if case .object(let o) = v, let t = o as? PyTuple { return try t.items.map { try indexItem($0, interp) } }
        return [try indexItem(v, interp)]
    }

    static func indexItem(_ v: Value, _ interp: Interpreter) throws -> IndexItem {
        switch v {
        case .int(let i): return .int(i)
        case .bool(let b): return .array(NDArray(scalar: .bool(b)))
        case .none: return .newAxis
        case .float:
            throw PyError.index("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
        case .object(let o):
            if o is PyEllipsis { return .ellipsis }
            if let s = o as? PySlice {
                func part(_ x: Value) throws -> Int? { x.isNone ? nil : try PySlice.bound(x, interp) }
                return .slice(start: try part(s.start), stop: try part(s.stop), step: try part(s.step).map { max($0, -Int.max) })
            }
            if let a = o as? PyNDArray { return .array(a.array) }
            if let s = o as? PyNumPyScalar {
                if s.array.dtype.kind == .integer, case .int(let i) = s.scalar { return .int(Int(i)) }
                if s.array.dtype == .bool { return .array(s.array) }
            }
            if o is PyList || o is PyTuple { return .array(try toArray(v, dtype: nil, interp)) }
        }
        throw PyError.index("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
    }

    /// A Python value for one element (tolist, item).
    static func python(_ s: ScalarValue) -> Value {
        switch s {
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(Int(i))
        case .float(let d): return .float(d)
        }
    }

    static func python(_ n: NestedValue) -> Value {
        switch n {
        case .scalar(let s): return python(s)
        case .list(let items): return .list(items.map { python($0) })
        case .array(let a): return python(a.toNested())
        case .text(let s): return .str(s)
        }
    }

    static func array(_ v: Value) throws -> NDArray {
        if case .object(let o) = v {
            if let a = o as? PyNDArray { return a.array }
            if let s = o as? PyNumPyScalar { return s.array }
            if o is PyStringArray { throw PyError.notImplemented(stringArraysUnsupported) }
        }
        throw PyError.type("descriptor requires a 'numpy.ndarray' object but received a '\(v.typeName)'")
    }
}
