/// `plot`, `axhline`, `axvline`, `fill_between`, `errorbar`.
extension Axes {
    /// `ax.plot(x, y, fmt, **kwargs)`: one line. `x` nil means `0, 1, 2, …`.
    ///
    /// - Throws: `.shapeMismatch` when `x` and `y` differ in length, `.invalidArgument` for a bad
    ///   format string or option.
    @discardableResult
    public func plot(x: [Double]? = nil, y: [Double], format: String? = nil, options: LineOptions = LineOptions()) throws -> Line2D {
        let xs = x ?? (0..<y.count).map(Double.init)
        guard xs.count == y.count else {
            throw PlotError.shapeMismatch("x and y must have same first dimension, but have shapes (\(xs.count),) and (\(y.count),)")
        }
        try options.validate()
        let fmt = try format.map(FormatString.init)
        let color = options.color ?? fmt?.color ?? nextLineColor()
        let marker = options.marker ?? fmt?.marker
        var style = options.lineStyle ?? fmt?.lineStyle ?? .solid
        if options.lineStyle == nil && options.marker != nil && fmt?.lineStyle == LineStyle.none && fmt?.marker == nil { style = .solid }
        let line = Line2D(x: xs, y: y, color: color, lineWidth: options.lineWidth ?? Rc.lineWidth, lineStyle: style,
                          marker: marker, markerSize: options.markerSize ?? Rc.markerSize, label: options.label)
        line.markerFaceColor = options.markerFaceColor
        line.markerEdgeColor = options.markerEdgeColor
        if let w = options.markerEdgeWidth { line.markerEdgeWidth = w }
        line.alpha = options.alpha
        if let z = options.zorder { line.zorder = z }
        add(line)
        return line
    }

    /// `ax.axhline(y, xmin, xmax)`: a horizontal line across the Axes (fractions xmin...xmax).
    @discardableResult
    public func axhline(y: Double = 0, xmin: Double = 0, xmax: Double = 1, options: LineOptions = LineOptions()) throws -> Line2D {
        try options.validate()
        let line = Line2D(x: [xmin, xmax], y: [y, y], color: options.color ?? Color.tab10[0],
                          lineWidth: options.lineWidth ?? Rc.lineWidth, lineStyle: options.lineStyle ?? .solid, label: options.label)
        line.axesX = true
        line.alpha = options.alpha
        add(AxisLine(line))
        return line
    }

    /// `ax.axvline(x, ymin, ymax)`: a vertical line across the Axes.
    @discardableResult
    public func axvline(x: Double = 0, ymin: Double = 0, ymax: Double = 1, options: LineOptions = LineOptions()) throws -> Line2D {
        try options.validate()
        let line = Line2D(x: [x, x], y: [ymin, ymax], color: options.color ?? Color.tab10[0],
                          lineWidth: options.lineWidth ?? Rc.lineWidth, lineStyle: options.lineStyle ?? .solid, label: options.label)
        line.axesY = true
        line.alpha = options.alpha
        add(AxisLine(line))
        return line
    }

    /// `ax.fill_between(x, y1, y2)`: the area between two curves (`y2` defaults to 0).
    @discardableResult
    public func fillBetween(x: [Double], y1: [Double], y2: [Double]? = nil, color: Color? = nil, alpha: Double? = nil,
                            label: String = "") throws -> PatchArtist {
        let lower = y2 ?? [Double](repeating: 0, count: x.count)
        guard x.count == y1.count, x.count == lower.count else {
            throw PlotError.shapeMismatch("fill_between: x (\(x.count)), y1 (\(y1.count)) and y2 (\(lower.count)) must have the same length")
        }
        var c = color ?? nextPatchColor()
        if let a = alpha { c = c.withAlpha(a) }
        // Split at non-finite values so each finite run is one polygon.
        var patches: [PatchArtist.Patch] = []
        var run: [Int] = []
        func flush() {
            if run.count > 1 {
                let top = run.map { Point(x[$0], y1[$0]) }, bottom = run.reversed().map { Point(x[$0], lower[$0]) }
                patches.append(.init(points: top + bottom, face: c, edge: nil))
            }
            run = []
        }
        for i in 0..<x.count {
            if x[i].isFinite && y1[i].isFinite && lower[i].isFinite { run.append(i) } else { flush() }
        }
        flush()
        let p = PatchArtist(patches: patches, lineWidth: 0, label: label)
        add(p)
        return p
    }

    /// `ax.errorbar(x, y, yerr, xerr, fmt)`: a line with error bars (symmetric errors, one value
    /// or one per point; `capsize` in points, 0 by default like matplotlib).
    @discardableResult
    public func errorbar(x: [Double], y: [Double], yerr: [Double]? = nil, xerr: [Double]? = nil, format: String? = nil,
                         capsize: Double = 0, options: LineOptions = LineOptions()) throws -> Line2D {
        guard x.count == y.count else {
            throw PlotError.shapeMismatch("x and y must have same first dimension, but have shapes (\(x.count),) and (\(y.count),)")
        }
        for (name, e) in [("yerr", yerr), ("xerr", xerr)] {
            if let e, e.count != 1 && e.count != x.count {
                throw PlotError.shapeMismatch("\(name) must be a scalar or have the same length as x (\(x.count)), got \(e.count)")
            }
            if let e, e.contains(where: { $0 < 0 }) { throw PlotError.invalidArgument("'\(name)' must not contain negative values") }
        }
        let line = try plot(x: x, y: y, format: format, options: options)
        var segs: [[Point]] = []
        var caps: [Point] = []
        for i in 0..<x.count {
            if let e = yerr {
                let d = e.count == 1 ? e[0] : e[i]
                segs.append([Point(x[i], y[i] - d), Point(x[i], y[i] + d)])
                caps += [Point(x[i], y[i] - d), Point(x[i], y[i] + d)]
            }
            if let e = xerr {
                let d = e.count == 1 ? e[0] : e[i]
                segs.append([Point(x[i] - d, y[i]), Point(x[i] + d, y[i])])
            }
        }
        let bars = LineCollection(lines: segs, colors: [line.color.fading(line.alpha ?? 1)], lineWidth: options.lineWidth ?? Rc.lineWidth)
        bars.zorder = line.zorder - 0.1
        bars.label = "_nolegend_"
        add(bars)
        line.errorBarStyle = (line.color.fading(line.alpha ?? 1), options.lineWidth ?? Rc.lineWidth, capsize)
        if capsize > 0 && !caps.isEmpty {
            let c = Line2D(x: caps.map(\.x), y: caps.map(\.y), color: line.color, lineStyle: .none, marker: .hline, markerSize: capsize * 2)
            c.markerEdgeWidth = options.lineWidth ?? Rc.lineWidth
            add(c)
        }
        return line
    }
}

/// An `axhline`/`axvline`: a line that does not take part in autoscaling.
final class AxisLine: Artist {
    let line: Line2D
    init(_ l: Line2D) { line = l }
    var label: String { line.label }
    var zorder: Double { line.zorder }
    func dataBounds() -> DataBounds? { nil }
    func draw(_ ctx: RenderContext) { line.draw(ctx) }
    var legendHandle: LegendHandle? { line.legendHandle }
    func obstacles(_ t: AxesTransform) -> (points: [Point], boxes: [Rect]) { line.obstacles(t) }
}
