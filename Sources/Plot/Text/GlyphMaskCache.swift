import Foundation

/// Coverage masks of glyphs, rasterized once per glyph, size and eighth-of-a-pixel offset.
///
/// Text is most of what a plot redraws (tick labels, titles, legends, the same in every
/// figure), and rasterizing each glyph's outline each time cost more than the lines. The mask
/// is the coverage the fill would compute for the glyph alone at that offset; positions are
/// rounded to 1/8 px (matplotlib rounds text to whole pixels).
final class GlyphMaskCache: @unchecked Sendable {
    struct Key: Hashable {
        let code: UInt32
        let scale: Double
        let fx: Int
        let fy: Int
    }

    /// Coverage 0...1, `width x height`, whose top-left pixel is `(x0, y0)` from the pen's
    /// whole-pixel position.
    struct Mask {
        let x0: Int, y0: Int, width: Int, height: Int
        let coverage: [Float]
    }

    static let shared = GlyphMaskCache()
    /// Subpixel steps per pixel.
    static let steps = 8
    /// Glyphs larger than this (pixels per side) are filled directly, not cached.
    static let maxSide = 160

    private let lock = NSLock()
    private var masks: [Key: Mask] = [:]

    /// The mask of glyph `code` (its outline `polygons` in font units, y up) at `scale` pixels per
    /// unit, offset by `fx / 8`, `fy / 8` pixels; nil when too large to cache.
    func mask(code: UInt32, polygons: [[Point]], scale: Double, fx: Int, fy: Int) -> Mask? {
        let key = Key(code: code, scale: scale, fx: fx, fy: fy)
        lock.lock()
        defer { lock.unlock() }
        if let m = masks[key] { return m }
        let ox = Double(fx) / Double(GlyphMaskCache.steps), oy = Double(fy) / Double(GlyphMaskCache.steps)
        let polys = polygons.map { $0.map { Point($0.x * scale + ox, -$0.y * scale + oy) } }
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for p in polys.joined() { minX = min(minX, p.x); maxX = max(maxX, p.x); minY = min(minY, p.y); maxY = max(maxY, p.y) }
        guard minX.isFinite, maxX.isFinite, minY.isFinite, maxY.isFinite else { return nil }
        let x0 = Int(minX.rounded(.down)), y0 = Int(minY.rounded(.down))
        let w = Int(maxX.rounded(.up)) - x0 + 1, h = Int(maxY.rounded(.up)) - y0 + 1
        guard w <= GlyphMaskCache.maxSide, h <= GlyphMaskCache.maxSide else { return nil }
        var acc = CoverageAccumulator()
        acc.reset(width: w, height: h)
        acc.addPolygons(polys, offsetX: Double(x0), offsetY: Double(y0))
        var coverage = [Float](repeating: 0, count: w * h)
        for row in 0..<h where acc.rowMax[row] >= 0 {
            var sum: Float = 0
            for col in 0..<min(w, acc.rowMax[row] + 1) {
                sum += acc.cells[row * acc.stride + col]
                coverage[row * w + col] = FillRule.nonZero.coverage(sum)
            }
        }
        if masks.count > 20_000 { masks.removeAll() }  // bound the memory of unusual sizes
        let m = Mask(x0: x0, y0: y0, width: w, height: h, coverage: coverage)
        masks[key] = m
        return m
    }
}

extension Canvas {
    /// Composites a glyph mask at `(x, y)` with `color`, as `fill` composites coverage.
    func blend(_ m: GlyphMaskCache.Mask, x: Int, y: Int, color: Color, clip: Rect?) {
        var cx0 = 0, cy0 = 0, cx1 = width, cy1 = height
        if let clip {
            cx0 = max(cx0, clip.minX.rounded().clampedInt(0, width)); cy0 = max(cy0, clip.minY.rounded().clampedInt(0, height))
            cx1 = min(cx1, clip.maxX.rounded().clampedInt(0, width)); cy1 = min(cy1, clip.maxY.rounded().clampedInt(0, height))
        }
        let left = x + m.x0, top = y + m.y0
        let c0 = max(0, cx0 - left), c1 = min(m.width, cx1 - left)
        let r0 = max(0, cy0 - top), r1 = min(m.height, cy1 - top)
        guard c0 < c1, r0 < r1 else { return }
        let paint = CoveragePaint(color)
        let cw = width
        m.coverage.withUnsafeBufferPointer { cov in
            pixels.withUnsafeMutableBufferPointer { px in
                for row in r0..<r1 {
                    var o = ((top + row) * cw + left + c0) * 4
                    for col in c0..<c1 {
                        paint.apply(px, o, cov[row * m.width + col])
                        o += 4
                    }
                }
            }
        }
    }
}
