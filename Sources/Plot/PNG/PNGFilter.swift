/// The five PNG row filters (ISO 15948 §9). Each predicts a byte from its left (`a`), upper (`b`)
/// and upper-left (`c`) neighbours; the encoder stores the difference.
public enum PNGFilter: UInt8, CaseIterable, Sendable {
    case none = 0, sub = 1, up = 2, average = 3, paeth = 4

    /// The Paeth predictor: whichever of a, b, c is closest to a + b - c.
    @inline(__always)
    static func paethPredictor(_ a: Int, _ b: Int, _ c: Int) -> Int {
        let p = a + b - c
        let pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
        if pa <= pb && pa <= pc { return a }
        return pb <= pc ? b : c
    }

    /// Filters `row` (previous row `prior`, zeros for the first) into `out` with `bpp` bytes per pixel.
    static func apply(_ f: PNGFilter, row: UnsafeBufferPointer<UInt8>, prior: UnsafeBufferPointer<UInt8>?,
                      bpp: Int, out: UnsafeMutableBufferPointer<UInt8>) {
        let n = row.count
        for i in 0..<n {
            let x = Int(row[i])
            let a = i >= bpp ? Int(row[i - bpp]) : 0
            let b = prior.map { Int($0[i]) } ?? 0
            let c = (i >= bpp ? prior.map { Int($0[i - bpp]) } : nil) ?? 0
            let pred: Int
            switch f {
            case .none: pred = 0
            case .sub: pred = a
            case .up: pred = b
            case .average: pred = (a + b) >> 1
            case .paeth: pred = paethPredictor(a, b, c)
            }
            out[i] = UInt8(truncatingIfNeeded: x - pred)
        }
    }

    /// Undoes the filter in place: `row` holds filtered bytes, `prior` the reconstructed row above.
    static func undo(_ f: PNGFilter, row: inout [UInt8], start: Int, count n: Int, prior: Int?, bpp: Int) {
        for i in 0..<n {
            let a = i >= bpp ? Int(row[start + i - bpp]) : 0
            let b = prior.map { Int(row[$0 + i]) } ?? 0
            let c = (i >= bpp ? prior.map { Int(row[$0 + i - bpp]) } : nil) ?? 0
            let pred: Int
            switch f {
            case .none: pred = 0
            case .sub: pred = a
            case .up: pred = b
            case .average: pred = (a + b) >> 1
            case .paeth: pred = paethPredictor(a, b, c)
            }
            row[start + i] = UInt8(truncatingIfNeeded: Int(row[start + i]) + pred)
        }
    }
}
