/// A 2-D grid of values for contouring, with the data coordinates of every node.
///
/// Each square cell is split into four triangles around its centre (whose value is the mean of
/// the corners). Contour lines and filled bands are then exact for the piecewise-linear surface
/// on those triangles: this is marching squares with the centre value resolving the ambiguous
/// "saddle" cells, and filled bands and lines always agree.
struct ContourGrid {
    let rows: Int
    let cols: Int
    let z: [Double]
    let xs: [Double]   // rows * cols node x coordinates
    let ys: [Double]

    /// A triangle: three (point, value) corners.
    typealias Tri = ((Point, Double), (Point, Double), (Point, Double))

    func node(_ r: Int, _ c: Int) -> (Point, Double) {
        let i = r * cols + c
        return (Point(xs[i], ys[i]), z[i])
    }

    /// Calls `body` for the four triangles of every cell whose corners are all finite.
    func forEachTriangle(_ body: (Tri) -> Void) {
        guard rows > 1, cols > 1 else { return }
        for r in 0..<(rows - 1) {
            for c in 0..<(cols - 1) {
                let a = node(r, c), b = node(r, c + 1), d = node(r + 1, c), e = node(r + 1, c + 1)
                guard a.1.isFinite, b.1.isFinite, d.1.isFinite, e.1.isFinite else { continue }
                let m = (Point((a.0.x + b.0.x + d.0.x + e.0.x) / 4, (a.0.y + b.0.y + d.0.y + e.0.y) / 4), (a.1 + b.1 + d.1 + e.1) / 4)
                body((a, b, m)); body((b, e, m)); body((e, d, m)); body((d, a, m))
            }
        }
    }

    /// The polygon pieces where `lo <= z <= hi`, all oriented alike.
    func band(_ lo: Double, _ hi: Double) -> [[Point]] {
        var out: [[Point]] = []
        forEachTriangle { t in
            let vmin = min(t.0.1, t.1.1, t.2.1), vmax = max(t.0.1, t.1.1, t.2.1)
            if vmax < lo || vmin > hi { return }
            var poly = [t.0, t.1, t.2]
            if vmin < lo { poly = ContourGrid.clip(poly, keepAbove: true, level: lo) }
            if vmax > hi { poly = ContourGrid.clip(poly, keepAbove: false, level: hi) }
            guard poly.count >= 3 else { return }
            var pts = poly.map(\.0)
            if NaiveCoverage.signedArea(pts) < 0 { pts.reverse() }
            out.append(pts)
        }
        return out
    }

    private static func clip(_ poly: [(Point, Double)], keepAbove: Bool, level: Double) -> [(Point, Double)] {
        guard let last = poly.last else { return [] }
        func inside(_ v: Double) -> Bool { keepAbove ? v >= level : v <= level }
        var out: [(Point, Double)] = []
        var prev = last
        for cur in poly {
            let ci = inside(cur.1), pi = inside(prev.1)
            if ci != pi {
                let t = (level - prev.1) / (cur.1 - prev.1)
                out.append((prev.0 + (cur.0 - prev.0) * t, level))
            }
            if ci { out.append(cur) }
            prev = cur
        }
        return out
    }

    /// The contour line(s) at `level`, joined into polylines.
    func isolines(_ level: Double) -> [[Point]] {
        var segs: [(Point, Point)] = []
        forEachTriangle { t in
            let v = [t.0, t.1, t.2]
            var cross: [Point] = []
            for k in 0..<3 {
                let a = v[k], b = v[(k + 1) % 3]
                if (a.1 < level) != (b.1 < level) {
                    let s = (level - a.1) / (b.1 - a.1)
                    cross.append(a.0 + (b.0 - a.0) * s)
                }
            }
            if cross.count == 2 { segs.append((cross[0], cross[1])) }
        }
        return ContourGrid.join(segs)
    }

    /// Chains segments that share end points into polylines.
    static func join(_ segs: [(Point, Point)]) -> [[Point]] {
        struct Key: Hashable { let x: Int64; let y: Int64 }
        func key(_ p: Point) -> Key { Key(x: Int64((p.x * 1e9).rounded()), y: Int64((p.y * 1e9).rounded())) }
        var byEnd: [Key: [Int]] = [:]
        for (i, s) in segs.enumerated() { byEnd[key(s.0), default: []].append(i); byEnd[key(s.1), default: []].append(i) }
        var used = [Bool](repeating: false, count: segs.count)
        var out: [[Point]] = []
        for i in 0..<segs.count where !used[i] {
            used[i] = true
            var line = [segs[i].0, segs[i].1]
            for forward in [true, false] {
                var guardN = 0
                while guardN < segs.count {
                    guardN += 1
                    let end = forward ? line[line.count - 1] : line[0]
                    guard let j = byEnd[key(end)]?.first(where: { !used[$0] }) else { break }
                    used[j] = true
                    let s = segs[j]
                    let next = key(s.0) == key(end) ? s.1 : s.0
                    if forward { line.append(next) } else { line.insert(next, at: 0) }
                }
            }
            out.append(line)
        }
        return out
    }
}
