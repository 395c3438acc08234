import Language
import Plot

/// `bar`, `barh`, `hist`, `pie`, `scatter`.
extension AxesMethods {
    static func installPatches(_ t: PyType) {
        Binding.method(t, "bar", "x, height, width=0.8, bottom=None, *, align='center', data=None, **kwargs", as: PyAxes.self) { interp, ax, a in
            try bars(interp, ax, a, horizontal: false)
        }
        Binding.method(t, "barh", "y, width, height=0.8, left=None, *, align='center', data=None, **kwargs", as: PyAxes.self) { interp, ax, a in
            try bars(interp, ax, a, horizontal: true)
        }
        Binding.method(t, "hist", "x, bins=None, range=None, density=False, weights=None, cumulative=False, bottom=None, histtype='bar', align='mid', orientation='vertical', rwidth=None, log=False, color=None, label=None, stacked=False, *, data=None, **kwargs", as: PyAxes.self) { interp, ax, a in
            try hist(interp, ax, a)
        }
        Binding.method(t, "pie", "x, explode=None, labels=None, colors=None, autopct=None, pctdistance=0.6, shadow=False, labeldistance=1.1, startangle=0, radius=1, counterclock=True, wedgeprops=None, textprops=None, center=(0, 0), frame=False, rotatelabels=False, *, normalize=True, hatch=None, data=None", as: PyAxes.self) { interp, ax, a in
            try pie(interp, ax, a)
        }
        Binding.method(t, "scatter", "x, y, s=None, c=None, marker=None, cmap=None, norm=None, vmin=None, vmax=None, alpha=None, linewidths=None, *, edgecolors=None, colorizer=None, plotnonfinite=False, data=None, **kwargs", as: PyAxes.self) { interp, ax, a in
            try scatter(interp, ax, a)
        }
    }

    static func bars(_ interp: Interpreter, _ ax: PyAxes, _ a: BoundArguments, horizontal: Bool) throws -> Value {
        let (posName, lenName, thickName, baseName) = horizontal ? ("y", "width", "height", "left") : ("x", "height", "width", "bottom")
        if a.optional("data") != nil { throw PyError.notImplemented("bar(..., data=...) is not supported; pass the arrays") }
        var kw = ArtistKeywords(a.extraKeywords, owner: .rectangle, interp: interp)
        let colors = try kw.optional("color", "facecolor", "fc").map { try PlotValues.colors(interp, $0) }
        let edge = try kw.color("edgecolor", "ec")
        let lineWidth = try kw.double("linewidth", "lw")
        let alpha = try kw.double("alpha")
        let label = try kw.label()
        let tickLabels = try kw.optional("tick_label").map { v -> [String] in
            if let s = v.asString { return [s] }
            return try interp.iterateToArray(v).map { try PlotData.text(interp, $0) }
        }
        _ = try kw.take("zorder")
        let yerr = try kw.optional("yerr"), xerr = try kw.optional("xerr")
        let ecolor = try kw.color("ecolor") ?? .black
        let capsize = try kw.double("capsize") ?? 0
        if try kw.optional("error_kw") != nil { throw PyError.notImplemented("bar(error_kw=...) is not supported; use ecolor= and capsize=") }
        for unsupported in ["hatch", "log"] {
            if let v = try kw.optional(unsupported), (try? interp.isTruthy(v)) ?? true {
                throw PyError.notImplemented("bar(\(unsupported)=...) is not supported yet")
            }
        }
        try kw.finish()
        let align: Axes.BarAlign
        switch a.optional("align")?.asString ?? "center" {
        case "center": align = .center
        case "edge": align = .edge
        default: throw PyError.value("\(Formatter.repr(a.optional("align") ?? .none)) is not a valid value for align; supported values are 'center', 'edge'")
        }
        let pos = try coordinates(interp, a[posName] ?? .none, name: posName, axes: ax.axes, isX: !horizontal)
        let length = try PlotData.array(interp, a[lenName] ?? .none, name: lenName)
        if length.strings != nil { throw PyError.type("\(lenName) must be numbers, not strings") }
        let thickness = try a.optional(thickName).map { try PlotData.vector(interp, $0, name: thickName) } ?? [0.8]
        let base = try a.optional(baseName).map { try PlotData.vector(interp, $0, name: baseName) } ?? [0]
        let art: PatchArtist
        if horizontal {
            art = try ax.axes.barh(y: pos.values, width: length.values, height: thickness, left: base, align: align, colors: colors,
                                   edgeColor: edge, lineWidth: lineWidth ?? Rc.patchLineWidth, alpha: alpha, label: label)
        } else {
            art = try ax.axes.bar(x: pos.values, height: length.values, width: thickness, bottom: base, align: align, colors: colors,
                                  edgeColor: edge, lineWidth: lineWidth ?? Rc.patchLineWidth, alpha: alpha, label: label)
        }
        if yerr != nil || xerr != nil {
            // Error bars at the bar ends, drawn by errorbar with no line (matplotlib's ecolor is black).
            let ends = art.patches.indices.map { i -> (x: Double, y: Double) in
                let p = PyPatch(art, index: i, type: PyplotTypes.rectangle).geometry
                return horizontal ? (p.x + p.width, p.y + p.height / 2) : (p.x + p.width / 2, p.y + p.height)
            }
            var options = LineOptions(color: ecolor, lineStyle: LineStyle.none, label: "_nolegend_")
            options.zorder = 2.1
            _ = try ax.axes.errorbar(x: ends.map(\.x), y: ends.map(\.y),
                                     yerr: try yerr.map { try errorValues(interp, $0, name: "yerr") },
                                     xerr: try xerr.map { try errorValues(interp, $0, name: "xerr") },
                                     capsize: capsize, options: options)
        }
        if let names = tickLabels {
            let n = art.patches.count
            guard names.count == n || names.count == 1 else {
                throw PyError.value("number of tick labels (\(names.count)) does not match number of bars (\(n)).")
            }
            let labels = names.count == 1 ? [String](repeating: names[0], count: n) : names
            let positions = pos.values.count == 1 ? [Double](repeating: pos.values[0], count: n) : pos.values
            if horizontal { try ax.axes.setYTicks(positions, labels: labels) } else { try ax.axes.setXTicks(positions, labels: labels) }
        }
        return .object(barContainer(art))
    }

