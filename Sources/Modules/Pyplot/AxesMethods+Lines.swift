import Language
import Plot

/// `plot`, `axhline`, `axvline`, `errorbar`, `fill_between`.
extension AxesMethods {
    static func installLines(_ t: PyType) {
        Binding.method(t, "plot", "*args, scalex=True, scaley=True, data=None, **kwargs", as: PyAxes.self) { interp, ax, a in
            if a.optional("data") != nil { throw PyError.notImplemented("plot(..., data=...) is not supported; pass the arrays") }
            var kw = ArtistKeywords(a.extraKeywords, owner: .line2D, interp: interp)
            let options = try lineOptions(&kw)
            try kw.finish()
            var lines: [Value] = []
            for group in try plotGroups(a.extraPositional) {
                for (x, y) in try lineData(interp, ax.axes, group.xy) {
                    let line = try ax.axes.plot(x: x, y: y, format: group.format, options: options)
                    lines.append(.object(PyLine2D(line)))
                }
            }
            return .list(lines)
        }
        // `step` is `plot` with a step drawstyle.
        Binding.method(t, "step", "x, y, *args, where='pre', data=None, **kwargs", as: PyAxes.self) { interp, ax, a in
            let place = try a.optional("where").map { try PlotData.string($0, name: "where", function: "step") } ?? "pre"
            guard ["pre", "post", "mid"].contains(place) else {
                throw PyError.value("'\(place)' is not a valid value for where; supported values are 'pre', 'post', 'mid'")
            }
            if a.optional("data") != nil { throw PyError.notImplemented("step(..., data=...) is not supported; pass the arrays") }
            if a.extraKeywords.contains(where: { $0.name.name == "drawstyle" || $0.name.name == "ds" }) {
                throw PyError.type("step() got an unexpected keyword argument 'drawstyle'")
            }
            let positional = [a["x"] ?? .none, a["y"] ?? .none] + a.extraPositional
            var keywords = a.extraKeywords
            keywords.append((name: Symbol("drawstyle"), value: .str("steps-" + place)))
            return try interp.callMethod(.object(ax), Symbol("plot"), Arguments(positional, keywords: keywords))
        }
        // `plot` on log axes.
        for (name, logX, logY) in [("semilogx", true, false), ("semilogy", false, true), ("loglog", true, true)] {
            Binding.method(t, name, "*args, **kwargs", as: PyAxes.self) { interp, ax, a in
                let lines = try interp.callMethod(.object(ax), Symbol("plot"), Arguments(a.extraPositional, keywords: a.extraKeywords))
                if logX { ax.axes.setXScale(.log) }
                if logY { ax.axes.setYScale(.log) }
                return lines
            }
        }
        for isH in [true, false] {
            let (name, pos, lo, hi) = isH ? ("axhline", "y", "xmin", "xmax") : ("axvline", "x", "ymin", "ymax")
            Binding.method(t, name, "\(pos)=0, \(lo)=0, \(hi)=1, **kwargs", as: PyAxes.self) { interp, ax, a in
                var kw = ArtistKeywords(a.extraKeywords, owner: .line2D, interp: interp)
                let options = try lineOptions(&kw)
                try kw.finish()
                let p = try PlotData.scalar(interp, a[pos] ?? .int(0), name: pos)
                let l = try PlotData.scalar(interp, a[lo] ?? .int(0), name: lo)
                let h = try PlotData.scalar(interp, a[hi] ?? .int(1), name: hi)
                let line = isH ? try ax.axes.axhline(y: p, xmin: l, xmax: h, options: options)
                               : try ax.axes.axvline(x: p, ymin: l, ymax: h, options: options)
                return .object(PyLine2D(line))
            }
        }
        Binding.method(t, "errorbar", "x, y, yerr=None, xerr=None, fmt='', ecolor=None, elinewidth=None, capsize=None, barsabove=False, lolims=False, uplims=False, xlolims=False, xuplims=False, errorevery=1, capthick=None, *, data=None, **kwargs", as: PyAxes.self) { interp, ax, a in
            for flag in ["barsabove", "lolims", "uplims", "xlolims", "xuplims"] {
                if let v = a.optional(flag), try interp.isTruthy(v) { throw PyError.notImplemented("errorbar(\(flag)=True) is not supported") }
            }
            if a.optional("data") != nil { throw PyError.notImplemented("errorbar(..., data=...) is not supported; pass the arrays") }
            let ecolor = try a.optional("ecolor").map { try PlotValues.color(interp, $0, property: "ecolor") }
            let elinewidth = try PlotData.optionalScalar(interp, a.optional("elinewidth"), name: "elinewidth")
            let capthick = try PlotData.optionalScalar(interp, a.optional("capthick"), name: "capthick")
            if let e = a.optional("errorevery"), (try? interp.toInt(e)) != 1 { throw PyError.notImplemented("errorbar(errorevery=...) is not supported") }
            var kw = ArtistKeywords(a.extraKeywords, owner: .line2D, interp: interp)
            var options = try lineOptions(&kw)
            try kw.finish()
            let x = try PlotData.vector(interp, a["x"] ?? .none, name: "x")
            let y = try PlotData.vector(interp, a["y"] ?? .none, name: "y")
            let yerr = try a.optional("yerr").map { try errorValues(interp, $0, name: "yerr") }
            let xerr = try a.optional("xerr").map { try errorValues(interp, $0, name: "xerr") }
            var fmt = try a.optional("fmt").map { try PlotData.string($0, name: "fmt", function: "errorbar") }
            if fmt == "none" || fmt == "None" {
                fmt = nil
                options.lineStyle = LineStyle.none
            } else if fmt?.isEmpty == true { fmt = nil }
            let capsize = try PlotData.optionalScalar(interp, a.optional("capsize"), name: "capsize") ?? 0
            let line = try ax.axes.errorbar(x: x, y: y, yerr: yerr, xerr: xerr, format: fmt, capsize: capsize, barColor: ecolor,
                                            barWidth: elinewidth, capThickness: capthick, options: options)
            let container = PyTuple([.object(PyLine2D(line)), .tuple([]), .tuple([])], type: PyplotTypes.errorbarContainer)
            return .object(container)
        }
        Binding.method(t, "fill_between", "x, y1, y2=0, where=None, interpolate=False, step=None, *, data=None, **kwargs", as: PyAxes.self) { interp, ax, a in
            if a.optional("step") != nil { throw PyError.notImplemented("fill_between(step=...) is not supported") }
            if let v = a.optional("interpolate"), try interp.isTruthy(v) { throw PyError.notImplemented("fill_between(interpolate=True) is not supported") }
            var kw = ArtistKeywords(a.extraKeywords, owner: .polyCollection, interp: interp)
            let color = try kw.color("color", "facecolor", "facecolors", "fc")
            let alpha = try kw.double("alpha")
            let label = try kw.label()
            if let lw = try kw.double("linewidth", "linewidths", "lw"), lw != 0 {
                throw PyError.notImplemented("fill_between edges are not drawn; remove linewidth=\(lw)")
            }
            if let ec = try kw.optional("edgecolor", "edgecolors", "ec"), ec.asString?.lowercased() != "none" {
                throw PyError.notImplemented("fill_between edges are not drawn; remove edgecolor")
            }
            _ = try kw.take("zorder")
            try kw.finish()
            if let al = alpha, !(al >= 0 && al <= 1) { throw PyError.value("alpha (\(al)) is outside 0-1 range") }
            let x = try PlotData.vector(interp, a["x"] ?? .none, name: "x")
            var y1 = try broadcast(interp, a["y1"] ?? .none, count: x.count, name: "y1")
            let y2 = try broadcast(interp, a["y2"] ?? .int(0), count: x.count, name: "y2")
            if let w = a.optional("where") {
                let mask = try PlotData.vector(interp, w, name: "where")
                guard mask.count == x.count else {
                    throw PyError.value("where size (\(mask.count)) does not match x size (\(x.count))")
                }
                // Unselected points become gaps; the library fills each finite run.
                for i in y1.indices where mask[i] == 0 || mask[i].isNaN { y1[i] = .nan }
            }
            let art = try ax.axes.fillBetween(x: x, y1: y1, y2: y2, color: color, alpha: alpha, label: label)
            return .object(PyPlotArtist(art, axes: ax, type: PyplotTypes.fillBetween))
        }
    }

