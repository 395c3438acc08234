/// A straight-alpha colour prepared for compositing over premultiplied RGBA pixels by coverage:
/// what `fill`, `fillRect` and glyph masks all do for each touched pixel.
struct CoveragePaint {
    let alpha: Float
    let r: Float, g: Float, b: Float, a: Float
    let solid: (UInt8, UInt8, UInt8)?

    init(_ color: Color) {
        alpha = Float(color.a)
        r = Float(color.r) * alpha * 255; g = Float(color.g) * alpha * 255; b = Float(color.b) * alpha * 255; a = alpha * 255
        solid = alpha >= 1 ? (UInt8(r.rounded()), UInt8(g.rounded()), UInt8(b.rounded())) : nil
    }

    /// Composites at byte offset `o` with coverage `cov` (0...1): "source over", the source
    /// scaled by the coverage; full coverage of an opaque colour just writes it.
    @inline(__always)
    func apply(_ px: UnsafeMutableBufferPointer<UInt8>, _ o: Int, _ cov: Float) {
        if cov >= 0.999, let s = solid {
            px[o] = s.0; px[o + 1] = s.1; px[o + 2] = s.2; px[o + 3] = 255
        } else if cov > 0.001 {
            let k = 1 - alpha * cov
            px[o] = UInt8(min(255, r * cov + Float(px[o]) * k + 0.5))
            px[o + 1] = UInt8(min(255, g * cov + Float(px[o + 1]) * k + 0.5))
            px[o + 2] = UInt8(min(255, b * cov + Float(px[o + 2]) * k + 0.5))
            px[o + 3] = UInt8(min(255, a * cov + Float(px[o + 3]) * k + 0.5))
        }
    }
}