    /// matplotlib's `BarContainer`: a tuple of the Rectangles.
    static func barContainer(_ art: PatchArtist) -> PyTuple {
        let rects = art.patches.indices.map { Value.object(PyPatch(art, index: $0, type: PyplotTypes.rectangle)) }
        return PyTuple(rects, type: PyplotTypes.barContainer)
    }

    static func hist(_ interp: Interpreter, _ ax: PyAxes, _ a: BoundArguments) throws -> Value {
        for (name, value) in [("cumulative", false), ("stacked", false)] {
            if let v = a.optional(name), try interp.isTruthy(v) != value { throw PyError.notImplemented("hist(\(name)=True) is not supported yet") }
        }
        for name in ["bottom", "rwidth", "data"] where a.optional(name) != nil {
            throw PyError.notImplemented("hist(\(name)=...) is not supported yet")
        }
        if let o = a.optional("orientation")?.asString, o != "vertical" {
            guard o == "horizontal" else { throw PyError.value("'\(o)' is not a valid value for orientation; supported values are 'horizontal', 'vertical'") }
            throw PyError.notImplemented("hist(orientation='horizontal') is not supported yet")
        }
        if let al = a.optional("align")?.asString, al != "mid" {
            guard al == "left" || al == "right" else { throw PyError.value("'\(al)' is not a valid value for align; supported values are 'left', 'mid', 'right'") }
            throw PyError.notImplemented("hist(align='\(al)') is not supported yet")
        }
        let data = try PlotData.array(interp, a["x"] ?? .none, name: "x")
        if data.strings != nil { throw PyError.notImplemented("histograms of strings are not supported; count them and use bar()") }
        if data.shape.count > 1 && !(data.shape.count == 2 && data.shape[1] == 1) {
            throw PyError.notImplemented("hist of several datasets (x of shape \(PlotData.shapeText(data.shape))) is not supported; call hist once per dataset")
        }
        var bins = Histogram.Bins.count(Rc.histBins)
        if let b = a.optional("bins") {
            if let s = b.asString { throw PyError.notImplemented("bins='\(s)' is not supported; give a number of bins or the bin edges") }
            let arr = try PlotData.array(interp, b, name: "bins")
            if arr.isScalar, let n = arr.values.first {
                // An int (or a numpy integer scalar): the number of bins.
                guard arr.allIntegers else { throw PyError.type("`bins` must be an integer, a string, or an array") }
                guard n >= 1 else { throw PyError.value("`bins` must be positive, when an integer") }
                guard n < 1e8 else { throw PyError.memory("too many bins: \(Int(n))") }
                bins = .count(Int(n))
            } else {
                guard arr.strings == nil, arr.shape.count == 1 else { throw PyError.value("`bins` must be 1d, when an array") }
                bins = .edges(arr.values)
            }
        }
        var range: (Double, Double)?
        if let r = a.optional("range") {
            let v = try PlotData.vector(interp, r, name: "range")
            guard v.count == 2 else { throw PyError.value("range must be a pair (min, max)") }
            range = (v[0], v[1])
        }
        let density = try a.optional("density").map { try interp.isTruthy($0) } ?? false
        let weights = try a.optional("weights").map { try PlotData.vector(interp, $0, name: "weights") }
        let histType: Axes.HistType
        switch a.optional("histtype")?.asString ?? "bar" {
        case "bar", "barstacked": histType = .bar
        case "step": histType = .step
        case "stepfilled": histType = .stepfilled
        case let s: throw PyError.value("'\(s)' is not a valid value for histtype; supported values are 'bar', 'barstacked', 'step', 'stepfilled'")
        }
        var kw = ArtistKeywords(a.extraKeywords, owner: .rectangle, interp: interp)
        var color = try a.optional("color").map { try PlotValues.color(interp, $0) }
        if let fc = try kw.color("facecolor", "fc") {
            guard color == nil else { throw PyError.type("Got both 'color' and 'facecolor', which are aliases of one another") }
            color = fc
        }
        let edge = try kw.color("edgecolor", "ec")
        let lineWidth = try kw.double("linewidth", "lw")
        let alpha = try kw.double("alpha")
        _ = try kw.take("zorder")
        try kw.finish()
        let label = try a.optional("label").map { try PlotData.text(interp, $0) } ?? ""
        let (h, art) = try ax.axes.hist(data.values, bins: bins, range: range, density: density, weights: weights,
                                        histType: histType, color: color, alpha: alpha, edgeColor: edge,
                                        lineWidth: lineWidth, label: label)
        if let log = a.optional("log"), try interp.isTruthy(log) { ax.axes.setYScale(.log) }
        let patches: Value = histType == .bar ? .object(barContainer(art)) : .list([.object(PyPatch(art, index: 0, type: PyplotTypes.rectangle))])
        return .tuple([try numbers(interp, h.counts), try numbers(interp, h.edges), patches])
    }

