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

    /// The filled regions of every band `levels[j]...levels[j+1]`, in one pass over the grid:
    /// a cell entirely inside one band is emitted as its square; other cells are split into
    /// their four triangles, each clipped to the bands its values span. Pieces are oriented alike.
    func bands(_ levels: [Double]) -> [[[Point]]] {
        let nb = levels.count - 1
        guard nb >= 1, rows > 1, cols > 1 else { return [] }
        var out = [[[Point]]](repeating: [], count: nb)
        /// The band holding `v`: -1 below the first level, `nb` above the last.
        func band(_ v: Double) -> Int {
            if v < levels[0] { return -1 }
            if v > levels[nb] { return nb }
            var lo = 0, hi = nb - 1
            while lo < hi { let m = (lo + hi + 1) / 2; if levels[m] <= v { lo = m } else { hi = m - 1 } }
            return lo
        }
        func add(_ pts: [Point], _ j: Int) {
            out[j].append(NaiveCoverage.signedArea(pts) < 0 ? pts.reversed() : pts)
        }
        // Consecutive cells of a row lying wholly in one band are merged into one polygon
        // (top edge left to right, bottom edge back), which halves the edges to rasterize.
        var runBand = -1
        var runTop: [Point] = [], runBottom: [Point] = []
        func flushRun() {
            if runBand >= 0 { add(runTop + runBottom.reversed(), runBand) }
            runBand = -1; runTop = []; runBottom = []
        }
        for r in 0..<(rows - 1) {
            flushRun()
            for c in 0..<(cols - 1) {
                let a = node(r, c), b = node(r, c + 1), d = node(r + 1, c), e = node(r + 1, c + 1)
                guard a.1.isFinite, b.1.isFinite, d.1.isFinite, e.1.isFinite else { flushRun(); continue }
                let vmin = min(a.1, b.1, d.1, e.1), vmax = max(a.1, b.1, d.1, e.1)
                let j0 = band(vmin), j1 = band(vmax)
                if j1 < 0 || j0 >= nb { flushRun(); continue }
                if j0 == j1 {
                    // Only axis-aligned cells (a meshgrid) are merged; a curvilinear cell stands alone.
                    guard a.0.y == b.0.y, d.0.y == e.0.y, a.0.x == d.0.x, b.0.x == e.0.x else {
                        flushRun(); add([a.0, b.0, e.0, d.0], j0); continue
                    }
                    if runBand != j0 { flushRun(); runBand = j0; runTop = [a.0]; runBottom = [d.0] }
                    runTop.append(b.0); runBottom.append(e.0)
                    continue
                }
                flushRun()
                let m = (Point((a.0.x + b.0.x + d.0.x + e.0.x) / 4, (a.0.y + b.0.y + d.0.y + e.0.y) / 4), (a.1 + b.1 + d.1 + e.1) / 4)
                for t in [(a, b), (b, e), (e, d), (d, a)] {
                    let tri = [t.0, t.1, m]
                    let tmin = min(t.0.1, t.1.1, m.1), tmax = max(t.0.1, t.1.1, m.1)
                    let k0 = max(0, band(tmin)), k1 = min(nb - 1, band(tmax))
                    guard k0 <= k1 else { continue }
                    for j in k0...k1 {
                        var poly = tri
                        if tmin < levels[j] { poly = ContourGrid.clip(poly, keepAbove: true, level: levels[j]) }
                        if tmax > levels[j + 1] { poly = ContourGrid.clip(poly, keepAbove: false, level: levels[j + 1]) }
                        if poly.count >= 3 { add(poly.map(\.0), j) }
                    }
                }
            }
        }
        flushRun()
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

    /// The contour lines of every level, joined into polylines, in one pass over the grid.
    func isolines(_ levels: [Double]) -> [[[Point]]] {
        var segs = [[(Point, Point)]](repeating: [], count: levels.count)
        let sorted = levels.enumerated().sorted { $0.element < $1.element }
        forEachTriangle { t in
            let tmin = min(t.0.1, t.1.1, t.2.1), tmax = max(t.0.1, t.1.1, t.2.1)
            for (idx, level) in sorted {
                if level < tmin { continue }
                if level > tmax { break }
                var cross0: Point?
                var cross1: Point?
                for (p, q) in [(t.0, t.1), (t.1, t.2), (t.2, t.0)] where (p.1 < level) != (q.1 < level) {
                    let s = (level - p.1) / (q.1 - p.1)
                    let x = p.0 + (q.0 - p.0) * s
                    if cross0 == nil { cross0 = x } else { cross1 = x }
                }
                if let u = cross0, let v = cross1 { segs[idx].append((u, v)) }
            }
        }
        return segs.map { ContourGrid.join($0) }
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
