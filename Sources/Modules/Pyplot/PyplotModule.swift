import Language
import Plot

/// `import matplotlib.pyplot as plt`: the state-machine interface over the current figure and
/// Axes. Functions that draw forward to `plt.gca().<method>`; figures are shown as PNG when the
/// cell ends (or at `plt.show()`) and then closed, as matplotlib-inline does.
///
///     plt.plot(epochs, loss, 'b', label='Training loss')
///     plt.title('Training and validation loss'); plt.legend()
///     plt.show()
enum PyplotModule {
    /// Registers `matplotlib`, `matplotlib.pyplot`, `matplotlib.cm` and `matplotlib.style`,
    /// sharing one pyplot state.
    static func register(into interp: Interpreter) {
        let state = PyplotState()
        interp.registerModule("matplotlib", { try MatplotlibModule.make($0, state) })
        interp.registerModule("matplotlib.pyplot", { try make($0, state) })
        interp.registerModule("matplotlib.cm", { _ in MatplotlibModule.makeCM() })
        interp.registerModule("matplotlib.style", { _ in MatplotlibModule.makeStyle() })
    }

    /// Pyplot functions that call the current Axes' method of the same (or the given) name.
    static let forwarded: [(String, String)] = [
        ("plot", "plot"), ("scatter", "scatter"), ("bar", "bar"), ("barh", "barh"), ("hist", "hist"),
        ("imshow", "imshow"), ("contour", "contour"), ("contourf", "contourf"), ("fill_between", "fill_between"),
        ("axhline", "axhline"), ("axvline", "axvline"), ("errorbar", "errorbar"), ("pie", "pie"), ("text", "text"),
        ("annotate", "annotate"), ("legend", "legend"), ("grid", "grid"), ("title", "set_title"),
        ("xlabel", "set_xlabel"), ("ylabel", "set_ylabel"), ("xscale", "set_xscale"), ("yscale", "set_yscale"),
        ("axis", "axis"), ("tick_params", "tick_params"), ("margins", "margins"), ("cla", "cla"),
        ("semilogx", "semilogx"), ("semilogy", "semilogy"), ("loglog", "loglog"), ("step", "step"), ("clabel", "clabel"),
    ]

