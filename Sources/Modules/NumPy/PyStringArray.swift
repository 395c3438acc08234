import Language
import Tensor

/// A NumPy string array (`dtype('<U3')`): a Python `ndarray` holding a Tensor ``StringArray``.
/// Its type is a subclass of `ndarray` named `ndarray`, so `isinstance(s, np.ndarray)` holds;
/// the methods defined for text override ndarray's, and every other ndarray method raises a
/// clear NotImplementedError through ``NumPyBridge/array(_:)``.
final class PyStringArray: PyObject {
    var array: StringArray

    init(_ array: StringArray) {
        self.array = array
        super.init(type: NumPyTypes.stringArray)
    }
}

/// Either kind of array a function that accepts text (`np.unique`, `np.where`, `np.sort`,
/// `np.random.choice`, ...) may receive.
enum AnyArray {
    case numeric(NDArray)
    case text(StringArray)
}

extension NumPyTypes {
    nonisolated(unsafe) static let stringArray = PyType(name: "ndarray", bases: [ndarray], module: "numpy",
                                                        doc: "ndarray of Unicode strings (dtype '<U{n}').")
}

extension NumPyBridge {
    static let stringArraysUnsupported =
        "this operation is not supported on string arrays in Cellgrad's numpy (string arrays support indexing, "
        + "comparison, np.where, np.unique, sort/argsort, np.random.choice, astype and tolist)"

    /// A value as a numeric or a string array: Python `str`s and lists holding them become text.
    static func anyArray(_ v: Value, _ interp: Interpreter) throws -> AnyArray {
        if case .object(let o) = v {
            if let s = o as? PyStringArray { return .text(s.array) }
            if let s = o as? PyStr { return .text(StringArray(scalar: s.value)) }
            if o is PyNDArray || o is PyNumPyScalar { return .numeric(try array(v)) }
        }
        if scalar(v) != nil { return .numeric(try toArray(v, dtype: nil, interp)) }
        let n = try nested(v, interp, depth: 0)
        return n.containsText ? .text(try call { try StringArray(nested: n) }) : .numeric(try call { try NDArray(nested: n) })
    }

    /// A text operand: string arrays as they are, numbers turned into their text (`astype(str)`).
    static func textArray(_ v: Value, _ interp: Interpreter) throws -> StringArray {
        switch try anyArray(v, interp) {
        case .text(let s): return s
        case .numeric(let a): return try call { try StringArray(formatting: a) }
        }
    }

    /// A string-array result: 0-d results become an `np.str_`, a `str` as NumPy gives it.
    static func wrap(_ s: StringArray) throws -> Value {
        if s.ndim == 0 {
            let element = PyStr(try call { try s.item() })
            element.setType(NumPyTypes.str)
            return .object(element)
        }
        return .object(PyStringArray(s))
    }

    static func wrap(_ a: AnyArray) throws -> Value {
        switch a {
        case .numeric(let n): return wrapArray(n)
        case .text(let s): return try wrap(s)
        }
    }

    /// A `dtype=` that asks for text: `str`, `np.str_`, `'str'`, `'U'` (width from the data),
    /// `'U5'`/`'<U5'` (width 5). `nil` when the dtype is not a string dtype.
    static func stringDType(_ v: Value?) -> Int?? {
        guard let v, case .object(let o) = v else { return nil }
        if let t = o as? PyType, t === BuiltinTypes.str || t === NumPyTypes.str { return .some(nil) }
        if let d = o as? PyDType, let w = d.stringWidth { return .some(w) }
        guard let s = o as? PyStr else { return nil }
        var name = Substring(s.value)
        if name == "str" || name == "str_" || name == "unicode" { return .some(nil) }
        if name.hasPrefix("<") || name.hasPrefix("=") { name = name.dropFirst() }
        guard name.first == "U" else { return nil }
        let digits = name.dropFirst()
        if digits.isEmpty { return .some(nil) }
        guard let w = Int(digits), w > 0 else { return nil }
        return .some(w)
    }
}
