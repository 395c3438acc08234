import Language
import Plot

/// The methods of `matplotlib.axes.Axes`. Each file `AxesMethods+<Group>.swift` registers one
/// group; every method converts its arguments, calls one Plot method and wraps the result.
enum AxesMethods {
    static func install(_ t: PyType) {
        t.define("__repr__") { _, args in
            guard let ax = args.receiver.asObject as? PyAxes else { return .str("<Axes>") }
            return .str(ax.reprText)
        }
        t.define("__str__") { _, args in
            guard let ax = args.receiver.asObject as? PyAxes else { return .str("Axes()") }
            let p = position(ax)
            return .str("Axes(\(PyFigure.g(p.x)),\(PyFigure.g(p.y));\(PyFigure.g(p.width))x\(PyFigure.g(p.height)))")
        }
        Binding.method(t, "get_position", "original=False", as: PyAxes.self) { _, ax, _ in
            let p = position(ax)
            return .tuple([.float(p.x), .float(p.y), .float(p.width), .float(p.height)])
        }
        Binding.property(t, "figure", as: PyAxes.self) { _, ax in .object(ax.figure) }
        Binding.property(t, "spines", as: PyAxes.self) { _, ax in .object(PySpines(axes: ax, names: PySpines.all)) }
        Binding.method(t, "get_figure", "", as: PyAxes.self) { _, ax, _ in .object(ax.figure) }
        Binding.property(t, "transAxes", as: PyAxes.self) { _, _ in .object(PyTransform(.axes)) }
        Binding.property(t, "transData", as: PyAxes.self) { _, _ in .object(PyTransform(.data)) }
        installDecorations(t)
        installLimits(t)
        installLines(t)
        installPatches(t)
        installImages(t)
        installText(t)
        installContourLabels(t)
        for name in unsupported {
            Binding.method(t, name, "*args, **kwargs", as: PyAxes.self) { _, _, _ in
                throw PyError.notImplemented("\(name)() is not supported by Cellgrad's matplotlib yet")
            }
        }
    }

    /// matplotlib plotting functions that exist but are not drawn yet: a clear
    /// NotImplementedError instead of an AttributeError.
    static let unsupported = ["bar_label", "boxplot", "violinplot", "stem", "stairs", "stackplot", "hexbin",
                              "hist2d", "pcolor", "pcolormesh", "quiver", "streamplot", "fill", "broken_barh",
                              "eventplot", "spy", "table", "arrow", "tricontour", "tricontourf", "tripcolor"]

    /// The laid-out frame of an Axes (ticks, box) as the next render will draw it.
    static func frame(_ ax: PyAxes) -> AxesFrame? {
        let fig = ax.figure.figure
        guard let i = fig.axes.firstIndex(where: { $0 === ax.axes }) else { return nil }
        let frames = fig.layoutFrames()
        return i < frames.count ? frames[i] : nil
    }

    /// `[left, bottom, width, height]` in figure fractions (matplotlib's `get_position()`).
    static func position(_ ax: PyAxes) -> Rect {
        let fig = ax.figure.figure
        guard let box = frame(ax)?.box else { return Rect(x: 0, y: 0, width: 0, height: 0) }
        let w = Double(fig.pixelWidth), h = Double(fig.pixelHeight)
        return Rect(x: box.minX / w, y: (h - box.maxY) / h, width: box.width / w, height: box.height / h)
    }

    /// The keyword arguments plus the entries of a `fontdict=` dict (explicit keywords win).
    static func keywords(_ interp: Interpreter, _ a: BoundArguments, fontdict: String? = "fontdict") throws -> [(name: Symbol, value: Value)] {
        var kws = a.extraKeywords
        if let name = fontdict, let d = a.optional(name) {
            guard case .object(let o) = d, let dict = o as? PyDict else {
                throw PyError.type("\(name) must be a dict, not \(d.typeName)")
            }
            for (k, v) in dict.entries {
                guard let key = k.asString else { throw PyError.type("\(name) keys must be strings") }
                if !kws.contains(where: { $0.name.name == key }) { kws.append((Symbol(key), v)) }
            }
        }
        return kws
    }

    /// The Python value of one of the Axes' methods on a wrapper (`gca().set_title`), for the
    /// pyplot functions that forward to the current Axes.
    static func call(_ interp: Interpreter, _ ax: PyAxes, _ name: String, _ args: Arguments) throws -> Value {
        try interp.callMethod(.object(ax), Symbol(name), args)
    }

    /// Strings given as x or y data: matplotlib's categorical axis, positions 0, 1, 2… in
    /// order of first appearance, labelled with the strings.
    static func categories(_ strings: [String]) -> (positions: [Double], names: [String]) {
        var index: [String: Int] = [:]
        var names: [String] = []
        var positions: [Double] = []
        positions.reserveCapacity(strings.count)
        for s in strings {
            if let i = index[s] { positions.append(Double(i)); continue }
            index[s] = names.count
            positions.append(Double(names.count))
            names.append(s)
        }
        return (positions, names)
    }

    /// Numbers for a data argument that may be categories; sets the tick labels when it is.
    static func coordinates(_ interp: Interpreter, _ v: Value, name: String, axes: Axes, isX: Bool) throws -> PlotArray {
        var arr = try PlotData.array(interp, v, name: name)
        if let strings = arr.strings {
            let (positions, names) = categories(strings)
            arr = PlotArray(values: positions, shape: [positions.count], allIntegers: true, strings: nil)
            let ticks = names.indices.map(Double.init)
            if isX { try axes.setXTicks(ticks, labels: names) } else { try axes.setYTicks(ticks, labels: names) }
        }
        return arr
    }
}
