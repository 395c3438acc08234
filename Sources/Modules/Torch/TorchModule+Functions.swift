import Foundation
import Language
import NN
import Tensor

/// `torch.exp(x)`, `torch.sum(x, dim=1)`, `torch.cat(...)`: the module-level functions. Those
/// that mirror a tensor method call the method, so each is written once.
extension TorchModule {
    static let methodFunctions = [
        "exp", "log", "sqrt", "abs", "sin", "cos", "tanh", "sigmoid", "relu", "neg", "square", "rsqrt", "reciprocal", "log1p",
        "expm1", "log2", "log10", "floor", "ceil", "trunc", "sign", "round", "clamp", "clip", "softmax", "log_softmax",
        "sum", "mean", "max", "min", "amax", "argmax", "argmin", "std", "var", "prod", "logsumexp", "all", "any", "cumsum", "norm",
        "topk", "sort", "argsort", "reshape", "transpose", "t", "permute", "unsqueeze", "squeeze", "flatten", "flip", "split",
        "chunk", "unbind", "gather", "matmul", "mm", "bmm", "dot", "mv", "add", "sub", "mul", "div", "pow", "multiply", "divide",
        "true_divide", "remainder", "floor_divide", "masked_fill", "numel", "eq", "ne", "lt", "le", "gt", "ge", "clone", "detach",
        "frac", "fmod", "tril", "triu", "tan", "asin", "acos", "atan", "arcsin", "arccos", "arctan", "sinh", "cosh", "isnan",
        "isinf", "isfinite", "nan_to_num", "lerp", "addcmul", "addcdiv", "erf", "index_select", "masked_select", "nonzero", "take",
        "diag", "tile", "movedim", "swapaxes", "swapdims", "amin", "cumprod", "median", "std_mean", "var_mean", "relu_", "unflatten",
        "roll", "diff", "count_nonzero", "aminmax", "cummax", "cummin", "kthvalue", "mode", "unique", "scatter", "scatter_add",
        "index_add", "index_put", "index_fill", "diagonal", "trace", "repeat_interleave", "fliplr", "flipud", "rot90", "moveaxis", "logical_and", "logical_or", "logical_xor", "logical_not", "expand", "repeat", "view", "masked_fill",
    ]

