/// A marker rasterized once into coverage masks and then stamped at many positions — how
/// `scatter` draws thousands of points without rasterizing each one (Agg's `draw_markers` does
/// the same). Positions keep a quarter-pixel precision: one mask per sub-pixel offset.
struct MarkerStamp {
    let size: Int          // mask side, pixels
    let radius: Int        // offset from the mask origin to the centre pixel
    let face: [Float]?     // coverage of the fill
    let edge: [Float]?     // coverage of the outline (or of everything when face == edge)

    /// Builds the masks of `marker` (`size` px across, outline `edgeWidth` px) for a centre at
    /// sub-pixel offset (`qx`, `qy`) quarters of a pixel.
    init(marker: Marker, size markerSize: Double, edgeWidth: Double, hasFace: Bool, hasEdge: Bool, merged: Bool, qx: Int, qy: Int) {
        let r = Int((markerSize * 0.75 + edgeWidth + 2).rounded(.up))
        radius = r
        let side = 2 * r + 2
        size = side
        let cx = Double(r) + (Double(qx) + 0.5) / 4, cy = Double(r) + (Double(qy) + 0.5) / 4
        // Oriented like the stroker's pieces, so that fill and outline add up instead of cancelling.
        let shape = marker.unitShape.map { poly -> [Point] in
            let p = poly.map { Point(cx + $0.x * markerSize, cy - $0.y * markerSize) }
            return NaiveCoverage.signedArea(p) < 0 ? p.reversed() : p
        }
        var acc = CoverageAccumulator()
        func coverage(_ polys: [[Point]]) -> [Float] {
            acc.reset(width: side, height: side)
            acc.addPolygons(polys, offsetX: 0, offsetY: 0)
            return acc.windingAreas().map { FillRule.nonZero.coverage($0) }
        }
        var outline: [[Point]] = []
        if hasEdge && edgeWidth > 0 {
            let closed = !marker.isLineOnly
            let style = StrokeStyle(width: edgeWidth, join: .miter, cap: .butt)
            for poly in shape { outline += Stroker.stroke(poly, style: style, closed: closed) }
        }
        if marker.isLineOnly {
            face = nil
            edge = outline.isEmpty ? nil : coverage(outline)
        } else if merged && (marker == .circle || marker == .point) {
            // One disc of the outer radius: exact, where fill + outline would overlap their
            // anti-aliased edges and look slightly bolder.
            face = nil
            let r0 = (marker == .circle ? 0.5 : 0.25) * markerSize + (hasEdge ? edgeWidth / 2 : 0)
            edge = coverage([Shapes.circle(center: Point(cx, cy), radius: r0)])
        } else if merged {
            face = nil
            edge = coverage(shape + outline)
        } else {
            face = hasFace ? coverage(shape) : nil
            edge = outline.isEmpty ? nil : coverage(outline)
        }
    }
}

extension Canvas {
    /// Composites `color` through a coverage mask whose top-left lands on pixel (`x0`, `y0`).
    func blend(mask: [Float], side: Int, x0: Int, y0: Int, color: Color, clip: Rect?) {
        guard color.a > 0 else { return }
        var cx0 = 0, cy0 = 0, cx1 = width, cy1 = height
        if let clip {
            cx0 = max(0, clip.minX.rounded().clampedInt(0, width)); cy0 = max(0, clip.minY.rounded().clampedInt(0, height))
            cx1 = min(width, clip.maxX.rounded().clampedInt(0, width)); cy1 = min(height, clip.maxY.rounded().clampedInt(0, height))
        }
        let xa = max(x0, cx0), xb = min(x0 + side, cx1), ya = max(y0, cy0), yb = min(y0 + side, cy1)
        guard xa < xb, ya < yb else { return }
        let a = Float(color.a)
        let sr = Float(color.r) * a * 255, sg = Float(color.g) * a * 255, sb = Float(color.b) * a * 255, sa = a * 255
        let cw = width
        mask.withUnsafeBufferPointer { m in
            pixels.withUnsafeMutableBufferPointer { px in
                for y in ya..<yb {
                    var o = (y * cw + xa) * 4
                    var k = (y - y0) * side + (xa - x0)
                    for _ in xa..<xb {
                        let cov = m[k]
                        if cov > 0.001 {
                            let t = 1 - a * cov
                            px[o] = UInt8(min(255, sr * cov + Float(px[o]) * t + 0.5))
                            px[o + 1] = UInt8(min(255, sg * cov + Float(px[o + 1]) * t + 0.5))
                            px[o + 2] = UInt8(min(255, sb * cov + Float(px[o + 2]) * t + 0.5))
                            px[o + 3] = UInt8(min(255, sa * cov + Float(px[o + 3]) * t + 0.5))
                        }
                        o += 4; k += 1
                    }
                }
            }
        }
    }
}
