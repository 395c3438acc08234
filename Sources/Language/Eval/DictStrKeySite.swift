/// `d[k]`, `d[k] = v` and `d.get(k, default)` where `d` and `k` are variables holding a plain
/// dict and a plain str, as in `counts[w] = counts.get(w, 0) + 1`. Both are borrowed from their
/// slots, with no retain and no copy of their Values: hashing a str and comparing it with the
/// dict's keys runs no Python code, so nothing can rebind the variables meanwhile. A dict that
/// holds a key whose class defines `__eq__` is left to the general code, as is every other
/// receiver or key; that code reads both again and raises as Python does.
final class DictStrKeySite {
    let receiver: Operand
    let key: Operand
    /// Looked up once, not through BuiltinTypes' lazy globals and metadata accessors per call.
    let dictClass = ObjectIdentifier(PyDict.self), strClass = ObjectIdentifier(PyStr.self)
    let dictType = BuiltinTypes.dict, strType = BuiltinTypes.str

    init(receiver: Operand, key: Operand) {
        self.receiver = receiver
        self.key = key
    }

    /// The value under the key, or `fallback` when it is absent; nil when the fast path does not
    /// apply, or the key is absent and there is no fallback (the general code raises KeyError).
    @inline(__always)
    func get(_ f: Frame, fallback: Value?) -> Value? {
        guard let d = receiver.place(f)?.borrowedObject, let k = key.place(f)?.borrowedObject else { return nil }
        return d._withUnsafeGuaranteedRef { dictObject -> Value? in
            guard let dict = plainDict(dictObject) else { return nil }
            return k._withUnsafeGuaranteedRef { keyObject -> Value? in
                guard let str = plainStr(keyObject) else { return nil }
                return dict[HashKey(value: .object(str), hash: str.hash)] ?? fallback
            }
        }
    }

    /// Stores `value` under the key; false when the fast path does not apply.
    @inline(__always)
    func set(_ f: Frame, _ value: Value) -> Bool {
        guard let d = receiver.place(f)?.borrowedObject, let k = key.place(f)?.borrowedObject else { return false }
        return d._withUnsafeGuaranteedRef { dictObject in
            guard let dict = plainDict(dictObject) else { return false }
            return k._withUnsafeGuaranteedRef { keyObject in
                guard let str = plainStr(keyObject) else { return false }
                dict[HashKey(value: .object(str), hash: str.hash)] = value
                return true
            }
        }
    }

    @inline(__always)
    private func plainDict(_ o: PyObject) -> PyDict? {
        guard ObjectIdentifier(type(of: o)) == dictClass, o.hasType(dictType) else { return nil }
        let dict = unsafeDowncast(o, to: PyDict.self)
        return dict.hasCustomKeys ? nil : dict
    }

    @inline(__always)
    private func plainStr(_ o: PyObject) -> PyStr? {
        guard ObjectIdentifier(type(of: o)) == strClass, o.hasType(strType) else { return nil }
        return unsafeDowncast(o, to: PyStr.self)
    }
}
