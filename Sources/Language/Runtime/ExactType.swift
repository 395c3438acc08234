/// Exact-class tests for hot paths: one compare of the object's class pointer, where `as?`
/// asks the runtime. A cell subclass of `list` is still a Swift PyList, so paths that must
/// honour overridden dunders also compare the Python type.
extension PyObject {
    @inline(__always)
    func exactly<T: PyObject>(_: T.Type) -> T? {
        Swift.type(of: self) == T.self ? unsafeDowncast(self, to: T.self) : nil
    }

    /// The object as a plain built-in `dict`, not a subclass.
    @inline(__always)
    var asPlainDict: PyDict? {
        guard let d = exactly(PyDict.self), d.hasType(BuiltinTypes.dict) else { return nil }
        return d
    }

    /// The object as a plain built-in `list`, not a subclass.
    @inline(__always)
    var asPlainList: PyList? {
        guard let l = exactly(PyList.self), l.hasType(BuiltinTypes.list) else { return nil }
        return l
    }

    /// The object as a plain built-in `str`, not a subclass.
    @inline(__always)
    var asPlainStr: PyStr? {
        guard let t = exactly(PyStr.self), t.hasType(BuiltinTypes.str) else { return nil }
        return t
    }

    /// The object as a plain built-in `tuple`, not a subclass.
    @inline(__always)
    var asPlainTuple: PyTuple? {
        guard let t = exactly(PyTuple.self), t.hasType(BuiltinTypes.tuple) else { return nil }
        return t
    }
}
