/// The anti-aliasing core: exact-area coverage of polygons by signed-area accumulation.
///
/// Following font-rs: every edge deposits, in the cells it crosses, the signed area it adds to
/// the pixels *to its right*. A running (prefix) sum along each row then yields, for every pixel,
/// the integral of the winding number over that pixel — 0.5 for a pixel half inside a shape,
/// exactly 1 deep inside. `FillRule` turns that into coverage. The buffer covers only a
/// `width x height` window (the shape's bounding box clipped to the target), one row padded by
/// two cells, and is reused between fills to avoid allocation.
///
/// Coordinates are pixel units relative to the window's top-left corner; y grows downwards.
/// Edges left of the window count fully (x is clamped to 0), edges right of it do not.
struct CoverageAccumulator {
    private(set) var width = 0
    private(set) var height = 0
    private(set) var cells: [Float] = []
    /// Per row, the first and last cell touched (so the prefix sum can skip empty spans).
    private(set) var rowMin: [Int] = []
    private(set) var rowMax: [Int] = []

    var stride: Int { width + 2 }

    /// Prepares a zeroed window of the given size.
    /// The cells are left zeroed by `clearTouched()` after each use, so only a growing buffer
    /// needs initialising here.
    mutating func reset(width w: Int, height h: Int) {
        width = max(0, w); height = max(0, h)
        let need = (width + 2) * height
        if cells.count < need {
            cells = [Float](repeating: 0, count: need)
        }
        if rowMin.count < height {
            rowMin = [Int](repeating: Int.max, count: height)
            rowMax = [Int](repeating: -1, count: height)
        }
    }

    /// Zeroes the touched cells of every row and forgets the extents.
    mutating func clearTouched() {
        let st = stride
        cells.withUnsafeMutableBufferPointer { a in
            for y in 0..<height where rowMax[y] >= 0 {
                for i in (y * st + rowMin[y])...(y * st + rowMax[y]) { a[i] = 0 }
                rowMin[y] = Int.max; rowMax[y] = -1
            }
        }
    }

    /// Adds every edge of the closed polygons, translated by `(-ox, -oy)`.
    mutating func addPolygons(_ polys: [[Point]], offsetX ox: Double, offsetY oy: Double) {
        for poly in polys {
            guard poly.count > 1 else { continue }
            var prev = poly[poly.count - 1]
            for p in poly {
                addLine(Point(prev.x - ox, prev.y - oy), Point(p.x - ox, p.y - oy))
                prev = p
            }
        }
    }

    /// Adds one edge, clipping it to the rows of the window and folding x into `[0, width]`.
    mutating func addLine(_ a: Point, _ b: Point) {
        guard a.isFinite, b.isFinite, a.y != b.y else { return }
        let h = Double(height), w = Double(width)
        // Clip to 0 <= y <= h.
        var p0 = a, p1 = b
        if p0.y > p1.y { swap(&p0, &p1) }
        if p1.y <= 0 || p0.y >= h { return }
        let dxdy = (p1.x - p0.x) / (p1.y - p0.y)
        if p0.y < 0 { p0 = Point(p0.x - p0.y * dxdy, 0) }
        if p1.y > h { p1 = Point(p1.x + (h - p1.y) * dxdy, h) }
        let dir: Double = a.y < b.y ? 1 : -1
        // Split where the edge crosses x = 0 or x = w, so clamping x keeps the area exact
        // (at most two cuts; kept in locals to avoid an allocation per edge).
        let dx = p1.x - p0.x
        var t1 = 2.0, t2 = 2.0
        if dx != 0 {
            let ta = (0 - p0.x) / dx, tb = (w - p0.x) / dx
            let a = ta > 0 && ta < 1 ? ta : 2, b = tb > 0 && tb < 1 ? tb : 2
            t1 = min(a, b); t2 = max(a, b)
        }
        var prevT = 0.0
        func piece(_ t: Double) {
            guard t <= 1 && t > prevT else { return }
            let s = p0 + (p1 - p0) * prevT, e = t >= 1 ? p1 : p0 + (p1 - p0) * t
            deposit(Point(min(w, max(0, s.x)), s.y), Point(min(w, max(0, e.x)), e.y), dir)
            prevT = t
        }
        piece(t1); piece(t2); piece(1)
    }

    /// font-rs' `draw_line` for an edge already inside the window, `p0.y < p1.y`.
    private mutating func deposit(_ p0: Point, _ p1: Point, _ dir: Double) {
        guard p0.isFinite, p1.isFinite, p1.y - p0.y > 1e-12 else { return }
        let dxdy = (p1.x - p0.x) / (p1.y - p0.y)
        let wD = Double(width)
        var x = min(wD, max(0, p0.x))
        let yStart = p0.y.rounded(.down).clampedInt(0, height)
        let yEnd = p1.y.rounded(.up).clampedInt(0, height)
        if yStart >= yEnd { return }
        let st = stride
        cells.withUnsafeMutableBufferPointer { a in
            for y in yStart..<yEnd {
                let line = y * st
                let dy = min(Double(y + 1), p1.y) - max(Double(y), p0.y)
                // Clamped: the edge was clipped to [0, width], so only rounding error can leave it.
                let xnext = min(wD, max(0, x + dxdy * dy))
                let d = dy * dir
                let x0 = min(x, xnext), x1 = max(x, xnext)
                let x0floor = x0.rounded(.down)
                let x0i = x0floor.clampedInt(0, width)
                let x1ceil = x1.rounded(.up)
                let x1i = x1ceil.clampedInt(0, width + 1)
                if x0i < rowMin[y] { rowMin[y] = x0i }
                if x1i + 1 > rowMax[y] { rowMax[y] = min(st - 1, x1i + 1) }
                if x1i <= x0i + 1 {
                    let xmf = 0.5 * (x + xnext) - x0floor
                    a[line + x0i] += Float(d - d * xmf)
                    a[line + x0i + 1] += Float(d * xmf)
                } else {
                    let s = 1 / (x1 - x0)
                    let x0f = x0 - x0floor
                    let a0 = 0.5 * s * (1 - x0f) * (1 - x0f)
                    let x1f = x1 - x1ceil + 1
                    let am = 0.5 * s * x1f * x1f
                    a[line + x0i] += Float(d * a0)
                    if x1i == x0i + 2 {
                        a[line + x0i + 1] += Float(d * (1 - a0 - am))
                    } else {
                        let a1 = s * (1.5 - x0f)
                        a[line + x0i + 1] += Float(d * (a1 - a0))
                        if x0i + 2 < x1i - 1 {
                            for xi in (x0i + 2)..<(x1i - 1) { a[line + xi] += Float(d * s) }
                        }
                        let a2 = a1 + Double(x1i - x0i - 3) * s
                        a[line + x1i - 1] += Float(d * (1 - a2 - am))
                    }
                    a[line + x1i] += Float(d * am)
                }
                x = xnext
            }
        }
    }

    /// The accumulated winding integral of every pixel, row-major (`width * height` values).
    /// This is the slow, allocating view used by tests; `Canvas.fill` runs the same prefix sum
    /// inline while blending.
    mutating func windingAreas() -> [Float] {
        defer { clearTouched() }
        var out = [Float](repeating: 0, count: width * height)
        for y in 0..<height {
            var acc: Float = 0
            for x in 0..<width {
                acc += cells[y * stride + x]
                out[y * width + x] = acc
            }
        }
        return out
    }
}
