import Language

/// `%lsmagic`'s value, IPython's `MagicsDisplay`: its repr is the listing itself, so the cell
/// shows the text as its result rather than as a quoted string.
enum MagicListing {
    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "MagicsDisplay", bases: [BuiltinTypes.object], module: "IPython.core.magics.basic")
        t.define("__repr__") { interp, args in
            .str(try interp.str(try interp.getAttribute(try args[0], Symbol("_text"))))
        }
        return t
    }()

    static func make(_ text: String) -> Value {
        let o = PyObject(type: type)
        o.setAttribute(Symbol("_text"), .str(text))
        return .object(o)
    }
}