    static func make(_ interp: Interpreter, _ state: PyplotState) throws -> PyModule {
        let m = PyModule(name: "matplotlib.pyplot", doc: "matplotlib.pyplot for Cellgrad: figures drawn by the Plot library, shown inline as PNG.")
        if !state.hookInstalled {
            state.hookInstalled = true
            interp.cellEndHooks.append { interp in try state.showAll(interp) }
        }
        func gca(_ interp: Interpreter) throws -> PyAxes { try state.currentFigure(interp).gca() }
        for (name, method) in forwarded {
            m.define(name) { interp, args in
                try AxesMethods.call(interp, try gca(interp), method, args)
            }
        }
        for axis in ["x", "y"] {
            m.define("\(axis)lim") { interp, args in
                let ax = try gca(interp)
                if args.positional.isEmpty && args.keywords.isEmpty { return try AxesMethods.call(interp, ax, "get_\(axis)lim", args) }
                return try AxesMethods.call(interp, ax, "set_\(axis)lim", args)
            }
            let ticks = Signature("\(axis)ticks(ticks=None, labels=None, *, minor=False, **kwargs)")
            m.define("\(axis)ticks") { interp, args in
                let a = try ticks.bind(args)
                let ax = try gca(interp)
                let isX = axis == "x"
                if let t = a.optional("ticks") {
                    var forwarded = Arguments([t], keywords: a.extraKeywords)
                    if let l = a.optional("labels") { forwarded.keywords.append((Symbol("labels"), l)) }
                    if let minor = a.optional("minor") { forwarded.keywords.append((Symbol("minor"), minor)) }
                    _ = try AxesMethods.call(interp, ax, "set_\(axis)ticks", forwarded)
                } else if a.optional("labels") != nil {
                    throw PyError.type("xticks(): Parameter 'labels' can't be set without setting 'ticks'")
                } else {
                    try PlotValues.bridge { try AxesMethods.applyTickKeywords(interp, ax.axes, isX: isX, a.extraKeywords) }
                }
                return .tuple([try AxesMethods.call(interp, ax, "get_\(axis)ticks", Arguments()),
                               try AxesMethods.call(interp, ax, "get_\(axis)ticklabels", Arguments())])
            }
        }
        let figureSignature = Signature("figure(num=None, figsize=None, dpi=None, *, facecolor=None, edgecolor=None, frameon=True, FigureClass=None, clear=False, **kwargs)")
        m.define("figure", doc: "figure(num=None, figsize=None, dpi=None, *, facecolor=None, edgecolor=None, frameon=True, FigureClass=None, clear=False, **kwargs)\n\nCreates a new figure (figsize in inches), or activates the existing one with number or label num.") { interp, args in
            .object(try figure(interp, state, try figureSignature.bind(args)))
        }
        let subplotsSignature = Signature("subplots(nrows=1, ncols=1, *, sharex=False, sharey=False, squeeze=True, width_ratios=None, height_ratios=None, subplot_kw=None, gridspec_kw=None, **fig_kw)")
        m.define("subplots", doc: "subplots(nrows=1, ncols=1, *, sharex=False, sharey=False, squeeze=True, width_ratios=None, height_ratios=None, subplot_kw=None, gridspec_kw=None, **fig_kw)\n\nCreates a figure and a grid of Axes; returns (fig, ax) with ax an Axes or an array of them.") { interp, args in
            let a = try subplotsSignature.bind(args)
            var gridArgs = Arguments()
            for (i, p) in a.signature.parameters.enumerated() {
                if let v = a.values[i] { gridArgs.keywords.append((p.symbol, v)) }
            }
            // Refuse unsupported grid options before a figure exists, so none is left behind.
            try FigureMethods.checkSubplotsOptions(interp, try FigureMethods.subplotsSignature.bind(gridArgs))
            let fig = try figure(interp, state, try figureSignature.bind(Arguments([], keywords: a.extraKeywords)))
            let axes = try interp.callMethod(.object(fig), Symbol("subplots"), gridArgs)
            return .tuple([.object(fig), axes])
        }
        m.define("subplot", doc: "subplot(nrows, ncols, index, **kwargs)\n\nAdds (or selects) the Axes at index (counting from 1) of an nrows x ncols grid in the current figure: subplot(2, 1, 1).") { interp, args in
            let fig = try state.currentFigure(interp)
            let ax = try PlotValues.bridge { try FigureMethods.addSubplot(interp, fig, args.positional, reuse: true) }
            try AxesMethods.setProperties(interp, ax, try FigureMethods.axesKeywords(interp, args.keywords))
            return .object(ax)
        }
        m.define("gcf", doc: "gcf()\n\nThe current figure (created if there is none).") { interp, _ in .object(try state.currentFigure(interp)) }
        m.define("gca", doc: "gca()\n\nThe current Axes of the current figure (created if there is none).") { interp, _ in .object(try gca(interp)) }
        m.define("sca", doc: "sca(ax)\n\nMakes ax the current Axes, and its figure the current figure.") { _, args in
            guard args.count == 1, let ax = try args[0].asObject as? PyAxes else { throw PyError.type("sca() takes one Axes") }
            state.activate(ax.figure)
            ax.figure.setCurrent(ax.axes)
            return .none
        }
        m.define("gci", doc: "gci()\n\nThe current image-like artist (the last imshow, pcolormesh, contourf ...), for colorbar; None if there is none.") { interp, _ in
            guard let fig = state.currentIfAny, let mp = fig.currentMappable else { return .none }
            _ = interp
            return .object(PyPlotArtist(mp.artist, axes: fig.wrap(mp.axes), type: PyplotTypes.axesImage))
        }
        m.define("close", doc: "close(fig=None)\n\nCloses a figure: the current one, a Figure, a number, a label, or 'all'.") { interp, args in
            try close(interp, state, args)
            return .none
        }
        m.define("clf", doc: "clf()\n\nClears the current figure.") { interp, _ in
            try state.currentFigure(interp).clear()
            return .none
        }
        m.define("show", doc: "show(*, block=None)\n\nShows the open figures as PNG output now and closes them (the cell's end does this too).") { interp, args in
            if let k = args.keywords.first(where: { $0.name.name != "block" }) {
                throw PyError.type("show() got an unexpected keyword argument '\(k.name.name)'")
            }
            try state.showAll(interp)
            return .none
        }
        for (name, method) in [("savefig", "savefig"), ("tight_layout", "tight_layout"), ("suptitle", "suptitle"),
                               ("subplots_adjust", "subplots_adjust")] {
            m.define(name) { interp, args in
                try interp.callMethod(.object(try state.currentFigure(interp)), Symbol(method), args)
            }
        }
        let colorbarSignature = Signature("colorbar(mappable=None, cax=None, ax=None, **kwargs)")
        m.define("colorbar", doc: "colorbar(mappable=None, cax=None, ax=None, **kwargs)\n\nAdds a colour bar for an image or contour set (the current one by default).") { interp, args in
            let a = try colorbarSignature.bind(args)
            var fig = try state.currentFigure(interp)
            if let art = a.optional("mappable")?.asObject as? PyPlotArtist { fig = art.axes.figure }
            return try PlotValues.bridge { try FigureMethods.colorbar(interp, fig, mappable: a.optional("mappable"), a) }
        }
        m.define("twinx", doc: "twinx(ax=None)\n\nA second Axes sharing the x axis of ax (the current Axes), with its y axis on the right.") { interp, args in
            let ax = try args.positional.first.flatMap { $0.asObject as? PyAxes } ?? gca(interp)
            return try AxesMethods.call(interp, ax, "twinx", Arguments())
        }
        m.define("get_fignums", doc: "get_fignums()\n\nThe numbers of the open figures, as a list.") { _, _ in .list(state.figures.map { .int($0.number) }) }
        m.define("fignum_exists", doc: "fignum_exists(num)\n\nTrue when a figure with number (or label) num is open.") { interp, args in
            guard args.count == 1 else { throw PyError.type("fignum_exists() takes 1 positional argument") }
            if let s = try args[0].asString { return .bool(state.figure(label: s) != nil) }
            return .bool(state.figure(number: try interp.toInt(args[0])) != nil)
        }
        for name in ["ion", "ioff", "draw", "pause", "draw_if_interactive"] {
            m.define(name) { _, _ in .none }  // inline figures: nothing to redraw interactively
        }
        m.define("isinteractive", doc: "isinteractive()\n\nWhether interactive mode is on: always False for inline figures.") { _, _ in .bool(false) }
        m.define("get_cmap") { interp, args in try MatplotlibModule.getCmap(interp, args) }
        m.define("colormaps", doc: "colormaps()\n\nThe names of the available colormaps, as a list.") { _, _ in .list(Colormap.availableNames.map { .str($0) }) }
        for name in AxesMethods.unsupported + ["figtext", "imsave", "imread", "polar", "matshow", "figlegend", "subplot2grid", "subplot_mosaic"] {
            m.define(name) { _, _ in
                throw PyError.notImplemented("plt.\(name)() is not supported by Cellgrad's matplotlib yet")
            }
        }
        m.define("rc") { interp, args in try MatplotlibModule.rc(interp, state, args) }
        m["rcParams"] = .object(state.rcParams)
        m["cm"] = .object(try interp.importModule("matplotlib.cm"))
        m["style"] = .object(try interp.importModule("matplotlib.style"))
        m["Figure"] = .object(PyplotTypes.figure)
        m["Axes"] = .object(PyplotTypes.axes)
        m.document(PyplotDocs.pyplot)
        return m
    }

