/// The arrow of `ax.annotate(..., arrowprops=dict(...))`, from the text towards the annotated
/// point.
///
/// Two families, as in matplotlib: with an `arrowstyle` (`'->'`, `'-'`, `'-|>'`) a line of
/// `lineWidth` points that stops `gaps` points short of the text and of the point
/// (`shrinkA`/`shrinkB`, 2 each); without one, a filled arrow of fixed proportions (width 4,
/// head 12x12 points) shortened at both ends by `shrink`, a fraction of its length.
public struct Arrow: Sendable {
    public enum Style: String, Sendable {
        /// The filled arrow of `arrowprops` without an `arrowstyle` (`facecolor`, `shrink`).
        case filled = "simple"
        /// `'->'`: a line with an open head.
        case open = "->"
        /// `'-|>'`: a line with a filled triangular head.
        case closed = "-|>"
        /// `'-'`: a plain line.
        case line = "-"
    }

    public var style: Style
    public var color: Color
    /// Points; for the line styles.
    public var lineWidth: Double
    /// Fraction of the length left empty at each end, for `.filled`.
    public var shrink: Double
    /// Points left empty at the text end and at the point end, for the line styles.
    public var gapAtText: Double
    public var gapAtPoint: Double

    public init(style: Style = .filled, color: Color = .black, lineWidth: Double = Rc.patchLineWidth, shrink: Double = 0,
                gapAtText: Double = 2, gapAtPoint: Double = 2) {
        self.style = style; self.color = color; self.lineWidth = lineWidth
        self.shrink = min(0.45, max(0, shrink.isFinite ? shrink : 0))
        self.gapAtText = gapAtText.isFinite ? max(0, gapAtText) : 2
        self.gapAtPoint = gapAtPoint.isFinite ? max(0, gapAtPoint) : 2
    }

    /// Draws the arrow from the edge of the text box `from` to `tip` (pixels); `pt` is pixels
    /// per point.
    func draw(on canvas: Canvas, from box: Rect, to tip: Point, pt: Double) {
        guard tip.isFinite else { return }
        // Start where the line from the text centre leaves the text box.
        let c = Point(box.midX, box.midY)
        let d = tip - c
        guard d.length > 1 else { return }
        var tExit = 1.0
        if d.x != 0 { tExit = min(tExit, abs(box.width / 2 / d.x)) }
        if d.y != 0 { tExit = min(tExit, abs(box.height / 2 / d.y)) }
        var start = c + d * tExit
        var end = tip
        let len = (end - start).length
        guard len > 2 else { return }
        let u = (end - start).normalized
        let gaps = style == .filled ? (shrink * len, shrink * len) : (gapAtText * pt, gapAtPoint * pt)
        guard gaps.0 + gaps.1 < len else { return }
        start = start + u * gaps.0
        end = end - u * gaps.1
        let n = u.perpendicular
        let lw = max(0, lineWidth.isFinite ? lineWidth : 1) * pt
        // Heads of the line styles: matplotlib's 0.4 x 0.2 of the 10 pt mutation scale.
        let head = 0.4 * 10 * pt
        switch style {
        case .line:
            canvas.stroke([start, end], style: StrokeStyle(width: lw), color: color)
        case .open:
            canvas.stroke([start, end], style: StrokeStyle(width: lw), color: color)
            canvas.stroke([end - u * head + n * (head * 0.5), end, end - u * head - n * (head * 0.5)],
                          style: StrokeStyle(width: lw, join: .miter), color: color)
        case .closed:
            let base = end - u * head
            canvas.stroke([start, base], style: StrokeStyle(width: lw), color: color)
            let tri = [base + n * (head * 0.5), end, base - n * (head * 0.5)]
            canvas.fill([tri], color: color)
            canvas.stroke(tri, style: StrokeStyle(width: lw, join: .miter), color: color, closed: true)
        case .filled:
            let headLen = min(12 * pt, (end - start).length * 0.5), headW = 12 * pt, bodyW = 4 * pt
            let base = end - u * headLen
            let poly = [start + n * (bodyW / 2), base + n * (bodyW / 2), base + n * (headW / 2), end,
                        base - n * (headW / 2), base - n * (bodyW / 2), start - n * (bodyW / 2)]
            canvas.fill([poly], color: color)
        }
    }
}
