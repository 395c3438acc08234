import Foundation
import Language
import Plot

/// The methods of `matplotlib.figure.Figure`.
enum FigureMethods {
    static func install(_ t: PyType) {
        t.define("__repr__") { _, args in .str((args.receiver.asObject as? PyFigure)?.reprText ?? "<Figure>") }
        t.define("__str__") { _, args in
            guard let fig = args.receiver.asObject as? PyFigure else { return .str("Figure()") }
            return .str("Figure(\(PyFigure.g(fig.figure.width * fig.figure.dpi))x\(PyFigure.g(fig.figure.height * fig.figure.dpi)))")
        }
        Binding.method(t, "_repr_png_", "", as: PyFigure.self) { _, fig, _ in
            guard let png = try FigureOutput.inlinePNG(fig) else { return .none }
            return .str(Data(png).base64EncodedString())
        }
        Binding.property(t, "axes", as: PyFigure.self) { _, fig in .list(fig.figure.axes.map { .object(fig.wrap($0)) }) }
        Binding.method(t, "get_axes", "", as: PyFigure.self) { _, fig, _ in .list(fig.figure.axes.map { .object(fig.wrap($0)) }) }
        Binding.property(t, "number", as: PyFigure.self) { _, fig in .int(fig.number) }
        Binding.property(t, "transFigure", as: PyFigure.self) { _, _ in .object(PyTransform(.figure)) }
        Binding.method(t, "get_label", "", as: PyFigure.self) { _, fig, _ in .str(fig.label) }
        installSize(t)
        Binding.method(t, "set_facecolor", "color", as: PyFigure.self) { interp, fig, a in
            fig.figure.facecolor = try PlotValues.color(interp, a["color"] ?? .none); return .none
        }
        Binding.method(t, "add_subplot", "*args, **kwargs", as: PyFigure.self) { interp, fig, a in
            let ax = try addSubplot(interp, fig, a.extraPositional, reuse: false)
            try AxesMethods.setProperties(interp, ax, try axesKeywords(interp, a.extraKeywords))
            return .object(ax)
        }
        Binding.method(t, "add_axes", "rect, **kwargs", as: PyFigure.self) { interp, fig, a in
            let r = try PlotData.vector(interp, a["rect"] ?? .none, name: "rect")
            guard r.count == 4 else { throw PyError.value("add_axes() takes a rect [left, bottom, width, height]") }
            let ax = try fig.figure.addAxes(left: r[0], bottom: r[1], width: r[2], height: r[3])
            fig.setCurrent(ax)
            let w = fig.wrap(ax)
            try AxesMethods.setProperties(interp, w, try axesKeywords(interp, a.extraKeywords))
            return .object(w)
        }
        Binding.method(t, "subplots", subplotsParameters, as: PyFigure.self) { interp, fig, a in
            try subplots(interp, fig, a)
        }
        Binding.method(t, "gca", "", as: PyFigure.self) { _, fig, _ in .object(try fig.gca()) }
        Binding.method(t, "sca", "a", as: PyFigure.self) { _, fig, a in
            guard let ax = a["a"]?.asObject as? PyAxes, ax.figure === fig else { throw PyError.value("Axes must be in this figure") }
            fig.setCurrent(ax.axes)
            return .object(ax)
        }
        Binding.method(t, "delaxes", "ax", as: PyFigure.self) { _, fig, a in
            guard let ax = a["ax"]?.asObject as? PyAxes else { throw PyError.type("delaxes() takes an Axes") }
            fig.figure.removeAxes(ax.axes)
            fig.forget(ax.axes)
            return .none
        }
        for name in ["clf", "clear"] {
            Binding.method(t, name, "keep_observers=False", as: PyFigure.self) { _, fig, _ in fig.clear(); return .none }
        }
        Binding.method(t, "suptitle", "t, **kwargs", as: PyFigure.self) { interp, fig, a in
            try suptitle(interp, fig, a)
        }
        Binding.method(t, "tight_layout", "*, pad=1.08, h_pad=None, w_pad=None, rect=None", as: PyFigure.self) { interp, fig, a in
            if a.optional("rect") != nil { throw PyError.notImplemented("tight_layout(rect=...) is not supported") }
            let pad = try PlotData.optionalScalar(interp, a.optional("pad"), name: "pad") ?? Rc.tightLayoutPad
            guard pad.isFinite, pad >= 0 else { throw PyError.value("pad must be a non-negative number") }
            fig.figure.tightLayout(pad: pad)
            return .none
        }
        Binding.method(t, "subplots_adjust", "left=None, bottom=None, right=None, top=None, wspace=None, hspace=None", as: PyFigure.self) { interp, fig, a in
            func v(_ n: String) throws -> Double? { try PlotData.optionalScalar(interp, a.optional(n), name: n) }
            try fig.figure.subplotsAdjust(left: try v("left"), bottom: try v("bottom"), right: try v("right"), top: try v("top"),
                                          wspace: try v("wspace"), hspace: try v("hspace"))
            return .none
        }
        Binding.method(t, "savefig", FigureOutput.savefigSignature, as: PyFigure.self) { interp, fig, a in
            try FigureOutput.savefig(interp, fig, a)
        }
        Binding.method(t, "show", "warn=True", as: PyFigure.self) { interp, fig, _ in
            try FigureOutput.display(interp, fig)
            return .none
        }
        Binding.method(t, "colorbar", "mappable, cax=None, ax=None, use_gridspec=True, **kwargs", as: PyFigure.self) { interp, fig, a in
            try colorbar(interp, fig, mappable: a["mappable"], a)
        }
        Binding.method(t, "text", "x, y, s, fontdict=None, **kwargs", as: PyFigure.self) { _, _, _ in
            throw PyError.notImplemented("fig.text() is not supported; use ax.text(x, y, s, transform=ax.transAxes)")
        }
        Binding.method(t, "legend", "*args, **kwargs", as: PyFigure.self) { _, _, _ in
            throw PyError.notImplemented("figure legends are not supported; use ax.legend()")
        }
    }

