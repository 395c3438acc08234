import Language
import Tensor

/// Module-level reductions: np.sum(a, axis=…) and friends.
extension NumPyModule {
    static func installReductions(_ m: PyModule) {
        let names = ["sum", "prod", "max", "min", "amax", "amin", "all", "any", "mean", "std", "var", "argmax", "argmin",
                     "cumsum", "cumprod"]
        for name in names {
            let methodName = name == "amax" ? "max" : (name == "amin" ? "min" : name)
            m.define(name) { interp, args in
                guard let first = args.positional.first else {
                    throw PyError.type("\(name)() missing 1 required positional argument: 'a'")
                }
                let a = try NumPyBridge.toArray(first, dtype: nil, interp)
                let rest = Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
                return try interp.callMethod(NumPyBridge.wrapArray(a), Symbol(methodName), rest)
            }
        }
        function(m, "median(a, axis=None, keepdims=False)") { interp, b in
            NumPyBridge.wrap(try NumPyBridge.toArray(b["a"] ?? .none, dtype: nil, interp)
                .median(axis: try b.optional("axis").map { try interp.toInt($0) }, keepdims: try b["keepdims"].map { try interp.isTruthy($0) } ?? false))
        }
        function(m, "average(a, axis=None, weights=None)") { interp, b in
            let a = try NumPyBridge.toArray(b["a"] ?? .none, dtype: nil, interp)
            let axes = try NumPyBridge.axes(b["axis"], interp)
            guard let wv = b.optional("weights") else { return NumPyBridge.wrap(try a.mean(axes: axes)) }
            let w = try NumPyBridge.toArray(wv, dtype: nil, interp)
            let num = try NDArray.binary(.multiply, a, w).sum(axes: axes)
            let den = try (w.shape == a.shape ? w : w.broadcast(to: a.shape)).sum(axes: axes)
            return NumPyBridge.wrap(try NDArray.binary(.trueDivide, num, den))
        }
        function(m, "ptp(a, axis=None)") { interp, b in
            let a = try NumPyBridge.toArray(b["a"] ?? .none, dtype: nil, interp)
            let axes = try NumPyBridge.axes(b["axis"], interp)
            return NumPyBridge.wrap(try NDArray.binary(.subtract, a.reduce(.max, axes: axes), a.reduce(.min, axes: axes)))
        }
    }
}
