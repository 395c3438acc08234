import Language
import Tensor

extension NumPyModule {
    /// `np.array(v, dtype)` when the result is text: a string dtype was asked for, or the data
    /// holds strings and no numeric dtype was asked for. `nil` for numeric results.
    static func textArray(_ v: Value, dtype: Value?, _ interp: Interpreter) throws -> StringArray? {
        if let width = NumPyBridge.stringDType(dtype) {
            let text = try NumPyBridge.textArray(v, interp)
            if let width { return try StringArray(strings: text.strings, shape: text.shape, width: width) }
            // Python numbers given with dtype=str take the width of their text (an array keeps
            // its dtype's width: '<U21' for int64), as NumPy's discovery does.
            if case .object(let o) = v, o is PyNDArray || o is PyNumPyScalar || o is PyStringArray { return text }
            return try StringArray(strings: text.strings, shape: text.shape)
        }
        if let dtype, !dtype.isNone { return nil }
        if case .object(let o) = v, o is PyNDArray || o is PyNumPyScalar { return nil }
        if NumPyBridge.scalar(v) != nil { return nil }
        if case .text(let s) = try NumPyBridge.anyArray(v, interp) { return s }
        return nil
    }

    static func installCreation(_ m: PyModule) {
        function(m, "array(object, dtype=None, *, copy=True, order='K', ndmin=0)") { interp, b in
            if let text = try textArray(b["object"] ?? .none, dtype: b["dtype"], interp) {
                let ndmin = try b["ndmin"].map { try interp.toInt($0) } ?? 0
                let s = text.ndim < ndmin ? try text.reshape(Array(repeating: 1, count: ndmin - text.ndim) + text.shape) : try text.copy()
                return .object(PyStringArray(s))
            }
            var a = try NumPyBridge.toArray(b["object"] ?? .none, dtype: try NumPyBridge.dtype(b["dtype"]), interp)
            if try b["copy"].map({ try interp.isTruthy($0) }) ?? true, case .object(let o)? = b["object"], o is PyNDArray {
                a = try a.copy()
            }
            let ndmin = try b["ndmin"].map { try interp.toInt($0) } ?? 0
            if a.ndim < ndmin { a = try a.reshape(Array(repeating: 1, count: ndmin - a.ndim) + a.shape) }
            return NumPyBridge.wrapArray(a)
        }
        for name in ["asarray", "asanyarray", "ascontiguousarray"] {
            function(m, "\(name)(a, dtype=None, order=None)") { interp, b in
                // An array of the requested dtype is returned as it is, not copied.
                if case .object(let o)? = b["a"], o is PyStringArray, b.optional("dtype") == nil { return b["a"] ?? Value.none }
                if let text = try textArray(b["a"] ?? .none, dtype: b["dtype"], interp) { return .object(PyStringArray(text)) }
                if case .object(let o)? = b["a"], let existing = o as? PyNDArray {
                    let d = try NumPyBridge.dtype(b["dtype"])
                    if d == nil || d == existing.array.dtype { return b["a"] ?? Value.none }
                }
                return NumPyBridge.wrapArray(try NumPyBridge.toArray(b["a"] ?? .none, dtype: try NumPyBridge.dtype(b["dtype"]), interp))
            }
        }
        for (name, make) in [("zeros", NDArray.zeros), ("ones", NDArray.ones), ("empty", NDArray.zeros)] as [(String, ([Int], DType) throws -> NDArray)] {
            function(m, "\(name)(shape, dtype=float, order='C')") { interp, b in
                NumPyBridge.wrapArray(try make(try NumPyBridge.shape(b["shape"] ?? .none, interp), try NumPyBridge.dtype(b["dtype"]) ?? .float64))
            }
            function(m, "\(name)_like(a, dtype=None, order='K', subok=True, shape=None)") { interp, b in
                let like = try NumPyBridge.toArray(b["a"] ?? .none, dtype: nil, interp)
                let shape = try b.optional("shape").map { try NumPyBridge.shape($0, interp) } ?? like.shape
                return NumPyBridge.wrapArray(try make(shape, try NumPyBridge.dtype(b["dtype"]) ?? like.dtype))
            }
        }
        function(m, "full(shape, fill_value, dtype=None, order='C')") { interp, b in
            guard let v = NumPyBridge.scalar(b["fill_value"] ?? .none) else { throw PyError.type("fill_value must be a number") }
            return NumPyBridge.wrapArray(try NDArray.full(try NumPyBridge.shape(b["shape"] ?? .none, interp), v, dtype: try NumPyBridge.dtype(b["dtype"])))
        }
        function(m, "full_like(a, fill_value, dtype=None)") { interp, b in
            guard let v = NumPyBridge.scalar(b["fill_value"] ?? .none) else { throw PyError.type("fill_value must be a number") }
            let like = try NumPyBridge.toArray(b["a"] ?? .none, dtype: nil, interp)
            return NumPyBridge.wrapArray(try NDArray.fullLike(like, v, dtype: try NumPyBridge.dtype(b["dtype"])))
        }
        function(m, "arange(start, stop=None, step=None, dtype=None)") { interp, b in
            guard let first = NumPyBridge.scalar(b["start"] ?? .none) else { throw PyError.type("arange() requires numbers") }
            let dtype = try NumPyBridge.dtype(b["dtype"])
            var a: NDArray
            if let stop = b.optional("stop") {
                guard let s = NumPyBridge.scalar(stop) else { throw PyError.type("arange() requires numbers") }
                let step = try b.optional("step").map { v -> ScalarValue in
                    guard let x = NumPyBridge.scalar(v) else { throw PyError.type("arange() requires numbers") }
                    return x
                } ?? .int(1)
                a = try NDArray.arange(first, s, step, dtype: dtype)
            } else {
                a = try NDArray.arange(.int(0), first, .int(1), dtype: dtype)
            }
            return NumPyBridge.wrapArray(a)
        }
        function(m, "linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0)") { interp, b in
            let (a, step) = try NDArray.linspace(try interp.toDouble(b["start"] ?? .none), try interp.toDouble(b["stop"] ?? .none),
                                                 num: try b["num"].map { try interp.toInt($0) } ?? 50,
                                                 endpoint: try b["endpoint"].map { try interp.isTruthy($0) } ?? true)
            var result = a
            if let d = try NumPyBridge.dtype(b["dtype"]) { result = try a.astype(d) }
            if try b["retstep"].map({ try interp.isTruthy($0) }) ?? false { return .tuple([NumPyBridge.wrapArray(result), .float(step)]) }
            return NumPyBridge.wrapArray(result)
        }
        function(m, "logspace(start, stop, num=50, endpoint=True, base=10.0)") { interp, b in
            let (a, _) = try NDArray.linspace(try interp.toDouble(b["start"] ?? .none), try interp.toDouble(b["stop"] ?? .none),
                                              num: try b["num"].map { try interp.toInt($0) } ?? 50,
                                              endpoint: try b["endpoint"].map { try interp.isTruthy($0) } ?? true)
            let base = try b["base"].map { try interp.toDouble($0) } ?? 10
            return NumPyBridge.wrapArray(try NDArray.binary(.power, NDArray.pythonScalar(base), a))
        }
        function(m, "eye(N, M=None, k=0, dtype=float)") { interp, b in
            NumPyBridge.wrapArray(try NDArray.eye(try interp.toInt(b["N"] ?? .none), try b.optional("M").map { try interp.toInt($0) },
                                                  k: try b["k"].map { try interp.toInt($0) } ?? 0, dtype: try NumPyBridge.dtype(b["dtype"]) ?? .float64))
        }
        function(m, "identity(n, dtype=None)") { interp, b in
            NumPyBridge.wrapArray(try NDArray.identity(try interp.toInt(b["n"] ?? .none), dtype: try NumPyBridge.dtype(b["dtype"]) ?? .float64))
        }
        function(m, "tri(N, M=None, k=0, dtype=float)") { interp, b in
            NumPyBridge.wrapArray(try NDArray.tri(try interp.toInt(b["N"] ?? .none), try b.optional("M").map { try interp.toInt($0) },
                                                  k: try b["k"].map { try interp.toInt($0) } ?? 0, dtype: try NumPyBridge.dtype(b["dtype"]) ?? .float64))
        }
        function(m, "meshgrid(*xi, indexing='xy')") { interp, b in
            let xs = try b.extraPositional.map { try NumPyBridge.toArray($0, dtype: nil, interp) }
            let indexing = try b["indexing"].map { try interp.toStringValue($0) } ?? "xy"
            return .tuple(try NDArray.meshgrid(xs, indexing: indexing).map { NumPyBridge.wrapArray($0) })
        }
        function(m, "diag(v, k=0)") { interp, b in
            NumPyBridge.wrapArray(try NumPyBridge.toArray(b["v"] ?? .none, dtype: nil, interp).diag(try b["k"].map { try interp.toInt($0) } ?? 0))
        }
        for name in ["tril", "triu"] {
            function(m, "\(name)(m, k=0)") { interp, b in
                let a = try NumPyBridge.toArray(b["m"] ?? .none, dtype: nil, interp)
                let k = try b["k"].map { try interp.toInt($0) } ?? 0
                return NumPyBridge.wrapArray(name == "tril" ? try a.tril(k) : try a.triu(k))
            }
        }
        function(m, "copy(a)") { interp, b in NumPyBridge.wrapArray(try NumPyBridge.toArray(b["a"] ?? .none, dtype: nil, interp).copy()) }
        function(m, "set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, suppress=None, nanstr=None, infstr=None, floatmode=None, sign=None)") { interp, b in
            var o = NumPyPrinting.options
            if let v = b.optional("precision") { o.precision = try interp.toInt(v) }
            if let v = b.optional("threshold") { o.threshold = try interp.toDouble(v).isInfinite ? Int.max : try interp.toInt(v) }
            if let v = b.optional("edgeitems") { o.edgeitems = try interp.toInt(v) }
            if let v = b.optional("linewidth") { o.linewidth = try interp.toInt(v) }
            if let v = b.optional("suppress") { o.suppress = try interp.isTruthy(v) }
            if let v = b.optional("nanstr") { o.nanstr = try interp.toStringValue(v) }
            if let v = b.optional("infstr") { o.infstr = try interp.toStringValue(v) }
            if let v = b.optional("floatmode") { o.floatmode = try ArrayFormatFloatMode.named(try interp.toStringValue(v)) }
            if let v = b.optional("sign") { o.sign = try ArrayFormatSign.named(try interp.toStringValue(v)) }
            NumPyPrinting.options = o
            return .none
        }
        function(m, "get_printoptions()") { _, _ in
            let d = PyDict()
            let o = NumPyPrinting.options
            for (k, v) in [("precision", Value.int(o.precision)), ("threshold", .int(o.threshold)), ("edgeitems", .int(o.edgeitems)),
                           ("linewidth", .int(o.linewidth)), ("suppress", .bool(o.suppress))] {
                d[HashKey.string(k)] = v
            }
            return .object(d)
        }
    }
}
