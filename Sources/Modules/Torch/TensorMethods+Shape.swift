import Language
import NN
import Tensor

/// Views, rearrangements and indexing of `torch.Tensor`.
extension TensorMethods {
    static func wrapLike(_ x: PyTorchTensor, _ v: Variable) -> Value { TorchBridge.wrap(v, dtype: x.dtypeName) }

    /// A requested shape with at most one -1, which torch infers.
    static func inferable(_ shape: [Int]) throws -> [Int] {
        guard shape.filter({ $0 == -1 }).count <= 1 else { throw PyError(BuiltinTypes.runtimeError, "only one dimension can be inferred") }
        return shape
    }

    static func installShape(_ t: PyType) {
        method(t, "view(*shape)") { interp, x, b in
            if b.extraPositional.count == 1, case .object(let o) = b.extraPositional[0], o is PyTorchDType {
                throw PyError.notImplemented("view(dtype) reinterpretation is not supported in Cellgrad; use .to(dtype)")
            }
            let shape = try inferable(try TorchBridge.shape(b.extraPositional, interp))
            // A view needs strides that still read in order; a transposed or permuted tensor has not.
            let strides = x.data.strides.enumerated().filter { x.data.shape[$0.offset] > 1 }.map(\.element)
            if !x.data.isContiguous && zip(strides, strides.dropFirst()).contains(where: { $0 < $1 }) {
                throw PyError(BuiltinTypes.runtimeError, "view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.")
            }
            return wrapLike(x, try x.variable.reshape(shape))
        }
        method(t, "reshape(*shape)") { interp, x, b in
            wrapLike(x, try x.variable.reshape(try inferable(try TorchBridge.shape(b.extraPositional, interp)), name: x.data.isContiguous ? "ViewBackward0" : "UnsafeViewBackward0"))
        }
        method(t, "view_as(other)") { _, x, b in wrapLike(x, try x.variable.reshape(try TorchBridge.tensor(b["other"] ?? .none).data.shape)) }
        method(t, "reshape_as(other)") { _, x, b in wrapLike(x, try x.variable.reshape(try TorchBridge.tensor(b["other"] ?? .none).data.shape)) }
        method(t, "expand_as(other)") { _, x, b in wrapLike(x, try x.variable.expand(try TorchBridge.tensor(b["other"] ?? .none).data.shape)) }
        method(t, "permute(*dims)") { interp, x, b in
            let dims = try TorchBridge.shape(b.extraPositional, interp)
            guard dims.count == x.data.ndim else {
                throw PyError(BuiltinTypes.runtimeError, "permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = \(x.data.ndim) is not equal to len(dims) = \(dims.count)")
            }
            let normalized = try dims.map { try TorchBridge.dim($0, ndim: x.data.ndim) }
            guard Set(normalized).count == normalized.count else { throw PyError(BuiltinTypes.runtimeError, "permute(): duplicate dims are not allowed.") }
            return wrapLike(x, try x.variable.permute(normalized))
        }
        method(t, "transpose(dim0, dim1)") { interp, x, b in
            wrapLike(x, try x.variable.transpose(try TorchBridge.dim(try interp.toInt(b["dim0"] ?? .int(0)), ndim: x.data.ndim),
                                                 try TorchBridge.dim(try interp.toInt(b["dim1"] ?? .int(1)), ndim: x.data.ndim)))
        }
        method(t, "t()") { _, x, _ in wrapLike(x, try x.variable.t()) }
        method(t, "unsqueeze(dim)") { interp, x, b in wrapLike(x, try x.variable.unsqueeze(try interp.toInt(b["dim"] ?? .int(0)))) }
        method(t, "squeeze(dim=None)") { interp, x, b in wrapLike(x, try x.variable.squeeze(dims: try TorchBridge.dims(b["dim"], interp))) }
        method(t, "expand(*sizes)") { interp, x, b in wrapLike(x, try x.variable.expand(try TorchBridge.shape(b.extraPositional, interp))) }
        method(t, "repeat(*sizes)") { interp, x, b in wrapLike(x, try x.variable.repeated(try TorchBridge.shape(b.extraPositional, interp))) }
        method(t, "flatten(start_dim=0, end_dim=-1)") { interp, x, b in
            wrapLike(x, try x.variable.flatten(startDim: try b["start_dim"].map { try interp.toInt($0) } ?? 0,
                                                endDim: try b["end_dim"].map { try interp.toInt($0) } ?? -1))
        }
        method(t, "ravel()") { _, x, _ in wrapLike(x, try x.variable.flatten()) }
        method(t, "flip(*dims)") { interp, x, b in wrapLike(x, try x.variable.flip(try TorchBridge.shape(b.extraPositional, interp))) }
        method(t, "split(split_size, dim=0)") { interp, x, b in
            let dim = try b["dim"].map { try interp.toInt($0) } ?? 0
            let size = b["split_size"] ?? .int(1)
            let parts: [Variable]
            if case .object(let o) = size, o is PyList || o is PyTuple {
                parts = try x.variable.split(sizes: try interp.iterateToArray(size).map { try interp.toInt($0) }, dim: dim)
            } else {
                parts = try x.variable.split(size: try interp.toInt(size), dim: dim)
            }
            return .tuple(parts.map { wrapLike(x, $0) })
        }
        method(t, "unfold(dimension, size, step)") { interp, x, b in
            wrapLike(x, try x.variable.unfold(dimension: try interp.toInt(b["dimension"] ?? .int(0)), size: try interp.toInt(b["size"] ?? .int(1)),
                                              step: try interp.toInt(b["step"] ?? .int(1))))
        }
        method(t, "chunk(chunks, dim=0)") { interp, x, b in
            let dim = try Shape.normalizeAxis(try b["dim"].map { try interp.toInt($0) } ?? 0, ndim: x.data.ndim)
            let chunks = try interp.toInt(b["chunks"] ?? .int(1))
            guard chunks > 0 else { throw PyError(BuiltinTypes.runtimeError, "chunk expects `chunks` to be greater than 0, got: \(chunks)") }
            let n = x.data.shape[dim]
            let size = (n + chunks - 1) / chunks
            return .tuple(try x.variable.split(size: max(size, 1), dim: dim).map { wrapLike(x, $0) })
        }
        method(t, "unbind(dim=0)") { interp, x, b in
            let dim = try Shape.normalizeAxis(try b["dim"].map { try interp.toInt($0) } ?? 0, ndim: x.data.ndim)
            return .tuple(try (0..<x.data.shape[dim]).map { i in
                wrapLike(x, try x.variable.index(Array(repeating: IndexItem.all, count: dim) + [.int(i)]))
            })
        }
        for (name, lower) in [("tril", true), ("triu", false)] {
            method(t, "\(name)(diagonal=0)") { interp, x, b in
                let k = try b.optional("diagonal").map { try interp.toInt($0) } ?? 0
                guard x.data.ndim >= 2 else { throw PyError(BuiltinTypes.runtimeError, "\(name): input tensor must have at least 2 dimensions") }
                let (rows, cols) = (x.data.shape[x.data.ndim - 2], x.data.shape[x.data.ndim - 1])
                let keep = try NDArray.tri(rows, cols, k: lower ? k : k - 1, dtype: .bool)
                let mask = lower ? keep : try NDArray.unary(.logicalNot, keep)
                return wrapLike(x, try Variable.select(mask, x.variable, Variable(NDArray.zeros([], dtype: x.data.dtype))))
            }
        }
        method(t, "index_select(dim, index)") { interp, x, b in
            let axis = try Shape.normalizeAxis(try interp.toInt(b["dim"] ?? .int(0)), ndim: max(x.data.ndim, 1))
            var items = [IndexItem](repeating: .all, count: axis)
            items.append(.array(try TorchBridge.tensor(b["index"] ?? .none).data.astype(.int64)))
            return wrapLike(x, try x.variable.index(items))
        }
        method(t, "masked_select(mask)") { _, x, b in
            let mask = try TorchBridge.tensor(b["mask"] ?? .none).data.astype(.bool)
            let shape = try Shape.broadcast(x.data.shape, mask.shape)
            return wrapLike(x, try x.variable.expand(shape).index([.array(try mask.broadcast(to: shape))]))
        }
        method(t, "nonzero(*, as_tuple=False)") { interp, x, b in
            let parts = try x.data.nonzero()
            if try TorchBridge.bool(b["as_tuple"], interp) { return .tuple(parts.map { TorchBridge.wrap($0) }) }
            return TorchBridge.wrap(try NDArray.stack(parts, axis: 1))
        }
        method(t, "count_nonzero(dim=None)") { interp, x, b in
            TorchBridge.wrap(try (x.data .!= NDArray.pythonScalar(0)).astype(.int64).sum(axes: try TorchBridge.dims(b["dim"], interp)))
        }
        method(t, "take(index)") { _, x, b in
            wrapLike(x, try x.variable.flatten().index([.array(try TorchBridge.tensor(b["index"] ?? .none).data.astype(.int64))]))
        }
        method(t, "diag(diagonal=0)") { interp, x, b in
            let k = try b.optional("diagonal").map { try interp.toInt($0) } ?? 0
            return TorchBridge.wrap(try x.data.diag(k), dtype: x.dtypeName)
        }
        method(t, "tile(dims)") { interp, x, b in
            var reps = try TorchBridge.shape([b["dims"] ?? .none], interp)
            if reps.count < x.data.ndim { reps = [Int](repeating: 1, count: x.data.ndim - reps.count) + reps }
            return wrapLike(x, try x.variable.repeated(reps))
        }
        method(t, "unflatten(dim, sizes)") { interp, x, b in
            let dim = try Shape.normalizeAxis(try interp.toInt(b["dim"] ?? .int(0)), ndim: x.data.ndim)
            var sizes = try TorchBridge.shape([b["sizes"] ?? .none], interp)
            if let i = sizes.firstIndex(of: -1) { sizes[i] = x.data.shape[dim] / max(1, sizes.filter { $0 != -1 }.reduce(1, *)) }
            return wrapLike(x, try x.variable.reshape(Array(x.data.shape[..<dim]) + sizes + Array(x.data.shape[(dim + 1)...])))
        }
        method(t, "storage_offset()") { _, x, _ in .int(x.data.offset) }
        method(t, "type_as(other)") { _, x, b in try convert(x, try TorchBridge.tensor(b["other"] ?? .none).dtypeName) }
        method(t, "fliplr()") { _, x, _ in
            guard x.data.ndim >= 2 else { throw PyError(BuiltinTypes.runtimeError, "Input must be >= 2-d.") }
            return wrapLike(x, try x.variable.flip([1]))
        }
        method(t, "flipud()") { _, x, _ in
            guard x.data.ndim >= 1 else { throw PyError(BuiltinTypes.runtimeError, "Input must be >= 1-d.") }
            return wrapLike(x, try x.variable.flip([0]))
        }
        method(t, "rot90(k=1, dims=[0, 1])") { interp, x, b in
            let dims = try TorchBridge.dims(b["dims"], interp) ?? [0, 1]
            guard dims.count == 2, x.data.ndim >= 2 else {
                throw PyError(BuiltinTypes.runtimeError, "expected total rotation dims == 2, but got dims = \(dims.count)")
            }
            let k = ((try interp.toInt(b["k"] ?? .int(1))) % 4 + 4) % 4
            var v = x.variable
            // One quarter turn from dims[0] towards dims[1] is a flip of dims[1], then a transpose.
            for _ in 0..<k { v = try v.flip([dims[1]]).transpose(dims[0], dims[1]) }
            return wrapLike(x, k == 0 ? try v.clone() : v)
        }
        method(t, "moveaxis(source, destination)") { interp, x, b in
            try interp.callMethod(.object(x), Symbol("movedim"), Arguments([b["source"] ?? .none, b["destination"] ?? .none]))
        }
        method(t, "movedim(source, destination)") { interp, x, b in
            let src = try TorchBridge.dims(b["source"], interp) ?? [], dst = try TorchBridge.dims(b["destination"], interp) ?? []
            let n = x.data.ndim
            let s = try src.map { try Shape.normalizeAxis($0, ndim: n) }, d = try dst.map { try Shape.normalizeAxis($0, ndim: n) }
            var order = (0..<n).filter { !s.contains($0) }
            for (i, target) in d.enumerated().sorted(by: { $0.element < $1.element }) { order.insert(s[i], at: target) }
            return wrapLike(x, try x.variable.permute(order))
        }
        for name in ["swapaxes", "swapdims"] {
            method(t, "\(name)(axis0, axis1)") { interp, x, b in
                wrapLike(x, try x.variable.transpose(try interp.toInt(b["axis0"] ?? .int(0)), try interp.toInt(b["axis1"] ?? .int(1))))
            }
        }
        method(t, "roll(shifts, dims=None)") { interp, x, b in
            let shifts = try TorchBridge.dims(b["shifts"], interp) ?? [0]
            guard let dims = try TorchBridge.dims(b["dims"], interp) else {
                return TorchBridge.wrap(try x.data.roll(shifts[0], axis: nil), dtype: x.dtypeName)
            }
            var a = x.data
            for (s, d) in zip(shifts, dims) { a = try a.roll(s, axis: d) }
            return TorchBridge.wrap(a, dtype: x.dtypeName)
        }
        method(t, "diff(n=1, dim=-1)") { interp, x, b in
            let dim = try Shape.normalizeAxis(try b.optional("dim").map { try interp.toInt($0) } ?? -1, ndim: x.data.ndim)
            var v = x.variable
            for _ in 0..<(try b.optional("n").map { try interp.toInt($0) } ?? 1) {
                let len = v.shape[dim]
                var hi = [IndexItem](repeating: .all, count: dim), lo = hi
                hi.append(.slice(start: 1, stop: len, step: 1)); lo.append(.slice(start: 0, stop: len - 1, step: 1))
                v = try Variable.sub(v.index(hi), v.index(lo))
            }
            return wrapLike(x, v)
        }
        method(t, "gather(dim, index)") { interp, x, b in
            let index = try TorchBridge.tensor(b["index"] ?? .none).data
            return wrapLike(x, try x.variable.gather(dim: try interp.toInt(b["dim"] ?? .int(0)), index: index))
        }
        t.define("__getitem__") { interp, args in
            let x = try TorchBridge.tensor(try args[0])
            let items = try indexItems(try args[1], interp)
            try checkMasks(items, shape: x.data.shape)
            return TorchBridge.wrap(try TorchBridge.call { try x.variable.index(items) }, dtype: x.dtypeName)
        }
        t.define("__setitem__") { interp, args in
            let x = try TorchBridge.tensor(try args[0])
            let items = try indexItems(try args[1], interp)
            let value = try args[2]
            let source: NDArray
            if case .object(let o) = value, let v = o as? PyTorchTensor { source = v.data } else {
                source = try TorchBridge.array(from: value, dtype: x.dtypeName, interp).0
            }
            try checkInPlace(x)
            try TorchBridge.call { try x.data.setItem(items, source.astype(x.data.dtype)) }
            x.variable.markModified()
            return .none
        }
    }

