import Language
import Tensor

/// `numpy.ufunc`: the type of `np.add`, `np.exp`, …. The functions stay native functions (the
/// call path is unchanged); their type gains the ufunc methods `at`, `reduce`, `accumulate` and
/// `outer`, and the repr `<ufunc 'add'>`.
enum NumPyUfunc {
    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "ufunc", bases: [BuiltinTypes.builtinFunction], module: "numpy",
                       doc: "Functions that operate element by element on whole arrays (np.add, np.exp, ...), with the methods at, reduce, accumulate and outer.")
        install(t)
        return t
    }()

    /// The binary operation behind each two-operand ufunc, by its module name.
    nonisolated(unsafe) static var binaryOps: [String: Tensor.BinaryOp] = [:]

    /// NumPy's own name of a ufunc that the module also exposes under an alias.
    static let canonicalNames = ["abs": "absolute", "true_divide": "divide", "mod": "remainder"]

    /// Makes the functions `names` of `m` ufuncs; `binaries` maps the two-operand ones to their op.
    static func adopt(_ m: PyModule, _ names: [String], binaries: [(String, Tensor.BinaryOp)]) {
        for (name, op) in binaries { binaryOps[name] = op }
        for name in names {
            if case .object(let o)? = m[name], let f = o as? PyNativeFunction { f.setType(type) }
        }
    }

    static func receiver(_ args: Arguments, _ method: String) throws -> (name: String, op: Tensor.BinaryOp?) {
        guard case .object(let o)? = args.positional.first, let f = o as? PyNativeFunction else {
            throw PyError.type("descriptor '\(method)' for 'numpy.ufunc' objects doesn't apply to this object")
        }
        return (canonicalNames[f.name] ?? f.name, binaryOps[f.name])
    }

    static func binary(_ args: Arguments, _ method: String) throws -> Tensor.BinaryOp {
        let (_, op) = try receiver(args, method)
        guard let op else { throw PyError.value("\(method) only supported for binary functions") }
        return op
    }

    static func install(_ t: PyType) {
        let at = Signature("at(a, indices, b=None, /)")
        t.define("at", doc: "at(a, indices, b)\n\nApplies the ufunc in place at the given indices, once per occurrence (repeated indices accumulate, unlike a[idx] += b).\n\n>>> a = np.zeros(3); np.add.at(a, [0, 0, 2], 1); a\narray([2., 0., 1.])") { interp, args in
            let (name, op) = try receiver(args, "at")
            guard let op else { throw PyError.notImplemented("\(name).at is not supported; add, subtract, multiply, maximum and minimum are") }
            let b = try at.bind(args, skipReceiver: true)
            guard case .object(let o)? = b.value(0), let target = o as? PyNDArray else {
                throw PyError.type("first operand must be an array")
            }
            guard let values = b.value(2), !values.isNone else { throw PyError.value("second operand needed for ufunc") }
            let index = try NumPyBridge.index(b.value(1) ?? .none, interp)
            try NumPyBridge.call { try target.array.applyAt(op, index, try NumPyBridge.operand(values, interp)) }
            return .none
        }
        let reduce = Signature("reduce(array, axis=0, dtype=None, out=None, keepdims=False)")
        t.define("reduce", doc: "reduce(array, axis=0, keepdims=False)\n\nFolds the ufunc along an axis (None: all axes): np.add.reduce is sum, np.maximum.reduce is max.\n\n>>> np.add.reduce([1, 2, 3])\nnp.int64(6)") { interp, args in
            let op = try binary(args, "reduce")
            let b = try reduce.bind(args, skipReceiver: true)
            let folds: [Tensor.BinaryOp: Tensor.ReduceOp] = [.add: .sum, .multiply: .prod, .maximum: .max, .minimum: .min, .logicalAnd: .all, .logicalOr: .any]
            guard let fold = folds[op] else { throw PyError.notImplemented("\(op.ufuncName).reduce is not supported") }
            let a = try NumPyBridge.toArray(b["array"] ?? .none, dtype: nil, interp)
            let axes: [Int]? = try b["axis"].map { try NumPyBridge.axes($0, interp) } ?? [0]
            let keep = try b["keepdims"].map { try interp.isTruthy($0) } ?? false
            return NumPyBridge.wrap(try NumPyBridge.call { try a.reduce(fold, axes: a.ndim == 0 ? nil : axes, keepdims: keep) })
        }
        let accumulate = Signature("accumulate(array, axis=0, dtype=None, out=None)")
        t.define("accumulate", doc: "accumulate(array, axis=0)\n\nThe running fold along an axis: np.add.accumulate is cumsum.\n\n>>> np.add.accumulate([1, 2, 3])\narray([1, 3, 6])") { interp, args in
            let op = try binary(args, "accumulate")
            let b = try accumulate.bind(args, skipReceiver: true)
            let a = try NumPyBridge.toArray(b["array"] ?? .none, dtype: nil, interp)
            let axis = try b["axis"].map { try interp.toInt($0) } ?? 0
            switch op {
            case .add: return NumPyBridge.wrapArray(try NumPyBridge.call { try a.cumsum(axis: axis) })
            case .multiply: return NumPyBridge.wrapArray(try NumPyBridge.call { try a.cumprod(axis: axis) })
            default: throw PyError.notImplemented("\(op.ufuncName).accumulate is not supported; add and multiply are")
            }
        }
        let outer = Signature("outer(A, B, /)")
        t.define("outer", doc: "outer(A, B)\n\nThe ufunc applied to every pair: the result has shape A.shape + B.shape.\n\n>>> np.multiply.outer([1, 2], [1, 10])\narray([[ 1, 10],\n       [ 2, 20]])") { interp, args in
            let op = try binary(args, "outer")
            let b = try outer.bind(args, skipReceiver: true)
            let x = try NumPyBridge.toArray(b.value(0) ?? .none, dtype: nil, interp), y = try NumPyBridge.toArray(b.value(1) ?? .none, dtype: nil, interp)
            return NumPyBridge.wrap(try NumPyBridge.call {
                try NDArray.binary(op, try x.reshape(x.shape + [Int](repeating: 1, count: y.ndim)), y)
            })
        }
        t.define("__repr__") { _, args in
            guard case .object(let o)? = args.positional.first, let f = o as? PyNativeFunction else { return .str("<ufunc>") }
            return .str("<ufunc '\(canonicalNames[f.name] ?? f.name)'>")
        }
    }
}
