import Foundation
import Language
import NN
import Tensor

/// torch's module-level math beyond the tensor methods: fused multiply-adds (`addmm`…),
/// distances, binning, two-input functions (`atan2`, `hypot`), the special functions and the
/// stacking helpers (`vstack`, `hstack`…).
extension TorchModule {
    /// The special functions with their torch and torch.special names; NN computes them and
    /// their derivatives of every order.
    nonisolated(unsafe) static let specialFunctions: [(name: String, alias: String, kernel: (Variable) throws -> Variable)] = [
        ("erfc", "erfc", { try $0.erfc() }),
        ("lgamma", "gammaln", { try $0.lgamma() }),
        ("digamma", "psi", { try $0.digamma() }),
        ("erfinv", "erfinv", { try $0.erfinv() }),
    ]

    static func special(_ x: PyTorchTensor, _ kernel: (Variable) throws -> Variable) throws -> Value {
        TorchBridge.wrap(try kernel(try TensorMethods.floatInput(x)))
    }

    /// `torch.erfc`… and `torch.polygamma`; torch.special also spells them `gammaln` and `psi`.
    static func installSpecialFunctions(_ m: PyModule, aliases: Bool) {
        for entry in specialFunctions {
            let kernel = entry.kernel
            for spelled in Set(aliases ? [entry.name, entry.alias] : [entry.name]) {
                function(m, "\(spelled)(input)") { _, b in try special(try TorchBridge.tensor(b["input"] ?? .none), kernel) }
            }
        }
        function(m, "polygamma(n, input)") { interp, b in
            let n = try interp.toInt(b["n"] ?? .int(0))
            return try special(try TorchBridge.tensor(b["input"] ?? .none)) { try $0.polygamma(n) }
        }
    }

    /// `torch.addmm(input, mat1, mat2, beta=1, alpha=1)` and its siblings: β·input + α·(a @ b).
    static func fusedProduct(_ interp: Interpreter, _ b: BoundArguments, _ a: String, _ c: String, batchedSum: Bool = false) throws -> Value {
        let input = try TorchBridge.variable(b["input"] ?? .none)
        let x = try TorchBridge.variable(b[a] ?? .none), y = try TorchBridge.variable(b[c] ?? .none)
        let alpha = try TorchBridge.double(b["alpha"], interp) ?? 1, beta = try TorchBridge.double(b["beta"], interp) ?? 1
        var product = try Variable.matmul(x, y)
        if batchedSum { product = try product.sum(dims: [0]) }
        if alpha != 1 { product = try Variable.mul(product, Variable(NDArray.pythonScalar(alpha))) }
        let base = beta == 1 ? input : try Variable.mul(input, Variable(NDArray.pythonScalar(beta)))
        return TorchBridge.wrap(beta == 0 ? product : try Variable.add(base, product))
    }

    /// `torch.heaviside(input, values)`: 0 below zero, 1 above, `values` at zero. torch has no
    /// derivative for it: a backward that reaches it is torch's RuntimeError.
    static func heaviside(_ x: PyTorchTensor, _ valuesArgument: Value) throws -> Value {
        guard case .object(let o) = valuesArgument, let values = o as? PyTorchTensor else {
            throw PyError.type("heaviside(): argument 'values' (position 2) must be Tensor, not \(valuesArgument.typeName)")
        }
        guard x.dtypeName == values.dtypeName else {
            throw PyError(BuiltinTypes.runtimeError, "heaviside is not yet implemented for tensors with different dtypes.")
        }
        do { _ = try Shape.broadcast([x.data.shape, values.data.shape]) } catch {
            throw PyError(BuiltinTypes.runtimeError, TorchBridge.broadcastMessage(x.data.shape, values.data.shape))
        }
        let zero = try NDArray.zeros([], dtype: x.data.dtype)
        let steps = try NDArray.where(x.data .== zero, values.data, (x.data > zero).astype(x.data.dtype))
        let result = Variable.record(steps, "NotImplemented", [x.variable, values.variable], savesTensors: false) { _ in
            throw AutogradError.derivativeNotImplemented(op: "heaviside")
        }
        return TorchBridge.wrap(result, dtype: x.dtypeName)
    }

