/// Filled shapes: bars, histogram bins, `fill_between` areas, pie wedges, filled contours.
///
/// Each patch is a polygon in data coordinates with its own face and edge colour.
/// `stickyX` / `stickyY` keep the 5 % margins from crossing values such as a bar's base.
public final class PatchArtist: Artist {
    public struct Patch: Sendable {
        public var points: [Point]
        public var face: Color?
        public var edge: Color?
        public init(points: [Point], face: Color?, edge: Color?) { self.points = points; self.face = face; self.edge = edge }
    }

    public var patches: [Patch]
    public var lineWidth: Double
    public var label: String
    public var zorder: Double = 1
    /// Patch edges of step histograms are open polylines, not closed outlines.
    var openEdges = false
    var stickyX: [Double] = []
    var stickyY: [Double] = []
    var joinMiter = true
    /// Axes-fraction coordinates instead of data (pie wedges use data with equal aspect).
    var includeInBounds = true
    var rule: FillRule = .nonZero

    public init(patches: [Patch], lineWidth: Double = Rc.patchLineWidth, label: String = "") {
        self.patches = patches; self.lineWidth = lineWidth; self.label = label
    }

    public func dataBounds() -> DataBounds? {
        guard includeInBounds else { return nil }
        var b = DataBounds()
        for p in patches { for q in p.points { b.add(x: q.x, y: q.y) } }
        b.stickyX = stickyX; b.stickyY = stickyY
        return b
    }

    public func draw(_ ctx: RenderContext) {
        let t = ctx.transform
        let big = ctx.clip.insetBy(-1e5)
        for p in patches {
            // Clamp far-away vertices (a bar to 1e300) so the rasterizer keeps precision.
            let px = p.points.map { q -> Point in
                let r = t.point(q.x, q.y)
                return Point(min(big.maxX, max(big.minX, r.x)), min(big.maxY, max(big.minY, r.y)))
            }
            guard px.count > 1, px.allSatisfy(\.isFinite) else { continue }
            let shape = PatchArtist.isAxisAlignedRectangle(px) ? px.map { Point($0.x.rounded(), $0.y.rounded()) } : px
            if let f = p.face, f.a > 0, !openEdges { ctx.canvas.fill([shape], color: f, rule: rule, clip: ctx.clip) }
            if let e = p.edge, e.a > 0, lineWidth > 0 {
                let style = StrokeStyle(width: lineWidth * ctx.pt, join: joinMiter ? .miter : .round, cap: .butt)
                ctx.canvas.stroke(shape, style: style, color: e, closed: !openEdges, clip: ctx.clip)
            }
        }
    }

    /// Bars and histogram bins are snapped to whole pixels, as matplotlib snaps rectilinear
    /// paths: adjacent bars then meet without a faint anti-aliased seam.
    static func isAxisAlignedRectangle(_ p: [Point]) -> Bool {
        guard p.count == 4 else { return false }
        for i in 0..<4 {
            let a = p[i], b = p[(i + 1) % 4]
            if abs(a.x - b.x) > 1e-9 && abs(a.y - b.y) > 1e-9 { return false }
        }
        return true
    }

    public var legendHandle: LegendHandle? {
        guard let p = patches.first else { return nil }
        if openEdges { return .patch(face: nil, edge: p.edge, edgeWidth: lineWidth) }
        return .patch(face: p.face, edge: p.edge, edgeWidth: lineWidth)
    }

    public func obstacles(_ t: AxesTransform) -> (points: [Point], boxes: [Rect]) {
        var boxes: [Rect] = []
        for p in patches {
            let px = p.points.map { t.point($0.x, $0.y) }.filter(\.isFinite)
            guard let f = px.first else { continue }
            boxes.append(px.dropFirst().reduce(Rect(x: f.x, y: f.y, width: 0, height: 0)) { $0.union(Rect(x: $1.x, y: $1.y, width: 0, height: 0)) })
        }
        return ([], boxes)
    }
}
