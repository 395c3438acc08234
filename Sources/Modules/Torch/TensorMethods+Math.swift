import Language
import NN
import Tensor

/// Elementwise functions as tensor methods (`x.exp()`, `x.relu()`, `x.clamp(0, 1)`); the
/// torch module exposes the same kernels as `torch.exp(x)`.
extension TensorMethods {
    /// The one-input functions, by torch name.
    nonisolated(unsafe) static let unaryKernels: [(String, (Variable) throws -> Variable)] = [
        ("exp", { try $0.exp() }), ("log", { try $0.log() }), ("sqrt", { try $0.sqrt() }), ("abs", { try $0.abs() }),
        ("sin", { try $0.sin() }), ("cos", { try $0.cos() }), ("tanh", { try $0.tanh() }), ("sigmoid", { try $0.sigmoid() }),
        ("relu", { try $0.relu() }), ("neg", { try $0.neg() }), ("negative", { try $0.neg() }),
        ("square", { try Variable.mul($0, $0) }), ("rsqrt", { try $0.sqrt().pow(-1) }),
        ("reciprocal", { try $0.pow(-1) }), ("log1p", { try Variable.add($0, Variable(NDArray.pythonScalar(1.0))).log() }),
        ("expm1", { try Variable.sub($0.exp(), Variable(NDArray.pythonScalar(1.0))) }),
        ("log2", { try Variable.div($0.log(), Variable(NDArray.pythonScalar(0.6931471805599453))) }),
        ("log10", { try Variable.div($0.log(), Variable(NDArray.pythonScalar(2.302585092994046))) }),
    ]

    /// Functions without a gradient (rounding and signs).
    static let roundingKernels: [(String, Tensor.UnaryOp)] = [
        ("floor", .floor), ("ceil", .ceil), ("trunc", .trunc), ("sign", .sign),
    ]

    static func floatInput(_ x: PyTorchTensor) throws -> Variable {
        x.dtypeName.isFloatingPoint ? x.variable : try x.variable.cast(to: .float32)
    }