    static func installMath(_ m: PyModule) {
        function(m, "heaviside(input, values)") { _, b in try heaviside(try TorchBridge.tensor(b["input"] ?? .none), b["values"] ?? .none) }
        function(m, "logit(input, eps=None)") { interp, b in try logit(interp, b) }
        installSpecialFunctions(m, aliases: false)
        function(m, "addmm(input, mat1, mat2, *, beta=1, alpha=1)") { interp, b in try fusedProduct(interp, b, "mat1", "mat2") }
        function(m, "addmv(input, mat, vec, *, beta=1, alpha=1)") { interp, b in try fusedProduct(interp, b, "mat", "vec") }
        function(m, "baddbmm(input, batch1, batch2, *, beta=1, alpha=1)") { interp, b in try fusedProduct(interp, b, "batch1", "batch2") }
        function(m, "addbmm(input, batch1, batch2, *, beta=1, alpha=1)") { interp, b in
            try fusedProduct(interp, b, "batch1", "batch2", batchedSum: true)
        }
        for (name, op) in [("atan2", Tensor.BinaryOp.arctan2), ("arctan2", .arctan2)] {
            function(m, "\(name)(input, other)") { interp, b in
                let (x, y, d) = try TorchBridge.operands(b["input"] ?? .none, b["other"] ?? .none, interp)
                let dtype = d.isFloatingPoint ? d : TorchDType.defaultFloat
                let (p, q) = (try x.cast(to: dtype.storage), try y.cast(to: dtype.storage))
                // d/dy atan2(y, x) = x / (x² + y²); d/dx = -y / (x² + y²).
                let r2 = try Variable.add(Variable.mul(p, p), Variable.mul(q, q))
                let angle = try NDArray.binary(op, p.data, q.data)
                let v = Variable.record(angle, "Atan2Backward0", [p, q], saved: [p, q]) { g in
                    [try g * q.data / r2.data, try g * NDArray.unary(.negative, p.data) / r2.data]
                }.differentiable { g in [try Variable.div(Variable.mul(g, q), r2), try Variable.div(Variable.mul(g, p), r2).neg()] }
                return TorchBridge.wrap(v, dtype: dtype)
            }
        }
        function(m, "hypot(input, other)") { interp, b in
            let (x, y, _) = try TorchBridge.operands(b["input"] ?? .none, b["other"] ?? .none, interp)
            return TorchBridge.wrap(try Variable.add(Variable.mul(x, x), Variable.mul(y, y)).sqrt())
        }
        function(m, "cdist(x1, x2, p=2.0, compute_mode='use_mm_for_euclid_dist_if_necessary')") { interp, b in
            let x = try TorchBridge.variable(b["x1"] ?? .none), y = try TorchBridge.variable(b["x2"] ?? .none)
            guard x.ndim >= 2 && y.ndim >= 2 else { throw PyError(BuiltinTypes.runtimeError, "cdist only supports at least 2D tensors, X1 got: \(x.ndim)D") }
            guard x.shape.last == y.shape.last else {
                throw PyError(BuiltinTypes.runtimeError, "X1 and X2 must have the same number of columns. X1: \(x.shape.last ?? 0) X2: \(y.shape.last ?? 0)")
            }
            let p = try TorchBridge.double(b["p"], interp) ?? 2
            let diff = try Variable.sub(x.unsqueeze(-2), y.unsqueeze(-3)).abs()
            let dist: Variable
            if p == 2 { dist = try Variable.mul(diff, diff).sum(dims: [-1]).sqrt() }
            else if p == 1 { dist = try diff.sum(dims: [-1]) }
            else if p.isInfinite { dist = try diff.extremum(max: true, dims: [-1], keepdim: false) }
            else { dist = try diff.pow(p).sum(dims: [-1]).pow(1 / p) }
            return TorchBridge.wrap(TorchBridge.named(dist, "CdistBackward0"))
        }
        function(m, "cross(input, other, dim=None)") { interp, b in
            let (x, y, d) = try TorchBridge.operands(b["input"] ?? .none, b["other"] ?? .none, interp)
            let axis: Int
            if let dv = b.optional("dim") { axis = try Shape.normalizeAxis(try interp.toInt(dv), ndim: x.ndim) }
            else if let first = x.shape.firstIndex(of: 3) { axis = first }
            else { throw PyError(BuiltinTypes.runtimeError, "no dimension of size 3 in input") }
            guard x.shape[axis] == 3, y.shape[axis] == 3 else {
                throw PyError(BuiltinTypes.runtimeError, "linalg.cross: inputs dimension \(axis) must have length 3. Got \(x.shape[axis]) and \(y.shape[axis])")
            }
            func pick(_ v: Variable, _ order: [Double]) throws -> Variable {
                try v.index([IndexItem](repeating: .all, count: axis) + [.array(try NDArray(order, shape: [3]).astype(.int64))])
            }
            let r = try Variable.sub(Variable.mul(pick(x, [1, 2, 0]), pick(y, [2, 0, 1])), Variable.mul(pick(x, [2, 0, 1]), pick(y, [1, 2, 0])))
            return TorchBridge.wrap(TorchBridge.named(r, "LinalgCrossBackward0"), dtype: d)
        }
        function(m, "bucketize(input, boundaries, *, out_int32=False, right=False)") { interp, b in
            let (v, _) = try TorchBridge.array(from: b["input"] ?? .none, dtype: nil, interp)
            let edges = try TorchBridge.tensor(b["boundaries"] ?? .none).data
            let r = try edges.searchsorted(v, right: try TorchBridge.bool(b["right"], interp))
            return TorchBridge.wrap(r, dtype: try TorchBridge.bool(b["out_int32"], interp) ? .int32 : .int64)
        }
        function(m, "histc(input, bins=100, min=0, max=0)") { interp, b in
            let x = try TorchBridge.tensor(b["input"] ?? .none)
            let bins = try interp.toInt(b["bins"] ?? .int(100))
            var lo = try TorchBridge.double(b["min"], interp) ?? 0, hi = try TorchBridge.double(b["max"], interp) ?? 0
            let values = try x.data.astype(.float64).contiguous().elements(as: Double.self)
            if lo == hi, let a = values.min(), let c = values.max() { (lo, hi) = (a, c) }
            if lo == hi { lo -= 1; hi += 1 }
            var counts = [Double](repeating: 0, count: bins)
            for v in values where v >= lo && v <= hi {
                counts[Swift.min(bins - 1, Int((v - lo) / (hi - lo) * Double(bins)))] += 1
            }
            return TorchBridge.wrap(try NDArray(counts, shape: [bins]).astype(x.data.dtype), dtype: x.dtypeName)
        }
        for (name, axis, atLeast) in [("vstack", 0, 2), ("row_stack", 0, 2), ("hstack", 1, 1), ("dstack", 2, 3), ("column_stack", 1, 2)] {
            function(m, "\(name)(tensors)") { interp, b in
                let items = try interp.iterateToArray(b["tensors"] ?? .none).map { try TorchBridge.tensor($0) }
                guard !items.isEmpty else { throw PyError(BuiltinTypes.runtimeError, "\(name) expects a non-empty TensorList") }
                let d = items.dropFirst().reduce(items[0].dtypeName) { $0.promoted(with: $1.dtypeName) }
                let parts = try items.map { t -> Variable in
                    var v = try TorchBridge.cast(t.variable, d)
                    switch (name, v.ndim) {
                    case ("column_stack", 0), ("column_stack", 1): v = try v.reshape([v.count, 1])
                    case (_, 0): v = try v.reshape([Int](repeating: 1, count: atLeast))
                    case (_, 1) where atLeast >= 2: v = try v.reshape(atLeast == 2 ? [1, v.count] : [1, v.count, 1])
                    case (_, 2) where atLeast == 3: v = try v.unsqueeze(2)
                    default: break
                    }
                    return v
                }
                let dim = name == "hstack" && parts[0].ndim == 1 ? 0 : axis
                return TorchBridge.wrap(try Variable.cat(parts, dim: dim), dtype: d)
            }
        }
    }

