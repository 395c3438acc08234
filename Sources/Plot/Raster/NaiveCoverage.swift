/// The slow twin of `CoverageAccumulator`, for tests.
///
/// For every pixel it clips each polygon to the pixel's square (Sutherland–Hodgman) and takes
/// the signed area of what remains. For a closed polygon that is exactly the integral of the
/// winding number over the pixel — what the accumulator computes with its prefix sums.
public enum NaiveCoverage {
    /// Winding integrals of `width x height` pixels, row-major, with the accumulator's sign.
    public static func windingAreas(_ polys: [[Point]], width: Int, height: Int) -> [Float] {
        var out = [Float](repeating: 0, count: max(0, width * height))
        for y in 0..<max(0, height) {
            for x in 0..<max(0, width) {
                var total = 0.0
                for poly in polys {
                    let c = clip(poly, Double(x), Double(y), Double(x + 1), Double(y + 1))
                    total += signedArea(c)
                }
                // Shoelace area is positive for screen-clockwise polygons; the accumulator
                // counts downward edges positive, which gives the opposite sign.
                out[y * width + x] = Float(-total)
            }
        }
        return out
    }

    /// Shoelace signed area (positive for polygons clockwise on screen, y down).
    public static func signedArea(_ p: [Point]) -> Double {
        guard p.count > 2 else { return 0 }
        var s = 0.0
        var prev = p[p.count - 1]
        for q in p { s += prev.x * q.y - q.x * prev.y; prev = q }
        return s / 2
    }

    private static func clip(_ poly: [Point], _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> [Point] {
        var pts = poly
        pts = clipEdge(pts, { $0.x >= x0 }, { a, b in lerpX(a, b, x0) })
        pts = clipEdge(pts, { $0.x <= x1 }, { a, b in lerpX(a, b, x1) })
        pts = clipEdge(pts, { $0.y >= y0 }, { a, b in lerpY(a, b, y0) })
        pts = clipEdge(pts, { $0.y <= y1 }, { a, b in lerpY(a, b, y1) })
        return pts
    }

    private static func lerpX(_ a: Point, _ b: Point, _ x: Double) -> Point {
        let t = (x - a.x) / (b.x - a.x); return Point(x, a.y + (b.y - a.y) * t)
    }

    private static func lerpY(_ a: Point, _ b: Point, _ y: Double) -> Point {
        let t = (y - a.y) / (b.y - a.y); return Point(a.x + (b.x - a.x) * t, y)
    }

    private static func clipEdge(_ pts: [Point], _ inside: (Point) -> Bool, _ cut: (Point, Point) -> Point) -> [Point] {
        guard let last = pts.last else { return [] }
        var out: [Point] = []
        var prev = last
        for p in pts {
            let pin = inside(p), qin = inside(prev)
            if pin {
                if !qin { out.append(cut(prev, p)) }
                out.append(p)
            } else if qin {
                out.append(cut(prev, p))
            }
            prev = p
        }
        return out
    }
}
