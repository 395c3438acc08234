import Language

/// `IPython` (for `get_ipython()`), and the built-in `display`, which is
/// `IPython.display.display` (written in Cellgrad Python, see ``CellgradLibrary``).
enum DisplayModule {
    static func makeIPython(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "IPython", doc: "IPython compatibility for Cellgrad.")
        m.define("get_ipython") { _, _ in .none }
        return m
    }

    static let doc = "display(*objs, include=None, exclude=None, metadata=None, transient=None, display_id=None, raw=False, clear=False, **kwargs)\n\nShows each object with its richest representation (HTML, PNG, Markdown …; text/plain always); display_id=True returns a DisplayHandle whose update() redraws the output."

    nonisolated(unsafe) static let display: NativeBody = { interp, args in
        let module = try interp.importModule("IPython.display")
        guard let display = module["display"] else { throw PyError.attribute("module 'IPython.display' has no attribute 'display'") }
        return try interp.call(display, args)
    }
}