    /// `add_subplot()`, `add_subplot(221)`, `add_subplot(2, 2, 1)`, `add_subplot(2, 3, (1, 2))`.
    static func addSubplot(_ interp: Interpreter, _ fig: PyFigure, _ args: [Value], reuse: Bool) throws -> PyAxes {
        var nrows = 1, ncols = 1, first = 1, last = 1
        switch args.count {
        case 0: break
        case 1:
            let code = try interp.toInt(args[0])
            guard (111...999).contains(code) else {
                throw PyError.value("Integer subplot specification must be a three-digit number, not \(code)")
            }
            nrows = code / 100; ncols = (code / 10) % 10; first = code % 10; last = first
        case 3:
            nrows = try interp.toInt(args[0]); ncols = try interp.toInt(args[1])
            if case .object(let o) = args[2], o is PyTuple || o is PyList {
                let span = try interp.iterateToArray(args[2]).map { try interp.toInt($0) }
                guard span.count == 2 else { throw PyError.value("subplot index must be an int or a (first, last) pair") }
                first = span[0]; last = span[1]
            } else {
                first = try interp.toInt(args[2]); last = first
            }
        default:
            throw PyError.type("add_subplot() takes 1 or 3 positional arguments but \(args.count) were given")
        }
        let ax = try fig.figure.addSubplot(nrows: nrows, ncols: ncols, first: first, last: last, reuse: reuse)
        fig.setCurrent(ax)
        return fig.wrap(ax)
    }

