import Language
import Tensor

/// Universal functions and products.
extension NumPyModule {
    /// Wraps the ufunc `name` already defined on `m`: a call with exactly `arity` ndarray
    /// arguments and no keywords (`np.exp(a)`, `np.maximum(a, b)`) skips signature binding;
    /// any other call goes to the full definition.
    static func positionalFastPath(_ m: PyModule, _ name: String, arity: Int, _ body: @escaping ([NDArray]) throws -> NDArray) {
        guard case .object(let o)? = m[name], let full = o as? PyNativeFunction else { return }
        let general = full.body
        m.define(name, doc: full.doc) { interp, args in
            if args.keywords.isEmpty && args.count == arity {
                var arrays: [NDArray] = []
                for v in args.positional {
                    guard case .object(let p) = v, let a = p as? PyNDArray else { return try general(interp, args) }
                    arrays.append(a.array)
                }
                return NumPyBridge.wrap(try NumPyBridge.call { try body(arrays) })
            }
            return try general(interp, args)
        }
    }

    static func installMath(_ m: PyModule) {
        let unaries: [(String, Tensor.UnaryOp)] = [
            ("negative", .negative), ("positive", .positive), ("absolute", .absolute), ("abs", .absolute), ("fabs", .absolute),
            ("square", .square), ("sign", .sign), ("floor", .floor), ("ceil", .ceil), ("trunc", .trunc), ("rint", .rint),
            ("fix", .trunc), ("sqrt", .sqrt), ("exp", .exp), ("log", .log), ("log2", .log2), ("log10", .log10),
            ("log1p", .log1p), ("expm1", .expm1), ("sin", .sin), ("cos", .cos), ("tan", .tan), ("arcsin", .arcsin),
            ("arccos", .arccos), ("arctan", .arctan), ("sinh", .sinh), ("cosh", .cosh), ("tanh", .tanh),
            ("logical_not", .logicalNot), ("isnan", .isnan), ("isinf", .isinf), ("isfinite", .isfinite),
        ]
        for (name, op) in unaries {
            function(m, "\(name)(x, /, out=None, *, where=True, dtype=None)") { interp, b in
                var x = try NumPyBridge.toArray(b.value(0) ?? .none, dtype: nil, interp)
                if let d = try NumPyBridge.dtype(b["dtype"]) { x = try x.astype(d) }
                return try NumPyBridge.deliver(try NDArray.unary(op, x), out: b["out"])
            }
            positionalFastPath(m, name, arity: 1) { x in try NDArray.unary(op, x[0]) }
        }
        let binaries: [(String, Tensor.BinaryOp)] = [
            ("add", .add), ("subtract", .subtract), ("multiply", .multiply), ("divide", .trueDivide),
            ("true_divide", .trueDivide), ("floor_divide", .floorDivide), ("mod", .remainder), ("remainder", .remainder),
            ("power", .power), ("maximum", .maximum), ("minimum", .minimum), ("fmax", .maximum), ("fmin", .minimum),
            ("arctan2", .arctan2), ("equal", .equal), ("not_equal", .notEqual), ("less", .less), ("less_equal", .lessEqual),
            ("greater", .greater), ("greater_equal", .greaterEqual), ("logical_and", .logicalAnd),
            ("logical_or", .logicalOr), ("logical_xor", .logicalXor),
        ]
        for (name, op) in binaries {
            function(m, "\(name)(x1, x2, /, out=None, *, where=True, dtype=None)") { interp, b in
                let x1 = try NumPyBridge.operand(b.value(0) ?? .none, interp), x2 = try NumPyBridge.operand(b.value(1) ?? .none, interp)
                var r = try NDArray.binary(op, x1, x2)
                if let d = try NumPyBridge.dtype(b["dtype"]) { r = try r.astype(d) }
                return try NumPyBridge.deliver(r, out: b["out"])
            }
            positionalFastPath(m, name, arity: 2) { x in try NDArray.binary(op, x[0], x[1]) }
        }
        NumPyUfunc.adopt(m, unaries.map { $0.0 } + binaries.map { $0.0 }, binaries: binaries)
        function(m, "round(a, decimals=0, out=None)") { interp, b in
            NumPyBridge.wrap(try NDArray.round(try NumPyBridge.toArray(b["a"] ?? .none, dtype: nil, interp),
                                               decimals: try b["decimals"].map { try interp.toInt($0) } ?? 0))
        }
        m["around"] = m["round"]
        function(m, "where(condition, x=None, y=None)") { interp, b in
            let c = try NumPyBridge.toArray(b["condition"] ?? .none, dtype: nil, interp)
            guard let x = b.optional("x"), let y = b.optional("y") else {
                if b.optional("x") != nil || b.optional("y") != nil { throw PyError.value("either both or neither of x and y should be given") }
                return .tuple(try c.nonzero().map { NumPyBridge.wrapArray($0) })
            }
            if case .text = try NumPyBridge.anyArray(x, interp) {
                return try NumPyBridge.wrap(try StringArray.where(try c.astype(.bool), try NumPyBridge.textArray(x, interp), try NumPyBridge.textArray(y, interp)))
            }
            if case .text = try NumPyBridge.anyArray(y, interp) {
                return try NumPyBridge.wrap(try StringArray.where(try c.astype(.bool), try NumPyBridge.textArray(x, interp), try NumPyBridge.textArray(y, interp)))
            }
            return NumPyBridge.wrap(try NDArray.where(try c.astype(.bool), try NumPyBridge.operand(x, interp), try NumPyBridge.operand(y, interp)))
        }
        function(m, "clip(a, a_min, a_max, out=None)") { interp, b in
            let lo = try b.optional("a_min").map { try NumPyBridge.operand($0, interp) }
            let hi = try b.optional("a_max").map { try NumPyBridge.operand($0, interp) }
            return try NumPyBridge.deliver(try NDArray.clip(try NumPyBridge.toArray(b["a"] ?? .none, dtype: nil, interp), lo, hi), out: b["out"])
        }
        function(m, "nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None)") { interp, b in
            NumPyBridge.wrap(try NDArray.nanToNum(try NumPyBridge.toArray(b["x"] ?? .none, dtype: nil, interp),
                                                  nan: try b["nan"].map { try interp.toDouble($0) } ?? 0,
                                                  posinf: try b.optional("posinf").map { try interp.toDouble($0) },
                                                  neginf: try b.optional("neginf").map { try interp.toDouble($0) }))
        }
        let products: [(String, (NDArray, NDArray) throws -> NDArray)] = [
            ("dot", NDArray.dot), ("matmul", NDArray.matmul), ("inner", NDArray.inner), ("outer", NDArray.outer),
            ("cross", NDArray.cross),
        ]
        for (name, f) in products {
            function(m, "\(name)(a, b, out=None)") { interp, b in
                NumPyBridge.wrap(try f(try NumPyBridge.operand(b["a"] ?? .none, interp), try NumPyBridge.operand(b["b"] ?? .none, interp)))
            }
        }
        function(m, "vdot(a, b)") { interp, b in
            NumPyBridge.wrap(try NDArray.dot(try NumPyBridge.toArray(b["a"] ?? .none, dtype: nil, interp).ravel(),
                                             try NumPyBridge.toArray(b["b"] ?? .none, dtype: nil, interp).ravel()))
        }
        function(m, "tensordot(a, b, axes=2)") { interp, b in
            let x = try NumPyBridge.toArray(b["a"] ?? .none, dtype: nil, interp), y = try NumPyBridge.toArray(b["b"] ?? .none, dtype: nil, interp)
            if case .object(let o)? = b["axes"], o is PyTuple || o is PyList {
                let pair = try interp.iterateToArray(b["axes"] ?? .none)
                guard pair.count == 2 else { throw PyError.value("axes must be an int or a pair of sequences") }
                return NumPyBridge.wrap(try NDArray.tensordot(x, y, axesA: try NumPyBridge.shape(pair[0], interp), axesB: try NumPyBridge.shape(pair[1], interp)))
            }
            return NumPyBridge.wrap(try NDArray.tensordot(x, y, axes: try b["axes"].map { try interp.toInt($0) } ?? 2))
        }
        function(m, "einsum(subscripts, *operands)") { interp, b in
            let operands = try b.extraPositional.map { try NumPyBridge.toArray($0, dtype: nil, interp) }
            let sub = try interp.toStringValue(b["subscripts"] ?? .none)
            switch operands.count {
            case 1: return NumPyBridge.wrap(try NDArray.einsum(sub, operands[0]))
            case 2: return NumPyBridge.wrap(try NDArray.einsum(sub, operands[0], operands[1]))
            case 3: return NumPyBridge.wrap(try NDArray.einsum(sub, operands[0], operands[1], operands[2]))
            default: throw PyError.notImplemented("einsum with \(operands.count) operands is not supported (1 to 3 are)")
            }
        }
        function(m, "trace(a, offset=0)") { interp, b in
            NumPyBridge.wrap(try NumPyBridge.toArray(b["a"] ?? .none, dtype: nil, interp).trace(try b["offset"].map { try interp.toInt($0) } ?? 0))
        }
        function(m, "allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)") { interp, b in
            .bool(try NDArray.allclose(try NumPyBridge.operand(b["a"] ?? .none, interp), try NumPyBridge.operand(b["b"] ?? .none, interp),
                                       rtol: try b["rtol"].map { try interp.toDouble($0) } ?? 1e-5,
                                       atol: try b["atol"].map { try interp.toDouble($0) } ?? 1e-8,
                                       equalNaN: try b["equal_nan"].map { try interp.isTruthy($0) } ?? false))
        }
        function(m, "isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)") { interp, b in
            NumPyBridge.wrap(try NDArray.isclose(try NumPyBridge.operand(b["a"] ?? .none, interp), try NumPyBridge.operand(b["b"] ?? .none, interp),
                                                 rtol: try b["rtol"].map { try interp.toDouble($0) } ?? 1e-5,
                                                 atol: try b["atol"].map { try interp.toDouble($0) } ?? 1e-8,
                                                 equalNaN: try b["equal_nan"].map { try interp.isTruthy($0) } ?? false))
        }
        function(m, "array_equal(a1, a2, equal_nan=False)") { interp, b in
            .bool(try NDArray.arrayEqual(try NumPyBridge.toArray(b["a1"] ?? .none, dtype: nil, interp),
                                         try NumPyBridge.toArray(b["a2"] ?? .none, dtype: nil, interp),
                                         equalNaN: try b["equal_nan"].map { try interp.isTruthy($0) } ?? false))
        }
        function(m, "diff(a, n=1, axis=-1)") { interp, b in
            var a = try NumPyBridge.toArray(b["a"] ?? .none, dtype: nil, interp)
            let n = try b["n"].map { try interp.toInt($0) } ?? 1
            let axis = try Shape.normalizeAxis(try b["axis"].map { try interp.toInt($0) } ?? -1, ndim: a.ndim)
            // diff is a[1:] - a[:-1] along the axis, n times.
            for _ in 0..<max(0, n) {
                var upper = [IndexItem](repeating: .all, count: a.ndim), lower = upper
                upper[axis] = .slice(start: 1, stop: nil, step: nil)
                lower[axis] = .slice(start: nil, stop: -1, step: nil)
                a = a.dtype == .bool ? try NDArray.binary(.notEqual, a.getItem(upper), a.getItem(lower))
                                     : try NDArray.binary(.subtract, a.getItem(upper), a.getItem(lower))
            }
            return NumPyBridge.wrapArray(a)
        }
        function(m, "bincount(x, weights=None, minlength=0)") { interp, b in
            let x = try NumPyBridge.toArray(b["x"] ?? .none, dtype: nil, interp)
            let w = try b.optional("weights").map { try NumPyBridge.toArray($0, dtype: .float64, interp) }
            return NumPyBridge.wrapArray(try x.bincount(weights: w, minlength: try b["minlength"].map { try interp.toInt($0) } ?? 0))
        }
        function(m, "count_nonzero(a, axis=None)") { interp, b in
            let a = try NumPyBridge.toArray(b["a"] ?? .none, dtype: nil, interp)
            if let axes = try NumPyBridge.axes(b["axis"], interp) {
                return NumPyBridge.wrap(try a.astype(.bool).astype(.int64).sum(axes: axes))
            }
            return .int(try a.countNonzero())
        }
    }
}
