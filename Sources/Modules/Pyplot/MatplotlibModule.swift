import Language
import Plot

/// `import matplotlib`: `use()`, `rcParams`, `__version__`, `colormaps`, and the `cm` and
/// `style` submodules.
enum MatplotlibModule {
    /// The matplotlib version whose API and defaults the binding mirrors.
    static let version = "3.11.2"

    static func make(_ interp: Interpreter, _ state: PyplotState) throws -> PyModule {
        let m = PyModule(name: "matplotlib", doc: "matplotlib for Cellgrad: the pyplot API over the Plot library.")
        m["__version__"] = .str(version)
        m["rcParams"] = .object(state.rcParams)
        m.define("use") { _, args in
            guard args.count >= 1, try args[0].asString != nil else { throw PyError.type("use() missing 1 required positional argument: 'backend'") }
            return .none  // figures are always drawn by Cellgrad and shown inline
        }
        m.define("get_backend") { _, _ in .str("module://matplotlib_inline.backend_inline") }
        m.define("rc") { interp, args in try rc(interp, state, args) }
        m.define("rcdefaults") { _, _ in
            let fresh = PyplotState().rcParams
            for (k, v) in fresh.entries { state.rcParams[HashKey.string(k.asString ?? "")] = v }
            return .none
        }
        let colormaps = PyDict()
        for name in Colormap.availableNames {
            for n in [name, name + "_r"] {
                if let c = try? Colormap.named(n) { colormaps[HashKey.string(n)] = .object(PyColormap(c)) }
            }
        }
        m["colormaps"] = .object(colormaps)
        return m
    }

    /// `matplotlib.rc('figure', figsize=(8, 4))`: sets `rcParams['figure.figsize']`.
    static func rc(_ interp: Interpreter, _ state: PyplotState, _ args: Arguments) throws -> Value {
        guard args.count == 1, let group = try args[0].asString else {
            throw PyError.type("rc() takes a group name such as 'figure' and keyword values")
        }
        for (name, v) in args.keywords {
            state.rcParams[HashKey.string("\(group).\(name.name)")] = v
        }
        return .none
    }

    /// `matplotlib.cm` / `plt.cm`: every colormap as an attribute (`plt.cm.Blues`), and
    /// `get_cmap`.
    static func makeCM() -> PyModule {
        let m = PyModule(name: "matplotlib.cm", doc: "Colormaps.")
        for name in Colormap.availableNames {
            for n in [name, name + "_r"] {
                if let c = try? Colormap.named(n) { m[n] = .object(PyColormap(c)) }
            }
        }
        m.define("get_cmap") { interp, args in try getCmap(interp, args) }
        return m
    }

    /// `plt.get_cmap('viridis')`, `plt.get_cmap('Blues', 10)` (the count is not supported).
    static func getCmap(_ interp: Interpreter, _ args: Arguments) throws -> Value {
        let name = args.count > 0 ? try args[0] : (args.keyword("name") ?? .str("viridis"))
        if args.count > 1 || args.keyword("lut") != nil {
            let lut = args.count > 1 ? try args[1] : (args.keyword("lut") ?? .none)
            if !lut.isNone { throw PyError.notImplemented("resampled colormaps (lut=...) are not supported") }
        }
        if case .object(let o) = name, o is PyColormap { return name }
        guard let n = try PlotValues.cmapName(interp, name.isNone ? .str("viridis") : name) else { return .none }
        return .object(PyColormap(try PlotValues.bridge { try Colormap.named(n) }))
    }

    /// `plt.style.use('default')`; other style sheets are not available.
    static func makeStyle() -> PyModule {
        let m = PyModule(name: "matplotlib.style", doc: "Style sheets (only matplotlib's default style).")
        m["available"] = .list([.str("default")])
        m.define("use") { interp, args in
            guard args.count == 1 else { throw PyError.type("use() takes 1 positional argument but \(args.count) were given") }
            let styles: [Value] = try args[0].asString != nil ? [try args[0]] : try interp.iterateToArray(args[0])
            for s in styles {
                guard let name = s.asString else { throw PyError.notImplemented("style dictionaries are not supported") }
                if name != "default" {
                    throw PyError.notImplemented("style '\(name)' is not available in Cellgrad; figures use matplotlib's default style")
                }
            }
            return .none
        }
        return m
    }
}
