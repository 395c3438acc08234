/// A line with optional markers: what `plot`, `axhline`, `axvline` and error bars draw.
///
/// Widths and marker sizes are in points; colours are straight alpha (`alpha` multiplies them).
/// Coordinates are data coordinates, except that `axesX` / `axesY` make x or y an axes fraction
/// (0 = left/bottom, 1 = right/top), as `axhline` spans the axes whatever the x limits.
public final class Line2D: Artist {
    public var x: [Double]
    public var y: [Double]
    public var color: Color
    public var lineWidth: Double
    public var lineStyle: LineStyle
    public var marker: Marker?
    public var markerSize: Double
    public var markerFaceColor: Color?
    public var markerEdgeColor: Color?
    public var markerEdgeWidth: Double
    public var alpha: Double?
    public var label: String
    public var zorder: Double = 2
    /// Straight segments or steps between the points (`drawstyle`).
    public var drawStyle: DrawStyle = .default
    /// Set by `errorbar`: the legend shows a vertical bar through the handle.
    var errorBarStyle: (color: Color, width: Double, capSize: Double)?
    var axesX = false
    var axesY = false

    public init(x: [Double], y: [Double], color: Color, lineWidth: Double = Rc.lineWidth, lineStyle: LineStyle = .solid,
                marker: Marker? = nil, markerSize: Double = Rc.markerSize, label: String = "") {
        self.x = x; self.y = y; self.color = color; self.lineWidth = lineWidth; self.lineStyle = lineStyle
        self.marker = marker; self.markerSize = markerSize; self.label = label
        markerEdgeWidth = Rc.markerEdgeWidth
    }

    var effectiveColor: Color { alpha.map { color.withAlpha($0) } ?? color }

    public func dataBounds() -> DataBounds? {
        var b = DataBounds()
        for i in 0..<min(x.count, y.count) {
            b.add(x: axesX ? .nan : x[i], y: axesY ? .nan : y[i])
        }
        return b
    }

    func pixelPoints(_ t: AxesTransform) -> [Point] {
        (0..<min(x.count, y.count)).map { i in
            Point(axesX ? t.axesPoint(x[i], 0).x : t.px(x[i]), axesY ? t.axesPoint(0, y[i]).y : t.py(y[i]))
        }
    }

    public func draw(_ ctx: RenderContext) {
        let pts = pixelPoints(ctx.transform)
        let c = effectiveColor
        if lineStyle != .none && lineWidth > 0 {
            let style = lineStyle.stroke(width: lineWidth, dpi: ctx.dpi)
            let margin = style.width * 4 + 2
            var polys: [[Point]] = []
            let path = drawStyle.path(pts)
            let simple = path.count > 64 ? PathSimplifier.simplify(path) : path
            for run in PolylineClipper.clip(simple, to: ctx.clip.insetBy(-margin)) {
                polys += Stroker.stroke(run, style: style, closed: false)
            }
            ctx.canvas.fill(polys, color: c, clip: ctx.clip)
        }
        if let m = marker {
            let face = (markerFaceColor ?? color).fading(alpha ?? 1)
            let edge = (markerEdgeColor ?? color).fading(alpha ?? 1)
            let size = markerSize * ctx.pt
            let bound = ctx.clip.insetBy(-size)
            for p in pts where p.isFinite && bound.contains(p) {
                let snapped = Point(p.x.rounded(.down) + 0.5, p.y.rounded(.down) + 0.5)
                ctx.canvas.drawMarker(m, at: snapped, size: size, face: face, edge: edge,
                                      edgeWidth: markerEdgeWidth * ctx.pt, clip: ctx.clip)
            }
        }
    }

    public var legendHandle: LegendHandle? {
        if let e = errorBarStyle {
            return .errorbar(lineHandle, barColor: e.color, barWidth: e.width, capSize: e.capSize)
        }
        return lineHandle
    }

    private var lineHandle: LegendHandle {
        .line(color: effectiveColor, width: lineWidth, style: lineStyle, marker: marker, markerSize: markerSize,
              markerFace: (markerFaceColor ?? color).fading(alpha ?? 1), markerEdge: (markerEdgeColor ?? color).fading(alpha ?? 1))
    }

    public func obstacles(_ t: AxesTransform) -> (points: [Point], boxes: [Rect]) {
        (pixelPoints(t).filter(\.isFinite), [])
    }
}
