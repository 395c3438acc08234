import Language

/// `_main`: the names a script or the notebook's cells defined, read by pickle to find a
/// class pickled from `__main__` (Cellgrad has no `__main__` module object).
enum MainNamespace {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "_main", doc: "Lookups in the notebook's (or script's) global namespace.")
        m.define("lookup") { interp, args in
            let name = try interp.toStringValue(args.count > 0 ? args[0] : .none)
            guard let value = interp.globals.get(Symbol(name)) else {
                throw PyError.attribute("Can't get attribute '\(name)' on <module '__main__'>")
            }
            return value
        }
        return m
    }
}