    /// `log(p / (1 - p))`, `p` clamped into `[eps, 1 - eps]` when `eps` is given.
    static func logit(_ interp: Interpreter, _ b: BoundArguments) throws -> Value {
        var x = try TensorMethods.floatInput(try TorchBridge.tensor(b["input"] ?? .none))
        if let eps = try TorchBridge.double(b["eps"], interp) { x = try x.clamp(min: eps, max: 1 - eps) }
        return TorchBridge.wrap(try Variable.div(x, Variable.rsub(x, NDArray.pythonScalar(1.0))).log())
    }

    static func makeSpecial() -> PyModule {
        let m = PyModule(name: "torch.special")
        installSpecialFunctions(m, aliases: true)
        function(m, "expit(input)") { _, b in TorchBridge.wrap(try TensorMethods.floatInput(try TorchBridge.tensor(b["input"] ?? .none)).sigmoid()) }
        function(m, "logit(input, eps=None)") { interp, b in try logit(interp, b) }
        function(m, "erf(input)") { _, b in
            TorchBridge.wrap(try TensorMethods.floatInput(try TorchBridge.tensor(b["input"] ?? .none)).erf())
        }
        function(m, "xlogy(input, other)") { interp, b in
            let (x, y, _) = try TorchBridge.operands(b["input"] ?? .none, b["other"] ?? .none, interp)
            let product = try Variable.mul(x, y.log())
            return TorchBridge.wrap(try Variable.select(try x.data .== NDArray.pythonScalar(0), Variable(NDArray.zeros([], dtype: product.dtype)), product))
        }
        for (name, log) in [("softmax", false), ("log_softmax", true)] {
            function(m, "\(name)(input, dim, *, dtype=None)") { interp, b in
                let x = try TensorMethods.floatInput(try TorchBridge.tensor(b["input"] ?? .none))
                let dim = try interp.toInt(b["dim"] ?? .int(-1))
                return TorchBridge.wrap(log ? try x.logSoftmax(dim: dim) : try x.softmax(dim: dim))
            }
        }
        return m
    }
}
