import Language
import NN
import Tensor

/// Writes at computed positions (`scatter`, `scatter_add`, `index_add`, `index_put_`,
/// `index_fill`), diagonals and `repeat_interleave`. The out-of-place form is the op; the
/// in-place form (`…_`) writes its result into the tensor (``assign(_:_:)``).
extension TensorMethods {
    /// The in-place form of an op: `r`'s values replace x's, and x's history becomes r's, so
    /// gradients flow through the in-place op as through its out-of-place twin.
    static func assign(_ x: PyTorchTensor, _ r: Variable) throws -> Value {
        try checkInPlace(x)
        try x.data.setItem([.ellipsis], r.data.astype(x.data.dtype))
        x.variable = x.variable.rebased(on: r)
        return .object(x)
    }

    /// The source of a scatter: a tensor, or a number broadcast to the index's shape.
    static func scatterSource(_ x: PyTorchTensor, _ b: BoundArguments, _ interp: Interpreter) throws -> Variable {
        if let s = b.optional("src"), case .object(let o) = s, let st = o as? PyTorchTensor {
            guard st.dtypeName == x.dtypeName else {
                throw PyError(BuiltinTypes.runtimeError, "scatter(): Expected self.dtype to be equal to src.dtype")
            }
            return st.variable
        }
        let value = try TorchBridge.double(b.optional("value") ?? b.optional("src"), interp) ?? 0
        return Variable(try NDArray.full([], .float(value), dtype: x.data.dtype))
    }

    static func scattered(_ interp: Interpreter, _ x: PyTorchTensor, _ b: BoundArguments, accumulate: Bool) throws -> Variable {
        let index = try TorchBridge.tensor(b["index"] ?? .none)
        guard !index.dtypeName.isFloatingPoint && index.dtypeName != .bool else {
            throw PyError(BuiltinTypes.runtimeError, "\(accumulate ? "scatter_add" : "scatter")(): Expected dtype int64 for index")
        }
        let positions = try x.variable.scatterPositions(dim: try interp.toInt(b["dim"] ?? .int(0)), index: index.data)
        var source = try scatterSource(x, b, interp)
        if source.ndim > 0 {
            let items: [IndexItem] = positions.shape.map { .slice(start: 0, stop: $0, step: 1) }
            source = try source.index(items)
        }
        if let reduce = b.optional("reduce")?.asString, reduce != "add" {
            throw PyError.notImplemented("scatter(reduce='\(reduce)') is not supported in Cellgrad; use reduce='add' or scatter_add")
        }
        let adds = accumulate || b.optional("reduce")?.asString == "add"
        return try x.variable.put(positions: positions, values: source, accumulate: adds,
                                  name: adds ? "ScatterAddBackward0" : source.ndim == 0 ? "ScatterBackward1" : "ScatterBackward0")
    }

    /// `x.index_add(dim, index, source)`: source's slice i is added at x's slice index[i].
    static func indexAdded(_ interp: Interpreter, _ x: PyTorchTensor, _ b: BoundArguments) throws -> Variable {
        let axis = try Shape.normalizeAxis(try interp.toInt(b["dim"] ?? .int(0)), ndim: max(x.data.ndim, 1))
        let index = try TorchBridge.tensor(b["index"] ?? .none).data.astype(.int64).reshape([-1])
        var source = try TorchBridge.variable(b["source"] ?? .none)
        let alpha = try TorchBridge.double(b["alpha"], interp) ?? 1
        if alpha != 1 { source = try Variable.mul(source, Variable(NDArray.pythonScalar(alpha))) }
        var expected = x.data.shape
        if !expected.isEmpty { expected[axis] = index.size }
        guard source.shape == expected || (source.ndim == 0 && x.data.ndim == 0) else {
            throw PyError(BuiltinTypes.runtimeError, "index_add_(): Source/destination tensor must have same slice shapes. Destination slice shape: \(x.data.shape) at dimension \(axis) and source slice shape: \(source.shape) at dimension 0.")
        }
        var along = [Int](repeating: 1, count: max(x.data.ndim, 1))
        along[axis] = index.size
        let wide = try index.reshape(along).broadcast(to: source.ndim == 0 ? [1] : source.shape).contiguous()
        let positions = try x.variable.scatterPositions(dim: axis, index: wide)
        return try x.variable.put(positions: positions, values: source.ndim == 0 ? try source.reshape([1]) : source,
                                  accumulate: true, name: "IndexAddBackward0")
    }

    /// `x.index_put_(indices, values, accumulate)`: `x[indices] = values`, or `+=` that adds at
    /// repeated positions when accumulating.
    static func indexPut(_ interp: Interpreter, _ x: PyTorchTensor, _ b: BoundArguments) throws -> Variable {
        let indices = b["indices"] ?? .none
        let parts = try interp.iterateToArray(indices).map { v -> IndexItem in
            let t = try TorchBridge.tensor(v)
            return .array(t.dtypeName == .bool ? t.data : try t.data.astype(.int64))
        }
        let positions = try Variable.flatPositions(x.data.shape).getItem(parts)
        let values = try TorchBridge.variable(b["values"] ?? .none)
        let wide = try values.cast(to: x.data.dtype).expand(positions.shape)
        return try x.variable.put(positions: positions, values: wide, accumulate: try TorchBridge.bool(b["accumulate"], interp),
                                  name: "IndexPutBackward0")
    }