    /// Keywords of `add_subplot`/`subplot_kw` are Axes properties; projections are refused.
    static func axesKeywords(_ interp: Interpreter, _ kws: [(name: Symbol, value: Value)]) throws -> [(name: Symbol, value: Value)] {
        var out: [(name: Symbol, value: Value)] = []
        for (name, v) in kws {
            switch name.name {
            case "projection":
                if !v.isNone && v.asString != "rectilinear" {
                    throw PyError.notImplemented("projection=\(Formatter.repr(v)) is not supported; only 2-D rectilinear Axes are drawn")
                }
            case "polar":
                if try interp.isTruthy(v) { throw PyError.notImplemented("polar Axes are not supported") }
            case "sharex", "sharey":
                if !v.isNone { throw PyError.notImplemented("shared axes (\(name.name)=...) are not supported") }
            case "label":
                continue
            default:
                out.append((name, v))
            }
        }
        return out
    }

    static let subplotsParameters = "nrows=1, ncols=1, *, sharex=False, sharey=False, squeeze=True, width_ratios=None, height_ratios=None, subplot_kw=None, gridspec_kw=None"
    static let subplotsSignature = Signature("subplots(\(subplotsParameters))")

    /// Options of `subplots` that the library does not draw yet; checks `sharex`/`sharey`.
    static func checkSubplotsOptions(_ interp: Interpreter, _ a: BoundArguments) throws {
        for name in ["sharex", "sharey"] { _ = try share(interp, a, name) }
        for name in ["width_ratios", "height_ratios", "gridspec_kw"] where a.optional(name) != nil {
            throw PyError.notImplemented("subplots(\(name)=...) is not supported; all cells are the same size")
        }
    }

    /// `sharex=True/False/'all'/'none'/'row'/'col'`.
    static func share(_ interp: Interpreter, _ a: BoundArguments, _ name: String) throws -> Figure.Share {
        guard let v = a.optional(name) else { return .none }
        if let s = v.asString {
            guard let share = Figure.Share(rawValue: s) else {
                throw PyError.value("'\(s)' is not a valid value for \(name); supported values are 'all', 'row', 'col', 'none'")
            }
            return share
        }
        if v.asObject is PyAxes { throw PyError.notImplemented("\(name)=<Axes> is not supported in subplots(); use True, 'row' or 'col'") }
        return try interp.isTruthy(v) ? .all : .none
    }

    /// `fig.subplots(nrows, ncols, squeeze=True)` → an Axes or an Axes array.
    static func subplots(_ interp: Interpreter, _ fig: PyFigure, _ a: BoundArguments) throws -> Value {
        try checkSubplotsOptions(interp, a)
        let nrows = try a.optional("nrows").map { try interp.toInt($0) } ?? 1
        let ncols = try a.optional("ncols").map { try interp.toInt($0) } ?? 1
        guard nrows >= 1, ncols >= 1 else {
            throw PyError.value("Number of rows and columns must be a positive integer, not (\(nrows), \(ncols))")
        }
        let squeeze = try a.optional("squeeze").map { try interp.isTruthy($0) } ?? true
        var props: [(name: Symbol, value: Value)] = []
        if let kw = a.optional("subplot_kw") {
            guard case .object(let o) = kw, let d = o as? PyDict else { throw PyError.type("subplot_kw must be a dict") }
            props = try axesKeywords(interp, try d.entries.map { k, v in
                guard let s = k.asString else { throw PyError.type("subplot_kw keys must be strings") }
                return (Symbol(s), v)
            })
        }
        let grid = try fig.figure.subplots(nrows: nrows, ncols: ncols, sharex: try share(interp, a, "sharex"), sharey: try share(interp, a, "sharey"))
        let wrapped = grid.flatMap { $0 }.map { fig.wrap($0) }
        for ax in wrapped { try AxesMethods.setProperties(interp, ax, props) }
        if let first = grid.first?.first { fig.setCurrent(first) }
        if squeeze && nrows == 1 && ncols == 1, let only = wrapped.first { return .object(only) }
        let values = wrapped.map { Value.object($0) }
        if squeeze && (nrows == 1 || ncols == 1) { return .object(PyAxesArray(values, shape: [values.count])) }
        return .object(PyAxesArray(values, shape: [nrows, ncols]))
    }