    /// `plot`'s `**kwargs` as `LineOptions` (color/c, linewidth/lw, linestyle/ls, marker,
    /// markersize/ms, markerfacecolor/mfc, markeredgecolor/mec, markeredgewidth/mew, label,
    /// alpha, zorder).
    static func lineOptions(_ kw: inout ArtistKeywords) throws -> LineOptions {
        var o = LineOptions()
        o.color = try kw.color("color", "c")
        o.lineWidth = try kw.double("linewidth", "lw")
        o.lineStyle = try kw.lineStyle("linestyle", "ls")
        o.marker = try kw.marker("marker")
        o.markerSize = try kw.double("markersize", "ms")
        o.markerFaceColor = try kw.color("markerfacecolor", "mfc")
        o.markerEdgeColor = try kw.color("markeredgecolor", "mec")
        o.markerEdgeWidth = try kw.double("markeredgewidth", "mew")
        o.label = try kw.label()
        o.alpha = try kw.double("alpha")
        o.zorder = try kw.double("zorder")
        if let name = try kw.string("drawstyle", "ds") {
            guard let style = DrawStyle(matplotlibName: name) else {
                throw PyError.value("'\(name)' is not a valid value for drawstyle; supported values are 'default', 'steps-mid', 'steps-pre', 'steps-post', 'steps'")
            }
            o.drawStyle = style
        }
        if let v = try kw.optional("visible"), try !kw.interp.isTruthy(v) {
            o.lineStyle = LineStyle.none
            o.marker = nil
            o.label = "_nolegend_"
        }
        return o
    }

