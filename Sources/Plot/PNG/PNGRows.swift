import Foundation

/// The rows the PNG encoder filters, with the span where each differs from the row above.
///
/// Plot images are mostly flat: most rows equal the one above, and the others differ in a
/// narrow span (a line crossing, a tick label). The span is found by comparing 8 bytes at a
/// time; for RGB output only the changed pixels are repacked from RGBA.
struct RowSource {
    let rgba: UnsafePointer<UInt8>
    let width: Int
    /// Two packed RGB rows (current, previous) when writing RGB; nil for RGBA.
    let packed: UnsafeMutablePointer<UInt8>?
    let bpp: Int
    private var current = 0

    init(rgba: UnsafePointer<UInt8>, width: Int, packed: UnsafeMutablePointer<UInt8>?, bpp: Int) {
        self.rgba = rgba; self.width = width; self.packed = packed; self.bpp = bpp
    }

    /// Row `y` in the output format, the row above (nil for the first), and the byte range
    /// where they differ (nil when equal; the whole row for the first).
    mutating func next(_ y: Int) -> (row: UnsafePointer<UInt8>, prior: UnsafePointer<UInt8>?, span: Range<Int>?) {
        let srcBytes = width * 4
        let src = rgba + y * srcBytes
        let pixels: Range<Int>? = y == 0 ? 0..<width : RowSource.changedPixels(src, src - srcBytes, width)
        guard let packed else {
            return (src, y > 0 ? src - srcBytes : nil, pixels.map { ($0.lowerBound * 4)..<($0.upperBound * 4) })
        }
        let rowBytes = width * 3
        let prev = packed + current * rowBytes
        guard let pixels else { return (UnsafePointer(prev), UnsafePointer(prev), nil) }  // unchanged: the packed row above again
        let cur = packed + (1 - current) * rowBytes
        if y > 0 { cur.update(from: prev, count: rowBytes) }
        for x in pixels {
            let s = src + x * 4, d = cur + x * 3
            d[0] = s[0]; d[1] = s[1]; d[2] = s[2]
        }
        current = 1 - current
        return (UnsafePointer(cur), y > 0 ? UnsafePointer(prev) : nil, (pixels.lowerBound * 3)..<(pixels.upperBound * 3))
    }

    /// The pixels where two RGBA rows differ, nil when they are equal.
    static func changedPixels(_ row: UnsafePointer<UInt8>, _ prior: UnsafePointer<UInt8>, _ width: Int) -> Range<Int>? {
        let n = width * 4
        var first = 0, last = n - 1
        while first + 8 <= n && UnsafeRawPointer(row + first).loadUnaligned(as: UInt64.self) == UnsafeRawPointer(prior + first).loadUnaligned(as: UInt64.self) { first += 8 }
        while first < n && row[first] == prior[first] { first += 1 }
        if first == n { return nil }
        while last - 8 >= first && UnsafeRawPointer(row + last - 7).loadUnaligned(as: UInt64.self) == UnsafeRawPointer(prior + last - 7).loadUnaligned(as: UInt64.self) { last -= 8 }
        while last > first && row[last] == prior[last] { last -= 1 }
        return (first / 4)..<(last / 4 + 1)
    }
}

/// Chooses and applies the filter of each row.
struct RowFilter {
    let rowBytes: Int
    let bpp: Int
    let choices: [PNGFilter]
    let trial: UnsafeMutablePointer<UInt8>
    /// The default set, for which the single-pass scorer and the span shortcut apply.
    let standard: Bool

    init(rowBytes: Int, bpp: Int, choices: [PNGFilter], trial: UnsafeMutablePointer<UInt8>) {
        self.rowBytes = rowBytes; self.bpp = bpp; self.choices = choices; self.trial = trial
        standard = choices == PNGEncoder.standardFilters
    }

    /// Writes the filter byte and the filtered row into `out` (`rowBytes + 1` bytes). `span`
    /// is where `row` differs from `prior` (nil: nowhere). Returns the bytes of the row that
    /// may be non-zero (all others are zero), for the checksum.
    @discardableResult
    func run(row: UnsafePointer<UInt8>, prior: UnsafePointer<UInt8>?, span: Range<Int>?, out: UnsafeMutablePointer<UInt8>) -> Range<Int> {
        // A row equal to the one above (plain background) is all zeros with Up.
        if prior != nil, span == nil, choices.contains(.up) {
            out[0] = PNGFilter.up.rawValue
            (out + 1).update(repeating: 0, count: rowBytes)
            return 0..<0
        }
        if standard, let prior, let span {
            // Up and Paeth are exactly zero outside the changed span (widened by a pixel on each
            // side for the left neighbours), so only they are weighed there.
            let lo = max(0, span.lowerBound - span.lowerBound % bpp - bpp)
            let hi = min(rowBytes, span.upperBound - (span.upperBound - 1) % bpp - 1 + 2 * bpp)
            if hi - lo < rowBytes {
                let f = PNGFilter.choose(row: row + lo, prior: prior + lo, n: hi - lo, bpp: bpp, allowNone: false, allowSub: false)
                out[0] = f.rawValue
                (out + 1).update(repeating: 0, count: rowBytes)
                switch f {
                case .paeth:
                    // Where a row equals the one above (and so does its left neighbour), the
                    // Paeth predictor returns the byte above: the residual is zero there too.
                    PNGFilter.paeth(row: row, prior: prior, range: lo..<hi, bpp: bpp, out: out + 1)
                default:
                    for i in lo..<hi { out[1 + i] = row[i] &- prior[i] }
                }
                return lo..<hi
            }
        }
        if standard {
            let best = PNGFilter.choose(row: row, prior: prior, n: rowBytes, bpp: bpp)
            out[0] = best.rawValue
            _ = PNGFilter.apply(best, row: row, prior: prior, n: rowBytes, bpp: bpp, out: out + 1)
            return 0..<rowBytes
        }
        var best = choices[0]
        var bestScore = Int.max
        for f in choices {
            let score = PNGFilter.apply(f, row: row, prior: prior, n: rowBytes, bpp: bpp, out: trial)
            if score < bestScore { bestScore = score; best = f }
        }
        out[0] = best.rawValue
        _ = PNGFilter.apply(best, row: row, prior: prior, n: rowBytes, bpp: bpp, out: out + 1)
        return 0..<rowBytes
    }
}
