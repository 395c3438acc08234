import Language
import Tensor

/// ndarray methods that mirror module functions: reductions, reshaping, conversion.
enum NDArrayMethodTable {
    typealias Body = (Interpreter, NDArray, BoundArguments) throws -> Value

    static func method(_ t: PyType, _ signature: String, _ body: @escaping Body) {
        let sig = Signature(signature)
        t.define(sig.functionName) { interp, args in
            let a = try NumPyBridge.array(args.receiver)
            let bound = try sig.bind(args, skipReceiver: true)
            return try NumPyBridge.call { try body(interp, a, bound) }
        }
    }

    static func keepdims(_ b: BoundArguments, _ interp: Interpreter) throws -> Bool {
        try b["keepdims"].map { try interp.isTruthy($0) } ?? false
    }

    static func singleAxis(_ b: BoundArguments, _ interp: Interpreter) throws -> Int? {
        try b.optional("axis").map { try interp.toInt($0) }
    }

    /// Reductions with NumPy's dtype= and out=None handling.
    static func reduction(_ t: PyType, _ name: String, _ op: @escaping (NDArray, [Int]?, Bool) throws -> NDArray) {
        method(t, "\(name)(axis=None, dtype=None, out=None, keepdims=False, ddof=0, initial=None, where=None)") { interp, a, b in
            if b.optional("out") != nil { throw PyError.notImplemented("out= is not supported in Cellgrad's numpy") }
            var x = a
            if let d = try NumPyBridge.dtype(b["dtype"]) { x = try x.astype(d) }
            return NumPyBridge.wrap(try op(x, try NumPyBridge.axes(b["axis"], interp), try keepdims(b, interp)))
        }
    }

    /// Reshape in C or Fortran order; F order is C order on the reversed axes.
    static func reshape(_ a: NDArray, _ shape: [Int], order: String) throws -> NDArray {
        switch order {
        case "C", "A", "K": return try a.reshape(shape)
        case "F": return try a.T.flatten().reshape(shape.reversed()).T
        default: throw PyError.value("order must be one of 'C', 'F', 'A', or 'K' (got '\(order)')")
        }
    }

