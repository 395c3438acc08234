import Language

/// The modules of the notebook experience written in Cellgrad Python: `IPython.display`,
/// `tqdm`, and `cellgrad` (live training plots, metrics, the autograd graph). They sit on the
/// native `_cellgrad` helpers and compile on first import; `CELLGRAD_LIBRARY_DIR` overrides
/// them as it does the standard library (see ``PythonLibrary``).
enum CellgradLibrary {
    static let modules: [(name: String, source: String)] = [
        ("IPython.display", iPythonDisplay),
        ("cellgrad.callbacks", cellgradCallbacks),
        ("cellgrad.metrics", cellgradMetrics),
        ("cellgrad", cellgrad),
        ("cellgrad.tables", cellgradTables),
        ("tqdm.auto", tqdmAuto),
        ("tqdm.autonotebook", tqdmAutonotebook),
        ("tqdm.notebook", tqdmNotebook),
        ("tqdm", tqdm),
    ]

    static func register(into interp: Interpreter) {
        PythonLibrary.register(modules, into: interp)
    }
}
