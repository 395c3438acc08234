/// Where the grid of subplots sits in the figure, as fractions of its size (matplotlib's
/// `figure.subplot.*`): left .125, right .9, bottom .11, top .88, wspace .2, hspace .2.
/// `wspace`/`hspace` are gaps as fractions of the average Axes width/height.
public struct SubplotParams: Equatable, Sendable {
    public var left = 0.125
    public var right = 0.9
    public var bottom = 0.11
    public var top = 0.88
    public var wspace = 0.2
    public var hspace = 0.2

    public init() {}

    /// The pixel rectangle of cells `rows x cols` (spans allowed) of an `nrows x ncols` grid
    /// in a `w x h` pixel figure, rows counted from the top.
    func cell(nrows: Int, ncols: Int, row: Int, col: Int, rowSpan: Int = 1, colSpan: Int = 1, w: Double, h: Double) -> Rect {
        let nr = Double(max(1, nrows)), nc = Double(max(1, ncols))
        let totW = (right - left) * w, totH = (top - bottom) * h
        let cellW = totW / (nc + wspace * (nc - 1)), sepW = wspace * cellW
        let cellH = totH / (nr + hspace * (nr - 1)), sepH = hspace * cellH
        let x = left * w + Double(col) * (cellW + sepW)
        let y = (1 - top) * h + Double(row) * (cellH + sepH)
        let cw = Double(colSpan) * cellW + Double(colSpan - 1) * sepW
        let ch = Double(rowSpan) * cellH + Double(rowSpan - 1) * sepH
        return Rect(x: x, y: y, width: cw, height: ch)
    }
}