    static func install(_ t: PyType) {
        reduction(t, "sum") { a, axes, k in try a.sum(axes: axes, keepdims: k) }
        reduction(t, "prod") { a, axes, k in try a.reduce(.prod, axes: axes, keepdims: k) }
        reduction(t, "max") { a, axes, k in try a.reduce(.max, axes: axes, keepdims: k) }
        reduction(t, "min") { a, axes, k in try a.reduce(.min, axes: axes, keepdims: k) }
        reduction(t, "all") { a, axes, k in try a.reduce(.all, axes: axes, keepdims: k) }
        reduction(t, "any") { a, axes, k in try a.reduce(.any, axes: axes, keepdims: k) }
        reduction(t, "mean") { a, axes, k in try a.mean(axes: axes, keepdims: k) }
        for name in ["std", "var"] {
            method(t, "\(name)(axis=None, dtype=None, out=None, ddof=0, keepdims=False)") { interp, a, b in
                let ddof = try b["ddof"].map { try interp.toInt($0) } ?? 0
                let axes = try NumPyBridge.axes(b["axis"], interp)
                let k = try keepdims(b, interp)
                return NumPyBridge.wrap(name == "std" ? try a.std(axes: axes, ddof: ddof, keepdims: k)
                                                      : try a.variance(axes: axes, ddof: ddof, keepdims: k))
            }
        }
        method(t, "argmax(axis=None, out=None, *, keepdims=False)") { interp, a, b in
            NumPyBridge.wrap(try a.argmax(axis: try singleAxis(b, interp), keepdims: try keepdims(b, interp)))
        }
        method(t, "argmin(axis=None, out=None, *, keepdims=False)") { interp, a, b in
            NumPyBridge.wrap(try a.argmin(axis: try singleAxis(b, interp), keepdims: try keepdims(b, interp)))
        }
        method(t, "cumsum(axis=None, dtype=None, out=None)") { interp, a, b in NumPyBridge.wrap(try a.cumsum(axis: try singleAxis(b, interp))) }
        method(t, "cumprod(axis=None, dtype=None, out=None)") { interp, a, b in NumPyBridge.wrap(try a.cumprod(axis: try singleAxis(b, interp))) }
        method(t, "astype(dtype, order='K', casting='unsafe', subok=True, copy=True)") { _, a, b in
            if let width = NumPyBridge.stringDType(b["dtype"]) {
                let text = try StringArray(formatting: a)
                return try NumPyBridge.wrap(width.map { try StringArray(strings: text.strings, shape: text.shape, width: $0) } ?? text)
            }
            guard let d = try NumPyBridge.dtype(b["dtype"]) else { throw PyError.type("astype() needs a dtype") }
            return NumPyBridge.wrapArray(try a.astype(d))
        }
        method(t, "copy(order='C')") { _, a, _ in NumPyBridge.wrapArray(try a.copy()) }
        method(t, "tolist()") { _, a, _ in NumPyBridge.python(a.toNested()) }
        method(t, "item(*args)") { interp, a, b in
            var index = b.extraPositional
            if index.count == 1, case .object(let o) = index[0], let tuple = o as? PyTuple { index = tuple.items }
            if index.count > 1 {
                guard index.count == a.ndim else { throw PyError.value("incorrect number of indices for array") }
                let items = try index.map { IndexItem.int(try interp.toInt($0)) }
                return NumPyBridge.python(try a.getItem(items).item())
            }
            if let i = index.first { return NumPyBridge.python(try a.item(try interp.toInt(i))) }
            return NumPyBridge.python(try a.item())
        }
        method(t, "fill(value)") { _, a, b in
            guard let s = NumPyBridge.scalar(b["value"] ?? .int(0)) else { throw PyError.type("fill() needs a number") }
            a.fill(s)
            return .none
        }
        method(t, "reshape(*shape, order='C')") { interp, a, b in
            var shape: [Int] = []
            if b.extraPositional.count == 1 { shape = try NumPyBridge.shape(b.extraPositional[0], interp) } else {
                shape = try b.extraPositional.map { try interp.toInt($0) }
            }
            return NumPyBridge.wrapArray(try reshape(a, shape, order: try b["order"].map { try interp.toStringValue($0) } ?? "C"))
        }
        method(t, "flatten(order='C')") { _, a, _ in NumPyBridge.wrapArray(try a.flatten()) }
        method(t, "ravel(order='C')") { _, a, _ in NumPyBridge.wrapArray(try a.ravel()) }
        method(t, "transpose(*axes)") { interp, a, b in
            var axes: [Int]? = nil
            if b.extraPositional.count == 1, !b.extraPositional[0].isNone { axes = try NumPyBridge.shape(b.extraPositional[0], interp) } else if b.extraPositional.count > 1 {
                axes = try b.extraPositional.map { try interp.toInt($0) }
            }
            return NumPyBridge.wrapArray(try a.transpose(axes))
        }
        method(t, "swapaxes(axis1, axis2)") { interp, a, b in
            NumPyBridge.wrapArray(try a.swapaxes(try interp.toInt(b["axis1"] ?? .int(0)), try interp.toInt(b["axis2"] ?? .int(0))))
        }
        method(t, "squeeze(axis=None)") { interp, a, b in NumPyBridge.wrapArray(try a.squeeze(try NumPyBridge.axes(b["axis"], interp))) }
        method(t, "round(decimals=0, out=None)") { interp, a, b in
            NumPyBridge.wrap(try NDArray.round(a, decimals: try b["decimals"].map { try interp.toInt($0) } ?? 0))
        }
        method(t, "clip(min=None, max=None, out=None)") { interp, a, b in
            let lo = try b.optional("min").map { try NumPyBridge.operand($0, interp) }
            let hi = try b.optional("max").map { try NumPyBridge.operand($0, interp) }
            return NumPyBridge.wrap(try NDArray.clip(a, lo, hi))
        }
        method(t, "dot(b, out=None)") { interp, a, b in NumPyBridge.wrap(try NDArray.dot(a, try NumPyBridge.operand(b["b"] ?? .none, interp))) }
        method(t, "sort(axis=-1, kind=None, order=None)") { interp, a, b in
            let axis = try b["axis"].map { $0.isNone ? nil : try interp.toInt($0) } ?? -1
            let s = try a.sorted(axis: axis)
            try a.setItem([.ellipsis], s)
            return .none
        }
        method(t, "argsort(axis=-1, kind=None, order=None)") { interp, a, b in
            let axis = try b["axis"].map { $0.isNone ? nil : try interp.toInt($0) } ?? -1
            return NumPyBridge.wrapArray(try a.argsort(axis: axis))
        }
        method(t, "nonzero()") { _, a, _ in .tuple(try a.nonzero().map { NumPyBridge.wrapArray($0) }) }
        method(t, "repeat(repeats, axis=None)") { interp, a, b in
            let reps = try NumPyBridge.shape(b["repeats"] ?? .int(1), interp)
            return NumPyBridge.wrapArray(try a.repeat(reps, axis: try singleAxis(b, interp)))
        }
        method(t, "diagonal(offset=0)") { interp, a, b in NumPyBridge.wrapArray(try a.diagonal(try b["offset"].map { try interp.toInt($0) } ?? 0)) }
        method(t, "trace(offset=0)") { interp, a, b in NumPyBridge.wrap(try a.trace(try b["offset"].map { try interp.toInt($0) } ?? 0)) }
        method(t, "take(indices, axis=None)") { interp, a, b in
            NumPyBridge.wrap(try a.take(try NumPyBridge.toArray(b["indices"] ?? .none, dtype: .int64, interp), axis: try singleAxis(b, interp)))
        }
        method(t, "view(dtype=None)") { _, a, b in
            if b.optional("dtype") != nil { throw PyError.notImplemented("view(dtype) reinterpretation is not supported; use astype") }
            return NumPyBridge.wrapArray(a)
        }
    }
}
