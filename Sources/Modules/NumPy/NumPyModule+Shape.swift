import Language
import Tensor

/// Shape manipulation, joining, splitting, sorting.
extension NumPyModule {
    static func arrays(_ v: Value, _ interp: Interpreter) throws -> [NDArray] {
        try interp.iterateToArray(v).map { try NumPyBridge.toArray($0, dtype: nil, interp) }
    }

    static func installShape(_ m: PyModule) {
        func arr(_ b: BoundArguments, _ name: String, _ interp: Interpreter) throws -> NDArray {
            try NumPyBridge.toArray(b[name] ?? .none, dtype: nil, interp)
        }
        function(m, "reshape(a, newshape=None, order='C', *, shape=None)") { interp, b in
            guard let s = b.optional("shape") ?? b.optional("newshape") else { throw PyError.type("reshape() missing the new shape") }
            return NumPyBridge.wrapArray(try NDArrayMethodTable.reshape(try arr(b, "a", interp), try NumPyBridge.shape(s, interp),
                                                                        order: try b["order"].map { try interp.toStringValue($0) } ?? "C"))
        }
        function(m, "ravel(a, order='C')") { interp, b in NumPyBridge.wrapArray(try arr(b, "a", interp).ravel()) }
        function(m, "transpose(a, axes=None)") { interp, b in
            NumPyBridge.wrapArray(try arr(b, "a", interp).transpose(try b.optional("axes").map { try NumPyBridge.shape($0, interp) }))
        }
        function(m, "swapaxes(a, axis1, axis2)") { interp, b in
            NumPyBridge.wrapArray(try arr(b, "a", interp).swapaxes(try interp.toInt(b["axis1"] ?? .none), try interp.toInt(b["axis2"] ?? .none)))
        }
        function(m, "moveaxis(a, source, destination)") { interp, b in
            NumPyBridge.wrapArray(try arr(b, "a", interp).moveaxis(try NumPyBridge.shape(b["source"] ?? .none, interp),
                                                                   try NumPyBridge.shape(b["destination"] ?? .none, interp)))
        }
        function(m, "expand_dims(a, axis)") { interp, b in
            NumPyBridge.wrapArray(try arr(b, "a", interp).expandDims(try NumPyBridge.shape(b["axis"] ?? .none, interp)))
        }
        function(m, "squeeze(a, axis=None)") { interp, b in
            NumPyBridge.wrapArray(try arr(b, "a", interp).squeeze(try NumPyBridge.axes(b["axis"], interp)))
        }
        function(m, "broadcast_to(array, shape)") { interp, b in
            NumPyBridge.wrapArray(try arr(b, "array", interp).broadcast(to: try NumPyBridge.shape(b["shape"] ?? .none, interp)))
        }
        function(m, "atleast_2d(a)") { interp, b in NumPyBridge.wrapArray(try arr(b, "a", interp).atLeast2D()) }
        function(m, "concatenate(arrays, axis=0, out=None, dtype=None)") { interp, b in
            let axis = try b["axis"].map { $0.isNone ? nil : try interp.toInt($0) } ?? 0
            let parts = try interp.iterateToArray(b["arrays"] ?? .none).map { try NumPyBridge.anyArray($0, interp) }
            if parts.contains(where: { if case .text = $0 { return true }; return false }) {
                let texts = try parts.map { part -> StringArray in
                    switch part {
                    case .text(let s): return s
                    case .numeric(let a): return try StringArray(formatting: a)
                    }
                }
                return try NumPyBridge.wrap(try StringArray.concatenate(texts, axis: axis))
            }
            let numeric = parts.compactMap { part -> NDArray? in if case .numeric(let a) = part { return a }; return nil }
            return NumPyBridge.wrapArray(try NDArray.concatenate(numeric, axis: axis))
        }
        function(m, "stack(arrays, axis=0)") { interp, b in
            NumPyBridge.wrapArray(try NDArray.stack(try arrays(b["arrays"] ?? .none, interp), axis: try b["axis"].map { try interp.toInt($0) } ?? 0))
        }
        for (name, f) in [("vstack", NDArray.vstack), ("hstack", NDArray.hstack), ("dstack", NDArray.dstack),
                          ("column_stack", NDArray.columnStack), ("row_stack", NDArray.vstack)] as [(String, ([NDArray]) throws -> NDArray)] {
            function(m, "\(name)(tup)") { interp, b in NumPyBridge.wrapArray(try f(try arrays(b["tup"] ?? .none, interp))) }
        }
        for name in ["split", "array_split"] {
            function(m, "\(name)(ary, indices_or_sections, axis=0)") { interp, b in
                let a = try arr(b, "ary", interp)
                let axis = try b["axis"].map { try interp.toInt($0) } ?? 0
                let spec = b["indices_or_sections"] ?? .none
                let parts: [NDArray]
                if case .object(let o) = spec, o is PyList || o is PyTuple || o is PyNDArray {
                    parts = try a.split(indices: try NumPyBridge.toArray(spec, dtype: .int64, interp).elements(as: Int64.self).map { Int($0) }, axis: axis)
                } else if name == "split" {
                    parts = try a.split(sections: try interp.toInt(spec), axis: axis)
                } else {
                    parts = try a.arraySplit(sections: try interp.toInt(spec), axis: axis)
                }
                return .list(parts.map { NumPyBridge.wrapArray($0) })
            }
        }
        function(m, "tile(A, reps)") { interp, b in NumPyBridge.wrapArray(try arr(b, "A", interp).tile(try NumPyBridge.shape(b["reps"] ?? .none, interp))) }
        function(m, "repeat(a, repeats, axis=None)") { interp, b in
            if case .text(let s) = try NumPyBridge.anyArray(b["a"] ?? .none, interp) {
                return try NumPyBridge.wrap(try s.repeat(try NumPyBridge.shape(b["repeats"] ?? .none, interp),
                                                         axis: try b.optional("axis").map { try interp.toInt($0) }))
            }
            return NumPyBridge.wrapArray(try arr(b, "a", interp).repeat(try NumPyBridge.shape(b["repeats"] ?? .none, interp),
                                                                 axis: try b.optional("axis").map { try interp.toInt($0) }))
        }
        function(m, "flip(m, axis=None)") { interp, b in NumPyBridge.wrapArray(try arr(b, "m", interp).flip(try NumPyBridge.axes(b["axis"], interp))) }
        function(m, "fliplr(m)") { interp, b in NumPyBridge.wrapArray(try arr(b, "m", interp).flip([1])) }
        function(m, "flipud(m)") { interp, b in NumPyBridge.wrapArray(try arr(b, "m", interp).flip([0])) }
        function(m, "roll(a, shift, axis=None)") { interp, b in
            NumPyBridge.wrapArray(try arr(b, "a", interp).roll(try interp.toInt(b["shift"] ?? .none), axis: try b.optional("axis").map { try interp.toInt($0) }))
        }
        function(m, "pad(array, pad_width, mode='constant', constant_values=0)") { interp, b in
            let a = try arr(b, "array", interp)
            let spec = try NumPyBridge.toArray(b["pad_width"] ?? .none, dtype: .int64, interp)
            let flat = spec.elements(as: Int64.self).map { Int($0) }
            var widths: [(Int, Int)]
            switch (spec.ndim, flat.count) {
            case (0, 1): widths = Array(repeating: (flat[0], flat[0]), count: a.ndim)
            case (1, 1): widths = Array(repeating: (flat[0], flat[0]), count: a.ndim)
            case (1, 2): widths = Array(repeating: (flat[0], flat[1]), count: a.ndim)
            case (2, _) where spec.shape[0] == 1: widths = Array(repeating: (flat[0], flat[1]), count: a.ndim)
            case (2, _) where spec.shape[0] == a.ndim: widths = (0..<a.ndim).map { (flat[2 * $0], flat[2 * $0 + 1]) }
            default: throw PyError.value("operands could not be broadcast together with remapped shapes [original->remapped]: \(ArrayFormatter.pythonTuple(spec.shape))  and requested shape (\(a.ndim),2)")
            }
            let mode = try b["mode"].map { try interp.toStringValue($0) } ?? "constant"
            let c = NumPyBridge.scalar(b["constant_values"] ?? .int(0)) ?? .int(0)
            return NumPyBridge.wrapArray(try a.pad(widths, mode: mode, constant: c))
        }
        function(m, "sort(a, axis=-1, kind=None)") { interp, b in
            let axis = try sortAxis(b, interp)
            switch try NumPyBridge.anyArray(b["a"] ?? .none, interp) {
            case .numeric(let a): return NumPyBridge.wrapArray(try a.sorted(axis: axis))
            case .text(let s): return try NumPyBridge.wrap(try s.sorted(axis: axis))
            }
        }
        function(m, "argsort(a, axis=-1, kind=None)") { interp, b in
            let axis = try sortAxis(b, interp)
            switch try NumPyBridge.anyArray(b["a"] ?? .none, interp) {
            case .numeric(let a): return NumPyBridge.wrapArray(try a.argsort(axis: axis))
            case .text(let s): return NumPyBridge.wrapArray(try s.argsort(axis: axis))
            }
        }
        function(m, "unique(ar, return_index=False, return_inverse=False, return_counts=False, axis=None)") { interp, b in
            let axis = try b.optional("axis").map { try interp.toInt($0) }
            let u: (values: Value, indices: NDArray, inverse: NDArray, counts: NDArray)
            switch try NumPyBridge.anyArray(b["ar"] ?? .none, interp) {
            case .numeric(let a):
                let r = try axis.map { try a.uniqueSlices(axis: $0) } ?? a.unique()
                u = (NumPyBridge.wrapArray(r.values), r.indices, r.inverse, r.counts)
            case .text(let s):
                if axis != nil { throw PyError.notImplemented("unique(axis=...) of string arrays is not supported") }
                let r = try s.unique()
                u = (.object(PyStringArray(r.values)), r.indices, r.inverse, r.counts)
            }
            var out = [u.values]
            if try b["return_index"].map({ try interp.isTruthy($0) }) ?? false { out.append(NumPyBridge.wrapArray(u.indices)) }
            if try b["return_inverse"].map({ try interp.isTruthy($0) }) ?? false { out.append(NumPyBridge.wrapArray(u.inverse)) }
            if try b["return_counts"].map({ try interp.isTruthy($0) }) ?? false { out.append(NumPyBridge.wrapArray(u.counts)) }
            return out.count == 1 ? out[0] : .tuple(out)
        }
        function(m, "searchsorted(a, v, side='left')") { interp, b in
            let side = try b["side"].map { try interp.toStringValue($0) } ?? "left"
            return NumPyBridge.wrap(try arr(b, "a", interp).searchsorted(try NumPyBridge.toArray(b["v"] ?? .none, dtype: nil, interp), right: side == "right"))
        }
        function(m, "nonzero(a)") { interp, b in .tuple(try arr(b, "a", interp).nonzero().map { NumPyBridge.wrapArray($0) }) }
        function(m, "argwhere(a)") { interp, b in NumPyBridge.wrapArray(try arr(b, "a", interp).argwhere()) }
        function(m, "take(a, indices, axis=None)") { interp, b in
            NumPyBridge.wrap(try arr(b, "a", interp).take(try NumPyBridge.toArray(b["indices"] ?? .none, dtype: .int64, interp),
                                                          axis: try b.optional("axis").map { try interp.toInt($0) }))
        }
        function(m, "shape(a)") { interp, b in .tuple(try arr(b, "a", interp).shape.map { .int($0) }) }
        function(m, "ndim(a)") { interp, b in .int(try arr(b, "a", interp).ndim) }
        function(m, "size(a)") { interp, b in .int(try arr(b, "a", interp).size) }
    }
}
