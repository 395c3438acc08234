import Foundation
import Language
import NN
import Tensor

/// The Python face of `torch.Tensor`: attributes, printing, conversion and autograd. Math,
/// shapes and reductions are in the `TensorMethods+…` files.
enum TensorMethods {
    typealias Body = (Interpreter, PyTorchTensor, BoundArguments) throws -> Value

    static func method(_ t: PyType, _ signature: String, _ body: @escaping Body) {
        let sig = Signature(signature)
        let names = Set(sig.parameters.map(\.name))
        // torch accepts NumPy's spellings: `axis=` for `dim=`, `keepdims=` for `keepdim=`.
        let aliases = [("axis", "dim"), ("keepdims", "keepdim")].filter { names.contains($0.1) && !names.contains($0.0) }
        guard !aliases.isEmpty else {
            t.method(signature, on: PyTorchTensor.self) { interp, x, b in try TorchBridge.call { try body(interp, x, b) } }
            return
        }
        t.define(sig.functionName, doc: signature) { interp, args in
            guard case .object(let o)? = args.positional.first, let x = o as? PyTorchTensor else {
                throw PyError.type("descriptor '\(sig.functionName)' for 'torch.Tensor' objects doesn't apply to a '\(args.receiver.typeName)' object")
            }
            var args = args
            for i in args.keywords.indices {
                if let alias = aliases.first(where: { $0.0 == args.keywords[i].name.name }) { args.keywords[i].name = Symbol(alias.1) }
            }
            let b = try sig.bind(args, skipReceiver: true)
            return try TorchBridge.call { try body(interp, x, b) }
        }
    }

    nonisolated(unsafe) static let installed: Void = {
        let t = TorchTypes.tensor
        // torch.Tensor and Parameter are Python classes: messages say 'Tensor' object.
        t.messagesUseBareName = true
        TorchTypes.parameter.messagesUseBareName = true
        installAttributes(t)
        installConversions(t)
        installArithmetic(t)
        installMath(t)
        installShape(t)
        installReductions(t)
        installIndexing(t)
        installAutograd(t)
        installParameter()
    }()

    static func repr(_ x: PyTorchTensor) -> String {
        let a = x.data
        let values = (try? a.astype(.float64).contiguous().elements(as: Double.self)) ?? []
        let dtype = x.dtypeName
        return TorchFormatter.repr(values: values, shape: a.shape, dtype: dtype, gradFn: x.variable.gradFn?.name,
                                   requiresGrad: x.variable.requiresGrad)
    }