    /// A numpy array when the numpy module is available (as matplotlib returns), else a list.
    static func numbers(_ interp: Interpreter, _ values: [Double]) throws -> Value {
        let list = Value.list(values.map { .float($0) })
        guard interp.moduleProviders["numpy"] != nil || interp.modules["numpy"] != nil else { return list }
        let np: PyModule
        do { np = try interp.importModule("numpy") } catch let e as PyError where e.isInstance(of: BuiltinTypes.importError) {
            return list
        }
        guard let array = np["array"] else { return list }
        return try interp.call(array, list)
    }

    static func pie(_ interp: Interpreter, _ ax: PyAxes, _ a: BoundArguments) throws -> Value {
        for (name, expected) in [("shadow", false), ("rotatelabels", false), ("frame", false), ("normalize", true)] {
            if let v = a.optional(name), try interp.isTruthy(v) != expected {
                throw PyError.notImplemented("pie(\(name)=\(expected ? "False" : "True")) is not supported yet")
            }
        }
        for name in ["wedgeprops", "textprops", "hatch", "data"] where a.optional(name) != nil {
            throw PyError.notImplemented("pie(\(name)=...) is not supported yet")
        }
        for (name, value) in [("pctdistance", 0.6), ("labeldistance", 1.1)] {
            if let v = a.optional(name), try PlotData.scalar(interp, v, name: name) != value {
                throw PyError.notImplemented("pie(\(name)=...) is not supported; labels sit at 1.1 and percentages at 0.6 radii")
            }
        }
        if let c = a.optional("center"), try PlotData.vector(interp, c, name: "center") != [0, 0] {
            throw PyError.notImplemented("pie(center=...) is not supported; the pie is centred at (0, 0)")
        }
        let x = try PlotData.vector(interp, a["x"] ?? .none, name: "x")
        let labels = try a.optional("labels").map { try interp.iterateToArray($0).map { try PlotData.text(interp, $0) } }
        let colors = try a.optional("colors").map { try PlotValues.colors(interp, $0, property: "colors") }
        var autopct: String?
        if let p = a.optional("autopct") {
            guard let s = p.asString else {
                throw PyError.notImplemented("a callable autopct is not supported yet; use a format string such as '%1.1f%%'")
            }
            autopct = s
        }
        let explode = try a.optional("explode").map { try PlotData.vector(interp, $0, name: "explode") }
        let start = try PlotData.optionalScalar(interp, a.optional("startangle"), name: "startangle") ?? 0
        let radius = try PlotData.optionalScalar(interp, a.optional("radius"), name: "radius") ?? 1
        let counter = try a.optional("counterclock").map { try interp.isTruthy($0) } ?? true
        let art = try ax.axes.pie(x, labels: labels, colors: colors, autopct: autopct, startAngle: start, explode: explode,
                                  counterClock: counter, radius: radius)
        let wedges = Value.list(art.patches.indices.map { .object(PyPatch(art, index: $0, type: PyplotTypes.wedge)) })
        let texts = Value.list((labels ?? []).map { .object(PyText(x: .float(0), y: .float(0), text: $0)) })
        if autopct != nil {
            return .tuple([wedges, texts, .list([])])
        }
        return .tuple([wedges, texts])
    }

