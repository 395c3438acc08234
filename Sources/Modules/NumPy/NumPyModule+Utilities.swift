import Language
import Tensor

/// Calculus, polynomials, convolution and array editing: trapezoid, gradient, convolve,
/// polyfit/polyval, heaviside, isin, delete, insert, rot90.
extension NumPyModule {
    static func installUtilities(_ m: PyModule) {
        func arr(_ b: BoundArguments, _ name: String, _ interp: Interpreter) throws -> NDArray {
            try NumPyBridge.toArray(b[name] ?? .none, dtype: nil, interp)
        }
        function(m, "trapezoid(y, x=None, dx=1.0, axis=-1)",
                 doc: "trapezoid(y, x=None, dx=1.0, axis=-1)\n\nIntegrates y along an axis by the trapezoidal rule, at sample points x (or spacing dx).\n\n>>> np.trapezoid([1, 2, 3])\nnp.float64(4.0)") { interp, b in
            NumPyBridge.wrap(try NDArray.trapezoid(try arr(b, "y", interp), x: try b.optional("x").map { try NumPyBridge.toArray($0, dtype: nil, interp) },
                                                   dx: try b["dx"].map { try interp.toDouble($0) } ?? 1,
                                                   axis: try b["axis"].map { try interp.toInt($0) } ?? -1))
        }
        function(m, "gradient(f, *varargs, axis=None, edge_order=1)",
                 doc: "gradient(f, *varargs, axis=None, edge_order=1)\n\nThe derivative estimate of sampled values: central differences inside, one-sided at the ends. varargs give the spacing: one scalar, or one scalar or coordinate array per axis. A 1-D input (or one axis) gives one array, otherwise a tuple, one per axis.\n\n>>> np.gradient([1, 4, 9, 16])\narray([3., 4., 6., 7.])") { interp, b in
            let f = try arr(b, "f", interp)
            let axes: [Int]
            if let given = try NumPyBridge.axes(b["axis"], interp) {
                axes = try given.map { try Shape.normalizeAxis($0, ndim: f.ndim) }
            } else {
                axes = Array(0..<f.ndim)
            }
            let spacing = try b.extraPositional.map { v -> GradientSpacing in
                let s = try NumPyBridge.toArray(v, dtype: .float64, interp)
                if s.ndim == 0 { return .uniform(s.doubles[0]) }
                guard s.ndim == 1 else { throw PyError.value("distances must be either scalars or 1d") }
                return .coordinates(s.doubles)
            }
            guard spacing.isEmpty || spacing.count == 1 || spacing.count == axes.count else {
                throw PyError.type("invalid number of arguments")
            }
            let edgeOrder = try b["edge_order"].map { try interp.toInt($0) } ?? 1
            let results = try axes.enumerated().map { i, axis in
                try f.gradient(axis: axis, spacing: spacing.isEmpty ? .uniform(1) : spacing[spacing.count == 1 ? 0 : i], edgeOrder: edgeOrder)
            }
            return results.count == 1 ? NumPyBridge.wrapArray(results[0]) : .tuple(results.map { NumPyBridge.wrapArray($0) })
        }
        function(m, "convolve(a, v, mode='full')",
                 doc: "convolve(a, v, mode='full')\n\nThe discrete linear convolution of two 1-D sequences; mode 'full' (every overlap), 'same' (the longer input's length) or 'valid' (complete overlaps).\n\n>>> np.convolve([1, 2, 3], [0, 1, 0.5])\narray([0. , 1. , 2.5, 4. , 1.5])") { interp, b in
            NumPyBridge.wrapArray(try NDArray.convolve(try arr(b, "a", interp), try arr(b, "v", interp),
                                                       mode: try b["mode"].map { try interp.toStringValue($0) } ?? "full"))
        }
        function(m, "polyfit(x, y, deg, rcond=None, full=False, w=None, cov=False)",
                 doc: "polyfit(x, y, deg, rcond=None)\n\nLeast-squares polynomial fit: the coefficients of the degree-`deg` polynomial nearest to the points (x, y), highest power first.\n\n>>> np.polyfit([0, 1, 2, 3], [1, 3, 5, 7], 1)\narray([2., 1.])") { interp, b in
            for option in ["w"] where b.optional(option) != nil { throw PyError.notImplemented("polyfit(\(option)=...) is not supported") }
            if try b["full"].map({ try interp.isTruthy($0) }) ?? false { throw PyError.notImplemented("polyfit(full=True) is not supported") }
            if try b["cov"].map({ try interp.isTruthy($0) }) ?? false { throw PyError.notImplemented("polyfit(cov=True) is not supported") }
            return NumPyBridge.wrapArray(try NDArray.polyfit(try arr(b, "x", interp), try arr(b, "y", interp),
                                                             degree: try interp.toInt(b["deg"] ?? .none),
                                                             rcond: try b.optional("rcond").map { try interp.toDouble($0) }))
        }
        function(m, "polyval(p, x)",
                 doc: "polyval(p, x)\n\nThe polynomial with coefficients p (highest power first) evaluated at x, by Horner's rule.\n\n>>> np.polyval([3, 0, 1], 5)\nnp.int64(76)") { interp, b in
            NumPyBridge.wrap(try NDArray.polyval(try arr(b, "p", interp), try arr(b, "x", interp)))
        }
        function(m, "heaviside(x1, x2, /, out=None, *, where=True, dtype=None)",
                 doc: "heaviside(x1, x2)\n\nThe Heaviside step function: 0 where x1 < 0, x2 where x1 == 0, 1 where x1 > 0.\n\n>>> np.heaviside([-1.5, 0, 2.0], 0.5)\narray([0. , 0.5, 1. ])") { interp, b in
            try NumPyBridge.deliver(try NDArray.heaviside(try NumPyBridge.operand(b.value(0) ?? .none, interp),
                                                          try NumPyBridge.operand(b.value(1) ?? .none, interp)), out: b["out"])
        }
        function(m, "isin(element, test_elements, assume_unique=False, invert=False, *, kind=None)",
                 doc: "isin(element, test_elements, invert=False)\n\nA boolean array shaped like `element`: True where the value is among test_elements.\n\n>>> np.isin([1, 2, 3], [2, 5])\narray([False,  True, False])") { interp, b in
            NumPyBridge.wrapArray(try arr(b, "element", interp).isin(try arr(b, "test_elements", interp),
                                                                      invert: try b["invert"].map { try interp.isTruthy($0) } ?? false))
        }
        function(m, "delete(arr, obj, axis=None)",
                 doc: "delete(arr, obj, axis=None)\n\nA new array without the entries at index/indices/slice `obj` along `axis` (the flattened array when axis is None).\n\n>>> np.delete([1, 2, 3, 4], [0, 2])\narray([2, 4])") { interp, b in
            let a = try arr(b, "arr", interp)
            let axis = try b.optional("axis").map { try interp.toInt($0) }
            let length = axis == nil ? a.size : a.shape[try Shape.normalizeAxis(axis ?? 0, ndim: a.ndim)]
            return NumPyBridge.wrapArray(try a.deleting(try positions(b["obj"] ?? .none, length: length, interp).indices, axis: axis))
        }
        function(m, "insert(arr, obj, values, axis=None)",
                 doc: "insert(arr, obj, values, axis=None)\n\nA new array with `values` inserted before index/indices `obj` along `axis` (the flattened array when axis is None).\n\n>>> np.insert([1, 2, 3], 1, 9)\narray([1, 9, 2, 3])") { interp, b in
            let a = try arr(b, "arr", interp)
            let axis = try b.optional("axis").map { try interp.toInt($0) }
            let length = axis == nil ? a.size : a.shape[try Shape.normalizeAxis(axis ?? 0, ndim: a.ndim)]
            let (indices, scalar) = try positions(b["obj"] ?? .none, length: length, interp)
            return NumPyBridge.wrapArray(try a.inserting(indices, scalarIndex: scalar, values: try arr(b, "values", interp), axis: axis))
        }
        function(m, "rot90(m, k=1, axes=(0, 1))",
                 doc: "rot90(m, k=1, axes=(0, 1))\n\nThe array rotated by 90 degrees k times, from the first axis towards the second (a view).\n\n>>> np.rot90([[1, 2], [3, 4]])\narray([[2, 4],\n       [1, 3]])") { interp, b in
            let axes = try b.optional("axes").map { try NumPyBridge.shape($0, interp) } ?? [0, 1]
            guard axes.count == 2 else { throw PyError.value("len(axes) must be 2.") }
            return NumPyBridge.wrapArray(try arr(b, "m", interp).rot90(try b["k"].map { try interp.toInt($0) } ?? 1, axes: (axes[0], axes[1])))
        }
    }

    /// The `obj` of delete/insert: an int (`scalar`), a slice over `0..<length`, or a sequence.
    static func positions(_ obj: Value, length: Int, _ interp: Interpreter) throws -> (indices: [Int], scalar: Bool) {
        if case .object(let o) = obj, let s = o as? PySlice {
            return (Array(try s.positions(length: length, interp)), false)
        }
        let a = try NumPyBridge.toArray(obj, dtype: nil, interp)
        if a.dtype == .bool { throw PyError.notImplemented("boolean obj for delete/insert is not supported; use an index array") }
        guard a.dtype.kind == .integer || a.size == 0 else { throw PyError.index("arrays used as indices must be of integer (or boolean) type") }
        return (a.elements(as: Int64.self).map { Int($0) }, a.ndim == 0)
    }
}
