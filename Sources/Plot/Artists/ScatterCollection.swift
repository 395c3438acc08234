import Foundation

/// Markers at many points with per-point sizes and colours: what `scatter` draws.
///
/// Sizes are areas in points² (matplotlib's `s`, default 36); colours are resolved per point
/// (from `c` through a colormap, or given). Edges default to the face colour ("face").
public final class ScatterCollection: Artist {
    public var x: [Double]
    public var y: [Double]
    public var sizes: [Double]
    public var faceColors: [Color]
    public var edgeColors: [Color]?   // nil = same as face
    public var marker: Marker
    public var lineWidth: Double = Rc.patchLineWidth
    public var label: String
    public var zorder: Double = 1
    /// Set when colours came from numbers, for `colorbar`.
    public var colormap: Colormap?
    public var norm: Normalize?
    /// The `alpha` the points were drawn with (the colorbar shows it too).
    public var alpha: Double = 1

    public init(x: [Double], y: [Double], sizes: [Double], faceColors: [Color], edgeColors: [Color]?, marker: Marker, label: String = "") {
        self.x = x; self.y = y; self.sizes = sizes; self.faceColors = faceColors; self.edgeColors = edgeColors
        self.marker = marker; self.label = label
    }

    public func dataBounds() -> DataBounds? {
        var b = DataBounds()
        for i in 0..<min(x.count, y.count) { b.add(x: x[i], y: y[i]) }
        return b
    }

    public func draw(_ ctx: RenderContext) {
        guard !faceColors.isEmpty, !sizes.isEmpty else { return }
        let n = min(x.count, y.count)
        // Masks per (size, sub-pixel offset); colours are applied when stamping.
        struct Key: Hashable { let size: Double; let qx: Int; let qy: Int; let face: Bool; let edge: Bool; let merged: Bool }
        var stamps: [Key: MarkerStamp] = [:]
        let ew = lineWidth * ctx.pt
        for i in 0..<n {
            let p = ctx.transform.point(x[i], y[i])
            let s = sizes[i % sizes.count]
            guard p.isFinite, s.isFinite, s > 0 else { continue }
            let d = s.squareRoot() * ctx.pt
            guard d < 2000, ctx.clip.insetBy(-d).contains(p) else { continue }
            let face = faceColors[i % faceColors.count]
            let edge = marker.isLineOnly ? face : (edgeColors.flatMap { $0.isEmpty ? nil : $0[i % $0.count] } ?? face)
            let hasFace = face.a > 0, hasEdge = edge.a > 0 && ew > 0
            let merged = hasFace && hasEdge && face == edge
            let fx = p.x - p.x.rounded(.down), fy = p.y - p.y.rounded(.down)
            let key = Key(size: (d * 64).rounded() / 64, qx: Int(fx * 4) & 3, qy: Int(fy * 4) & 3,
                          face: hasFace, edge: hasEdge, merged: merged)
            let stamp: MarkerStamp
            if let st = stamps[key] { stamp = st } else {
                stamp = MarkerStamp(marker: marker, size: key.size, edgeWidth: ew, hasFace: hasFace, hasEdge: hasEdge,
                                    merged: merged, qx: key.qx, qy: key.qy)
                stamps[key] = stamp
            }
            let x0 = Int(p.x.rounded(.down)) - stamp.radius, y0 = Int(p.y.rounded(.down)) - stamp.radius
            if let f = stamp.face { ctx.canvas.blend(mask: f, side: stamp.size, x0: x0, y0: y0, color: face, clip: ctx.clip) }
            if let e = stamp.edge { ctx.canvas.blend(mask: e, side: stamp.size, x0: x0, y0: y0, color: merged ? face : edge, clip: ctx.clip) }
        }
    }

    public var legendHandle: LegendHandle? {
        guard let f = faceColors.first else { return nil }
        return .marker(marker: marker, size: (sizes.first ?? Rc.scatterSize).squareRoot(), face: f,
                       edge: edgeColors?.first ?? f)
    }

    public func obstacles(_ t: AxesTransform) -> (points: [Point], boxes: [Rect]) {
        ((0..<min(x.count, y.count)).map { t.point(x[$0], y[$0]) }.filter(\.isFinite), [])
    }
}