    static func scatter(_ interp: Interpreter, _ ax: PyAxes, _ a: BoundArguments) throws -> Value {
        for name in ["norm", "colorizer", "data"] where a.optional(name) != nil {
            throw PyError.notImplemented("scatter(\(name)=...) is not supported yet; use vmin/vmax")
        }
        var kw = ArtistKeywords(a.extraKeywords, owner: .pathCollection, interp: interp)
        let colorKw = try kw.optional("color", "facecolor", "facecolors", "fc")
        let edgeKw = try kw.optional("edgecolor", "ec")
        let lineWidthKw = try kw.double("linewidth", "lw")
        let label = try kw.label()
        _ = try kw.take("zorder")
        try kw.finish()
        let x = try coordinates(interp, a["x"] ?? .none, name: "x", axes: ax.axes, isX: true).values
        let y = try coordinates(interp, a["y"] ?? .none, name: "y", axes: ax.axes, isX: false).values
        let sizes = try a.optional("s").map { try PlotData.array(interp, $0, name: "s").values } ?? [Rc.scatterSize]
        if let bad = sizes.first(where: { $0 < 0 }) { throw PyError.value("s must be non-negative, got \(bad)") }
        let cmap = try PlotValues.cmapName(interp, a.optional("cmap"))
        let vmin = try PlotData.optionalScalar(interp, a.optional("vmin"), name: "vmin")
        let vmax = try PlotData.optionalScalar(interp, a.optional("vmax"), name: "vmax")
        var colors = Axes.ScatterColors.single(nil)
        if let c = a.optional("c") {
            guard colorKw == nil else {
                throw PyError.value("Supply a 'c' argument or a 'color' kwarg but not both; they differ but their functionalities overlap.")
            }
            colors = try scatterColors(interp, c, count: x.count, cmap: cmap, vmin: vmin, vmax: vmax)
        } else if let c = colorKw {
            colors = try scatterColors(interp, c, count: x.count, cmap: nil, vmin: nil, vmax: nil)
            if case .mapped = colors { throw PyError.value("'color' kwarg must be a color or sequence of color specs; for a sequence of values to be color-mapped, use the 'c' argument instead.") }
        }
        let marker = try a.optional("marker").map { try PlotValues.marker($0) ?? .circle } ?? .circle
        let alpha = try PlotData.optionalScalar(interp, a.optional("alpha"), name: "alpha")
        var edges: [Color]?
        if let e = a.optional("edgecolors") ?? edgeKw {
            if e.asString == "face" { edges = nil } else { edges = try PlotValues.colors(interp, e, property: "edgecolors") }
        }
        let lw = try a.optional("linewidths").map { try PlotData.vector(interp, $0, name: "linewidths") }
        if let l = lw, l.count > 1 { throw PyError.notImplemented("one linewidth per point is not supported; give a single number") }
        let sc = try ax.axes.scatter(x: x, y: y, sizes: sizes, colors: colors, marker: marker, alpha: alpha, edgeColors: edges,
                                     lineWidth: lw?.first ?? lineWidthKw ?? Rc.patchLineWidth, label: label)
        if case .mapped = colors { ax.setMappable(sc) }
        return .object(PyPlotArtist(sc, axes: ax, type: PyplotTypes.pathCollection))
    }

    /// `c=` of scatter: a colour, a list of colours, or numbers to colour-map.
    static func scatterColors(_ interp: Interpreter, _ c: Value, count: Int, cmap: String?, vmin: Double?, vmax: Double?) throws -> Axes.ScatterColors {
        if c.asString != nil { return .single(try PlotValues.color(interp, c, property: "c")) }
        let arr = try PlotData.array(interp, c, name: "c")
        if let names = arr.strings { return .perPoint(try names.map { try PlotValues.color(interp, .str($0), property: "c") }) }
        if arr.shape.count == 2, arr.shape[1] == 3 || arr.shape[1] == 4 {
            let k = arr.shape[1]
            return .perPoint(try (0..<arr.shape[0]).map { i in
                try PlotValues.bridge { try Color.from(tuple: Array(arr.values[(i * k)..<((i + 1) * k)])) }
            })
        }
        if (arr.count == 3 || arr.count == 4) && arr.shape.count == 1 && arr.count != count {
            return .single(try PlotValues.bridge { try Color.from(tuple: arr.values) })
        }
        if arr.count == count || arr.isScalar {
            return .mapped(arr.isScalar ? [Double](repeating: arr.values.first ?? 0, count: count) : arr.values,
                           cmap: cmap ?? "viridis", vmin: vmin, vmax: vmax)
        }
        throw PyError.value("'c' argument has \(arr.count) elements, which is inconsistent with 'x' and 'y' with size \(count).")
    }
}
