/// Many separate polylines sharing a width and style, each with its own colour: contour
/// lines, error bars and their caps.
public final class LineCollection: Artist {
    public var lines: [[Point]]   // data coordinates
    public var colors: [Color]
    public var lineWidth: Double
    public var lineStyle: LineStyle
    public var label: String
    public var zorder: Double = 2
    var includeInBounds = true

    public init(lines: [[Point]], colors: [Color], lineWidth: Double = Rc.lineWidth, lineStyle: LineStyle = .solid, label: String = "") {
        self.lines = lines; self.colors = colors; self.lineWidth = lineWidth; self.lineStyle = lineStyle; self.label = label
    }

    public func dataBounds() -> DataBounds? {
        guard includeInBounds else { return nil }
        var b = DataBounds()
        for l in lines { for p in l { b.add(x: p.x, y: p.y) } }
        return b
    }

    public func draw(_ ctx: RenderContext) {
        guard !colors.isEmpty, lineStyle != .none else { return }
        var style = lineStyle.stroke(width: lineWidth, dpi: ctx.dpi)
        style.cap = .butt
        // Group by colour so each colour is one fill.
        var groups: [Color: [[Point]]] = [:]
        var order: [Color] = []
        for (i, l) in lines.enumerated() {
            let c = colors[i % colors.count]
            let pts = l.map { ctx.transform.point($0.x, $0.y) }
            var polys: [[Point]] = []
            for run in PolylineClipper.clip(pts, to: ctx.clip.insetBy(-style.width * 4 - 2)) {
                polys += Stroker.stroke(run, style: style, closed: false)
            }
            if groups[c] == nil { order.append(c) }
            groups[c, default: []] += polys
        }
        for c in order { ctx.canvas.fill(groups[c] ?? [], color: c, clip: ctx.clip) }
    }

    public var legendHandle: LegendHandle? {
        colors.first.map { .line(color: $0, width: lineWidth, style: lineStyle, marker: nil, markerSize: 0, markerFace: nil, markerEdge: nil) }
    }

    public func obstacles(_ t: AxesTransform) -> (points: [Point], boxes: [Rect]) {
        (lines.flatMap { $0.map { t.point($0.x, $0.y) } }.filter(\.isFinite), [])
    }
}
