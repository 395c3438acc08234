/// Filling polygons: the single drawing primitive of the library.
extension Canvas {
    /// Fills the closed polygons (pixel coordinates) with `color`, anti-aliased.
    ///
    /// - Parameters:
    ///   - polygons: subpaths; each is closed implicitly. Non-finite points drop their polygon.
    ///   - color: straight-alpha colour; its alpha multiplies the coverage.
    ///   - rule: `.nonZero` (default, as matplotlib) or `.evenOdd`.
    ///   - clip: only pixels inside this rectangle are touched (the axes box for data artists).
    public func fill(_ polygons: [[Point]], color: Color, rule: FillRule = .nonZero, clip: Rect? = nil) {
        guard color.a > 0 else { return }
        let polys = polygons.filter { $0.count > 2 && $0.allSatisfy(\.isFinite) }
        guard !polys.isEmpty else { return }
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for poly in polys {
            for p in poly {
                minX = min(minX, p.x); maxX = max(maxX, p.x); minY = min(minY, p.y); maxY = max(maxY, p.y)
            }
        }
        var region = Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY).intersection(bounds)
        if let clip { region = region.intersection(clip) }
        guard let win = pixelWindow(region) else { return }
        // Clip snapped to whole pixels (matplotlib snaps the axes clip box the same way).
        var cx0 = win.x0, cy0 = win.y0, cx1 = win.x1, cy1 = win.y1
        if let clip {
            cx0 = max(cx0, clip.minX.rounded().clampedInt(0, width)); cy0 = max(cy0, clip.minY.rounded().clampedInt(0, height))
            cx1 = min(cx1, clip.maxX.rounded().clampedInt(0, width)); cy1 = min(cy1, clip.maxY.rounded().clampedInt(0, height))
        }
        guard cx1 > cx0, cy1 > cy0 else { return }
        let w = cx1 - cx0, h = cy1 - cy0
        accumulator.reset(width: w, height: h)
        accumulator.addPolygons(polys, offsetX: Double(cx0), offsetY: Double(cy0))
        blend(color: color, rule: rule, x0: cx0, y0: cy0, w: w, h: h)
    }

    /// Prefix-sums the accumulator row by row and composites `color` with the coverage.
    private func blend(color: Color, rule: FillRule, x0: Int, y0: Int, w: Int, h: Int) {
        defer { accumulator.clearTouched() }
        let paint = CoveragePaint(color)
        let stride = accumulator.stride
        let cw = width
        let rowMin = accumulator.rowMin, rowMax = accumulator.rowMax
        accumulator.cells.withUnsafeBufferPointer { cells in
            pixels.withUnsafeMutableBufferPointer { px in
                for row in 0..<h where rowMax[row] >= 0 {
                    var acc: Float = 0
                    let line = row * stride
                    // Before the first touched cell the winding is 0; after the last it is the
                    // row total (0 for closed shapes), so only the touched span is visited.
                    let c0 = max(0, rowMin[row]), c1 = min(w, rowMax[row] + 1)
                    guard c0 < c1 else { continue }
                    var o = ((y0 + row) * cw + x0 + c0) * 4
                    for col in c0..<c1 {
                        acc += cells[line + col]
                        paint.apply(px, o, rule.coverage(acc))
                        o += 4
                    }
                }
            }
        }
    }

    /// Fills an axis-aligned rectangle (anti-aliased at fractional edges). Coverage is the
    /// product of the row and column overlaps, computed directly without the accumulator (the
    /// same result `fill` gives, faster for backgrounds and spines).
    public func fillRect(_ r0: Rect, color: Color, clip: Rect? = nil) {
        guard color.a > 0 else { return }
        var r = r0.intersection(bounds)
        if let clip {
            let c = Rect(x: clip.minX.rounded(), y: clip.minY.rounded(), width: 0, height: 0)
            let snapped = Rect(x: c.x, y: c.y, width: clip.maxX.rounded() - c.x, height: clip.maxY.rounded() - c.y)
            r = r.intersection(snapped)
        }
        guard r.width > 0, r.height > 0, let win = pixelWindow(r) else { return }
        func overlap(_ lo: Double, _ hi: Double, _ p: Int) -> Float {
            Float(max(0, min(hi, Double(p + 1)) - max(lo, Double(p))))
        }
        let paint = CoveragePaint(color)
        let cols = (win.x0..<win.x1).map { overlap(r.minX, r.maxX, $0) }
        let cw = width
        pixels.withUnsafeMutableBufferPointer { px in
            for y in win.y0..<win.y1 {
                let cy = overlap(r.minY, r.maxY, y)
                var o = (y * cw + win.x0) * 4
                for cx in cols {
                    paint.apply(px, o, cx * cy)
                    o += 4
                }
            }
        }
    }

    /// Strokes an open polyline (or a closed one with `closed: true`) with the given style.
    public func stroke(_ points: [Point], style: StrokeStyle, color: Color, closed: Bool = false, clip: Rect? = nil) {
        let polys = Stroker.stroke(points, style: style, closed: closed)
        fill(polys, color: color, clip: clip)
    }
}
