import Foundation
import Language
import NN
import Tensor

/// `import torch`: tensor creation, math functions, seeding and grad modes.
enum TorchModule {
    typealias Body = (Interpreter, BoundArguments) throws -> Value

    static func function(_ m: PyModule, _ signature: String, _ body: @escaping Body) {
        let sig = Signature(signature)
        m.define(sig.functionName, doc: signature) { interp, args in
            let bound = try sig.bind(args)
            return try TorchBridge.call { try body(interp, bound) }
        }
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        _ = TensorMethods.installed
        let m = PyModule(name: "torch", doc: "PyTorch-compatible tensors and autograd, implemented natively in Swift (CPU).")
        m["__version__"] = .str("2.15.0+cellgrad")
        m["Tensor"] = .object(TorchTypes.tensor)
        m["Size"] = .object(TorchTypes.size)
        m["Generator"] = .object(PyTorchGenerator.type)
        m["default_generator"] = .object(PyTorchGenerator(type: PyTorchGenerator.type))
        m["dtype"] = .object(TorchTypes.dtype)
        for d in TorchDType.allCases { m[d.rawValue] = PyTorchDType.of(d) }
        for (alias, d) in [("float", TorchDType.float32), ("double", .float64), ("long", .int64), ("int", .int32), ("half", .float16),
                           ("short", .int16)] {
            m[alias] = PyTorchDType.of(d)
        }
        m["pi"] = .float(Double.pi)
        m["inf"] = .float(.infinity)
        m["nan"] = .float(.nan)
        m["e"] = .float(M_E)
        installDTypeMethods()
        installCreation(m)
        installFunctions(m)
        installMath(m)
        installGradModes(m, interp)
        installDevices(m)
        TorchSerialization.install(m)
        TorchNumericLimits.install(m)
        let autograd = makeAutograd()
        loadsOnFirstUse(autograd, ["functional"], interp)
        m["autograd"] = .object(autograd)
        m["linalg"] = .object(makeLinalg())
        m["special"] = .object(makeSpecial())
        m["nn"] = .object(try interp.importModule("torch.nn"))
        m["optim"] = .object(try interp.importModule("torch.optim"))
        m["utils"] = .object(try interp.importModule("torch.utils"))
        loadsOnFirstUse(m, ["distributions"], interp)
        m.document(TorchDocs.torch)
        return m
    }

    /// Submodules written in Cellgrad Python (``TorchLibrary``), imported on the first
    /// `torch.distributions…` (PEP 562's module `__getattr__`), as `import torch` makes them
    /// reachable without costing every session their compilation.
    static func loadsOnFirstUse(_ m: PyModule, _ names: [String], _ interp: Interpreter) {
        m.define("__getattr__") { [unowned m] interp, args in
            let name = try interp.toStringValue(try args[0])
            guard names.contains(name) else { throw PyError.attribute("module '\(m.name)' has no attribute '\(name)'") }
            let module = Value.object(try interp.importModule("\(m.name).\(name)"))
            m[name] = module
            return module
        }
    }

