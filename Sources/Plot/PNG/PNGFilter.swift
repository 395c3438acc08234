/// The five PNG row filters (ISO 15948 §9). Each predicts a byte from its left (`a`), upper (`b`)
/// and upper-left (`c`) neighbours; the encoder stores the difference.
///
/// The encoder runs on every figure, so each filter is its own tight loop over raw pointers;
/// `undo` (used by the test decoder) is a plain loop.
public enum PNGFilter: UInt8, CaseIterable, Sendable {
    case none = 0, sub = 1, up = 2, average = 3, paeth = 4

    /// The Paeth predictor: whichever of a, b, c is closest to p = a + b - c (ties: a, then b).
    /// Written with |p - a| = |b - c|, |p - b| = |a - c|, |p - c| = |a + b - 2c| so that it
    /// compiles to selects, not branches.
    @inline(__always)
    public static func paethPredictor(_ a: Int, _ b: Int, _ c: Int) -> Int {
        // Wrapping arithmetic: the operands are bytes, and overflow checks cost more than the
        // predictor itself in this hot loop.
        let da = b &- c, db = a &- c, dc = a &+ b &- c &- c
        let pa = da < 0 ? 0 &- da : da, pb = db < 0 ? 0 &- db : db, pc = dc < 0 ? 0 &- dc : dc
        let bc = pb <= pc ? b : c
        return (pa <= pb && pa <= pc) ? a : bc
    }

    /// Filters `n` bytes of `row` (previous row `prior`, nil for the first) into `out`, and
    /// returns the sum of the absolute values of the signed output bytes (the selection score).
    public static func apply(_ f: PNGFilter, row: UnsafePointer<UInt8>, prior: UnsafePointer<UInt8>?, n: Int, bpp: Int,
                             out: UnsafeMutablePointer<UInt8>) -> Int {
        let head = min(bpp, n)
        switch f {
        case .none:
            out.update(from: row, count: n)
        case .sub:
            out.update(from: row, count: head)
            var i = head
            while i < n { out[i] = row[i] &- row[i - bpp]; i += 1 }
        case .up:
            if let p = prior {
                for i in 0..<n { out[i] = row[i] &- p[i] }
            } else {
                out.update(from: row, count: n)
            }
        case .average:
            if let p = prior {
                for i in 0..<head { out[i] = row[i] &- (p[i] >> 1) }
                var i = head
                while i < n { out[i] = row[i] &- UInt8((UInt16(row[i - bpp]) &+ UInt16(p[i])) >> 1); i += 1 }
            } else {
                out.update(from: row, count: head)
                var i = head
                while i < n { out[i] = row[i] &- (row[i - bpp] >> 1); i += 1 }
            }
        case .paeth:
            if let p = prior {
                paeth(row: row, prior: p, range: 0..<n, bpp: bpp, out: out)
            } else {
                out.update(from: row, count: head)
                var i = head
                while i < n { out[i] = row[i] &- row[i - bpp]; i += 1 }
            }
        }
        return score(out, n)
    }

    /// Paeth residuals of `row[range]` into `out[range]` (same indices): the most expensive
    /// part of filtering text-heavy rows.
    static func paeth(row: UnsafePointer<UInt8>, prior: UnsafePointer<UInt8>, range: Range<Int>, bpp: Int,
                      out: UnsafeMutablePointer<UInt8>) {
        var i = range.lowerBound
        // The first pixel has no left neighbour: a = c = 0, and the predictor is the byte above.
        while i < min(bpp, range.upperBound) { out[i] = row[i] &- prior[i]; i += 1 }
        while i < range.upperBound {
            let a = Int(row[i &- bpp]), b = Int(prior[i]), c = Int(prior[i &- bpp])
            out[i] = row[i] &- UInt8(truncatingIfNeeded: paethPredictor(a, b, c))
            i &+= 1
        }
    }

    /// Scores None, Sub, Up and Paeth for one row in a single pass (without writing anything)
    /// and returns the filter with the lowest sum of |signed residual|; ties favour the earlier.
    /// Only every `sample`-th pixel is scored (all its channels): the choice is a heuristic, and
    /// sampling keeps it cheap on large, mostly flat plots.
    public static func choose(row: UnsafePointer<UInt8>, prior: UnsafePointer<UInt8>?, n: Int, bpp: Int, sample: Int = 4,
                              allowNone: Bool = true, allowSub: Bool = true) -> PNGFilter {
        @inline(__always) func mag(_ v: UInt8) -> UInt32 { UInt32(Int8(bitPattern: v).magnitude) }
        var sNone: UInt32 = 0, sSub: UInt32 = 0, sUp: UInt32 = 0, sPaeth: UInt32 = 0
        let step = bpp * max(1, sample)
        var px = bpp  // the first pixel has no left neighbour; skip it
        while px &+ bpp <= n {
            for k in 0..<bpp {
                let i = px &+ k
                let x = row[i], a = row[i &- bpp]
                sNone &+= mag(x); sSub &+= mag(x &- a)
                if let p = prior {
                    let b = p[i], c = p[i &- bpp]
                    sUp &+= mag(x &- b)
                    sPaeth &+= mag(x &- UInt8(truncatingIfNeeded: paethPredictor(Int(a), Int(b), Int(c))))
                } else {
                    sUp &+= mag(x); sPaeth &+= mag(x &- a)
                }
            }
            px &+= step
        }
        var best = PNGFilter.none, bestScore = allowNone ? sNone : UInt32.max
        if allowSub && sSub < bestScore { best = .sub; bestScore = sSub }
        if sUp <= bestScore { best = .up; bestScore = sUp }
        if sPaeth < bestScore { best = .paeth }
        return best
    }

    /// Sum of |signed byte| over the filtered row: lower means more compressible.
    @inline(__always)
    static func score(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int {
        var s: UInt32 = 0
        for i in 0..<n { s &+= UInt32(Int8(bitPattern: p[i]).magnitude) }
        return Int(s)
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
