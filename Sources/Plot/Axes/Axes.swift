/// One plotting area of a figure, matplotlib's `Axes`: the artists drawn in it, its two axes
/// (limits, scale, ticks, labels), title, grid and legend.
///
/// Axes are made by their `Figure` (`addSubplot`, `subplots`, `addAxes`); the plot methods
/// (`plot`, `scatter`, `bar`, `hist`, `imshow`, `contour`, …) live in `Axes+<Kind>.swift` files
/// and mirror the matplotlib methods of the same names.
///
/// ```swift
/// let fig = try Figure()
/// let ax = try fig.addSubplot()
/// try ax.plot(x: [1, 2, 3], y: [4, 1, 3], format: "o-", options: LineOptions(label: "train"))
/// ax.setTitle("Loss")
/// ax.legend()
/// let png = try fig.renderPNG()
/// ```
public final class Axes {
    /// Where the Axes sits in its figure.
    public enum Placement: Sendable {
        /// A cell (or span of cells) of an `nrows x ncols` grid, rows counted from the top.
        case grid(nrows: Int, ncols: Int, row: Int, col: Int, rowSpan: Int, colSpan: Int)
        /// `[left, bottom, width, height]` in figure fractions (`fig.add_axes`).
        case rect(Rect)
    }

    public var placement: Placement
    public internal(set) var artists: [Artist] = []
    public var xaxis = AxisSettings()
    public var yaxis = AxisSettings()
    public var title = ""
    public var titleLeft = ""
    public var titleRight = ""
    public var titleSize = Rc.titleSize
    /// Colour of each title position's text (black when unset).
    public var titleColors: [TextStyle.HAlign: Color] = [:]
    /// Title positions drawn in bold (`fontweight='bold'`).
    public var boldTitles: Set<TextStyle.HAlign> = []
    public var facecolor: Color = .white
    /// `axis('off')` hides spines, ticks, labels and the background.
    public var axisOn = true
    /// Spines drawn: left, bottom, right, top.
    public var spines: (left: Bool, bottom: Bool, right: Bool, top: Bool) = (true, true, true, true)
    public var gridX = false
    public var gridY = false
    public var gridColor = Rc.gridColor
    public var gridLineWidth = Rc.gridLineWidth
    public var gridLineStyle: LineStyle = .solid
    public var gridAlpha = 1.0
    /// `aspect='equal'` (imshow's default): one data unit is as long in x as in y.
    public var aspectEqual = false
    public var legendSettings: LegendSettings?
    /// `ax.legend(handles, labels)`: exactly these artists with these labels, in this order,
    /// possibly drawn in another Axes (the twinx idiom `ax.legend(l1 + l2, …)`). The artists'
    /// own labels are left alone, as in matplotlib. nil lists this Axes' labelled artists.
    public var legendHandles: [(artist: Artist, label: String)]?
    /// The y axis is drawn on the right (the second Axes of `twinx`).
    public var yAxisOnRight = false
    /// The Axes whose x limits this one shares (set by `twinx`).
    weak var sharedX: Axes?
    /// For colorbars: the parent Axes whose cell it shares.
    weak var colorbarParent: Axes?
    /// For a colorbar made for several Axes (`fig.colorbar(im, ax=[ax1, ax2])`): all of them;
    /// the bar stands beside their union and each of them gives up its share.
    var colorbarGroup: [WeakAxes] = []
    var isColorbar = false
    var twinList: [WeakAxes] = []
    /// Other Axes whose x (y) limits this one shares (`subplots(sharex=True)`).
    var xShare: [WeakAxes] = []
    var yShare: [WeakAxes] = []
    var lineCycle = 0
    var patchCycle = 0

    init(placement: Placement) {
        self.placement = placement
    }

    /// Adds any artist (the plot methods call this). An artist that autoscales makes matplotlib
    /// recompute the view from all data limits, earlier axhline/axvline positions included.
    public func add(_ artist: Artist) {
        if artist.dataBounds() != nil {
            for case let l as AxisLine in artists { l.extendsLimits = true }
        }
        artists.append(artist)
    }

    /// Removes every artist and resets titles and labels (`ax.cla()`).
    public func clear() {
        artists.removeAll(); title = ""; titleLeft = ""; titleRight = ""
        xaxis = AxisSettings(); yaxis = AxisSettings(); legendSettings = nil; legendHandles = nil
        lineCycle = 0; patchCycle = 0; gridX = false; gridY = false; axisOn = true; aspectEqual = false
    }

    /// The next colour of the line cycle (tab10), as successive `plot` calls get C0, C1, …
    func nextLineColor() -> Color {
        defer { lineCycle += 1 }
        return Color.tab10[lineCycle % Color.tab10.count]
    }

    /// The next colour of the patch cycle (bars, scatter, hist, fill have their own counter).
    func nextPatchColor() -> Color {
        defer { patchCycle += 1 }
        return Color.tab10[patchCycle % Color.tab10.count]
    }

    // MARK: simple setters mirroring matplotlib

    /// `ax.set_title(label, loc=...)`.
    public func setTitle(_ s: String, loc: TextStyle.HAlign = .center, size: Double? = nil, color: Color? = nil, bold: Bool? = nil) {
        if let color { titleColors[loc] = color }
        if let bold { if bold { boldTitles.insert(loc) } else { boldTitles.remove(loc) } }
        switch loc {
        case .center: title = s
        case .left: titleLeft = s
        case .right: titleRight = s
        }
        if let size { titleSize = size }
    }

