import Language
import Tensor

/// `np.r_` and `np.c_`: objects whose subscript builds an array by concatenation —
/// `np.r_[1:4, 0, [7, 8]]` joins along the first axis (slices become aranges), `np.c_[a, b]`
/// stacks 1-D inputs as columns and joins along the last axis.
enum NumPyIndexTricks {
    nonisolated(unsafe) static let rType = make("RClass", columns: false,
        doc: "np.r_[...]: concatenates slices (as aranges), numbers and arrays along the first axis.\n\n>>> np.r_[1:4, 0, [7, 8]]\narray([1, 2, 3, 0, 7, 8])")
    nonisolated(unsafe) static let cType = make("CClass", columns: true,
        doc: "np.c_[...]: stacks 1-D arrays as columns (and joins 2-D ones) along the last axis.\n\n>>> np.c_[[1, 2], [3, 4]]\narray([[1, 3],\n       [2, 4]])")

    static func make(_ name: String, columns: Bool, doc: String) -> PyType {
        let t = PyType(name: name, bases: [BuiltinTypes.object], module: "numpy.lib._index_tricks_impl", doc: doc)
        t.define("__getitem__") { interp, args in
            guard args.count == 2 else { throw PyError.type("expected 1 argument") }
            let key = try args[1]
            let items: [Value]
            if case .object(let o) = key, let tuple = o as? PyTuple { items = tuple.items } else { items = [key] }
            let parts = try items.map { try piece($0, columns: columns, interp) }
            guard !parts.isEmpty else { return NumPyBridge.wrapArray(try NumPyBridge.call { try NDArray.zeros([0]) }) }
            return NumPyBridge.wrapArray(try NumPyBridge.call { try NDArray.concatenate(parts, axis: columns ? -1 : 0) })
        }
        t.define("__len__") { _, _ in .int(0) }
        return t
    }

    /// One entry of the subscript as an array ready to join.
    static func piece(_ item: Value, columns: Bool, _ interp: Interpreter) throws -> NDArray {
        if item.asString != nil {
            throw PyError.notImplemented("np.r_/np.c_ string directives ('r', 'c', '0,2', ...) are not supported in Cellgrad")
        }
        var a: NDArray
        if case .object(let o) = item, let s = o as? PySlice {
            guard !s.stop.isNone else { throw PyError.notImplemented("np.r_ needs a slice with a stop, as in np.r_[0:5]") }
            let start = s.start.isNone ? ScalarValue.int(0) : try scalar(s.start)
            let step = s.step.isNone ? ScalarValue.int(1) : try scalar(s.step)
            a = try NumPyBridge.call { try NDArray.arange(start, try scalar(s.stop), step) }
        } else {
            a = try NumPyBridge.toArray(item, dtype: nil, interp)
        }
        if a.ndim == 0 { a = try NumPyBridge.call { try a.reshape([1]) } }
        if columns {
            // 1-D entries (and lone numbers) become columns, as NumPy's ndmin=2 with trans1d=0 makes them.
            if a.ndim == 1 { a = try NumPyBridge.call { try a.reshape([a.shape[0], 1]) } }
        }
        return a
    }

    static func scalar(_ v: Value) throws -> ScalarValue {
        guard let s = NumPyBridge.scalar(v) else { throw PyError.type("slice indices must be numbers") }
        return s
    }
}
