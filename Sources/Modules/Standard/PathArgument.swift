import Language

/// A path argument as CPython's `os.fspath` reads it: a str, or an object with `__fspath__`.
enum PathArgument {
    /// The path's text, or nil when `v` is not path-like (each caller words its own TypeError).
    static func string(_ v: Value, _ interp: Interpreter) throws -> String? {
        if let s = v.asString { return s }
        guard let fspath = v.type.lookup(Symbol("__fspath__")) else { return nil }
        return try interp.toStringValue(interp.call(fspath, Arguments([v])))
    }
}