    /// `plt.figure(num, figsize, dpi, facecolor, clear, tight_layout=…, layout=…)`.
    static func figure(_ interp: Interpreter, _ state: PyplotState, _ a: BoundArguments) throws -> PyFigure {
        var existing: PyFigure?
        var number: Int?
        var label: String?
        if let num = a.optional("num") {
            switch num {
            case .object(let o as PyFigure): existing = o
            case .object(let o) where o is PyStr:
                label = (o as? PyStr)?.value
                existing = state.figure(label: label ?? "")
            default:
                let n = try interp.toInt(num)
                guard n >= 1 else { throw PyError.value("figure number must be >= 1, got \(n)") }
                number = n
                existing = state.figure(number: n)
            }
        }
        if let fig = existing {
            state.activate(fig)
            if let c = a.optional("clear"), try interp.isTruthy(c) { fig.clear() }
            return fig
        }
        if let fc = a.optional("FigureClass"), !(fc.asObject === PyplotTypes.figure) {
            throw PyError.notImplemented("custom FigureClass is not supported")
        }
        var size: (Double, Double)?
        if let fs = a.optional("figsize") {
            let v = try PlotData.vector(interp, fs, name: "figsize")
            guard v.count == 2 else { throw PyError.value("figsize must be a pair (width, height) in inches, got \(v.count) values") }
            size = (v[0], v[1])
        }
        let dpi = try PlotData.optionalScalar(interp, a.optional("dpi"), name: "dpi")
        let face = try a.optional("facecolor").map { try PlotValues.color(interp, $0, property: "facecolor") }
        var tight = false
        for (name, v) in a.extraKeywords {
            switch name.name {
            case "tight_layout", "constrained_layout":
                tight = try interp.isTruthy(v)
            case "layout":
                guard v.isNone || ["tight", "constrained", "compressed", "none"].contains(v.asString ?? "") else {
                    throw PyError.value("Invalid value for 'layout': \(Formatter.repr(v))")
                }
                tight = v.asString == "tight" || v.asString == "constrained" || v.asString == "compressed"
            case "linewidth", "figwidth", "figheight", "subplotpars", "canvas":
                throw PyError.notImplemented("figure(\(name.name)=...) is not supported")
            default:
                var message = "Figure.set() got an unexpected keyword argument '\(name.name)'"
                if let near = closestName(name.name, among: ["figsize", "dpi", "facecolor", "edgecolor", "frameon", "clear", "tight_layout", "layout", "num"]) {
                    message += ". Did you mean: '\(near)'?"
                }
                throw PyError.attribute(message)
            }
        }
        let fig = try state.newFigure(interp, number: number, size: size, dpi: dpi, facecolor: face)
        fig.dpiGiven = a.optional("dpi")
        if let label { fig.label = label }
        if tight { fig.figure.tightLayout() }
        return fig
    }

    /// `plt.close()`, `plt.close('all')`, `plt.close(fig)`, `plt.close(2)`, `plt.close('name')`.
    static func close(_ interp: Interpreter, _ state: PyplotState, _ args: Arguments) throws {
        guard args.count <= 1 else { throw PyError.type("close() takes 0 or 1 positional arguments but \(args.count) were given") }
        let target = args.count == 1 ? try args[0] : (args.keyword("fig") ?? .none)
        switch target {
        case .none:
            if let c = state.currentIfAny { state.close(c) }
        case .object(let o as PyFigure):
            state.close(o)
        case .object(let o as PyStr):
            if o.value == "all" { state.closeAll() } else if let f = state.figure(label: o.value) { state.close(f) }
        case .int, .bool:
            if let f = state.figure(number: try interp.toInt(target)) { state.close(f) }
        default:
            throw PyError.type("close() argument must be a Figure, an int, a string, or None, not \(target.typeName)")
        }
    }
}