    static func installFunctions(_ m: PyModule) {
        for name in methodFunctions {
            let symbol = Symbol(name)
            m.define(name, doc: "torch.\(name)(input, ...): the same as Tensor.\(name).") { interp, args in
                var args = args
                if let i = args.keywords.firstIndex(where: { $0.name.name == "input" }) {
                    args.positional.insert(args.keywords[i].value, at: 0)
                    args.keywords.remove(at: i)
                }
                guard let first = args.positional.first else { throw PyError.type("\(name)() missing 1 required positional argument: 'input'") }
                var input = first
                if !(first.asObject is PyTorchTensor) {
                    // Only pow takes a number first (`torch.pow(2, t)`); the others want a tensor.
                    guard name == "pow", first.asObject == nil else {
                        throw PyError.type("\(name)(): argument 'input' (position 1) must be Tensor, not \(first.typeName)")
                    }
                    let (a, d) = try TorchBridge.array(from: first, dtype: nil, interp)
                    input = TorchBridge.wrap(a, dtype: d)
                }
                return try interp.callMethod(input, symbol, Arguments(Array(args.positional.dropFirst()), keywords: args.keywords))
            }
        }
        function(m, "cat(tensors, dim=0)") { interp, b in try join(interp, b["tensors"] ?? .none, b["dim"], stack: false) }
        function(m, "concat(tensors, dim=0)") { interp, b in try join(interp, b["tensors"] ?? .none, b["dim"], stack: false) }
        function(m, "concatenate(tensors, dim=0)") { interp, b in try join(interp, b["tensors"] ?? .none, b["dim"], stack: false) }
        function(m, "stack(tensors, dim=0)") { interp, b in try join(interp, b["tensors"] ?? .none, b["dim"], stack: true) }
        function(m, "where(condition, input=None, other=None)") { interp, b in
            guard let x = b.optional("input"), let y = b.optional("other") else {
                let c = try TorchBridge.tensor(b["condition"] ?? .none).data
                return .tuple(try c.nonzero().map { TorchBridge.wrap($0) })
            }
            return try TensorMethods.whereOp(interp, b["condition"] ?? .none, x, y)
        }
        function(m, "maximum(input, other)") { interp, b in
            let (x, y, d) = try TorchBridge.operands(b["input"] ?? .none, b["other"] ?? .none, interp)
            let mask = try x.data >= y.data
            return TorchBridge.wrap(try Variable.select(mask, x, y), dtype: d)
        }
        function(m, "minimum(input, other)") { interp, b in
            let (x, y, d) = try TorchBridge.operands(b["input"] ?? .none, b["other"] ?? .none, interp)
            let mask = try x.data <= y.data
            return TorchBridge.wrap(try Variable.select(mask, x, y), dtype: d)
        }
        function(m, "outer(input, vec2)") { _, b in
            let x = try TorchBridge.tensor(b["input"] ?? .none), y = try TorchBridge.tensor(b["vec2"] ?? .none)
            return TorchBridge.wrap(try Variable.mul(x.variable.unsqueeze(1), y.variable.unsqueeze(0)), dtype: x.dtypeName.promoted(with: y.dtypeName))
        }
        for (name, isMax) in [("fmax", true), ("fmin", false)] {
            function(m, "\(name)(input, other)") { interp, b in
                let (x, y, d) = try TorchBridge.operands(b["input"] ?? .none, b["other"] ?? .none, interp)
                let best = try NDArray.binary(isMax ? .maximum : .minimum, x.data, y.data)
                let r = try NDArray.where(NDArray.unary(.isnan, x.data), y.data, NDArray.where(NDArray.unary(.isnan, y.data), x.data, best))
                return TorchBridge.wrap(r, dtype: d)
            }
        }
        function(m, "allclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False)") { interp, b in
            let x = try TorchBridge.tensor(b["input"] ?? .none).data, y = try TorchBridge.tensor(b["other"] ?? .none).data
            return .bool(try NDArray.allclose(x, y, rtol: try TorchBridge.double(b["rtol"], interp) ?? 1e-5,
                                              atol: try TorchBridge.double(b["atol"], interp) ?? 1e-8,
                                              equalNaN: try TorchBridge.bool(b["equal_nan"], interp)))
        }
        function(m, "isclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False)") { interp, b in
            let x = try TorchBridge.tensor(b["input"] ?? .none).data, y = try TorchBridge.tensor(b["other"] ?? .none).data
            return TorchBridge.wrap(try NDArray.isclose(x, y, rtol: try TorchBridge.double(b["rtol"], interp) ?? 1e-5,
                                                        atol: try TorchBridge.double(b["atol"], interp) ?? 1e-8,
                                                        equalNaN: try TorchBridge.bool(b["equal_nan"], interp)))
        }
        function(m, "equal(input, other)") { _, b in
            let x = try TorchBridge.tensor(b["input"] ?? .none).data, y = try TorchBridge.tensor(b["other"] ?? .none).data
            guard x.shape == y.shape else { return .bool(false) }
            return .bool(try NDArray.arrayEqual(x, y, equalNaN: false))
        }
        function(m, "einsum(equation, *operands)") { interp, b in
            var operands = b.extraPositional
            if operands.count == 1, case .object(let o) = operands[0], o is PyList || o is PyTuple { operands = try interp.iterateToArray(operands[0]) }
            let tensors = try operands.map { try TorchBridge.tensor($0) }
            if GradMode.isEnabled && tensors.contains(where: { $0.variable.requiresGrad }) {
                throw PyError.notImplemented("torch.einsum does not record gradients in Cellgrad yet; use matmul/bmm for trainable paths")
            }
            return TorchBridge.wrap(try Einsum.evaluate(try interp.toStringValue(b["equation"] ?? .str("")), tensors.map(\.data)))
        }
        function(m, "bincount(input, weights=None, minlength=0)") { interp, b in
            let x = try TorchBridge.tensor(b["input"] ?? .none)
            let w = try b.optional("weights").map { try TorchBridge.tensor($0).data }
            let r = try x.data.bincount(weights: w, minlength: try b.optional("minlength").map { try interp.toInt($0) } ?? 0)
            return TorchBridge.wrap(r, dtype: w == nil ? .int64 : nil)
        }
        function(m, "meshgrid(*tensors, indexing='ij')") { interp, b in
            var items = b.extraPositional
            if items.count == 1, case .object(let o) = items[0], o is PyList || o is PyTuple { items = try interp.iterateToArray(items[0]) }
            let ts = try items.map { try TorchBridge.tensor($0) }
            let grids = try NDArray.meshgrid(ts.map(\.data), indexing: b["indexing"]?.asString ?? "ij")
            var out: [Value] = []
            for (grid, t) in zip(grids, ts) { out.append(TorchBridge.wrap(try grid.copy(), dtype: t.dtypeName)) }
            return .tuple(out)
        }
        function(m, "searchsorted(sorted_sequence, input, *, right=False, side=None)") { interp, b in
            let s = try TorchBridge.tensor(b["sorted_sequence"] ?? .none).data
            let (v, _) = try TorchBridge.array(from: b["input"] ?? .none, dtype: nil, interp)
            let right = try TorchBridge.bool(b["right"], interp) || b["side"]?.asString == "right"
            return TorchBridge.wrap(try s.searchsorted(v, right: right))
        }
        function(m, "inverse(input)") { interp, b in try linalg(interp, "inv", [b["input"] ?? .none]) }
        function(m, "det(input)") { interp, b in try linalg(interp, "det", [b["input"] ?? .none]) }
        function(m, "numel(input)") { _, b in .int(try TorchBridge.tensor(b["input"] ?? .none).data.size) }
    }