    static func installMath(_ t: PyType) {
        for (name, kernel) in unaryKernels {
            let keepsInts = ["abs", "neg", "negative", "square", "relu"].contains(name)
            method(t, "\(name)()") { _, x, _ in
                let input = keepsInts ? x.variable : try floatInput(x)
                let r = try kernel(input)
                return TorchBridge.wrap(r, dtype: keepsInts ? x.dtypeName : nil)
            }
            if !["neg", "negative"].contains(name) {
                method(t, "\(name)_()") { _, x, _ in
                    try writeInPlace(x, kernel)
                    return .object(x)
                }
            }
        }
        method(t, "erf()") { _, x, _ in TorchBridge.wrap(try floatInput(x).erf()) }
        method(t, "relu_()") { _, x, _ in
            try writeInPlace(x) { try $0.relu() }
            return .object(x)
        }
        for (name, fill) in [("uniform_", 0), ("normal_", 1), ("exponential_", 2), ("bernoulli_", 3)] {
            let signature = ["uniform_(from_=0.0, to=1.0, *, generator=None)", "normal_(mean=0.0, std=1.0, *, generator=None)",
                             "exponential_(lambd=1.0, *, generator=None)", "bernoulli_(p=0.5, *, generator=None)"][fill]
            method(t, signature) { interp, x, b in
                try checkInPlace(x)
                let shape = x.data.shape, d = x.data.dtype
                let values: NDArray
                switch fill {
                case 0: values = try DefaultGenerator.shared.uniform(shape, from: try TorchBridge.double(b["from_"], interp) ?? 0,
                                                                     to: try TorchBridge.double(b["to"], interp) ?? 1, dtype: d)
                case 1: values = try DefaultGenerator.shared.normal(shape, mean: try TorchBridge.double(b["mean"], interp) ?? 0,
                                                                    std: try TorchBridge.double(b["std"], interp) ?? 1, dtype: d)
                case 2:
                    let u = try DefaultGenerator.shared.uniform(shape, dtype: .float64)
                    values = try (NDArray.unary(.log1p, NDArray.unary(.negative, u)) / NDArray.pythonScalar(-(try TorchBridge.double(b["lambd"], interp) ?? 1))).astype(d)
                default: values = try DefaultGenerator.shared.bernoulli(shape, p: try TorchBridge.double(b["p"], interp) ?? 0.5, dtype: d)
                }
                try x.data.setItem([.ellipsis], values)
                x.variable.markModified()
                return .object(x)
            }
        }
        method(t, "heaviside(values)") { _, x, b in try TorchModule.heaviside(x, b["values"] ?? .none) }
        method(t, "frac()") { _, x, _ in
            TorchBridge.wrap(try x.data - NDArray.unary(.trunc, x.data), dtype: x.dtypeName)
        }
        for (name, op) in [("logical_and", Tensor.BinaryOp.logicalAnd), ("logical_or", .logicalOr), ("logical_xor", .logicalXor)] {
            method(t, "\(name)(other)") { _, x, b in
                let y = try TorchBridge.tensor(b["other"] ?? .none)
                return TorchBridge.wrap(try NDArray.binary(op, x.data.astype(.bool), y.data.astype(.bool)))
            }
        }
        method(t, "logical_not()") { _, x, _ in TorchBridge.wrap(try NDArray.unary(.logicalNot, x.data.astype(.bool))) }
        method(t, "fmod(other)") { interp, x, b in
            let (a, c, d) = try TorchBridge.operands(.object(x), b["other"] ?? .none, interp)
            // C's fmod: the remainder takes the dividend's sign.
            let r = try NDArray.binary(.remainder, a.data, c.data)
            let fix = try NDArray.binary(.logicalAnd, r .!= NDArray.pythonScalar(0), (r < NDArray.pythonScalar(0)) .!= (a.data < NDArray.pythonScalar(0)))
            return TorchBridge.wrap(try NDArray.where(fix, r - c.data, r), dtype: d)
        }
        for (name, op) in roundingKernels {
            method(t, "\(name)()") { _, x, _ in TorchBridge.wrap(try NDArray.unary(op, x.data), dtype: x.dtypeName) }
        }
        method(t, "round(*, decimals=None)") { interp, x, b in
            let decimals = try b.optional("decimals").map { try interp.toInt($0) }
            let out = try NDArray.round(x.data, decimals: decimals ?? 0)
            // Rounding passes no gradient, but torch still records the node.
            let v = Variable.record(out, decimals == nil ? "RoundBackward0" : "RoundBackward1", [x.variable], savesTensors: false) { g in
                [try g * NDArray.pythonScalar(0.0)]
            }.differentiable { g in [try g.scaled(0)] }
            return TorchBridge.wrap(v, dtype: x.dtypeName)
        }
        for (name, op) in [("tan", Tensor.UnaryOp.tan), ("asin", .arcsin), ("acos", .arccos), ("atan", .arctan), ("arcsin", .arcsin),
                           ("arccos", .arccos), ("arctan", .arctan), ("sinh", .sinh), ("cosh", .cosh)] {
            method(t, "\(name)()") { _, x, _ in TorchBridge.wrap(try NDArray.unary(op, floatInput(x).data)) }
        }
        for (name, op) in [("isnan", Tensor.UnaryOp.isnan), ("isinf", .isinf), ("isfinite", .isfinite)] {
            method(t, "\(name)()") { _, x, _ in TorchBridge.wrap(try NDArray.unary(op, x.data)) }
        }
        method(t, "nan_to_num(nan=0.0, posinf=None, neginf=None)") { interp, x, b in
            TorchBridge.wrap(try NDArray.nanToNum(x.data, nan: try TorchBridge.double(b["nan"], interp) ?? 0,
                                                  posinf: try TorchBridge.double(b["posinf"], interp) ?? (x.dtypeName == .float32 ? Double(Float.greatestFiniteMagnitude) : nil),
                                                  neginf: try TorchBridge.double(b["neginf"], interp) ?? (x.dtypeName == .float32 ? -Double(Float.greatestFiniteMagnitude) : nil)),
                             dtype: x.dtypeName)
        }
        method(t, "lerp(end, weight)") { interp, x, b in
            let end = try TorchBridge.variable(b["end"] ?? .none)
            let (_, w, _) = try TorchBridge.operands(.object(x), b["weight"] ?? .none, interp)
            return TorchBridge.wrap(try Variable.add(x.variable, Variable.mul(Variable.sub(end, x.variable), w)), dtype: x.dtypeName)
        }
        for (name, divide) in [("addcmul", false), ("addcdiv", true)] {
            method(t, "\(name)(tensor1, tensor2, *, value=1)") { interp, x, b in
                let a = try TorchBridge.variable(b["tensor1"] ?? .none), c = try TorchBridge.variable(b["tensor2"] ?? .none)
                let value = try TorchBridge.double(b["value"], interp) ?? 1
                let product = divide ? try Variable.div(a, c) : try Variable.mul(a, c)
                return TorchBridge.wrap(try Variable.add(x.variable, product, alpha: value), dtype: x.dtypeName)
            }
        }
        method(t, "clamp(min=None, max=None)") { interp, x, b in
            try clamp(interp, x, b["min"], b["max"])
        }
        method(t, "clip(min=None, max=None)") { interp, x, b in try clamp(interp, x, b["min"], b["max"]) }
        method(t, "clamp_(min=None, max=None)") { interp, x, b in
            try writeInPlace(x) { v in
                try TorchBridge.variable(try clamp(interp, PyTorchTensor(v, dtype: x.dtypeName), b["min"], b["max"]))
            }
            return .object(x)
        }
        method(t, "softmax(dim)") { interp, x, b in
            TorchBridge.wrap(try floatInput(x).softmax(dim: try interp.toInt(b["dim"] ?? .int(-1))))
        }
        method(t, "log_softmax(dim)") { interp, x, b in
            TorchBridge.wrap(try floatInput(x).logSoftmax(dim: try interp.toInt(b["dim"] ?? .int(-1))))
        }
        method(t, "where(condition, other)") { interp, x, b in
            try whereOp(interp, b["condition"] ?? .none, .object(x), b["other"] ?? .none)
        }
        method(t, "masked_fill(mask, value)") { interp, x, b in
            let mask = try TorchBridge.tensor(b["mask"] ?? .none).data
            let v = try TorchBridge.double(b["value"], interp) ?? 0
            let fill = Variable(try NDArray.full([], .float(v), dtype: x.data.dtype))
            return TorchBridge.wrap(try Variable.select(mask, fill, x.variable), dtype: x.dtypeName)
        }
        method(t, "masked_fill_(mask, value)") { interp, x, b in
            let mask = try TorchBridge.tensor(b["mask"] ?? .none).data
            let v = try TorchBridge.double(b["value"], interp) ?? 0
            let fill = Variable(try NDArray.full([], .float(v), dtype: x.data.dtype))
            try writeInPlace(x) { try Variable.select(mask, fill, $0) }
            return .object(x)
        }
    }