    /// matplotlib's grouping of `plot(*args)`: `[x], y, [fmt]` repeated — `plot(y)`,
    /// `plot(x, y)`, `plot(y, 'r')`, `plot(x, y, 'r--', x2, y2, 'g')`.
    static func plotGroups(_ args: [Value]) throws -> [(xy: [Value], format: String?)] {
        var groups: [(xy: [Value], format: String?)] = []
        var i = 0
        while i < args.count {
            var this = Array(args[i..<min(i + 2, args.count)])
            i += this.count
            if i < args.count, args[i].asString != nil {
                this.append(args[i])
                i += 1
            }
            var format: String?
            if this.count > 1, let f = this.last?.asString {
                format = f
                this.removeLast()
            }
            if this.isEmpty || this.contains(where: { $0.asString != nil }) {
                throw PyError.value("plot() needs data: plot(y), plot(x, y) or plot(x, y, fmt); got only the string \(Formatter.repr(this.first ?? .none))")
            }
            groups.append((this, format))
        }
        return groups
    }

    /// The (x, y) columns of one group: a 2-D `y` (or `x`) draws one line per column.
    static func lineData(_ interp: Interpreter, _ axes: Axes, _ xy: [Value]) throws -> [(x: [Double]?, y: [Double])] {
        let y = try coordinates(interp, xy[xy.count - 1], name: "y", axes: axes, isX: false)
        let x = xy.count == 2 ? try coordinates(interp, xy[0], name: "x", axes: axes, isX: true) : nil
        func columns(_ a: PlotArray) throws -> [[Double]] {
            switch a.shape.count {
            case 0: return [a.values]
            case 1: return [a.values]
            case 2:
                let (r, c) = (a.shape[0], a.shape[1])
                return (0..<c).map { j in (0..<r).map { a.values[$0 * c + j] } }
            default: throw PyError.value("x and y can be no greater than 2D, but have shapes \(PlotData.shapeText(x?.shape ?? [])) and \(PlotData.shapeText(a.shape))")
            }
        }
        let ys = try columns(y)
        guard let x else { return ys.map { (nil, $0) } }
        let xs = try columns(x)
        let xn = x.shape.first ?? 1, yn = y.shape.first ?? 1
        guard xn == yn else {
            throw PyError.value("x and y must have same first dimension, but have shapes \(PlotData.shapeText(x.shape.isEmpty ? [1] : x.shape)) and \(PlotData.shapeText(y.shape.isEmpty ? [1] : y.shape))")
        }
        if xs.count == ys.count { return zip(xs, ys).map { ($0, $1) } }
        if xs.count == 1 { return ys.map { (xs[0], $0) } }
        if ys.count == 1 { return xs.map { ($0, ys[0]) } }
        throw PyError.value("x has \(xs.count) columns but y has \(ys.count) columns")
    }

    /// A scalar (same for every point) or one value per point.
    static func broadcast(_ interp: Interpreter, _ v: Value, count: Int, name: String) throws -> [Double] {
        let a = try PlotData.vector(interp, v, name: name)
        if a.count == 1 && count != 1 { return [Double](repeating: a[0], count: count) }
        return a
    }

    /// `yerr=0.1`, `yerr=[…]` (one per point), or `yerr=[lower, upper]` of shape (2, N).
    static func errorValues(_ interp: Interpreter, _ v: Value, name: String) throws -> ErrorBars {
        let a = try PlotData.array(interp, v, name: name)
        if a.strings != nil { throw PyError.type("\(name) must be numbers") }
        if a.shape.count == 2 {
            guard a.shape[0] == 2 else {
                throw PyError.value("'\(name)' (shape: \(PlotData.shapeText(a.shape))) must be a scalar or a 1D or (2, n) array-like whose shape matches 'x'")
            }
            let n = a.shape[1]
            return ErrorBars(lower: Array(a.values[0..<n]), upper: Array(a.values[n..<(2 * n)]))
        }
        if a.shape.count > 2 {
            throw PyError.value("'\(name)' (shape: \(PlotData.shapeText(a.shape))) must be a scalar or a 1D or (2, n) array-like whose shape matches 'x'")
        }
        return ErrorBars(a.values)
    }
}
