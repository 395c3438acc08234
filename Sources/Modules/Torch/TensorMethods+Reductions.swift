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
        else if !d.isFloatingPoint {
            // uint8 bytes sum straight into int64, without an int64 copy of them.
            if input.dtype != .uint8 { input = try input.cast(to: .int64) }
            d = .int64
        }
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

    /// A `torch.return_types` pair with its own field names (`aminmax(min=…, max=…)`).
    static func namedPair(_ name: String, _ first: (String, Value), _ second: (String, Value)) -> Value {
        let r = PyTuple([first.1, second.1], type: TorchTypes.returnTypes)
        r.setAttribute(Symbol(first.0), first.1)
        r.setAttribute(Symbol(second.0), second.1)
        r.setAttribute(Symbol("_name"), .str(name))
        r.setAttribute(Symbol("_fields"), .tuple([.str(first.0), .str(second.0)]))
        return .object(r)
    }

    /// One element of each sorted slice along `axis` (`kthvalue`, `mode`): `pick` chooses its
    /// position in the sorted slice; the value keeps its gradient through a gather.
    static func selected(_ interp: Interpreter, _ x: PyTorchTensor, axis: Int, keepdim: Bool, name: String,
                         pick: ([Double]) -> Int) throws -> Value {
        let source = x.data.ndim == 0 ? try x.data.reshape([1]) : x.data
        let order = try source.astype(.float64).argsort(axis: axis)
        let last = source.ndim - 1
        let sortedRows = try source.takeAlong(order, axis: axis).swapaxes(axis, last).astype(.float64).contiguous().elements(as: Double.self)
        let orderRows = try order.swapaxes(axis, last).contiguous().elements(as: Int64.self)
        let n = source.shape[axis], rows = n == 0 ? 0 : sortedRows.count / n
        var chosen = [Double](repeating: 0, count: rows)
        for r in 0..<rows {
            let row = Array(sortedRows[(r * n)..<(r * n + n)])
            var j = pick(row)
            // torch reports the last position among equal values.
            var latest = orderRows[r * n + j]
            while j + 1 < n && row[j + 1] == row[j] { j += 1; latest = Swift.max(latest, orderRows[r * n + j]) }
            var k = j
            while k > 0 && row[k - 1] == row[j] { k -= 1; latest = Swift.max(latest, orderRows[r * n + k]) }
            chosen[r] = Double(latest)
        }
        var keptShape = source.shape
        keptShape[axis] = 1
        var movedShape = keptShape
        movedShape.swapAt(axis, last)
        let indices = try NDArray(chosen, shape: movedShape).astype(.int64).swapaxes(axis, last).contiguous()
        var values = try (x.data.ndim == 0 ? try x.variable.reshape([1]) : x.variable).gather(dim: axis, index: indices)
        var outIndices = indices
        if !keepdim || x.data.ndim == 0 {
            values = try values.squeeze(dims: [axis])
            outIndices = try indices.squeeze([axis])
        }
        return returnTypes(name, wrapLike(x, values), TorchBridge.wrap(outIndices))
    }

    /// `x.norm(p, dim)` and `torch.linalg.vector_norm`: p-norms over `dims` (all when nil);
    /// 'fro' is the 2-norm of the elements, inf/-inf the largest/smallest magnitude.
    static func norm(_ interp: Interpreter, _ x: PyTorchTensor, order: Value, dims: [Int]?, keepdim: Bool) throws -> Value {
        let v = try floatInput(x)
        var p = 2.0
        if let text = order.asString {
            guard text == "fro" else { throw PyError.notImplemented("norm(p='\(text)') is not supported in Cellgrad; use p='fro' or a number") }
        } else if !order.isNone {
            p = try interp.toDouble(order)
        }
        let magnitude = try v.abs()
        if p.isInfinite { return TorchBridge.wrap(try magnitude.extremum(max: p > 0, dims: dims, keepdim: keepdim)) }
        if p == 0 { return TorchBridge.wrap(try Variable(try (magnitude.data .!= NDArray.pythonScalar(0)).astype(v.dtype)).sum(dims: dims, keepdim: keepdim)) }
        if p == 1 { return TorchBridge.wrap(try magnitude.sum(dims: dims, keepdim: keepdim)) }
        if p == 2 { return TorchBridge.wrap(try Variable.mul(v, v).sum(dims: dims, keepdim: keepdim).sqrt()) }
        return TorchBridge.wrap(try magnitude.pow(p).sum(dims: dims, keepdim: keepdim).pow(1 / p))
    }

    static func installReductions(_ t: PyType) {
        method(t, "sum(dim=None, keepdim=False, *, dtype=None)") { interp, x, b in try sum(interp, x, b) }
        method(t, "mean(dim=None, keepdim=False, *, dtype=None)") { interp, x, b in try mean(interp, x, b) }
        method(t, "max(dim=None, keepdim=False)") { interp, x, b in try extremum(interp, x, b, max: true) }
        method(t, "min(dim=None, keepdim=False)") { interp, x, b in try extremum(interp, x, b, max: false) }
        for (name, isMax) in [("amax", true), ("amin", false)] {
            method(t, "\(name)(dim=(), keepdim=False)") { interp, x, b in
                let dims = try TorchBridge.dims(b["dim"], interp).flatMap { $0.isEmpty ? nil : $0 }
                return wrapLike(x, try x.variable.extremum(max: isMax, dims: dims, keepdim: try TorchBridge.bool(b["keepdim"], interp)))
            }
        }
        method(t, "aminmax(*, dim=None, keepdim=False)") { interp, x, b in
            let dims = try TorchBridge.dims(b["dim"], interp)
            let keep = try TorchBridge.bool(b["keepdim"], interp)
            let lo = wrapLike(x, try x.variable.extremum(max: false, dims: dims, keepdim: keep))
            let hi = wrapLike(x, try x.variable.extremum(max: true, dims: dims, keepdim: keep))
            return namedPair("aminmax", ("min", lo), ("max", hi))
        }
        method(t, "cumprod(dim, *, dtype=None)") { interp, x, b in
            let input = x.dtypeName.isFloatingPoint ? x.variable : try x.variable.cast(to: .int64)
            return TorchBridge.wrap(try input.cumulativeProduct(dim: try interp.toInt(b["dim"] ?? .int(0))),
                                    dtype: x.dtypeName.isFloatingPoint ? x.dtypeName : .int64)
        }
        for (name, isMax) in [("cummax", true), ("cummin", false)] {
            method(t, "\(name)(dim)") { interp, x, b in
                let (values, indices) = try x.variable.cumulativeExtremum(max: isMax, dim: try interp.toInt(b["dim"] ?? .int(0)))
                return returnTypes(name, wrapLike(x, values), TorchBridge.wrap(indices))
            }
        }
        method(t, "kthvalue(k, dim=-1, keepdim=False)") { interp, x, b in
            let k = try interp.toInt(b["k"] ?? .int(1))
            let axis = try Shape.normalizeAxis(try interp.toInt(b["dim"] ?? .int(-1)), ndim: Swift.max(x.data.ndim, 1))
            let n = x.data.ndim == 0 ? 1 : x.data.shape[axis]
            guard k >= 1 && k <= n else { throw PyError.index("kthvalue(): selected number k out of range for dimension \(axis)") }
            return try selected(interp, x, axis: axis, keepdim: try TorchBridge.bool(b["keepdim"], interp), name: "kthvalue") { sortedRow in k - 1 }
        }
        method(t, "mode(dim=-1, keepdim=False)") { interp, x, b in
            let axis = try Shape.normalizeAxis(try interp.toInt(b["dim"] ?? .int(-1)), ndim: Swift.max(x.data.ndim, 1))
            // The most frequent value (the smallest on ties), reported at its last position.
            return try selected(interp, x, axis: axis, keepdim: try TorchBridge.bool(b["keepdim"], interp), name: "mode") { row in
                var best = 0, bestRun = 0, start = 0
                for j in 1...row.count where j == row.count || row[j] != row[start] {
                    if j - start > bestRun { best = j - 1; bestRun = j - start }
                    start = j
                }
                return best
            }
        }
        method(t, "unique(sorted=True, return_inverse=False, return_counts=False, dim=None)") { interp, x, b in
            guard b.optional("dim") == nil else { throw PyError.notImplemented("unique(dim=...) is not supported in Cellgrad; use unique() on the flattened tensor") }
            let u = try x.data.unique()
            var parts = [wrapLike(x, Variable(u.values))]
            if try TorchBridge.bool(b["return_inverse"], interp) { parts.append(TorchBridge.wrap(try u.inverse.reshape(x.data.shape))) }
            if try TorchBridge.bool(b["return_counts"], interp) { parts.append(TorchBridge.wrap(u.counts)) }
            return parts.count == 1 ? parts[0] : .tuple(parts)
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
            var input = x.variable, d = x.dtypeName.isFloatingPoint ? x.dtypeName : .int64
            if let target = try TorchBridge.dtype(b["dtype"]) { d = target }
            if input.dtype != d.storage { input = try input.cast(to: d.storage) }
            let dims = try b.optional("dim").map { [try interp.toInt($0)] }
            return TorchBridge.wrap(try input.product(dims: dims, keepdim: try TorchBridge.bool(b["keepdim"], interp)), dtype: d)
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
            var input = x.variable, d = x.dtypeName.isFloatingPoint ? x.dtypeName : .int64
            if let target = try TorchBridge.dtype(b["dtype"]) { d = target }
            if input.dtype != d.storage { input = try input.cast(to: d.storage) }
            return TorchBridge.wrap(try input.cumulativeSum(dim: try interp.toInt(b["dim"] ?? .int(0))), dtype: d)
        }
        method(t, "norm(p='fro', dim=None, keepdim=False, dtype=None)") { interp, x, b in
            try norm(interp, x, order: b["p"] ?? .str("fro"), dims: try TorchBridge.dims(b["dim"], interp),
                     keepdim: try TorchBridge.bool(b["keepdim"], interp))
        }
        method(t, "topk(k, dim=-1, largest=True, sorted=True)") { interp, x, b in
            let k = try interp.toInt(b["k"] ?? .int(1))
            let axis = try Shape.normalizeAxis(try b["dim"].map { try interp.toInt($0) } ?? -1, ndim: Swift.max(x.data.ndim, 1))
            let largest = try TorchBridge.bool(b["largest"], interp, default: true)
            let size = x.data.ndim == 0 ? 1 : x.data.shape[axis]
            guard k >= 0 && k <= size else { throw PyError(BuiltinTypes.runtimeError, "selected index k out of range") }
            // Rows along the last axis, each selected in torch's order (ties included).
            let moved = x.data.ndim == 0 ? try x.data.reshape([1]) : try x.data.swapaxes(axis, -1)
            let values = try moved.astype(.float64).contiguous().elements(as: Double.self)
            var picked: [Int64] = []
            picked.reserveCapacity(values.count / Swift.max(size, 1) * k)
            for start in stride(from: 0, to: values.count, by: Swift.max(size, 1)) {
                picked += TopKSelection.indices(Array(values[start..<(start + size)]), k: k, largest: largest).map { Int64($0) }
            }
            let rowsShape = Array(moved.shape.dropLast()) + [k]
            var idx = try NDArray(picked, shape: rowsShape)
            idx = x.data.ndim == 0 ? try idx.reshape([]) : try idx.swapaxes(axis, -1).contiguous()
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
