/// The state of one axis (x or y) of an Axes: scale, limits, ticks, label.
public struct AxisSettings: Sendable {
    public enum Scale: String, Sendable { case linear, log }

    public var scale: Scale = .linear
    /// Limits set by `set_xlim`; either side may be left automatic.
    public var lower: Double?
    public var upper: Double?
    /// Fixed tick positions (`set_xticks`); nil means automatic.
    public var ticks: [Double]?
    /// Fixed tick labels (`set_xticks(..., labels)`); nil means formatted numbers.
    public var tickLabels: [String]?
    public var tickLabelRotation: Double = 0
    /// Horizontal alignment of x tick labels (`plt.xticks(rotation=45, ha='right')`).
    public var tickLabelAlign: TextStyle.HAlign = .center
    public var tickLabelSize: Double = Rc.tickLabelSize
    public var label: String = ""
    public var labelSize: Double = Rc.labelSize
    public var labelColor: Color = .black
    public var labelBold = false
    /// Autoscale margin as a fraction of the data range (axes.xmargin).
    public var margin: Double = Rc.margin
    public var inverted = false
    /// Draw ticks and tick labels (false for the shared x axis of a twin).
    public var showTicks = true
    /// Draw tick labels (false for inner Axes of `subplots(sharex=True)`; ticks stay).
    public var showTickLabels = true

    public init() {}
}