    static func clamp(_ interp: Interpreter, _ x: PyTorchTensor, _ lo: Value?, _ hi: Value?) throws -> Value {
        func isTensor(_ v: Value?) -> Bool { if case .object(let o)? = v { return o is PyTorchTensor } else { return false } }
        if isTensor(lo) || isTensor(hi) {
            // Tensor bounds: max(x, lo) then min(·, hi), elementwise with broadcasting.
            var v = x.variable, d = x.dtypeName
            for (bound, isLower) in [(lo, true), (hi, false)] {
                guard let bound, !bound.isNone else { continue }
                let (a, c, promoted) = try TorchBridge.operands(TorchBridge.wrap(v, dtype: d), bound, interp)
                let keep = try isLower ? a.data >= c.data : a.data <= c.data
                v = try Variable.select(keep, a, c)
                d = promoted
            }
            return TorchBridge.wrap(TorchBridge.named(v, "ClampBackward0"), dtype: d)
        }
        let l = try TorchBridge.double(lo, interp), h = try TorchBridge.double(hi, interp)
        guard l != nil || h != nil else {
            throw PyError(BuiltinTypes.runtimeError, "torch.clamp: At least one of 'min' or 'max' must not be None")
        }
        return TorchBridge.wrap(try x.variable.clamp(min: l, max: h), dtype: x.dtypeName)
    }

    /// `torch.where(condition, a, b)` with tensors or numbers for `a` and `b`.
    static func whereOp(_ interp: Interpreter, _ condition: Value, _ a: Value, _ b: Value) throws -> Value {
        let c = try TorchBridge.tensor(condition).data
        let (x, y, d) = try TorchBridge.operands(a, b, interp)
        return TorchBridge.wrap(try TorchBridge.call { try Variable.select(c.astype(.bool), x, y) }, dtype: d)
    }
}
