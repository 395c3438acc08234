import Language
import NN
import Tensor

/// Reductions of `torch.Tensor` with `dim=` and `keepdim=`; `max`/`min` with a dim return
/// `torch.return_types.max(values=…, indices=…)`.
extension TensorMethods {
    static func returnTypes(_ name: String, _ values: Value, _ indices: Value) -> Value {
        let r = PyTuple([values, indices], type: TorchTypes.returnTypes)
        r.setAttribute(Symbol("values"), values)
        r.setAttribute(Symbol("indices"), indices)
        r.setAttribute(Symbol("_name"), .str(name))
        return .object(r)
    }

    static func sum(_ interp: Interpreter, _ x: PyTorchTensor, _ b: BoundArguments) throws -> Value {
        let dims = try TorchBridge.dims(b["dim"], interp)
        var input = x.variable
        var d = x.dtypeName
        if let target = try TorchBridge.dtype(b["dtype"]) { input = try input.cast(to: target.storage); d = target }
        else if !d.isFloatingPoint { input = try input.cast(to: .int64); d = .int64 }
        return TorchBridge.wrap(try input.sum(dims: dims, keepdim: try TorchBridge.bool(b["keepdim"], interp)), dtype: d)
    }

    static func mean(_ interp: Interpreter, _ x: PyTorchTensor, _ b: BoundArguments) throws -> Value {
        var input = x.variable
        if let target = try TorchBridge.dtype(b["dtype"]) { input = try input.cast(to: target.storage) }
        guard input.dtype.isFloatingPoint else {
            throw PyError(BuiltinTypes.runtimeError, "mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: \(x.dtypeName.scalarTypeName)")
        }
        return TorchBridge.wrap(try input.mean(dims: try TorchBridge.dims(b["dim"], interp), keepdim: try TorchBridge.bool(b["keepdim"], interp)))
    }

    static func extremum(_ interp: Interpreter, _ x: PyTorchTensor, _ b: BoundArguments, max: Bool) throws -> Value {
        guard let dimValue = b.optional("dim") else {
            guard x.data.size > 0 else {
                throw PyError(BuiltinTypes.runtimeError, "\(max ? "max" : "min")(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.")
            }
            return TorchBridge.wrap(try x.variable.extremum(max: max), dtype: x.dtypeName)
        }
        if case .object(let o) = dimValue, o is PyTorchTensor {
            let (a, c, d) = try TorchBridge.operands(.object(x), dimValue, interp)
            return TorchBridge.wrap(try NDArray.binary(max ? .maximum : .minimum, a.data, c.data), dtype: d)
        }
        let (values, indices) = try x.variable.extremum(max: max, dim: try interp.toInt(dimValue), keepdim: try TorchBridge.bool(b["keepdim"], interp))
        return returnTypes(max ? "max" : "min", TorchBridge.wrap(values, dtype: x.dtypeName), TorchBridge.wrap(indices))
    }

    static func argExtremum(_ interp: Interpreter, _ x: PyTorchTensor, _ b: BoundArguments, max: Bool) throws -> Value {
        let keep = try TorchBridge.bool(b["keepdim"], interp)
        guard let d = b.optional("dim") else {
            let flat = try max ? x.data.argmax() : x.data.argmin()
            return TorchBridge.wrap(keep ? try flat.reshape([Int](repeating: 1, count: x.data.ndim)) : flat)
        }
        let axis = try Shape.normalizeAxis(try interp.toInt(d), ndim: Swift.max(x.data.ndim, 1))
        return TorchBridge.wrap(try max ? x.data.argmax(axis: axis, keepdims: keep) : x.data.argmin(axis: axis, keepdims: keep))
    }

    static func moment(_ interp: Interpreter, _ x: PyTorchTensor, _ b: BoundArguments, std: Bool) throws -> Value {
        var correction = 1
        if let c = b.optional("correction") { correction = try interp.toInt(c) }
        if let u = b.optional("unbiased") { correction = try interp.isTruthy(u) ? 1 : 0 }
        let dims = try TorchBridge.dims(b["dim"], interp)
        let keep = try TorchBridge.bool(b["keepdim"], interp)
        let input = try floatInput(x)
        return TorchBridge.wrap(std ? try input.std(dims: dims, correction: correction, keepdim: keep)
                                    : try input.variance(dims: dims, correction: correction, keepdim: keep))
    }

