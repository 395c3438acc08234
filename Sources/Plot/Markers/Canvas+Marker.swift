/// Stamping markers onto the canvas.
extension Canvas {
    /// Draws `marker` centred at `center` (pixels), `size` pixels across (matplotlib's
    /// markersize converted from points), filled with `face` and outlined with `edge` at
    /// `edgeWidth` pixels. Line-only markers use `edge` (or `face` when `edge` is nil).
    public func drawMarker(_ marker: Marker, at center: Point, size: Double, face: Color?, edge: Color?,
                           edgeWidth: Double, clip: Rect? = nil) {
        guard center.isFinite, size.isFinite, size >= 0 else { return }
        if marker == .pixel {
            let c = face ?? edge ?? .black
            fillRect(Rect(x: center.x.rounded(.down), y: center.y.rounded(.down), width: 1, height: 1), color: c, clip: clip)
            return
        }
        let shape = marker.unitShape.map { poly in poly.map { Point(center.x + $0.x * size, center.y - $0.y * size) } }
        if marker.isLineOnly {
            guard let c = edge ?? face else { return }
            var polys: [[Point]] = []
            for line in shape {
                polys += Stroker.stroke(line, style: StrokeStyle(width: max(edgeWidth, 0.1), join: .miter, cap: .butt), closed: false)
            }
            fill(polys, color: c, clip: clip)
            return
        }
        if marker == .circle || marker == .point, let f = face, let e = edge, f == e, edgeWidth > 0 {
            // Same face and edge: one disc of the outer radius.
            let r = (marker == .circle ? 0.5 : 0.25) * size + edgeWidth / 2
            fill([Shapes.circle(center: center, radius: r)], color: f, clip: clip)
            return
        }
        if let f = face { fill(shape, color: f, clip: clip) }
        if let e = edge, edgeWidth > 0 {
            var polys: [[Point]] = []
            for poly in shape {
                polys += Stroker.stroke(poly, style: StrokeStyle(width: edgeWidth, join: .miter, cap: .butt), closed: true)
            }
            fill(polys, color: e, clip: clip)
        }
    }
}
