/// Drawing raster images (imshow) scaled with nearest-neighbour sampling.
extension Canvas {
    /// Draws an RGBA8 image (straight alpha, row-major, top row first) into `dest` (pixel
    /// coordinates, may be fractional and partly outside), sampling the nearest source pixel for
    /// each destination pixel centre. `flipY` draws the first row at the bottom (`origin='lower'`).
    public func drawImage(_ rgba: [UInt8], width iw: Int, height ih: Int, in dest: Rect,
                          flipY: Bool = false, alpha: Double = 1, clip: Rect? = nil) throws {
        guard iw > 0, ih > 0, rgba.count >= iw * ih * 4 else {
            throw PlotError.shapeMismatch("image of \(iw)x\(ih) needs \(iw * ih * 4) bytes, got \(rgba.count)")
        }
        guard dest.width != 0, dest.height != 0 else { return }
        var region = dest.intersection(bounds)
        if let clip { region = region.intersection(clip) }
        guard region.width > 0, region.height > 0 else { return }
        let x0 = region.minX.rounded().clampedInt(0, width), x1 = region.maxX.rounded().clampedInt(0, width)
        let y0 = region.minY.rounded().clampedInt(0, height), y1 = region.maxY.rounded().clampedInt(0, height)
        guard x1 > x0, y1 > y0 else { return }
        // Source column of every destination column, computed once.
        var cols = [Int](repeating: 0, count: x1 - x0)
        for x in x0..<x1 {
            let u = (Double(x) + 0.5 - dest.minX) / dest.width
            cols[x - x0] = (u * Double(iw)).rounded(.down).clampedInt(0, iw - 1)
        }
        let ga = Float(max(0, min(1, alpha)))
        let cw = width
        rgba.withUnsafeBufferPointer { src in
            pixels.withUnsafeMutableBufferPointer { px in
                for y in y0..<y1 {
                    let v = (Double(y) + 0.5 - dest.minY) / dest.height
                    var sy = (v * Double(ih)).rounded(.down).clampedInt(0, ih - 1)
                    if flipY { sy = ih - 1 - sy }
                    let srow = sy * iw * 4
                    var o = (y * cw + x0) * 4
                    for c in cols {
                        let s = srow + c * 4
                        let a = Float(src[s + 3]) / 255 * ga
                        if a >= 1 {
                            px[o] = src[s]; px[o + 1] = src[s + 1]; px[o + 2] = src[s + 2]; px[o + 3] = 255
                        } else if a > 0 {
                            let k = 1 - a
                            px[o] = UInt8(min(255, Float(src[s]) * a + Float(px[o]) * k + 0.5))
                            px[o + 1] = UInt8(min(255, Float(src[s + 1]) * a + Float(px[o + 1]) * k + 0.5))
                            px[o + 2] = UInt8(min(255, Float(src[s + 2]) * a + Float(px[o + 2]) * k + 0.5))
                            px[o + 3] = UInt8(min(255, 255 * a + Float(px[o + 3]) * k + 0.5))
                        }
                        o += 4
                    }
                }
            }
        }
    }
}
