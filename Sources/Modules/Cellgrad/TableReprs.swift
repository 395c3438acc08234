import Language

/// Gives the Keras History and torch modules a `_repr_html_` (a table in a notebook, beside
/// their usual text), drawn by the Python-written `cellgrad.tables`.
enum TableReprs {
    static func install() { _ = installed }

    private static let installed: Void = {
        delegate(KerasCallbacks.history, to: "history_html")
        delegate(NNModuleMethods.moduleType, to: "module_html")
    }()

    private static func delegate(_ type: PyType, to function: String) {
        type.define("_repr_html_") { interp, args in
            let tables = try interp.importModule("cellgrad.tables")
            guard let f = tables[function] else { return .none }
            return try interp.call(f, Arguments([try args[0]]))
        }
    }
}