    static func installIndexing(_ t: PyType) {
        method(t, "scatter(dim, index, src=None, value=None, *, reduce=None)") { interp, x, b in
            wrapLike(x, try scattered(interp, x, b, accumulate: false))
        }
        method(t, "scatter_(dim, index, src=None, value=None, *, reduce=None)") { interp, x, b in
            try assign(x, try scattered(interp, x, b, accumulate: false))
        }
        method(t, "scatter_add(dim, index, src)") { interp, x, b in wrapLike(x, try scattered(interp, x, b, accumulate: true)) }
        method(t, "scatter_add_(dim, index, src)") { interp, x, b in try assign(x, try scattered(interp, x, b, accumulate: true)) }
        method(t, "index_add(dim, index, source, *, alpha=1)") { interp, x, b in wrapLike(x, try indexAdded(interp, x, b)) }
        method(t, "index_add_(dim, index, source, *, alpha=1)") { interp, x, b in try assign(x, try indexAdded(interp, x, b)) }
        method(t, "index_put(indices, values, accumulate=False)") { interp, x, b in wrapLike(x, try indexPut(interp, x, b)) }
        method(t, "index_put_(indices, values, accumulate=False)") { interp, x, b in try assign(x, try indexPut(interp, x, b)) }
        for inPlace in [false, true] {
            method(t, inPlace ? "index_fill_(dim, index, value)" : "index_fill(dim, index, value)") { interp, x, b in
                let axis = try Shape.normalizeAxis(try interp.toInt(b["dim"] ?? .int(0)), ndim: max(x.data.ndim, 1))
                let index = try TorchBridge.tensor(b["index"] ?? .none).data.astype(.int64).reshape([-1])
                var items = [IndexItem](repeating: .all, count: axis)
                items.append(.array(index))
                let positions = try Variable.flatPositions(x.data.shape).getItem(items)
                let fill = try TorchBridge.array(from: b["value"] ?? .none, dtype: x.dtypeName, interp).0
                let r = try x.variable.put(positions: positions, values: Variable(fill), accumulate: false, name: "IndexFillBackward0")
                return inPlace ? try assign(x, r) : wrapLike(x, r)
            }
        }
        method(t, "diagonal(offset=0, dim1=0, dim2=1)") { interp, x, b in
            guard x.data.ndim >= 2 else {
                throw PyError.index("diagonal(): Dimension out of range (expected to be in range of [-1, 0], but got 1)")
            }
            return wrapLike(x, try x.variable.diagonal(offset: try interp.toInt(b["offset"] ?? .int(0)),
                                                       dim1: try interp.toInt(b["dim1"] ?? .int(0)), dim2: try interp.toInt(b["dim2"] ?? .int(1))))
        }
        method(t, "trace()") { _, x, _ in
            guard x.data.ndim == 2 else { throw PyError(BuiltinTypes.runtimeError, "trace: expected a matrix, but got tensor with dim \(x.data.ndim)") }
            let d = x.dtypeName.isFloatingPoint ? x.dtypeName : .int64
            return TorchBridge.wrap(try TorchBridge.cast(x.variable.diagonal(), d).sum(), dtype: d)
        }
        method(t, "repeat_interleave(repeats, dim=None, *, output_size=None)") { interp, x, b in
            let repeatsValue = b["repeats"] ?? .none
            let counts: [Int]
            if case .object(let o) = repeatsValue, let r = o as? PyTorchTensor {
                counts = try r.data.astype(.int64).reshape([-1]).elements(as: Int64.self).map(Int.init)
            } else {
                counts = [try interp.toInt(repeatsValue)]
            }
            guard counts.allSatisfy({ $0 >= 0 }) else { throw PyError(BuiltinTypes.runtimeError, "repeats can not be negative") }
            var source = x.variable
            var axis = 0
            if let d = b.optional("dim") { axis = try Shape.normalizeAxis(try interp.toInt(d), ndim: max(x.data.ndim, 1)) } else { source = try source.flatten() }
            let n = source.ndim == 0 ? 1 : source.shape[axis]
            guard counts.count == 1 || counts.count == n else {
                throw PyError(BuiltinTypes.runtimeError, "repeats must have the same size as input along dim, but got repeats.size(0) = \(counts.count) and input.size(\(axis)) = \(n)")
            }
            var picks: [Double] = []
            for i in 0..<n { picks += Array(repeating: Double(i), count: counts.count == 1 ? counts[0] : counts[i]) }
            var items = [IndexItem](repeating: .all, count: axis)
            items.append(.array(try NDArray(picks, shape: [picks.count]).astype(.int64)))
            return wrapLike(x, try source.index(items))
        }
    }
}