    static func suptitle(_ interp: Interpreter, _ fig: PyFigure, _ a: BoundArguments) throws -> Value {
        let text = try PlotData.text(interp, a["t"] ?? .str(""))
        var kw = ArtistKeywords(a.extraKeywords, owner: .text, interp: interp)
        let size = try kw.optional("fontsize", "size").map { try PlotValues.fontSize(interp, $0) }
        let bold = try PlotValues.bold(&kw)
        for placement in ["x", "y", "ha", "horizontalalignment", "va", "verticalalignment"] {
            if try kw.optional(placement) != nil { throw PyError.notImplemented("suptitle(\(placement)=...) is not supported; it is centred at the top") }
        }
        try kw.finish()
        fig.figure.setSuptitle(text, size: size, bold: bold)
        return .object(PyText(x: .float(0.5), y: .float(0.98), text: text, apply: { [weak fig] t in
            fig?.figure.setSuptitle(t.text, size: t.fontSize)
        }))
    }

    /// `fig.colorbar(mappable, ax=None, label='', …)`: a bar beside the Axes of the artist.
    static func colorbar(_ interp: Interpreter, _ fig: PyFigure, mappable: Value?, _ a: BoundArguments) throws -> Value {
        if a.optional("cax") != nil { throw PyError.notImplemented("colorbar(cax=...) is not supported; the bar is placed beside its Axes") }
        var kw = ArtistKeywords(a.extraKeywords, owner: .colorbar, interp: interp)
        let label = try kw.string("label") ?? ""
        if let o = try kw.optional("orientation"), o.asString != "vertical" {
            throw PyError.notImplemented("horizontal colorbars are not supported yet")
        }
        for layout in ["shrink", "fraction", "pad", "aspect", "anchor", "panchor", "extend", "drawedges", "location"] {
            _ = try kw.take(layout)  // placement follows matplotlib's defaults
        }
        if try kw.optional("ticks") != nil || (try kw.optional("format")) != nil {
            throw PyError.notImplemented("colorbar ticks= and format= are not supported; use cbar.set_ticks(...)")
        }
        try kw.finish()
        let artist: Artist, parent: Axes
        if let m = mappable, !m.isNone {
            guard case .object(let o) = m, let art = o as? PyPlotArtist else {
                throw PyError.type("colorbar() needs the result of imshow, scatter (with c=values), contour or contourf, not \(m.typeName)")
            }
            artist = art.artist
            parent = art.axes.axes
        } else if let m = fig.currentMappable {
            artist = m.artist
            parent = m.axes
        } else {
            throw PyError.runtime("No mappable was found to use for colorbar creation. First define a mappable such as an image (with imshow) or a contour set (with contourf).")
        }
        var target = parent
        var group: [Axes] = []
        if let axValue = a.optional("ax"), !axValue.isNone {
            if let ax = axValue.asObject as? PyAxes {
                target = ax.axes
            } else {
                // A list, tuple or array of Axes: one bar beside all of them, as matplotlib.
                let items = try (axValue.asObject as? PyAxesArray)?.items ?? interp.iterateToArray(axValue)
                group = try items.map { v -> Axes in
                    guard let ax = v.asObject as? PyAxes else { throw PyError.type("colorbar(ax=...) must be an Axes or a list of Axes, not a list holding \(v.typeName)") }
                    return ax.axes
                }
                guard let last = group.last else { throw PyError.value("colorbar(ax=...) was given an empty list of Axes") }
                target = last
            }
        }
        let bar = try fig.figure.colorbar(for: artist, in: target, group: group, label: label)
        fig.markColorbar(bar)
        return .object(PyColorbar(bar: fig.wrap(bar)))
    }
}