    static func installAttributes(_ t: PyType) {
        t.define("__repr__") { _, args in
            guard case .object(let o) = args.receiver, let x = o as? PyTorchTensor else { throw PyError.type("expected a Tensor") }
            let text = repr(x)
            return .str(x.type === TorchTypes.parameter || x.type.isSubtype(of: TorchTypes.parameter) ? "Parameter containing:\n" + text : text)
        }
        t.getter("shape", on: PyTorchTensor.self) { _, x in torchSize(x.data.shape) }
        t.getter("dtype", on: PyTorchTensor.self) { _, x in PyTorchDType.of(x.dtypeName) }
        t.getter("ndim", on: PyTorchTensor.self) { _, x in .int(x.data.ndim) }
        t.getter("device", on: PyTorchTensor.self) { _, _ in .object(PyTorchDevice("cpu")) }
        t.getter("is_cuda", on: PyTorchTensor.self) { _, _ in .bool(false) }
        t.getter("is_leaf", on: PyTorchTensor.self) { _, x in .bool(x.variable.isLeaf) }
        t.getter("T", on: PyTorchTensor.self) { _, x in
            try TorchBridge.call {
                TorchBridge.wrap(x.variable.ndim == 2 ? try x.variable.t() : try x.variable.permute(Array((0..<x.variable.ndim).reversed())), dtype: x.dtypeName)
            }
        }
        t.getter("mT", on: PyTorchTensor.self) { _, x in
            try TorchBridge.call { TorchBridge.wrap(try x.variable.transpose(-2, -1), dtype: x.dtypeName) }
        }
        t.getter("requires_grad", on: PyTorchTensor.self, { _, x in .bool(x.variable.requiresGrad) }, set: { interp, x, v in
            let flag = try interp.isTruthy(v)
            try setRequiresGrad(x, flag)
        })
        t.getter("grad", on: PyTorchTensor.self, { _, x in
            if let recorded = x.variable.recordedGrad { return TorchBridge.wrap(recorded) }
            return x.variable.grad.map { TorchBridge.wrap($0) } ?? .none
        }, set: { _, x, v in
            if v.isNone { x.variable.grad = nil; return }
            x.variable.grad = try TorchBridge.variable(v).data
        })
        // A small 2-D tensor shows as a compact table in a notebook, as an ndarray does.
        t.define("_repr_html_") { _, args in
            guard case .object(let o) = args.receiver, let x = o as? PyTorchTensor,
                  let html = try NumPyPrinting.html(x.variable.data) else { return .none }
            return .str(html)
        }
        t.getter("grad_fn", on: PyTorchTensor.self) { _, x in x.variable.gradFn.map { .object(PyGradFn($0)) } ?? .none }
        t.getter("data", on: PyTorchTensor.self, { _, x in TorchBridge.wrap(x.variable.data, dtype: x.dtypeName) }, set: { _, x, v in
            let source = try TorchBridge.tensor(v)
            x.variable.data = source.data
            x.dtypeName = source.dtypeName
        })
        for (name, size) in [("size", true), ("dim", false), ("numel", false), ("nelement", false)] {
            _ = size
            _ = name
        }
        method(t, "size(dim=None)") { interp, x, b in
            guard let d = b.optional("dim") else { return torchSize(x.data.shape) }
            let axis = try Shape.normalizeAxis(try interp.toInt(d), ndim: max(x.data.ndim, 1))
            return .int(x.data.shape[axis])
        }
        method(t, "dim()") { _, x, _ in .int(x.data.ndim) }
        method(t, "ndimension()") { _, x, _ in .int(x.data.ndim) }
        method(t, "numel()") { _, x, _ in .int(x.data.size) }
        method(t, "nelement()") { _, x, _ in .int(x.data.size) }
        method(t, "element_size()") { _, x, _ in .int(x.dtypeName.itemSize) }
        method(t, "is_contiguous()") { _, x, _ in .bool(x.data.isContiguous) }
        method(t, "is_floating_point()") { _, x, _ in .bool(x.dtypeName.isFloatingPoint) }
        method(t, "stride(dim=None)") { interp, x, b in
            let s = x.data.strides
            if let d = b.optional("dim") { return .int(s[try Shape.normalizeAxis(try interp.toInt(d), ndim: max(s.count, 1))]) }
            return .tuple(s.map { .int($0) })
        }
        method(t, "type(dtype=None)") { _, x, b in
            if let d = b.optional("dtype") {
                if let name = d.asString {
                    let map: [String: TorchDType] = ["torch.FloatTensor": .float32, "torch.DoubleTensor": .float64, "torch.LongTensor": .int64,
                                                     "torch.IntTensor": .int32, "torch.BoolTensor": .bool, "torch.ByteTensor": .uint8]
                    guard let target = map[name] else { throw PyError.value("invalid type: '\(name)'") }
                    return try convert(x, target)
                }
                guard let target = try TorchBridge.dtype(d) else { return .none }
                return try convert(x, target)
            }
            return .str(x.dtypeName.legacyName)
        }
        t.define("__len__") { _, args in
            let x = try TorchBridge.tensor(args.receiver)
            guard x.data.ndim > 0 else { throw PyError.type("len() of a 0-d tensor") }
            return .int(x.data.shape[0])
        }
        t.define("__iter__") { _, args in
            let x = try TorchBridge.tensor(args.receiver)
            guard x.data.ndim > 0 else { throw PyError.type("iteration over a 0-d tensor") }
            var i = 0
            let n = x.data.shape[0]
            return .object(PyIterator { _ in
                guard i < n else { return nil }
                defer { i += 1 }
                return TorchBridge.wrap(try TorchBridge.call { try x.variable.index([.int(i)]) }, dtype: x.dtypeName)
            })
        }
        t.define("__hash__") { _, args in .int(ObjectIdentifier(try TorchBridge.tensor(args.receiver)).hashValue) }
        t.define("__bool__") { _, args in
            let x = try TorchBridge.tensor(args.receiver)
            guard x.data.size == 1 else {
                throw PyError(BuiltinTypes.runtimeError, "Boolean value of Tensor with more than one value is ambiguous")
            }
            return .bool(try x.data.item().asDouble != 0)
        }
        for (dunder, isFloat) in [("__float__", true), ("__int__", false), ("__index__", false)] {
            t.define(dunder) { _, args in
                let x = try TorchBridge.tensor(args.receiver)
                guard x.data.size == 1 else {
                    throw PyError.value("only one element tensors can be converted to Python scalars")
                }
                if dunder == "__index__" && x.dtypeName.isFloatingPoint {
                    throw PyError.type("only integer tensors of a single element can be converted to an index")
                }
                let v = try x.data.item()
                return isFloat ? .float(v.asDouble) : .int(Int(v.asDouble.rounded(.towardZero)))
            }
        }
        t.define("__format__") { interp, args in
            let x = try TorchBridge.tensor(args.receiver)
            let spec = args.positional.count > 1 ? try args[1] : .str("")
            if x.data.ndim == 0, let format = interp.builtins[Symbol("format")] {
                return try interp.call(format, TorchBridge.python(try x.data.item()), spec)
            }
            return .str(repr(x))
        }
    }

