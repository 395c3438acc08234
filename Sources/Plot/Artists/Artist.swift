/// The data extent of an artist, and "sticky" values that the 5 % margins must not cross
/// (bars stand on 0, images fill the axes exactly), as matplotlib's sticky edges.
public struct DataBounds: Sendable {
    public var xmin = Double.infinity, xmax = -Double.infinity
    public var ymin = Double.infinity, ymax = -Double.infinity
    var stickyX: [Double] = []
    var stickyY: [Double] = []
    /// Smallest positive x and y (for log axes).
    var minPosX = Double.infinity, minPosY = Double.infinity

    public init() {}

    mutating func add(x: Double, y: Double) {
        if x.isFinite { xmin = min(xmin, x); xmax = max(xmax, x); if x > 0 { minPosX = min(minPosX, x) } }
        if y.isFinite { ymin = min(ymin, y); ymax = max(ymax, y); if y > 0 { minPosY = min(minPosY, y) } }
    }

    mutating func addX(_ x: Double) { add(x: x, y: .nan) }
    mutating func addY(_ y: Double) { add(x: .nan, y: y) }

    mutating func merge(_ o: DataBounds) {
        xmin = min(xmin, o.xmin); xmax = max(xmax, o.xmax)
        ymin = min(ymin, o.ymin); ymax = max(ymax, o.ymax)
        minPosX = min(minPosX, o.minPosX); minPosY = min(minPosY, o.minPosY)
        stickyX += o.stickyX; stickyY += o.stickyY
    }

    /// Only the x part (for axes sharing x).
    var xOnly: DataBounds {
        var b = DataBounds(); b.xmin = xmin; b.xmax = xmax; b.minPosX = minPosX; b.stickyX = stickyX; return b
    }

    /// Only the y part.
    var yOnly: DataBounds {
        var b = DataBounds(); b.ymin = ymin; b.ymax = ymax; b.minPosY = minPosY; b.stickyY = stickyY; return b
    }

    var hasX: Bool { xmin <= xmax }
    var hasY: Bool { ymin <= ymax }
}

/// What a legend entry shows for an artist.
public enum LegendHandle: Sendable {
    case line(color: Color, width: Double, style: LineStyle, marker: Marker?, markerSize: Double, markerFace: Color?, markerEdge: Color?)
    case patch(face: Color?, edge: Color?, edgeWidth: Double)
    case marker(marker: Marker, size: Double, face: Color?, edge: Color?)
    /// An error bar entry: the line handle with a vertical bar (and caps) through its middle.
    indirect case errorbar(LegendHandle, barColor: Color, barWidth: Double, capSize: Double)
}

/// Something drawn inside an Axes: lines, markers, patches, images, text.
///
/// Each kind of plot is one artist class in its own file; `Axes` keeps them in creation order
/// and draws them sorted by `zorder` (images 0, patches 1, lines 2, text 3, as matplotlib).
public protocol Artist: AnyObject {
    var label: String { get }
    var zorder: Double { get }
    /// Data extent used for autoscaling; nil when the artist does not take part.
    func dataBounds() -> DataBounds?
    func draw(_ ctx: RenderContext)
    /// The legend entry; nil when the artist has no legend entry.
    var legendHandle: LegendHandle? { get }
    /// Pixel points and boxes the legend's "best" location should avoid.
    func obstacles(_ t: AxesTransform) -> (points: [Point], boxes: [Rect])
}

extension Artist {
    public var legendHandle: LegendHandle? { nil }
    public func obstacles(_ t: AxesTransform) -> (points: [Point], boxes: [Rect]) { ([], []) }
}

/// Clips a polyline to a rectangle (Liang–Barsky per segment), returning the visible runs, so
/// that points far outside the view never reach the stroker as huge coordinates.
enum PolylineClipper {
    static func clip(_ pts: [Point], to r: Rect) -> [[Point]] {
        var runs: [[Point]] = []
        var cur: [Point] = []
        guard pts.count > 1 else { return pts.allSatisfy({ $0.isFinite && r.contains($0) }) ? [pts] : [] }
        for i in 0..<(pts.count - 1) {
            let a = pts[i], b = pts[i + 1]
            guard a.isFinite, b.isFinite, let (p, q) = segment(a, b, r) else {
                if cur.count > 1 { runs.append(cur) }
                cur = []
                continue
            }
            if let last = cur.last, (last - p).length < 1e-9 {
                cur.append(q)
            } else {
                if cur.count > 1 { runs.append(cur) }
                cur = [p, q]
            }
            if (q - b).length > 1e-9 { runs.append(cur); cur = [] }
        }
        if cur.count > 1 { runs.append(cur) }
        return runs
    }

    static func segment(_ a: Point, _ b: Point, _ r: Rect) -> (Point, Point)? {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - r.minX), (dx, r.maxX - a.x), (-dy, a.y - r.minY), (dy, r.maxY - a.y)] {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let t = q / p
                if p < 0 { if t > t1 { return nil }; if t > t0 { t0 = t } } else { if t < t0 { return nil }; if t < t1 { t1 = t } }
            }
        }
        return (Point(a.x + t0 * dx, a.y + t0 * dy), Point(a.x + t1 * dx, a.y + t1 * dy))
    }
}
