/// A laid-out legend: the frame, and for every entry its handle and label, in pixels.
///
/// Spacing follows matplotlib's rcParams in font-size units: border pad 0.4, label spacing 0.5,
/// handle length 2.0, handle height 0.7, handle–text pad 0.8, column spacing 2.0; the frame is
/// white at alpha 0.8 with a 0.8-gray edge and corners rounded by 0.2 font sizes.
struct LegendBox {
    struct Entry {
        var handle: LegendHandle
        var label: String
    }

    let entries: [Entry]
    let settings: LegendSettings
    let dpi: Double
    /// Size of the frame, pixels.
    let width: Double
    let height: Double
    private let labelLayouts: [TextLayout]
    private let rowHeights: [Double]
    private let colWidths: [Double]
    private let rowsPerCol: Int
    private let titleLayout: TextLayout?
    /// Space between columns, pixels (2 font sizes, more when `mode='expand'` widens the legend).
    private let columnGap: Double

    /// `expandTo`: the frame width wanted by `mode='expand'` (pixels); a narrower legend is
    /// widened, the extra space going between the columns (or after a single one).
    init(entries: [Entry], settings: LegendSettings, dpi: Double, expandTo: Double? = nil) {
        self.entries = entries; self.settings = settings; self.dpi = dpi
        let fs = settings.fontSize * dpi / 72
        labelLayouts = entries.map { TextLayout($0.label, sizePx: fs) }
        rowHeights = labelLayouts.map { max($0.height, Rc.legendHandleHeight * fs) }
        let ncols = max(1, min(settings.ncols, max(1, entries.count)))
        rowsPerCol = max(1, (entries.count + ncols - 1) / ncols)
        var cols: [Double] = []
        var c = 0
        while c * rowsPerCol < entries.count {
            let slice = labelLayouts[(c * rowsPerCol)..<min(entries.count, (c + 1) * rowsPerCol)]
            cols.append((Rc.legendHandleLength + Rc.legendHandleTextPad) * fs + (slice.map(\.width).max() ?? 0))
            c += 1
        }
        titleLayout = settings.title.isEmpty ? nil : TextLayout(settings.title, sizePx: fs)
        let pad = Rc.legendBorderPad * fs
        var h = 0.0
        for c in 0..<cols.count {
            let rows = rowHeights[(c * rowsPerCol)..<min(entries.count, (c + 1) * rowsPerCol)]
            h = max(h, rows.reduce(0, +) + Double(max(0, rows.count - 1)) * Rc.legendLabelSpacing * fs)
        }
        var gap = 2.0 * fs
        var w = cols.reduce(0, +) + Double(max(0, cols.count - 1)) * gap
        if let t = titleLayout { h += t.height + Rc.legendLabelSpacing * fs; w = max(w, t.width) }
        if let target = expandTo, target.isFinite, target - 2 * pad > w {
            let extra = target - 2 * pad - w
            if cols.count > 1 { gap += extra / Double(cols.count - 1) } else if !cols.isEmpty { cols[0] += extra }
            w = target - 2 * pad
        }
        colWidths = cols
        columnGap = gap
        width = w + 2 * pad
        height = h + 2 * pad
    }

    /// The frame's top-left corner for a fixed location inside the Axes box.
    func origin(_ loc: LegendSettings.Location, in box: Rect) -> Point {
        let fs = settings.fontSize * dpi / 72
        let pad = Rc.legendBorderAxesPad * fs
        let left = box.minX + pad, right = box.maxX - pad - width, cx = box.midX - width / 2
        let top = box.minY + pad, bottom = box.maxY - pad - height, cy = box.midY - height / 2
        switch loc {
        case .best, .upperRight: return Point(right, top)
        case .upperLeft: return Point(left, top)
        case .lowerLeft: return Point(left, bottom)
        case .lowerRight: return Point(right, bottom)
        case .right, .centerRight: return Point(right, cy)
        case .centerLeft: return Point(left, cy)
        case .lowerCenter: return Point(cx, bottom)
        case .upperCenter: return Point(cx, top)
        case .center: return Point(cx, cy)
        }
    }

