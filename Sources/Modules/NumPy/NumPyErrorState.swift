import Language
import Tensor

/// `np.seterr`, `np.geterr` and `np.errstate`: NumPy's floating-point error settings. Cellgrad's
/// kernels never print NumPy's RuntimeWarnings, so 'ignore', 'warn', 'print', 'log' and 'call'
/// behave alike; 'raise' (a FloatingPointError at the first bad operation) would need trapping
/// in every kernel and is refused with a clear NotImplementedError.
enum NumPyErrorState {
    static let categories = ["divide", "over", "under", "invalid"]
    static let modes = ["ignore", "warn", "raise", "call", "print", "log"]
    nonisolated(unsafe) static var settings: [String: String] = ["divide": "warn", "over": "warn", "under": "ignore", "invalid": "warn"]

    static func current() -> Value {
        let d = PyDict()
        for name in categories { d[HashKey.string(name)] = .str(settings[name] ?? "warn") }
        return .object(d)
    }

    /// Applies `all=` and the per-category modes; returns the previous settings as a dict.
    static func apply(_ b: BoundArguments, _ interp: Interpreter) throws -> Value {
        let previous = current()
        var next = settings
        func mode(_ v: Value) throws -> String {
            let text = try interp.toStringValue(v)
            guard modes.contains(text) else { throw PyError.value("invalid error mode '\(text)'") }
            if text == "raise" {
                throw PyError.notImplemented("floating-point error mode 'raise' is not supported in Cellgrad: its kernels do not trap division by zero, overflow or invalid values (use np.isfinite on results instead)")
            }
            return text
        }
        if let all = b.optional("all") { for name in categories { next[name] = try mode(all) } }
        for name in categories { if let v = b.optional(name) { next[name] = try mode(v) } }
        settings = next
        return previous
    }

    static let signature = "(all=None, divide=None, over=None, under=None, invalid=None)"

    /// The `np.errstate(...)` context manager: sets the modes on entry, restores them on exit.
    final class PyErrState: PyObject {
        let arguments: BoundArguments
        var saved: [String: String] = [:]
        init(_ arguments: BoundArguments) {
            self.arguments = arguments
            super.init(type: NumPyErrorState.errstateType)
        }
    }

    nonisolated(unsafe) static let errstateType: PyType = {
        let t = PyType(name: "errstate", bases: [BuiltinTypes.object], module: "numpy",
                       doc: "errstate(*, all=None, divide=None, over=None, under=None, invalid=None)\n\nA context manager for floating-point error handling: the settings apply inside the with block and are restored after it.\n\n>>> with np.errstate(divide='ignore'):\n...     r = np.log(0.0)")
        let sig = Signature("errstate(*, call=None, all=None, divide=None, over=None, under=None, invalid=None)")
        t.constructor = { _, _, args in .object(PyErrState(try sig.bind(args))) }
        t.define("__enter__") { interp, args in
            guard case .object(let o) = args.receiver, let state = o as? PyErrState else { return .none }
            state.saved = settings
            _ = try apply(state.arguments, interp)
            return .none
        }
        t.define("__exit__") { _, args in
            guard case .object(let o) = args.receiver, let state = o as? PyErrState else { return .bool(false) }
            settings = state.saved
            return .bool(false)
        }
        return t
    }()

    static func install(_ m: PyModule) {
        NumPyModule.function(m, "seterr" + signature,
                             doc: "seterr(all=None, divide=None, over=None, under=None, invalid=None)\n\nSets how floating-point errors are handled ('ignore', 'warn', 'print', 'log', 'call'); returns the previous settings.\n\n>>> old = np.seterr(divide='ignore')") { interp, b in
            try apply(b, interp)
        }
        NumPyModule.function(m, "geterr()", doc: "geterr()\n\nThe current floating-point error handling, as a dict.\n\n>>> np.geterr()\n{'divide': 'warn', 'over': 'warn', 'under': 'ignore', 'invalid': 'warn'}") { _, _ in
            current()
        }
        m["errstate"] = .object(errstateType)
    }
}