    /// torch checks a bool mask against the dims it covers before indexing, in its own words.
    static func checkMasks(_ items: [IndexItem], shape: [Int]) throws {
        var dim = 0
        for item in items {
            switch item {
            case .ellipsis: return
            case .newAxis: continue
            case .array(let a) where a.dtype == .bool:
                for (k, size) in a.shape.enumerated() where dim + k < shape.count && shape[dim + k] != size {
                    throw PyError.index("The shape of the mask [\(a.shape.map(String.init).joined(separator: ", "))] at index \(k) does not match the shape of the indexed tensor [\(shape.map(String.init).joined(separator: ", "))] at index \(dim + k)")
                }
                dim += a.ndim
            default: dim += 1
            }
        }
    }

    /// Index items of `x[...]`: tensors become int64 or bool index arrays.
    static func indexItems(_ v: Value, _ interp: Interpreter) throws -> [IndexItem] {
        func item(_ v: Value) throws -> IndexItem {
            if case .object(let o) = v, let t = o as? PyTorchTensor {
                if t.data.ndim == 0 && t.dtypeName != .bool {
                    guard !t.dtypeName.isFloatingPoint else {
                        throw PyError.index("tensors used as indices must be long, int, byte or bool tensors")
                    }
                    return .int(Int(try t.data.item().asDouble))
                }
                guard !t.dtypeName.isFloatingPoint else { throw PyError.index("tensors used as indices must be long, int, byte or bool tensors") }
                return .array(t.data)
            }
            return try NumPyBridge.indexItem(v, interp)
        }
        if case .object(let o) = v, let t = o as? PyTuple { return try t.items.map(item) }
        return [try item(v)]
    }
}