    static func installDTypeMethods() {
        let t = TorchTypes.dtype
        t.define("__repr__") { _, args in
            guard case .object(let o) = args.receiver, let d = o as? PyTorchDType else { throw PyError.type("expected a dtype") }
            return .str(d.dtype.text)
        }
        t.getter("is_floating_point", on: PyTorchDType.self) { _, d in .bool(d.dtype.isFloatingPoint) }
        t.getter("itemsize", on: PyTorchDType.self) { _, d in .int(d.dtype.itemSize) }
        let size = TorchTypes.size
        size.define("__repr__") { interp, args in
            let items = try interp.iterateToArray(args.receiver).map { try interp.repr($0) }
            return .str("torch.Size([" + items.joined(separator: ", ") + "])")
        }
        size.define("__str__") { interp, args in
            let items = try interp.iterateToArray(args.receiver).map { try interp.repr($0) }
            return .str("torch.Size([" + items.joined(separator: ", ") + "])")
        }
        size.define("__getitem__") { interp, args in
            // A slice of a Size is a Size (`x.shape[1:]`); an index is an int.
            guard case .object(let o) = args.receiver, let t = o as? PyTuple else { throw PyError.type("expected a torch.Size") }
            let index = try args[1]
            let r = try interp.getItem(.tuple(t.items), index)
            if case .object(let so) = index, so is PySlice, case .object(let ro) = r, let items = (ro as? PyTuple)?.items {
                return .object(PyTuple(items, type: TorchTypes.size))
            }
            return r
        }
        size.method("numel()", on: PyTuple.self) { interp, s, _ in .int(try s.items.reduce(1) { $0 * (try interp.toInt($1)) }) }
        let rt = TorchTypes.returnTypes
        rt.define("__str__") { interp, args in .str(try interp.repr(args.receiver)) }
        rt.define("__repr__") { interp, args in
            guard case .object(let o) = args.receiver, let t = o as? PyTuple, t.items.count == 2 else { throw PyError.type("expected a result tuple") }
            let name = o.attribute(Symbol("_name"))?.asString ?? "max"
            var fields = ["values", "indices"]
            if let f = o.attribute(Symbol("_fields")) { fields = try interp.iterateToArray(f).compactMap(\.asString) }
            return .str("torch.return_types.\(name)(\n\(fields[0])=\(try interp.repr(t.items[0])),\n\(fields[1])=\(try interp.repr(t.items[1])))")
        }
    }

    /// A random or constant tensor, honouring `dtype=` and `requires_grad=`.
    static func finish(_ a: NDArray, _ b: BoundArguments, _ interp: Interpreter, default d: TorchDType) throws -> Value {
        try TensorMethods.checkDevice(b.optional("device"))
        let dtype = try TorchBridge.dtype(b["dtype"]) ?? d
        let v = Variable(try dtype.wrapping(try a.astype(dtype.storage)))
        if try TorchBridge.bool(b["requires_grad"], interp) {
            guard dtype.isFloatingPoint else { throw PyError(BuiltinTypes.runtimeError, "Only Tensors of floating point and complex dtype can require gradients") }
            v.requiresGrad = true
        }
        return TorchBridge.wrap(v, dtype: dtype)
    }

