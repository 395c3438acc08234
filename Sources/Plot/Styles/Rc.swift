/// matplotlib's default style values (its `rcParams`), in points unless noted. Every Axes and
/// Figure default comes from here, so the look can be checked against matplotlib in one place.
public enum Rc {
    public static let figureWidth = 6.4           // inches
    public static let figureHeight = 4.8          // inches
    public static let dpi = 100.0
    public static let fontSize = 10.0             // font.size
    public static let titleSize = 12.0            // axes.titlesize 'large'
    public static let labelSize = 10.0            // axes.labelsize 'medium'
    public static let tickLabelSize = 10.0        // xtick.labelsize 'medium'
    public static let legendFontSize = 10.0       // legend.fontsize 'medium'
    public static let suptitleSize = 12.0         // figure.titlesize 'large'
    public static let lineWidth = 1.5             // lines.linewidth
    public static let markerSize = 6.0            // lines.markersize
    public static let markerEdgeWidth = 1.0       // lines.markeredgewidth
    public static let patchLineWidth = 1.0        // patch.linewidth
    public static let axesLineWidth = 0.8         // axes.linewidth (spines)
    public static let majorTickSize = 3.5         // xtick.major.size
    public static let minorTickSize = 2.0         // xtick.minor.size
    public static let majorTickWidth = 0.8
    public static let minorTickWidth = 0.6
    public static let tickPad = 3.5               // xtick.major.pad
    public static let titlePad = 6.0              // axes.titlepad
    public static let labelPad = 4.0              // axes.labelpad
    public static let margin = 0.05               // axes.xmargin / ymargin
    public static let gridColor = Color(hex: 0xb0b0b0)
    public static let gridLineWidth = 0.8
    public static let legendBorderPad = 0.4       // in font sizes
    public static let legendLabelSpacing = 0.5
    public static let legendHandleLength = 2.0
    public static let legendHandleHeight = 0.7
    public static let legendHandleTextPad = 0.8
    public static let legendBorderAxesPad = 0.5
    public static let legendFrameAlpha = 0.8
    public static let legendEdgeColor = Color(r: 0.8, g: 0.8, b: 0.8)
    public static let histBins = 10
    public static let scatterSize = 36.0          // points², lines.markersize²
    public static let dashed: [Double] = [3.7, 1.6]          // lines.dashed_pattern
    public static let dotted: [Double] = [1.0, 1.65]         // lines.dotted_pattern
    public static let dashDot: [Double] = [6.4, 1.6, 1.0, 1.6]  // lines.dashdot_pattern
    public static let tightLayoutPad = 1.08       // in font sizes
}
