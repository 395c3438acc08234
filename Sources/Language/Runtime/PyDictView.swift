/// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
public final class PyDictView: PyObject {
    public enum Kind { case keys, values, items }
    public let dict: PyDict
    public let kind: Kind

    public init(_ dict: PyDict, _ kind: Kind) {
        self.dict = dict
        self.kind = kind
        super.init(type: kind == .keys ? BuiltinTypes.dictKeys : kind == .values ? BuiltinTypes.dictValues : BuiltinTypes.dictItems)
    }

    public var values: [Value] {
        switch kind {
        case .keys: return dict.keyList
        case .values: return dict.valueList
        case .items: return dict.entries.map { .tuple([$0.0, $0.1]) }
        }
    }

    /// A live iterator that raises if the dict changes size, as Python does.
    func makeIterator() -> PyIterator {
        var i = 0
        let startCount = dict.count
        let d = dict, k = kind
        var last: PyTuple?
        return PyIterator { _ in
            if d.count != startCount { throw PyError.runtime("dictionary changed size during iteration") }
            while i < d.rawCount {
                defer { i += 1 }
                if let (key, v) = d.entry(atRawIndex: i) {
                    switch k {
                    case .keys: return key.value
                    case .values: return v
                    case .items:
                        if let t = PyTuple.reused(&last, { $0[0] = key.value; $0[1] = v }) { return .object(t) }
                        let t = PyTuple([key.value, v])
                        last = t
                        return .object(t)
                    }
                }
            }
            return nil
        }
    }
}
