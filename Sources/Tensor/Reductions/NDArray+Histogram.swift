/// The bins of `np.histogram`: a count of equal-width bins, or the edges themselves.
public enum HistogramBins: Sendable {
    case count(Int)
    /// The edges, kept in their own dtype for the returned `bin_edges`.
    case edges(NDArray)
}

/// `np.histogram` and `np.digitize`, binning as NumPy does: equal-width bins index each value by
/// arithmetic and then correct the index against the edges (so a value on an edge falls where
/// the edges say), and the last bin is closed on the right.
///
/// ```python
/// np.histogram([1, 2, 2, 3, 9], bins=4)   # (array([3, 1, 0, 1]), array([1., 3., 5., 7., 9.]))
/// np.digitize([0.5, 1.5, 2.5], [1, 2])    # array([0, 1, 2])
/// ```
extension NDArray {
    /// `np.histogram(a, bins, range, density, weights)` -> `(hist, bin_edges)`. `hist` is int64,
    /// or the weights' dtype, or float64 for `density`.
    public func histogram(bins: HistogramBins = .count(10), range: (Double, Double)? = nil, weights: NDArray? = nil,
                          density: Bool = false) throws -> (hist: NDArray, edges: NDArray) {
        let values = doubles
        let w = try weights.map { weights -> [Double] in
            guard weights.shape == shape else { throw TensorError.value("weights should have the same shape as a.") }
            return weights.doubles
        }
        let edgeType: DType = dtype == .float32 ? .float32 : .float64
        var edges: [Double]
        var counts: [Double]
        switch bins {
        case .count(let n):
            guard n >= 1 else { throw TensorError.value("`bins` must be positive, when an integer") }
            var (first, last) = try range ?? Self.autodetectedRange(values)
            if let range {
                guard range.0 <= range.1 else { throw TensorError.value("max must be larger than min in range parameter.") }
                guard range.0.isFinite && range.1.isFinite else {
                    throw TensorError.value("supplied range of [\(Self.format(range.0)), \(Self.format(range.1))] is not finite")
                }
            }
            if first == last { first -= 0.5; last += 0.5 }
            edges = try NDArray.linspace(first, last, num: n + 1, endpoint: true, dtype: edgeType).array.doubles
            // NumPy's check: at 4.6e18 adding 0.5 changes nothing, and bins of no width would
            // divide by zero when the values are counted.
            guard zip(edges, edges.dropFirst()).allSatisfy({ $0 < $1 }) else {
                throw TensorError.value("Too many bins for data range. Cannot create \(n) finite-sized bins.")
            }
            counts = Self.countEqualWidth(values, w, edges: edges, first: first, last: last)
        case .edges(let given):
            let e = given.doubles
            guard e.count >= 1 else { throw TensorError.value("`bins` must be 1d, when an array") }
            for i in 1..<e.count where !(e[i - 1] <= e[i]) {
                throw TensorError.value("`bins` must increase monotonically, when an array")
            }
            edges = e
            counts = Self.countByEdges(values, w, edges: e)
        }
        var edgeArray = try NDArray(edges).astype(edgeType)
        if case .edges(let given) = bins { edgeArray = given }
        if density {
            let total = counts.reduce(0, +)
            let widths = zip(edges.dropFirst(), edges).map { $0 - $1 }
            return (try NDArray(zip(counts, widths).map { $0 / $1 / total }), edgeArray)
        }
        let histType: DType = weights.map { $0.dtype == .bool ? .int64 : $0.dtype } ?? .int64
        return (try NDArray(counts).astype(histType), edgeArray)
    }

    /// `[min, max]` of the data, which must be finite.
    static func autodetectedRange(_ values: [Double]) throws -> (Double, Double) {
        if values.contains(where: { $0.isNaN }) { throw TensorError.value("autodetected range of [nan, nan] is not finite") }
        guard let lo = values.min(), let hi = values.max() else { return (0, 1) }
        guard lo.isFinite && hi.isFinite else {
            throw TensorError.value("autodetected range of [\(format(lo)), \(format(hi))] is not finite")
        }
        return (lo, hi)
    }

    /// A float as NumPy's messages show a Python float (`nan`, `inf`, `1.0`).
    static func format(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        return "\(x)"
    }

    /// NumPy's fast path for equal-width bins: index by arithmetic, then nudge by one where the
    /// edges disagree within an ulp.
    static func countEqualWidth(_ values: [Double], _ weights: [Double]?, edges: [Double], first: Double, last: Double) -> [Double] {
        let n = edges.count - 1
        var counts = [Double](repeating: 0, count: n)
        let width = last - first
        for (k, x) in values.enumerated() where x >= first && x <= last {
            var i = Int((x - first) / width * Double(n))
            if i == n { i -= 1 }
            if x < edges[i] { i -= 1 } else if i != n - 1 && x >= edges[i + 1] { i += 1 }
            counts[i] += weights?[k] ?? 1
        }
        return counts
    }

    /// Counts in `[e[i], e[i+1])`, the last bin closed.
    static func countByEdges(_ values: [Double], _ weights: [Double]?, edges: [Double]) -> [Double] {
        let n = edges.count - 1
        var counts = [Double](repeating: 0, count: Swift.max(n, 0))
        guard n > 0 else { return counts }
        for (k, x) in values.enumerated() where x >= edges[0] && x <= edges[n] {
            // The last edge e with e <= x, found by bisection (right side).
            var lo = 0, hi = edges.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if edges[mid] <= x { lo = mid + 1 } else { hi = mid }
            }
            counts[Swift.min(lo - 1, n - 1)] += weights?[k] ?? 1
        }
        return counts
    }

    /// `np.digitize(x, bins, right)`: for each value, the index of its bin in monotonic `bins`.
    public func digitize(_ bins: NDArray, right: Bool = false) throws -> NDArray {
        guard bins.ndim == 1 else { throw TensorError.value("object of too small depth for desired array") }
        let edges = bins.doubles
        let increasing = zip(edges.dropFirst(), edges).allSatisfy { $0 >= $1 }
        let decreasing = zip(edges.dropFirst(), edges).allSatisfy { $0 <= $1 }
        guard increasing || decreasing else { throw TensorError.value("bins must be monotonically increasing or decreasing") }
        let ascending = increasing ? edges : edges.reversed()
        let found = doubles.map { x -> Int64 in
            // searchsorted(ascending, x, side = right ? 'left' : 'right'), NaN sorting last.
            var lo = 0, hi = ascending.count
            while lo < hi {
                let mid = (lo + hi) / 2
                let e = ascending[mid]
                let before = right ? (e < x || (x.isNaN && !e.isNaN)) : (e <= x || x.isNaN)
                if before { lo = mid + 1 } else { hi = mid }
            }
            return Int64(increasing ? lo : ascending.count - lo)
        }
        return try NDArray(found, shape: shape)
    }
}