    static func installReductions(_ t: PyType) {
        method(t, "sum(dim=None, keepdim=False, *, dtype=None)") { interp, x, b in try sum(interp, x, b) }
        method(t, "mean(dim=None, keepdim=False, *, dtype=None)") { interp, x, b in try mean(interp, x, b) }
        method(t, "max(dim=None, keepdim=False)") { interp, x, b in try extremum(interp, x, b, max: true) }
        method(t, "min(dim=None, keepdim=False)") { interp, x, b in try extremum(interp, x, b, max: false) }
        method(t, "amax(dim=(), keepdim=False)") { interp, x, b in
            TorchBridge.wrap(try x.data.max(axes: try TorchBridge.dims(b["dim"], interp).flatMap { $0.isEmpty ? nil : $0 },
                                            keepdims: try TorchBridge.bool(b["keepdim"], interp)), dtype: x.dtypeName)
        }
        method(t, "amin(dim=(), keepdim=False)") { interp, x, b in
            TorchBridge.wrap(try x.data.min(axes: try TorchBridge.dims(b["dim"], interp).flatMap { $0.isEmpty ? nil : $0 },
                                            keepdims: try TorchBridge.bool(b["keepdim"], interp)), dtype: x.dtypeName)
        }
        method(t, "cumprod(dim, *, dtype=None)") { interp, x, b in
            let axis = try Shape.normalizeAxis(try interp.toInt(b["dim"] ?? .int(0)), ndim: Swift.max(x.data.ndim, 1))
            return TorchBridge.wrap(try x.data.cumprod(axis: axis), dtype: x.dtypeName.isFloatingPoint ? x.dtypeName : .int64)
        }
        method(t, "median(dim=None, keepdim=False)") { interp, x, b in
            // torch's median is the lower of the two middle values.
            guard let d = b.optional("dim") else {
                let sorted = try x.data.reshape([-1]).sorted(axis: 0)
                return TorchBridge.wrap(try sorted.getItem([.int((sorted.size - 1) / 2)]), dtype: x.dtypeName)
            }
            let axis = try Shape.normalizeAxis(try interp.toInt(d), ndim: Swift.max(x.data.ndim, 1))
            let order = try x.data.astype(.float64).argsort(axis: axis)
            var items = [IndexItem](repeating: .all, count: x.data.ndim)
            items[axis] = .slice(start: (x.data.shape[axis] - 1) / 2, stop: (x.data.shape[axis] - 1) / 2 + 1, step: 1)
            var idx = try order.getItem(items)
            var values = try x.data.takeAlong(idx, axis: axis)
            if !(try TorchBridge.bool(b["keepdim"], interp)) { idx = try idx.squeeze([axis]); values = try values.squeeze([axis]) }
            return returnTypes("median", TorchBridge.wrap(values, dtype: x.dtypeName), TorchBridge.wrap(idx))
        }
        for (name, std) in [("std_mean", true), ("var_mean", false)] {
            method(t, "\(name)(dim=None, *, correction=None, keepdim=False, unbiased=None)") { interp, x, b in
                let spread = try moment(interp, x, b, std: std)
                let dims = try TorchBridge.dims(b["dim"], interp)
                let mean = TorchBridge.wrap(try floatInput(x).mean(dims: dims, keepdim: try TorchBridge.bool(b["keepdim"], interp)))
                return .tuple([spread, mean])
            }
        }
        method(t, "argmax(dim=None, keepdim=False)") { interp, x, b in try argExtremum(interp, x, b, max: true) }
        method(t, "argmin(dim=None, keepdim=False)") { interp, x, b in try argExtremum(interp, x, b, max: false) }
        method(t, "std(dim=None, *, correction=None, keepdim=False, unbiased=None)") { interp, x, b in try moment(interp, x, b, std: true) }
        method(t, "var(dim=None, *, correction=None, keepdim=False, unbiased=None)") { interp, x, b in try moment(interp, x, b, std: false) }
        method(t, "prod(dim=None, keepdim=False, *, dtype=None)") { interp, x, b in
            TorchBridge.wrap(try x.data.prod(axes: try TorchBridge.dims(b["dim"], interp), keepdims: try TorchBridge.bool(b["keepdim"], interp)),
                             dtype: x.dtypeName.isFloatingPoint ? x.dtypeName : .int64)
        }
        method(t, "logsumexp(dim, keepdim=False)") { interp, x, b in
            TorchBridge.wrap(try floatInput(x).logSumExp(dims: try TorchBridge.dims(b["dim"], interp) ?? [], keepdim: try TorchBridge.bool(b["keepdim"], interp)))
        }
        method(t, "all(dim=None, keepdim=False)") { interp, x, b in
            TorchBridge.wrap(try x.data.astype(.bool).all(axes: try TorchBridge.dims(b["dim"], interp), keepdims: try TorchBridge.bool(b["keepdim"], interp)))
        }
        method(t, "any(dim=None, keepdim=False)") { interp, x, b in
            TorchBridge.wrap(try x.data.astype(.bool).any(axes: try TorchBridge.dims(b["dim"], interp), keepdims: try TorchBridge.bool(b["keepdim"], interp)))
        }
        method(t, "cumsum(dim, *, dtype=None)") { interp, x, b in
            let axis = try Shape.normalizeAxis(try interp.toInt(b["dim"] ?? .int(0)), ndim: Swift.max(x.data.ndim, 1))
            return TorchBridge.wrap(try x.data.cumsum(axis: axis), dtype: x.dtypeName.isFloatingPoint ? x.dtypeName : .int64)
        }
        method(t, "norm(p=2, dim=None, keepdim=False)") { interp, x, b in
            let p = try TorchBridge.double(b["p"], interp) ?? 2
            let v = try floatInput(x)
            let dims = try TorchBridge.dims(b["dim"], interp)
            let keep = try TorchBridge.bool(b["keepdim"], interp)
            if p == 1 { return TorchBridge.wrap(try v.abs().sum(dims: dims, keepdim: keep)) }
            return TorchBridge.wrap(try v.abs().pow(p).sum(dims: dims, keepdim: keep).pow(1 / p))
        }
        method(t, "topk(k, dim=-1, largest=True, sorted=True)") { interp, x, b in
            let k = try interp.toInt(b["k"] ?? .int(1))
            let axis = try Shape.normalizeAxis(try b["dim"].map { try interp.toInt($0) } ?? -1, ndim: Swift.max(x.data.ndim, 1))
            let largest = try TorchBridge.bool(b["largest"], interp, default: true)
            let key = largest ? try NDArray.unary(.negative, x.data.astype(.float64)) : try x.data.astype(.float64)
            let order = try key.argsort(axis: axis)
            var items = [IndexItem](repeating: .all, count: x.data.ndim)
            items[axis] = .slice(start: 0, stop: k, step: 1)
            let idx = try order.getItem(items)
            return returnTypes("topk", TorchBridge.wrap(try x.variable.gather(dim: axis, index: idx), dtype: x.dtypeName), TorchBridge.wrap(idx))
        }
        method(t, "sort(dim=-1, descending=False)") { interp, x, b in
            let axis = try Shape.normalizeAxis(try b["dim"].map { try interp.toInt($0) } ?? -1, ndim: Swift.max(x.data.ndim, 1))
            let descending = try TorchBridge.bool(b["descending"], interp)
            let key = descending ? try NDArray.unary(.negative, x.data.astype(.float64)) : try x.data.astype(.float64)
            let idx = try key.argsort(axis: axis)
            return returnTypes("sort", TorchBridge.wrap(try x.variable.gather(dim: axis, index: idx), dtype: x.dtypeName), TorchBridge.wrap(idx))
        }
        method(t, "argsort(dim=-1, descending=False)") { interp, x, b in
            let axis = try Shape.normalizeAxis(try b["dim"].map { try interp.toInt($0) } ?? -1, ndim: Swift.max(x.data.ndim, 1))
            let descending = try TorchBridge.bool(b["descending"], interp)
            let key = descending ? try NDArray.unary(.negative, x.data.astype(.float64)) : try x.data.astype(.float64)
            return TorchBridge.wrap(try key.argsort(axis: axis))
        }
    }
}
