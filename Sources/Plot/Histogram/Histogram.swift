/// `numpy.histogram`: counts of values in bins, as `plt.hist` returns them.
///
/// Bins are `count` equal bins over `range` (default: the data's min...max, widened by 0.5 on
/// each side when all values are equal), or explicit increasing `edges`. Every bin is
/// half-open `[a, b)` except the last, which includes its right edge; values outside the range
/// and non-finite values are ignored. `density` divides by `total * binWidth` so the bars
/// integrate to 1.
public struct Histogram: Sendable, Equatable {
    public var counts: [Double]
    public var edges: [Double]

    public enum Bins: Sendable { case count(Int), edges([Double]) }

    public init(_ values: [Double], bins: Bins = .count(Rc.histBins), range: (Double, Double)? = nil,
                density: Bool = false, weights: [Double]? = nil) throws {
        if let w = weights, w.count != values.count {
            throw PlotError.shapeMismatch("weights should have the same shape as a (\(values.count)), got \(w.count)")
        }
        var edges: [Double]
        switch bins {
        case .count(let n):
            guard n >= 1 else { throw PlotError.invalidArgument("`bins` must be positive, when an integer, got \(n)") }
            guard n <= 10_000_000 else { throw PlotError.tooLarge("too many bins: \(n)") }
            var lo: Double, hi: Double
            if let r = range {
                guard r.0.isFinite, r.1.isFinite else { throw PlotError.invalidArgument("supplied range of [\(r.0), \(r.1)] is not finite") }
                guard r.0 <= r.1 else { throw PlotError.invalidArgument("max must be larger than min in range parameter.") }
                (lo, hi) = r
            } else {
                let finite = values.filter(\.isFinite)
                lo = finite.min() ?? 0; hi = finite.max() ?? 1
            }
            if lo == hi { lo -= 0.5; hi += 0.5 }
            edges = (0...n).map { lo + (hi - lo) * Double($0) / Double(n) }
            edges[n] = hi
        case .edges(let e):
            guard e.count >= 2 else { throw PlotError.invalidArgument("bins must have at least two edges, got \(e.count)") }
            guard e.allSatisfy(\.isFinite), zip(e, e.dropFirst()).allSatisfy({ $0 <= $1 }) else {
                throw PlotError.invalidArgument("`bins` must increase monotonically, when an array")
            }
            edges = e
        }
        let n = edges.count - 1
        var counts = [Double](repeating: 0, count: n)
        let lo = edges[0], hi = edges[n]
        let uniform: Bool = {
            if case .count = bins { return true }
            return false
        }()
        for (i, v) in values.enumerated() where v.isFinite && v >= lo && v <= hi {
            var k: Int
            if uniform && hi > lo {
                k = ((v - lo) / (hi - lo) * Double(n)).clampedInt(0, n - 1)
                // Correct rounding at the edges, as numpy does.
                if k > 0 && v < edges[k] { k -= 1 }
                if k < n - 1 && v >= edges[k + 1] { k += 1 }
            } else {
                var a = 0, b = n  // first edge > v, minus one
                while a < b { let m = (a + b) / 2; if edges[m + 1] <= v { a = m + 1 } else { b = m } }
                k = min(a, n - 1)
            }
            counts[k] += weights?[i] ?? 1
        }
        if density {
            let total = counts.reduce(0, +)
            for i in 0..<n {
                let w = edges[i + 1] - edges[i]
                counts[i] = total > 0 && w > 0 ? counts[i] / total / w : 0
            }
        }
        self.counts = counts
        self.edges = edges
    }
}