    static func setRequiresGrad(_ x: PyTorchTensor, _ flag: Bool) throws {
        if flag && !x.dtypeName.isFloatingPoint {
            throw PyError(BuiltinTypes.runtimeError, "only Tensors of floating point dtype can require gradients")
        }
        if !x.variable.isLeaf && !flag {
            throw PyError(BuiltinTypes.runtimeError, "you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().")
        }
        x.variable.requiresGrad = flag
    }

    static func convert(_ x: PyTorchTensor, _ d: TorchDType) throws -> Value {
        if d == x.dtypeName { return .object(x) }
        let v = try TorchBridge.call { try x.variable.cast(to: d.storage) }
        if !d.isFloatingPoint {
            return TorchBridge.wrap(Variable(try d.wrapping(v.data)), dtype: d)
        }
        return TorchBridge.wrap(v, dtype: d)
    }

    static func installConversions(_ t: PyType) {
        method(t, "item()") { _, x, _ in
            guard x.data.size == 1 else {
                throw PyError(BuiltinTypes.runtimeError, "a Tensor with \(x.data.size) elements cannot be converted to Scalar")
            }
            return TorchBridge.python(try x.data.item())
        }
        method(t, "tolist()") { _, x, _ in NumPyBridge.python(x.data.toNested()) }
        method(t, "numpy(*, force=False)") { _, x, _ in
            if x.variable.requiresGrad {
                throw PyError(BuiltinTypes.runtimeError, "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.")
            }
            _ = NDArrayMethods.installed
            return NumPyBridge.wrapArray(x.data)
        }
        for (name, d) in [("float", TorchDType.float32), ("double", .float64), ("long", .int64), ("int", .int32), ("bool", .bool),
                          ("byte", .uint8), ("half", .float16), ("short", .int16), ("char", .int8)] {
            method(t, "\(name)(memory_format=None)") { _, x, _ in try convert(x, d) }
        }
        method(t, "to(*args, **kwargs)") { interp, x, b in
            var target: TorchDType? = nil
            for v in b.extraPositional + b.extraKeywords.map(\.value) {
                if case .object(let o) = v {
                    if let d = o as? PyTorchDType { target = d.dtype; continue }
                    if let dev = o as? PyTorchDevice { try checkDevice(dev.name); continue }
                    if let other = o as? PyTorchTensor { target = other.dtypeName; continue }
                    if let s = o as? PyStr { try checkDevice(s.value); continue }
                }
                if case .bool = v { continue }
            }
            _ = interp
            return try target.map { try convert(x, $0) } ?? .object(x)
        }
        method(t, "cpu()") { _, x, _ in .object(x) }
        method(t, "cuda(device=None)") { _, _, _ in try checkDevice("cuda"); return .none }
        method(t, "contiguous(memory_format=None)") { _, x, _ in TorchBridge.wrap(try x.variable.contiguous(), dtype: x.dtypeName) }
        method(t, "clone(*, memory_format=None)") { _, x, _ in TorchBridge.wrap(try x.variable.clone(), dtype: x.dtypeName) }
        method(t, "detach()") { _, x, _ in TorchBridge.wrap(x.variable.detached(), dtype: x.dtypeName) }
        method(t, "detach_()") { _, x, _ in
            x.variable = x.variable.detached()
            return .object(x)
        }
        method(t, "copy_(src, non_blocking=False)") { interp, x, b in
            let (src, _) = try TorchBridge.array(from: b["src"] ?? .none, dtype: x.dtypeName, interp)
            try checkInPlace(x)
            try x.data.setItem([.ellipsis], src.astype(x.data.dtype))
            x.variable.markModified()
            return .object(x)
        }
        method(t, "fill_(value)") { interp, x, b in
            try checkInPlace(x)
            let v = try TorchBridge.double(b["value"], interp) ?? 0
            x.data.fill(x.data.dtype.isFloatingPoint ? .float(v) : x.data.dtype == .bool ? .bool(v != 0) : .int(Int64(v)))
            x.variable.markModified()
            return .object(x)
        }
        method(t, "zero_()") { _, x, _ in
            try checkInPlace(x)
            x.data.fill(.int(0))
            x.variable.markModified()
            return .object(x)
        }
        method(t, "new_zeros(*size, dtype=None)") { interp, x, b in
            let d = try TorchBridge.dtype(b["dtype"]) ?? x.dtypeName
            return TorchBridge.wrap(try NDArray.zeros(try TorchBridge.shape(b.extraPositional, interp), dtype: d.storage), dtype: d)
        }
        method(t, "new_ones(*size, dtype=None)") { interp, x, b in
            let d = try TorchBridge.dtype(b["dtype"]) ?? x.dtypeName
            return TorchBridge.wrap(try NDArray.ones(try TorchBridge.shape(b.extraPositional, interp), dtype: d.storage), dtype: d)
        }
        method(t, "new_full(size, fill_value, *, dtype=None)") { interp, x, b in
            let d = try TorchBridge.dtype(b["dtype"]) ?? x.dtypeName
            let v = try TorchBridge.double(b["fill_value"], interp) ?? 0
            return TorchBridge.wrap(try NDArray.full(try TorchBridge.shape([b["size"] ?? .none], interp), .float(v), dtype: .float64).astype(d.storage), dtype: d)
        }
        method(t, "new_empty(*size, dtype=None)") { interp, x, b in
            let d = try TorchBridge.dtype(b["dtype"]) ?? x.dtypeName
            return TorchBridge.wrap(try NDArray.zeros(try TorchBridge.shape(b.extraPositional, interp), dtype: d.storage), dtype: d)
        }
        method(t, "new_tensor(data, dtype=None)") { interp, x, b in
            let (a, d) = try TorchBridge.array(from: b["data"] ?? .none, dtype: try TorchBridge.dtype(b["dtype"]) ?? x.dtypeName, interp)
            return TorchBridge.wrap(a, dtype: d)
        }
    }

