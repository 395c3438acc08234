import Foundation

/// Polygon builders for the basic shapes, in pixel coordinates.
public enum Shapes {
    /// The four corners of `r`.
    public static func rectangle(_ r: Rect) -> [Point] {
        [Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY), Point(r.minX, r.maxY)]
    }

    /// How many segments approximate a circle of `radius` pixels within ~0.03 px.
    static func segments(radius: Double) -> Int {
        guard radius > 0.05, radius.isFinite else { return 8 }
        let n = Double.pi / acos(max(-1, 1 - 0.03 / radius))
        return max(8, min(720, Int(n.rounded(.up))))
    }

    /// A regular polygon approximating a circle, with its radius adjusted so that its area
    /// equals the circle's exactly (so coverage sums match πr²).
    public static func circle(center c: Point, radius: Double) -> [Point] {
        guard radius > 0, radius.isFinite else { return [] }
        let n = segments(radius: radius)
        let step = 2 * Double.pi / Double(n)
        let rr = radius * (2 * Double.pi / (Double(n) * sin(step))).squareRoot()
        return (0..<n).map { i in
            let t = Double(i) * step
            return Point(c.x + rr * cos(t), c.y + rr * sin(t))
        }
    }

    /// Points along an elliptical arc from `start` to `end` radians (counter-clockwise on screen,
    /// 0 = +x), radii `rx`, `ry`, centred at `c` (y down, so angles are mirrored for the caller).
    public static func arc(center c: Point, rx: Double, ry: Double, start: Double, end: Double, segments count: Int? = nil) -> [Point] {
        let span = end - start
        let n = count ?? max(2, Int((Double(segments(radius: max(rx, ry))) * abs(span) / (2 * Double.pi)).rounded(.up)) + 1)
        return (0...n).map { i in
            let t = start + span * Double(i) / Double(n)
            return Point(c.x + rx * cos(t), c.y - ry * sin(t))
        }
    }

    /// A rectangle with rounded corners of radius `radius` (legend frames use `fancybox`).
    public static func roundedRectangle(_ r: Rect, radius: Double) -> [Point] {
        let rad = max(0, min(radius, r.width / 2, r.height / 2))
        guard rad > 0.01 else { return rectangle(r) }
        var pts: [Point] = []
        let corners: [(Point, Double)] = [
            (Point(r.maxX - rad, r.minY + rad), 0), (Point(r.minX + rad, r.minY + rad), Double.pi / 2),
            (Point(r.minX + rad, r.maxY - rad), Double.pi), (Point(r.maxX - rad, r.maxY - rad), 3 * Double.pi / 2),
        ]
        for (c, a0) in corners {
            pts += arc(center: c, rx: rad, ry: rad, start: a0, end: a0 + Double.pi / 2)
        }
        return pts
    }
}
