/// Box-filter downsampling of RGBA8 images, used when an image has more pixels than the screen
/// area it is drawn in (a 1000x1000 array in a 370-pixel-wide Axes). Plain nearest-neighbour
/// would then pick one source pixel in seven and show noise as stripes; matplotlib's default
/// `interpolation='antialiased'` smooths in that case too. Upsampling stays nearest-neighbour.
enum ImageResampler {
    /// Averages each block of source pixels that falls into one of `tw x th` target pixels.
    /// Colours are averaged with alpha weighting (transparent NaN pixels do not darken).
    static func boxDownsample(_ src: [UInt8], width iw: Int, height ih: Int, toWidth tw: Int, toHeight th: Int) -> [UInt8] {
        guard tw > 0, th > 0, iw > 0, ih > 0, src.count >= iw * ih * 4 else { return src }
        var acc = [Float](repeating: 0, count: tw * th * 4)
        var cnt = [Float](repeating: 0, count: tw * th)
        let colMap = (0..<iw).map { min(tw - 1, $0 * tw / iw) }
        src.withUnsafeBufferPointer { s in
            acc.withUnsafeMutableBufferPointer { a in
                cnt.withUnsafeMutableBufferPointer { n in
                    for r in 0..<ih {
                        let tr = min(th - 1, r * th / ih)
                        let rowBase = tr * tw
                        var si = r * iw * 4
                        for c in 0..<iw {
                            let t = rowBase + colMap[c]
                            let al = Float(s[si + 3])
                            a[4 * t] += Float(s[si]) * al
                            a[4 * t + 1] += Float(s[si + 1]) * al
                            a[4 * t + 2] += Float(s[si + 2]) * al
                            a[4 * t + 3] += al
                            n[t] += 1
                            si += 4
                        }
                    }
                }
            }
        }
        var out = [UInt8](repeating: 0, count: tw * th * 4)
        for t in 0..<(tw * th) {
            let al = acc[4 * t + 3]
            guard al > 0, cnt[t] > 0 else { continue }
            out[4 * t] = UInt8(min(255, acc[4 * t] / al + 0.5))
            out[4 * t + 1] = UInt8(min(255, acc[4 * t + 1] / al + 0.5))
            out[4 * t + 2] = UInt8(min(255, acc[4 * t + 2] / al + 0.5))
            out[4 * t + 3] = UInt8(min(255, al / cnt[t] + 0.5))
        }
        return out
    }
}
