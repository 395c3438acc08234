/// Keyword arguments of `plot` (and `axhline`, `errorbar`, …). Every field left nil takes the
/// format string's value, then matplotlib's default (colour from the cycle, width 1.5 pt,
/// marker size 6 pt, marker edge width 1 pt).
public struct LineOptions: Sendable {
    public var color: Color?
    public var lineWidth: Double?
    public var lineStyle: LineStyle?
    public var marker: Marker?
    public var markerSize: Double?
    public var markerFaceColor: Color?
    public var markerEdgeColor: Color?
    public var markerEdgeWidth: Double?
    public var label: String
    public var alpha: Double?
    public var zorder: Double?
    /// `drawstyle=`: nil keeps straight segments.
    public var drawStyle: DrawStyle?

    public init(color: Color? = nil, lineWidth: Double? = nil, lineStyle: LineStyle? = nil, marker: Marker? = nil,
                markerSize: Double? = nil, markerFaceColor: Color? = nil, markerEdgeColor: Color? = nil,
                markerEdgeWidth: Double? = nil, label: String = "", alpha: Double? = nil, zorder: Double? = nil) {
        self.color = color; self.lineWidth = lineWidth; self.lineStyle = lineStyle; self.marker = marker
        self.markerSize = markerSize; self.markerFaceColor = markerFaceColor; self.markerEdgeColor = markerEdgeColor
        self.markerEdgeWidth = markerEdgeWidth; self.label = label; self.alpha = alpha; self.zorder = zorder
    }

    /// Checks the numeric options (non-negative, finite, alpha in 0...1).
    func validate() throws {
        for (name, v) in [("linewidth", lineWidth), ("markersize", markerSize), ("markeredgewidth", markerEdgeWidth)] {
            if let v, !(v.isFinite && v >= 0) { throw PlotError.invalidArgument("\(name) must be a non-negative number, got \(v)") }
        }
        if let a = alpha, !(a >= 0 && a <= 1) { throw PlotError.invalidArgument("alpha (\(a)) is outside 0-1 range") }
    }
}
