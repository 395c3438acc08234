import Language
import Tensor

/// `np.vectorize(pyfunc)`: a callable that broadcasts its array arguments and calls `pyfunc` on
/// each element (as Python numbers), collecting the results into an array. As in NumPy, the
/// output dtype comes from a first call on the first elements (so `pyfunc` runs once more than
/// there are elements), unless `otypes` names it.
final class PyVectorize: PyObject {
    let function: Value
    let outputType: DType?
    init(_ function: Value, outputType: DType?) {
        self.function = function
        self.outputType = outputType
        super.init(type: NumPyVectorize.type)
    }
}

enum NumPyVectorize {
    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "vectorize", bases: [BuiltinTypes.object], module: "numpy",
                       doc: "vectorize(pyfunc, otypes=None, doc=None, excluded=None, cache=False, signature=None)\n\nTurns a function of numbers into one of arrays: arguments broadcast together and pyfunc is called on each element.\n\n>>> f = np.vectorize(lambda x, y: x if x > y else y)\n>>> f([1, 5, 3], 2)\narray([2, 5, 3])")
        let sig = Signature("vectorize(pyfunc=None, otypes=None, doc=None, excluded=None, cache=False, signature=None)")
        t.constructor = { interp, _, args in
            let b = try sig.bind(args)
            for option in ["excluded", "signature"] where b.optional(option) != nil {
                throw PyError.notImplemented("np.vectorize(\(option)=...) is not supported in Cellgrad")
            }
            guard let function = b.optional("pyfunc") else { throw PyError.notImplemented("np.vectorize used as a decorator factory (without pyfunc) is not supported") }
            var outputType: DType? = nil
            if let otypes = b.optional("otypes") {
                let first = try interp.iterateToArray(otypes).first ?? .none
                outputType = try NumPyBridge.dtype(first)
            }
            return .object(PyVectorize(function, outputType: outputType))
        }
        t.define("__call__") { interp, args in
            guard case .object(let o)? = args.positional.first, let v = o as? PyVectorize else { throw PyError.type("vectorize.__call__ needs a vectorize object") }
            return try call(v, Arguments(Array(args.positional.dropFirst()), keywords: args.keywords), interp)
        }
        return t
    }()

    static func call(_ v: PyVectorize, _ args: Arguments, _ interp: Interpreter) throws -> Value {
        let arrays = try args.positional.map { try NumPyBridge.toArray($0, dtype: nil, interp) }
        let keywords = args.keywords
        let shape = try NumPyBridge.call { try Shape.broadcast(arrays.map { $0.shape }) }
        let columns = try NumPyBridge.call { try arrays.map { try $0.broadcast(to: shape).scalarValues } }
        let count = shape.reduce(1, *)
        func invoke(_ i: Int) throws -> Value {
            try interp.call(v.function, Arguments(columns.map { NumPyBridge.python($0[i]) }, keywords: keywords))
        }
        guard count > 0 else {
            guard let dtype = v.outputType else { throw PyError.value("cannot call `vectorize` on size 0 inputs unless `otypes` is set") }
            return NumPyBridge.wrapArray(try NumPyBridge.call { try NDArray.zeros(shape, dtype: dtype) })
        }
        var dtype = v.outputType
        if dtype == nil {
            // NumPy's trial call on the first elements fixes the output dtype.
            let first = try invoke(0)
            if case .object(let o) = first, o is PyTuple { throw PyError.notImplemented("np.vectorize of a function returning a tuple is not supported") }
            dtype = try NumPyBridge.toArray(first, dtype: nil, interp).dtype
        }
        var results: [NestedValue] = []
        results.reserveCapacity(count)
        for i in 0..<count {
            let r = try invoke(i)
            guard let s = NumPyBridge.scalar(r) else {
                throw PyError.notImplemented("np.vectorize needs pyfunc to return numbers (it returned '\(r.typeName)')")
            }
            results.append(.scalar(s))
        }
        let flat = try NumPyBridge.call { try NDArray(nested: .list(results), dtype: dtype) }
        return NumPyBridge.wrapArray(try NumPyBridge.call { try flat.reshape(shape) })
    }
}