    /// `torch.linalg.<name>`: NumPy's LAPACK-backed routine on the tensors' values, the
    /// result in the inputs' dtype (no gradient).
    static func linalg(_ interp: Interpreter, _ name: String, _ args: [Value], keywords: [(name: Symbol, value: Value)] = []) throws -> Value {
        let numpy = try interp.importModule("numpy.linalg")
        guard let f = numpy[name] else { throw PyError.notImplemented("torch.linalg.\(name) is not supported in Cellgrad") }
        var dtype: TorchDType = TorchDType.defaultFloat
        let converted: [Value] = try args.map { v in
            if case .object(let o) = v, let t = o as? PyTorchTensor { dtype = t.dtypeName; return NumPyBridge.wrapArray(t.data) }
            return v
        }
        func back(_ v: Value) throws -> Value {
            if case .object(let o) = v, let a = o as? PyNDArray { return TorchBridge.wrap(try a.array.astype(dtype.storage), dtype: dtype) }
            if case .object(let o) = v, let s = o as? PyNumPyScalar {
                let d: TorchDType = s.array.dtype.isFloatingPoint ? dtype : TorchDType(storage: s.array.dtype)
                return TorchBridge.wrap(try s.array.astype(d.storage), dtype: d)
            }
            if case .int(let i) = v { return TorchBridge.wrap(try NDArray.full([], .int(Int64(i)), dtype: .int64)) }
            if case .float(let d) = v { return TorchBridge.wrap(try NDArray.full([], .float(d), dtype: dtype.storage), dtype: dtype) }
            if case .object(let o) = v, let t = o as? PyTuple { return .tuple(try t.items.map(back)) }
            return v
        }
        return try back(try interp.call(f, Arguments(converted, keywords: keywords)))
    }

