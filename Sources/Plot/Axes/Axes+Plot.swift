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
        if let d = options.drawStyle { line.drawStyle = d }
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
        let (lo, hi) = viewLimits().y
        add(AxisLine(line, extendsLimits: !(y >= min(lo, hi) && y <= max(lo, hi))))
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
        let (lo, hi) = viewLimits().x
        add(AxisLine(line, extendsLimits: !(x >= min(lo, hi) && x <= max(lo, hi))))
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

    /// `ax.errorbar(x, y, yerr, xerr, fmt, ecolor, elinewidth, capsize, capthick)`: a line with
    /// error bars. Bars take the line's colour and width unless `barColor` / `barWidth` are
    /// given; caps are `capsize` points long (0 by default, like matplotlib) and `capThickness`
    /// points thick (the bar width by default).
    @discardableResult
    public func errorbar(x: [Double], y: [Double], yerr: ErrorBars? = nil, xerr: ErrorBars? = nil, format: String? = nil,
                         capsize: Double = 0, barColor: Color? = nil, barWidth: Double? = nil, capThickness: Double? = nil,
                         options: LineOptions = LineOptions()) throws -> Line2D {
        guard x.count == y.count else {
            throw PlotError.shapeMismatch("x and y must have same first dimension, but have shapes (\(x.count),) and (\(y.count),)")
        }
        try yerr?.validate(count: x.count, name: "yerr")
        try xerr?.validate(count: x.count, name: "xerr")
        for w in [barWidth, capThickness].compactMap({ $0 }) where !(w.isFinite && w >= 0) {
            throw PlotError.invalidArgument("error bar widths must be non-negative numbers, got \(w)")
        }
        let line = try plot(x: x, y: y, format: format, options: options)
        var segs: [[Point]] = []
        var vcaps: [Point] = [], hcaps: [Point] = []
        for i in 0..<x.count {
            if let e = yerr {
                let (below, above) = e.span(i)
                segs.append([Point(x[i], y[i] - below), Point(x[i], y[i] + above)])
                vcaps += [Point(x[i], y[i] - below), Point(x[i], y[i] + above)]
            }
            if let e = xerr {
                let (left, right) = e.span(i)
                segs.append([Point(x[i] - left, y[i]), Point(x[i] + right, y[i])])
                hcaps += [Point(x[i] - left, y[i]), Point(x[i] + right, y[i])]
            }
        }
        let color = (barColor ?? line.color).fading(line.alpha ?? 1)
        let width = barWidth ?? options.lineWidth ?? Rc.lineWidth
        let bars = LineCollection(lines: segs, colors: [color], lineWidth: width)
        bars.zorder = line.zorder - 0.1
        bars.label = "_nolegend_"
        add(bars)
        line.errorBarStyle = (color, width, capsize)
        // Caps: horizontal ticks at the ends of vertical bars, vertical ones for horizontal bars.
        for (ends, marker) in [(vcaps, Marker.hline), (hcaps, Marker.vline)] where capsize > 0 && !ends.isEmpty {
            let c = Line2D(x: ends.map(\.x), y: ends.map(\.y), color: barColor ?? line.color, lineStyle: .none, marker: marker,
                           markerSize: capsize * 2, label: "_nolegend_")
            c.markerEdgeWidth = capThickness ?? width
            c.alpha = line.alpha
            add(c)
        }
        return line
    }
}

/// An `axhline`/`axvline`. As in matplotlib, its y (x) joins the data limits, but the view is
/// only re-autoscaled when the line lies outside the current view or a later artist asks for
/// autoscaling; a line inside the view at creation leaves the limits as they were.
final class AxisLine: Artist {
    let line: Line2D
    /// Whether the line's position takes part in autoscaling now.
    var extendsLimits: Bool
    init(_ l: Line2D, extendsLimits: Bool) { line = l; self.extendsLimits = extendsLimits }
    var label: String { line.label }
    var zorder: Double { line.zorder }
    func dataBounds() -> DataBounds? { extendsLimits ? line.dataBounds() : nil }
    func draw(_ ctx: RenderContext) { line.draw(ctx) }
    var legendHandle: LegendHandle? { line.legendHandle }
    func obstacles(_ t: AxesTransform) -> (points: [Point], boxes: [Rect]) { line.obstacles(t) }
}