    static func installCreation(_ m: PyModule) {
        function(m, "tensor(data, *, dtype=None, device=None, requires_grad=False)") { interp, b in
            let (a, d) = try TorchBridge.array(from: b["data"] ?? .none, dtype: try TorchBridge.dtype(b["dtype"]), interp)
            return try finish(a, b, interp, default: d)
        }
        function(m, "as_tensor(data, dtype=None, device=None)") { interp, b in
            if case .object(let o)? = b["data"], let t = o as? PyTorchTensor, b.optional("dtype") == nil { return .object(t) }
            if case .object(let o)? = b["data"], let a = o as? PyNDArray, b.optional("dtype") == nil {
                return TorchBridge.wrap(a.array)
            }
            let (a, d) = try TorchBridge.array(from: b["data"] ?? .none, dtype: try TorchBridge.dtype(b["dtype"]), interp)
            return TorchBridge.wrap(a, dtype: d)
        }
        function(m, "from_numpy(ndarray)") { _, b in
            guard case .object(let o)? = b["ndarray"], let a = o as? PyNDArray else {
                throw PyError.type("expected np.ndarray (got \(b["ndarray"]?.typeName ?? "None"))")
            }
            return TorchBridge.wrap(a.array)
        }
        function(m, "is_tensor(obj)") { _, b in
            if case .object(let o)? = b["obj"], o is PyTorchTensor { return .bool(true) }
            return .bool(false)
        }
        for (name, value) in [("zeros", 0.0), ("ones", 1.0), ("empty", 0.0)] {
            function(m, "\(name)(*size, out=None, dtype=None, layout=None, device=None, requires_grad=False)") { interp, b in
                let shape = try TorchBridge.creationShape(b.extraPositional, interp)
                return try finish(try NDArray.full(shape, .float(value), dtype: .float64), b, interp, default: TorchDType.defaultFloat)
            }
            function(m, "\(name)_like(input, *, dtype=None, layout=None, device=None, requires_grad=False)") { interp, b in
                let x = try TorchBridge.tensor(b["input"] ?? .none)
                return try finish(try NDArray.full(x.data.shape, .float(value), dtype: .float64), b, interp, default: x.dtypeName)
            }
        }
        function(m, "full(size, fill_value, *, dtype=None, device=None, requires_grad=False)") { interp, b in
            let shape = try TorchBridge.creationShape([b["size"] ?? .none], interp)
            let v = b["fill_value"] ?? .int(0)
            let d: TorchDType = { if case .float = v { return TorchDType.defaultFloat }; if case .bool = v { return .bool }; return .int64 }()
            return try finish(try NDArray.full(shape, .float(try TorchBridge.double(v, interp) ?? 0), dtype: .float64), b, interp, default: d)
        }
        function(m, "full_like(input, fill_value, *, dtype=None, requires_grad=False)") { interp, b in
            let x = try TorchBridge.tensor(b["input"] ?? .none)
            return try finish(try NDArray.full(x.data.shape, .float(try TorchBridge.double(b["fill_value"], interp) ?? 0), dtype: .float64),
                              b, interp, default: x.dtypeName)
        }
        function(m, "arange(start=0, end=None, step=1, *, dtype=None, device=None, requires_grad=False)") { interp, b in
            var start = b["start"] ?? .int(0), end = b["end"] ?? .none
            if end.isNone { end = start; start = .int(0) }
            let step = b["step"] ?? .int(1)
            let isFloat = [start, end, step].contains { if case .float = $0 { return true } else { return false } }
            guard let s = NumPyBridge.scalar(start), let e = NumPyBridge.scalar(end), let st = NumPyBridge.scalar(step) else {
                throw PyError.type("arange() received an invalid combination of arguments")
            }
            let a = try NDArray.arange(s, e, st)
            return try finish(a, b, interp, default: isFloat ? TorchDType.defaultFloat : .int64)
        }
        function(m, "linspace(start, end, steps, *, dtype=None, device=None, requires_grad=False)") { interp, b in
            let (a, _) = try NDArray.linspace(try interp.toDouble(b["start"] ?? .int(0)), try interp.toDouble(b["end"] ?? .int(1)),
                                              num: try interp.toInt(b["steps"] ?? .int(100)))
            return try finish(a, b, interp, default: TorchDType.defaultFloat)
        }
        function(m, "eye(n, m=None, *, dtype=None, device=None, requires_grad=False)") { interp, b in
            let n = try interp.toInt(b["n"] ?? .int(1))
            return try finish(try NDArray.eye(n, try b.optional("m").map { try interp.toInt($0) }), b, interp, default: TorchDType.defaultFloat)
        }
        function(m, "manual_seed(seed)") { interp, b in
            let seed = try interp.toInt(b["seed"] ?? .int(0))
            DefaultGenerator.seed(UInt64(bitPattern: Int64(seed)))
            return .none
        }
        function(m, "seed()") { _, _ in
            let s = UInt64.random(in: 0..<(1 << 53))
            DefaultGenerator.seed(s)
            return .int(Int(s))
        }
        function(m, "initial_seed()") { _, _ in .int(Int(DefaultGenerator.shared.initialSeed)) }
        function(m, "get_rng_state()") { _, _ in try PyTorchGenerator.stateTensor(DefaultGenerator.shared) }
        function(m, "set_rng_state(new_state)") { _, b in
            DefaultGenerator.shared = try PyTorchGenerator.generator(from: b["new_state"] ?? .none)
            return .none
        }
        function(m, "randint_like(input, low=0, high=None, *, dtype=None, device=None, requires_grad=False)") { interp, b in
            let x = try TorchBridge.tensor(b["input"] ?? .none)
            var low = try interp.toInt(b["low"] ?? .int(0))
            var high: Int
            if let h = b.optional("high"), !h.isNone { high = try interp.toInt(h) } else { high = low; low = 0 }
            guard low < high else { throw PyError(BuiltinTypes.runtimeError, "random_ expects 'from' to be less than 'to', but got from=\(low) >= to=\(high)") }
            let a = try DefaultGenerator.shared.integers(x.data.shape, from: Int64(low), to: Int64(high))
            return try finish(a, b, interp, default: x.dtypeName)
        }
        function(m, "bernoulli(input, p=None, *, generator=None)") { interp, b in
            try PyTorchGenerator.using(b["generator"]) {
                let x = try TorchBridge.tensor(b["input"] ?? .none)
                if let p = try TorchBridge.double(b.optional("p"), interp) {
                    return TorchBridge.wrap(try DefaultGenerator.shared.bernoulli(x.data.shape, p: p, dtype: x.data.dtype), dtype: x.dtypeName)
                }
                // Each element is 1 with its own probability, from a float uniform draw as torch's CPU kernel.
                let probabilities = try x.data.astype(.float64).contiguous().elements(as: Double.self)
                guard probabilities.allSatisfy({ $0 >= 0 && $0 <= 1 }) else {
                    throw PyError(BuiltinTypes.runtimeError, "Expected p_in >= 0 && p_in <= 1 to be true, but got false.")
                }
                let values = probabilities.map { p in Double(DefaultGenerator.shared.nextFloat()) < p ? 1.0 : 0.0 }
                return TorchBridge.wrap(try NDArray(values, shape: x.data.shape).astype(x.data.dtype), dtype: x.dtypeName)
            }
        }
        function(m, "rand(*size, generator=None, dtype=None, device=None, requires_grad=False)") { interp, b in
            try PyTorchGenerator.using(b["generator"]) {
            let d = try TorchBridge.dtype(b["dtype"]) ?? TorchDType.defaultFloat
            return try finish(try DefaultGenerator.shared.uniform(try TorchBridge.creationShape(b.extraPositional, interp), dtype: d.storage), b, interp, default: d)
            }
        }
        function(m, "randn(*size, generator=None, dtype=None, device=None, requires_grad=False)") { interp, b in
            try PyTorchGenerator.using(b["generator"]) {
            let d = try TorchBridge.dtype(b["dtype"]) ?? TorchDType.defaultFloat
            return try finish(try DefaultGenerator.shared.normal(try TorchBridge.creationShape(b.extraPositional, interp), dtype: d.storage), b, interp, default: d)
            }
        }
        function(m, "rand_like(input, *, dtype=None, requires_grad=False)") { interp, b in
            let x = try TorchBridge.tensor(b["input"] ?? .none)
            return try finish(try DefaultGenerator.shared.uniform(x.data.shape, dtype: x.data.dtype), b, interp, default: x.dtypeName)
        }
        function(m, "randn_like(input, *, dtype=None, requires_grad=False)") { interp, b in
            let x = try TorchBridge.tensor(b["input"] ?? .none)
            return try finish(try DefaultGenerator.shared.normal(x.data.shape, dtype: x.data.dtype), b, interp, default: x.dtypeName)
        }
        function(m, "randint(low=0, high=None, size=None, *, generator=None, dtype=None, device=None, requires_grad=False)") { interp, b in
            try PyTorchGenerator.using(b["generator"]) {
            var low = try interp.toInt(b["low"] ?? .int(0))
            var sizeValue = b["size"]
            var high: Int?
            if case .object(let o)? = b["high"], o is PyTuple || o is PyList {
                // randint(high, size)
                sizeValue = b["high"]; high = low; low = 0
            } else {
                high = try b.optional("high").map { try interp.toInt($0) }
            }
            guard let hi = high, let size = sizeValue, !size.isNone else {
                throw PyError.type("randint() received an invalid combination of arguments - got (\(low)), but expected (int high, tuple of ints size)")
            }
            guard low < hi else { throw PyError(BuiltinTypes.runtimeError, "random_ expects 'from' to be less than 'to', but got from=\(low) >= to=\(hi)") }
            let a = try DefaultGenerator.shared.integers(try TorchBridge.creationShape([size], interp), from: Int64(low), to: Int64(hi))
            return try finish(a, b, interp, default: .int64)
            }
        }
        function(m, "randperm(n, *, generator=None, dtype=None, device=None, requires_grad=False)") { interp, b in
            try PyTorchGenerator.using(b["generator"]) {
            try finish(try DefaultGenerator.shared.permutation(try interp.toInt(b["n"] ?? .int(0))), b, interp, default: .int64)
            }
        }
        function(m, "multinomial(input, num_samples, replacement=False, *, generator=None)") { interp, b in
            try PyTorchGenerator.using(b["generator"]) {
            // torch's method: without replacement, or for one draw, the largest p / Exp(1) draws;
            // otherwise inverse-CDF sampling of uniform draws. Sums and keys in the input's
            // precision, as torch's kernel, so float32 ties break as there.
            let input = try TorchBridge.tensor(b["input"] ?? .none).data
            let single = input.dtype != .float64
            let probs = try input.astype(.float64)
            let k = try interp.toInt(b["num_samples"] ?? .int(1))
            let replacement = try TorchBridge.bool(b["replacement"], interp)
            guard probs.ndim == 1 || probs.ndim == 2 else { throw PyError(BuiltinTypes.runtimeError, "prob_dist must be 1 or 2 dim") }
            let rows = probs.ndim == 1 ? 1 : probs.shape[0], classes = probs.shape[probs.ndim - 1]
            guard k > 0 else { throw PyError(BuiltinTypes.runtimeError, "cannot sample n_sample <= 0 samples") }
            guard replacement || k <= classes else {
                throw PyError(BuiltinTypes.runtimeError, "cannot sample n_sample > prob_dist.size(-1) samples without replacement")
            }
            // The result's size first: a huge num_samples is a MemoryError, not an endless loop.
            _ = try Shape.checkedSize([rows, k], dtype: .int64)
            func rounded(_ x: Double) -> Double { single ? Double(Float(x)) : x }
            let p = try probs.reshape([rows, classes]).contiguous().elements(as: Double.self)
            var out: [Int64] = []
            for r in 0..<rows {
                let row = Array(p[(r * classes)..<((r + 1) * classes)])
                guard row.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
                    throw PyError(BuiltinTypes.runtimeError, "probability tensor contains either `inf`, `nan` or element < 0")
                }
                guard row.reduce(0, +) > 0 else {
                    throw PyError(BuiltinTypes.runtimeError, "invalid multinomial distribution (sum of probabilities <= 0)")
                }
                if replacement && k > 1 {
                    var cumulative: [Double] = []
                    var total = 0.0
                    for w in row { total = rounded(total + w); cumulative.append(total) }
                    cumulative = cumulative.map { rounded($0 / total) }
                    cumulative[classes - 1] = 1
                    for _ in 0..<k {
                        let u = DefaultGenerator.shared.nextDouble()
                        // The first bucket whose cumulative probability reaches u (torch's binary search).
                        var lo = 0, hi = classes
                        while lo < hi { let mid = (lo + hi) / 2; if cumulative[mid] < u { lo = mid + 1 } else { hi = mid } }
                        out.append(Int64(lo))
                    }
                } else {
                    let keys = row.map { w in rounded(w / rounded(-Foundation.log1p(-DefaultGenerator.shared.nextDouble()))) }
                    // Largest key first; equal keys in index order (torch's argmax and topk).
                    let order = keys.indices.sorted { keys[$0] != keys[$1] ? keys[$0] > keys[$1] : $0 < $1 }
                    out += order.prefix(k).map { Int64($0) }
                }
            }
            return TorchBridge.wrap(try NDArray(out, shape: probs.ndim == 1 ? [k] : [rows, k]))
            }
        }
        function(m, "normal(mean, std=1.0, size=None, *, generator=None)") { interp, b in
            try PyTorchGenerator.using(b["generator"]) { try normal(interp, b) }
        }
    }

    /// `torch.normal`: numbers give `size` draws; a tensor mean or std gives one draw per element of
    /// their broadcast shape, drawn as torch does (standard draws scaled, then shifted), with
    /// torch's zero gradient for the tensors.
    static func normal(_ interp: Interpreter, _ b: BoundArguments) throws -> Value {
        let meanTensor = try b.optional("mean").flatMap { if case .object(let o) = $0, let t = o as? PyTorchTensor { return t } else { return nil } }
        let stdTensor = try b.optional("std").flatMap { if case .object(let o) = $0, let t = o as? PyTorchTensor { return t } else { return nil } }
        if (meanTensor != nil || stdTensor != nil), let size = b.optional("size"), !size.isNone {
            throw PyError.type("normal() received an invalid combination of arguments - got (\(meanTensor == nil ? "float" : "Tensor"), \(stdTensor == nil ? "float" : "Tensor"), size=\(size.typeName)), but expected one of:\n * (Tensor mean, Tensor std, *, torch.Generator generator = None, Tensor out = None)\n * (Tensor mean, float std = 1, *, torch.Generator generator = None, Tensor out = None)\n * (float mean, Tensor std, *, torch.Generator generator = None, Tensor out = None)\n * (float mean, float std, tuple of ints size, *, torch.Generator generator = None, Tensor out = None, torch.dtype dtype = None, torch.layout layout = None, torch.device device = None, bool pin_memory = False, bool requires_grad = False)\n")
        }
        if meanTensor == nil && stdTensor == nil {
            let mean = try TorchBridge.double(b["mean"], interp) ?? 0, std = try TorchBridge.double(b["std"], interp) ?? 1
            guard std >= 0 else { throw PyError(BuiltinTypes.runtimeError, "normal expects std >= 0.0, but found std \(String(format: "%g", std))") }
            let shape = try b.optional("size").map { try TorchBridge.shape([$0], interp) } ?? []
            return TorchBridge.wrap(try DefaultGenerator.shared.normal(shape, mean: mean, std: std))
        }
        let dtype = (meanTensor ?? stdTensor)?.dtypeName ?? TorchDType.defaultFloat
        guard dtype.isFloatingPoint else { throw PyError(BuiltinTypes.runtimeError, "normal expects floating point tensors, but got \(dtype.text)") }
        var shape = meanTensor?.data.shape ?? stdTensor?.data.shape ?? []
        if let m = meanTensor, let s = stdTensor {
            do { shape = try Shape.broadcast([m.data.shape, s.data.shape]) } catch {
                throw PyError(BuiltinTypes.runtimeError, TorchBridge.broadcastMessage(m.data.shape, s.data.shape))
            }
        }
        var values: NDArray
        if let std = stdTensor {
            guard try std.data.astype(.float64).contiguous().elements(as: Double.self).allSatisfy({ $0 >= 0 }) else {
                throw PyError(BuiltinTypes.runtimeError, "normal expects all elements of std >= 0.0")
            }
            values = try DefaultGenerator.shared.normal(shape, dtype: dtype.storage) * std.data.astype(dtype.storage)
        } else {
            let std = try TorchBridge.double(b["std"], interp) ?? 1
            guard std >= 0 else { throw PyError(BuiltinTypes.runtimeError, "normal expects std >= 0.0, but found std \(String(format: "%g", std))") }
            values = try DefaultGenerator.shared.normal(shape, std: std, dtype: dtype.storage)
        }
        if let mean = meanTensor {
            values = try values + mean.data.astype(dtype.storage)
        } else {
            values = try values + NDArray.pythonScalar(try TorchBridge.double(b["mean"], interp) ?? 0)
        }
        let node = meanTensor != nil && stdTensor != nil ? "NormalBackward3" : meanTensor != nil ? "NormalBackward1" : "NormalBackward2"
        let inputs = [meanTensor?.variable, stdTensor?.variable].compactMap { $0 }
        let result = Variable.record(values, node, inputs, savesTensors: false) { _ in
            try inputs.map { try NDArray.zeros($0.shape, dtype: $0.dtype) }
        }
        return TorchBridge.wrap(result, dtype: dtype)
    }

    /// `torch.FloatTensor([1, 2])` (data) or `torch.FloatTensor(2, 3)` (sizes, zero-filled).
    static func legacy(_ interp: Interpreter, _ args: Arguments, _ d: TorchDType) throws -> Value {
        let ints = args.positional.allSatisfy { if case .int = $0 { return true } else { return false } }
        if args.positional.isEmpty || ints {
            return TorchBridge.wrap(try NDArray.zeros(args.positional.map { if case .int(let i) = $0 { return i } else { return 0 } }, dtype: d.storage), dtype: d)
        }
        let (a, _) = try TorchBridge.array(from: try args[0], dtype: d, interp)
        return TorchBridge.wrap(a, dtype: d)
    }

    static func installDevices(_ m: PyModule) {
        function(m, "device(type, index=None)") { interp, b in
            let name = try interp.toStringValue(b["type"] ?? .str("cpu"))
            try TensorMethods.checkDevice(name)
            return .object(PyTorchDevice(name))
        }
        TorchTypes.device.define("__repr__") { _, args in
            guard case .object(let o) = args.receiver, let d = o as? PyTorchDevice else { throw PyError.type("expected a device") }
            return .str("device(type='\(d.name)')")
        }
        TorchTypes.device.define("__str__") { _, args in
            guard case .object(let o) = args.receiver, let d = o as? PyTorchDevice else { throw PyError.type("expected a device") }
            return .str(d.name)
        }
        TorchTypes.device.getter("type", on: PyTorchDevice.self) { _, d in .str(d.name) }
        let cuda = PyModule(name: "torch.cuda")
        cuda.define("is_available") { _, _ in .bool(false) }
        cuda.define("device_count") { _, _ in .int(0) }
        cuda.define("manual_seed") { _, _ in .none }
        cuda.define("manual_seed_all") { _, _ in .none }
        m["cuda"] = .object(cuda)
        let backends = PyModule(name: "torch.backends")
        let mps = PyModule(name: "torch.backends.mps")
        mps.define("is_available") { _, _ in .bool(false) }
        backends["mps"] = .object(mps)
        m["backends"] = .object(backends)
        function(m, "set_num_threads(n)") { _, _ in .none }
        function(m, "get_num_threads()") { _, _ in .int(2) }
        function(m, "get_default_dtype()") { _, _ in PyTorchDType.of(TorchDType.defaultFloat) }
        function(m, "set_default_dtype(d)") { _, b in
            guard let d = try TorchBridge.dtype(b["d"]), d == .float32 || d == .float64 else {
                throw PyError.type("only floating-point types are supported as the default type")
            }
            TorchDType.defaultFloat = d
            return .none
        }
        function(m, "set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, profile=None, sci_mode=None)") { interp, b in
            if let p = b.optional("profile")?.asString {
                switch p {
                case "default": (TorchFormatter.precision, TorchFormatter.threshold, TorchFormatter.edgeItems, TorchFormatter.lineWidth) = (4, 1000, 3, 80)
                case "short": (TorchFormatter.precision, TorchFormatter.threshold, TorchFormatter.edgeItems, TorchFormatter.lineWidth) = (2, 1000, 2, 80)
                case "full": (TorchFormatter.precision, TorchFormatter.threshold, TorchFormatter.edgeItems, TorchFormatter.lineWidth) = (4, Int.max, 3, 80)
                default: break
                }
            }
            if let v = b.optional("precision") {
                // PyTorch takes any int and fails at the next print with Python's format errors;
                // they are raised here instead (printing itself cannot fail).
                let p = try interp.toInt(v)
                if p < 0 { throw PyError.value("Format specifier missing precision") }
                if p > Int(Int32.max) { throw PyError.value("precision too big") }
                TorchFormatter.precision = p
            }
            if let v = b.optional("threshold") {
                if case .float(let f) = v, f.isInfinite { TorchFormatter.threshold = Int.max } else { TorchFormatter.threshold = try interp.toInt(v) }
            }
            // Any int is kept; the formatter bounds them where arithmetic could overflow.
            if let v = b.optional("edgeitems") { TorchFormatter.edgeItems = try interp.toInt(v) }
            if let v = b.optional("linewidth") { TorchFormatter.lineWidth = try interp.toInt(v) }
            if let v = b["sci_mode"] { TorchFormatter.forcedSciMode = v.isNone ? nil : try interp.isTruthy(v) }
            return .none
        }
        function(m, "promote_types(type1, type2)") { _, b in
            guard let a = try TorchBridge.dtype(b["type1"]), let c = try TorchBridge.dtype(b["type2"]) else { throw PyError.type("promote_types expects dtypes") }
            return PyTorchDType.of(a.promoted(with: c))
        }
        function(m, "result_type(tensor1, tensor2)") { interp, b in
            let (_, _, d) = try TorchBridge.operands(b["tensor1"] ?? .none, b["tensor2"] ?? .none, interp)
            return PyTorchDType.of(d)
        }
        function(m, "broadcast_shapes(*shapes)") { interp, b in
            let shapes = try b.extraPositional.map { try TorchBridge.shape([$0], interp) }
            do { return torchSize(try Shape.broadcast(shapes)) } catch {
                throw PyError(BuiltinTypes.runtimeError, "Shape mismatch: objects cannot be broadcast to a single shape")
            }
        }
        function(m, "broadcast_tensors(*tensors)") { _, b in
            let tensors = try b.extraPositional.enumerated().map { i, v in
                guard case .object(let o) = v, let t = o as? PyTorchTensor else {
                    throw PyError.type("expected Tensor as element \(i) in argument 0, but got \(v.typeName)")
                }
                return t
            }
            var shape: [Int] = []
            for t in tensors {
                do { shape = try Shape.broadcast([shape, t.data.shape]) } catch {
                    throw PyError(BuiltinTypes.runtimeError, TorchBridge.broadcastMessage(shape, t.data.shape))
                }
            }
            return .tuple(try tensors.map { TorchBridge.wrap(try $0.variable.expand(shape), dtype: $0.dtypeName) })
        }
        function(m, "broadcast_to(input, size)") { interp, b in
            let x = try TorchBridge.tensor(b["input"] ?? .none)
            return TorchBridge.wrap(try x.variable.expand(try TorchBridge.shape([b["size"] ?? .none], interp)), dtype: x.dtypeName)
        }
        for (name, d) in [("FloatTensor", TorchDType.float32), ("DoubleTensor", .float64), ("LongTensor", .int64), ("IntTensor", .int32),
                          ("BoolTensor", .bool), ("ByteTensor", .uint8)] {
            m.define(name) { interp, args in try TorchBridge.call { try legacy(interp, args, d) } }
        }
        TorchTypes.tensor.constructor = { interp, _, args in try TorchBridge.call { try legacy(interp, args, TorchDType.defaultFloat) } }
        TorchTypes.size.constructor = { interp, type, args in
            let items = args.positional.isEmpty ? [] : try interp.iterateToArray(try args[0]).map { Value.int(try interp.toInt($0)) }
            return .object(PyTuple(items, type: type))
        }
    }
}