    /// `ax.set_xlabel(label)`.
    public func setXLabel(_ s: String, size: Double? = nil, bold: Bool? = nil) {
        xaxis.label = s
        if let size { xaxis.labelSize = size }
        if let bold { xaxis.labelBold = bold }
    }
    /// `ax.set_ylabel(label)`.
    public func setYLabel(_ s: String, size: Double? = nil, bold: Bool? = nil) {
        yaxis.label = s
        if let size { yaxis.labelSize = size }
        if let bold { yaxis.labelBold = bold }
    }

    /// `ax.set_xlim(left, right)`; nil keeps that side automatic.
    public func setXLim(_ lo: Double?, _ hi: Double?) throws {
        try Axes.checkLimit(lo, "left"); try Axes.checkLimit(hi, "right")
        xaxis.lower = lo ?? xaxis.lower; xaxis.upper = hi ?? xaxis.upper
    }

    /// `ax.set_ylim(bottom, top)`; nil keeps that side automatic.
    public func setYLim(_ lo: Double?, _ hi: Double?) throws {
        try Axes.checkLimit(lo, "bottom"); try Axes.checkLimit(hi, "top")
        yaxis.lower = lo ?? yaxis.lower; yaxis.upper = hi ?? yaxis.upper
    }

    static func checkLimit(_ v: Double?, _ name: String) throws {
        if let v, !v.isFinite { throw PlotError.invalidArgument("Axis limits cannot be NaN or Inf (\(name) = \(v))") }
    }

    /// `ax.set_xscale('log')`.
    public func setXScale(_ s: AxisSettings.Scale) { xaxis.scale = s }
    /// `ax.set_yscale('log')`.
    public func setYScale(_ s: AxisSettings.Scale) { yaxis.scale = s }

    /// `ax.set_xticks(ticks, labels)`; an empty array removes the ticks.
    public func setXTicks(_ ticks: [Double], labels: [String]? = nil) throws {
        try Axes.checkTicks(ticks, labels); xaxis.ticks = ticks; xaxis.tickLabels = labels
    }

    /// `ax.set_yticks(ticks, labels)`.
    public func setYTicks(_ ticks: [Double], labels: [String]? = nil) throws {
        try Axes.checkTicks(ticks, labels); yaxis.ticks = ticks; yaxis.tickLabels = labels
    }

    static func checkTicks(_ t: [Double], _ l: [String]?) throws {
        if let l, l.count != t.count {
            throw PlotError.shapeMismatch("The number of FixedLocator locations (\(t.count)), usually from a call to set_ticks, does not match the number of labels (\(l.count)).")
        }
    }

    /// `ax.grid(True, axis='both')`.
    public func grid(_ on: Bool = true, axis: String = "both", color: Color? = nil, lineWidth: Double? = nil,
                     lineStyle: LineStyle? = nil, alpha: Double? = nil) {
        if axis == "both" || axis == "x" { gridX = on }
        if axis == "both" || axis == "y" { gridY = on }
        if let color { gridColor = color }
        if let lineWidth { gridLineWidth = lineWidth }
        if let lineStyle { gridLineStyle = lineStyle }
        if let alpha { gridAlpha = alpha }
    }

    /// `ax.axis('off')` / `ax.axis('on')` / `ax.axis('equal')`.
    public func axis(_ mode: String) throws {
        switch mode {
        case "off": axisOn = false
        case "on": axisOn = true
        case "equal", "scaled", "image": aspectEqual = true
        case "auto", "normal": aspectEqual = false
        case "tight": xaxis.margin = 0; yaxis.margin = 0
        default: throw PlotError.invalidArgument("Unrecognized string '\(mode)' to axis; try 'on', 'off', 'equal', 'tight', 'scaled', 'auto' or 'image'")
        }
    }

    /// `ax.invert_yaxis()`.
    public func invertYAxis() { yaxis.inverted.toggle() }
    /// `ax.invert_xaxis()`.
    public func invertXAxis() { xaxis.inverted.toggle() }

    /// `ax.legend(loc=..., title=...)`: show a legend of the labelled artists.
    public func legend(loc: LegendSettings.Location = .best, title: String = "", fontSize: Double = Rc.legendFontSize,
                       frameOn: Bool = true, ncols: Int = 1, anchor: LegendSettings.Anchor? = nil, expand: Bool = false,
                       handles: [(artist: Artist, label: String)]? = nil) {
        legendHandles = handles
        let a = anchor.flatMap { $0.isFinite ? $0 : nil }
        legendSettings = LegendSettings(location: loc, title: title, fontSize: fontSize, frameOn: frameOn, ncols: max(1, ncols), anchor: a)
        legendSettings?.expand = expand
    }

    /// `ax.legend(handles_labels)`: a legend with explicit labels for the first artists.
    public func legend(labels: [String], loc: LegendSettings.Location = .best) {
        var i = 0
        for a in artists where a.legendHandle != nil && i < labels.count {
            if let l = a as? Line2D { l.label = labels[i] } else if let p = a as? PatchArtist { p.label = labels[i] }
            else if let s = a as? ScatterCollection { s.label = labels[i] } else if let c = a as? LineCollection { c.label = labels[i] }
            i += 1
        }
        legend(loc: loc)
    }
}