    /// A `device=` argument: a str or a `torch.device`; only the CPU is there.
    static func checkDevice(_ v: Value?) throws {
        guard let v, !v.isNone else { return }
        if let s = v.asString { try checkDevice(s) }
        if case .object(let o) = v, let d = o as? PyTorchDevice { try checkDevice(d.name) }
    }

    static func checkDevice(_ name: String) throws {
        if name.hasPrefix("cuda") || name.hasPrefix("mps") {
            throw PyError(BuiltinTypes.runtimeError, "Torch not compiled with CUDA enabled: Cellgrad runs on the CPU; use device 'cpu' (torch.cuda.is_available() is False)")
        }
    }

    /// torch refuses in-place changes of a leaf that requires grad outside no_grad.
    static func checkInPlace(_ x: PyTorchTensor) throws {
        if GradMode.isEnabled && x.variable.isLeaf && x.variable.requiresGrad {
            throw PyError(BuiltinTypes.runtimeError, AutogradError.leafInPlace.message)
        }
    }

    /// An in-place op (`x.exp_()`, `relu(x, inplace=True)`, `x += y`): `kernel`'s result is
    /// written into x's storage and x takes the result's history. When x is in a graph and the
    /// op saves values for backward, it runs again on a copy, so they survive the write.
    static func writeInPlace(_ x: PyTorchTensor, _ kernel: (Variable) throws -> Variable) throws {
        try checkInPlace(x)
        try TorchBridge.call {
            var r = try kernel(x.variable)
            if r.gradFn?.savesTensors == true { r = try kernel(x.variable.clone()) }
            guard r.shape == x.data.shape else {
                throw TensorError.value("output with shape [\(x.data.shape.map(String.init).joined(separator: ", "))] doesn't match the broadcast shape [\(r.shape.map(String.init).joined(separator: ", "))]")
            }
            try x.data.setItem([.ellipsis], r.data.astype(x.data.dtype))
            x.variable = x.variable.rebased(on: r)
        }
    }
}