    /// Draws the legend with its frame's top-left corner at `o`.
    func draw(on canvas: Canvas, at o: Point) {
        let pt = dpi / 72
        let fs = settings.fontSize * pt
        let frame = Rect(x: o.x, y: o.y, width: width, height: height)
        if settings.frameOn {
            let shape = Shapes.roundedRectangle(frame, radius: 0.2 * fs)
            canvas.fill([shape], color: Color.white.withAlpha(Rc.legendFrameAlpha))
            canvas.stroke(shape, style: StrokeStyle(width: Rc.patchLineWidth * pt, join: .miter),
                          color: Rc.legendEdgeColor.withAlpha(Rc.legendFrameAlpha), closed: true)
        }
        let pad = Rc.legendBorderPad * fs
        var top = o.y + pad
        if let t = titleLayout {
            canvas.drawText(settings.title, at: Point(frame.midX, top), style: TextStyle(size: settings.fontSize, ha: .center, va: .top), dpi: dpi)
            top += t.height + Rc.legendLabelSpacing * fs
        }
        var x = o.x + pad
        for (c, cw) in colWidths.enumerated() {
            var y = top
            for i in (c * rowsPerCol)..<min(entries.count, (c + 1) * rowsPerCol) {
                let rh = rowHeights[i]
                let cyRow = y + rh / 2
                drawHandle(entries[i].handle, on: canvas, x: x, cy: cyRow, fs: fs, pt: pt)
                let tx = x + (Rc.legendHandleLength + Rc.legendHandleTextPad) * fs
                let lay = labelLayouts[i]
                // Vertically centre the text box on the row.
                let baseline = cyRow - lay.height / 2 + lay.ascent
                canvas.drawText(entries[i].label, at: Point(tx, baseline), style: TextStyle(size: settings.fontSize), dpi: dpi)
                y += rh + Rc.legendLabelSpacing * fs
            }
            x += cw + columnGap
        }
    }

    private func drawHandle(_ h: LegendHandle, on canvas: Canvas, x: Double, cy: Double, fs: Double, pt: Double) {
        let len = Rc.legendHandleLength * fs
        switch h {
        case let .line(color, width, style, marker, markerSize, face, edge):
            if style != .none && width > 0 {
                canvas.stroke([Point(x, cy), Point(x + len, cy)], style: style.stroke(width: width, dpi: dpi), color: color)
            }
            if let m = marker {
                canvas.drawMarker(m, at: Point(x + len / 2, cy), size: markerSize * pt, face: face, edge: edge,
                                  edgeWidth: Rc.markerEdgeWidth * pt)
            }
        case let .patch(face, edge, edgeWidth):
            let r = Rect(x: x, y: cy - Rc.legendHandleHeight * fs / 2, width: len, height: Rc.legendHandleHeight * fs)
            if let f = face { canvas.fillRect(r, color: f) }
            if let e = edge, e.a > 0, edgeWidth > 0 {
                canvas.stroke(Shapes.rectangle(r), style: StrokeStyle(width: edgeWidth * pt, join: .miter), color: e, closed: true)
            }
        case let .errorbar(inner, barColor, barWidth, capSize):
            let cx = x + len / 2, h = 1.0 * fs
            let style = StrokeStyle(width: barWidth * pt, cap: .butt)
            canvas.stroke([Point(cx, cy - h / 2), Point(cx, cy + h / 2)], style: style, color: barColor)
            if capSize > 0 {
                for y in [cy - h / 2, cy + h / 2] {
                    canvas.stroke([Point(cx - capSize * pt, y), Point(cx + capSize * pt, y)], style: style, color: barColor)
                }
            }
            drawHandle(inner, on: canvas, x: x, cy: cy, fs: fs, pt: pt)
        case let .marker(marker, size, face, edge):
            canvas.drawMarker(marker, at: Point(x + len / 2, cy), size: size * pt, face: face, edge: edge, edgeWidth: Rc.patchLineWidth * pt)
        }
    }
}