    static func makeLinalg() -> PyModule {
        let m = PyModule(name: "torch.linalg")
        for name in ["inv", "det", "solve", "eig", "eigh", "eigvals", "eigvalsh", "svd", "qr", "cholesky", "matrix_rank", "pinv",
                     "matrix_power", "slogdet", "lstsq", "cond"] {
            m.define(name) { interp, args in try linalg(interp, name, args.positional, keywords: args.keywords) }
        }
        // Vector norms and the Frobenius norm keep their gradients; other matrix norms go to LAPACK.
        function(m, "vector_norm(x, ord=2, dim=None, keepdim=False, *, dtype=None)") { interp, b in
            try TensorMethods.norm(interp, try TorchBridge.tensor(b["x"] ?? .none), order: b["ord"] ?? .float(2),
                                   dims: try TorchBridge.dims(b["dim"], interp), keepdim: try TorchBridge.bool(b["keepdim"], interp))
        }
        function(m, "matrix_norm(A, ord='fro', dim=(-2, -1), keepdim=False, *, dtype=None)") { interp, b in
            let a = try TorchBridge.tensor(b["A"] ?? .none)
            guard b["ord"]?.asString == "fro" else {
                return try linalg(interp, "norm", [.object(a)], keywords: [(Symbol("ord"), b["ord"] ?? .none), (Symbol("axis"), b["dim"] ?? .none)])
            }
            return try TensorMethods.norm(interp, a, order: .float(2), dims: try TorchBridge.dims(b["dim"], interp) ?? [-2, -1],
                                          keepdim: try TorchBridge.bool(b["keepdim"], interp))
        }
        function(m, "norm(A, ord=None, dim=None, keepdim=False, *, dtype=None)") { interp, b in
            let a = try TorchBridge.tensor(b["A"] ?? .none)
            let ord = b["ord"] ?? .none
            let dims = try TorchBridge.dims(b["dim"], interp)
            let keep = try TorchBridge.bool(b["keepdim"], interp)
            let vectorNorm = dims.map { $0.count == 1 } ?? (a.data.ndim == 1 || ord.isNone)
            if vectorNorm || ord.asString == "fro" {
                return try TensorMethods.norm(interp, a, order: ord.isNone || ord.asString == "fro" ? .float(2) : ord, dims: dims, keepdim: keep)
            }
            return try linalg(interp, "norm", [.object(a)], keywords: [(Symbol("ord"), ord), (Symbol("axis"), b["dim"] ?? .none),
                                                                        (Symbol("keepdims"), .bool(keep))])
        }
        return m
    }

    static func join(_ interp: Interpreter, _ list: Value, _ dim: Value?, stack: Bool) throws -> Value {
        let items = try interp.iterateToArray(list).map { try TorchBridge.tensor($0) }
        guard !items.isEmpty else {
            throw stack ? PyError(BuiltinTypes.runtimeError, "stack expects a non-empty TensorList") : PyError.value("torch.cat(): expected a non-empty list of Tensors")
        }
        let d = items.dropFirst().reduce(items[0].dtypeName) { $0.promoted(with: $1.dtypeName) }
        let vars = try items.map { try TorchBridge.cast($0.variable, d) }
        let axis = try dim.map { try interp.toInt($0) } ?? 0
        if !stack {
            let ndim = vars[0].ndim
            for (i, v) in vars.enumerated() where v.ndim != ndim {
                _ = i
                throw PyError(BuiltinTypes.runtimeError, "Tensors must have same number of dimensions: got \(ndim) and \(v.ndim)")
            }
            let a = try Shape.normalizeAxis(axis, ndim: max(ndim, 1))
            for (i, v) in vars.enumerated() {
                for k in 0..<ndim where k != a && v.shape[k] != vars[0].shape[k] {
                    throw PyError(BuiltinTypes.runtimeError, "Sizes of tensors must match except in dimension \(a). Expected size \(vars[0].shape[k]) but got size \(v.shape[k]) for tensor number \(i) in the list.")
                }
            }
        }
        return TorchBridge.wrap(stack ? try Variable.stack(vars, dim: axis) : try Variable.cat(vars, dim: axis), dtype: d)
    }

    static func installGradModes(_ m: PyModule, _ interp: Interpreter) {
        for (name, enabled) in [("no_grad", false), ("enable_grad", true), ("inference_mode", false)] {
            let t = PyType(name: name, bases: [BuiltinTypes.object], module: "torch")
            t.allocator = { GradModeGuard(type: $0, enabled: enabled) }
            t.define("__init__") { _, _ in .none }
            t.method("__enter__()", on: GradModeGuard.self) { _, g, _ in
                g.previous.append(GradMode.isEnabled)
                GradMode.isEnabled = g.enabled
                return .none
            }
            t.method("__exit__(*args)", on: GradModeGuard.self) { _, g, _ in
                GradMode.isEnabled = g.previous.popLast() ?? true
                return .bool(false)
            }
            t.method("__call__(function)", on: GradModeGuard.self) { _, g, b in
                let function = b["function"] ?? .none
                let enabledFlag = g.enabled
                return .object(PyNativeFunction(name: "decorated") { interp, args in
                    try GradMode.with(enabledFlag) { try interp.call(function, args) }
                })
            }
            m[name] = .object(t)
        }
        function(m, "is_grad_enabled()") { _, _ in .bool(GradMode.isEnabled) }
        let setGrad = PyType(name: "set_grad_enabled", bases: [BuiltinTypes.object], module: "torch")
        setGrad.constructor = { interp, type, args in
            let flag = try interp.isTruthy(try args[0])
            let g = GradModeGuard(type: type, enabled: flag)
            g.previous.append(GradMode.isEnabled)
            GradMode.isEnabled = flag
            return .object(g)
        }
        setGrad.method("__enter__()", on: GradModeGuard.self) { _, _, _ in .none }
        setGrad.method("__exit__(*args)", on: GradModeGuard.self) { _, g, _ in
            GradMode.isEnabled = g.previous.popLast() ?? true
            return .bool(false)
        }
        m["set_grad_enabled"] = .object(setGrad)
    }

    static func makeAutograd() -> PyModule {
        let a = PyModule(name: "torch.autograd")
        a["Function"] = .object(TorchAutogradFunction.makeType())
        function(a, "backward(tensors, grad_tensors=None, retain_graph=None, create_graph=False, inputs=None)") { interp, b in
            func many(_ v: Value?) throws -> [Value] {
                guard let v, !v.isNone else { return [] }
                if case .object(let o) = v, o is PyTuple || o is PyList { return try interp.iterateToArray(v) }
                return [v]
            }
            let outputs = try many(b["tensors"]).map { try TorchBridge.variable($0) }
            let grads = try many(b["grad_tensors"]).map { $0.isNone ? nil : try TorchBridge.variable($0) }
            let createGraph = try TorchBridge.bool(b["create_graph"], interp)
            let retain = try TorchBridge.bool(b["retain_graph"], interp, default: createGraph)
            try TorchBridge.call {
                for (i, o) in outputs.enumerated() {
                    let gradient = i < grads.count ? grads[i] : nil
                    if createGraph {
                        try Backward.runRecording(o, gradient: gradient, retainGraph: retain || i < outputs.count - 1)
                    } else {
                        try Backward.run(o, gradient: gradient?.data, retainGraph: retain || i < outputs.count - 1)
                    }
                }
            }
            return .none
        }
        function(a, "grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False, allow_unused=False)") { interp, b in
            func many(_ v: Value?) throws -> [Value] {
                guard let v, !v.isNone else { return [] }
                if case .object(let o) = v, o is PyTuple || o is PyList { return try interp.iterateToArray(v) }
                return [v]
            }
            let outputs = try many(b["outputs"]).map { try TorchBridge.variable($0) }
            let inputs = try many(b["inputs"]).map { try TorchBridge.variable($0) }
            let gradOutputs = try many(b["grad_outputs"]).map { $0.isNone ? nil : try TorchBridge.variable($0) }
            let createGraph = try TorchBridge.bool(b["create_graph"], interp)
            let retain = try TorchBridge.bool(b["retain_graph"], interp, default: createGraph)
            let allowUnused = try TorchBridge.bool(b["allow_unused"], interp)
            let grads = try TorchBridge.call {
                createGraph
                    ? try Backward.gradRecording(outputs, inputs: inputs, gradOutputs: gradOutputs, retainGraph: retain, allowUnused: allowUnused)
                    : try Backward.grad(outputs, inputs: inputs, gradOutputs: gradOutputs.map { $0?.data }, retainGraph: retain,
                                        allowUnused: allowUnused).map { $0.map { Variable($0) } }
            }
            return .tuple(grads.map { $0.map { TorchBridge.wrap($0) } ?? .none })
        }
        return a
    }
}

/// The state of a `with torch.no_grad():` block: the mode to set and the modes to restore.
final class GradModeGuard: PyObject {
    let enabled: Bool
    var previous: [Bool] = []
    init(type: PyType, enabled: Bool) {
        self.enabled = enabled
        super.init(type: type)
    }
}
