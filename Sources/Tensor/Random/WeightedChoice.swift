/// `choice(..., p=weights)` as both NumPy APIs draw it (legacy `RandomState` and `Generator`):
/// the weights become a normalised running sum, and each uniform draw picks the first bin whose
/// cumulative weight exceeds it (`searchsorted(cdf, u, side='right')`). Shared so that the two
/// generators cannot drift apart.
public enum WeightedChoice {
    /// NumPy's tolerance on the sum of `p`: `sqrt(eps)` of float64, or of `p`'s own float type
    /// when that is coarser (a float32 softmax passes as in NumPy).
    public static func sumTolerance(pIsFloat32: Bool) -> Double {
        (pIsFloat32 ? Double(Float.ulpOfOne) : Double.ulpOfOne).squareRoot()
    }

    /// NumPy's checks on `p`: same size as the population, non-negative, summing to 1 within
    /// `tolerance` (float64's when nil).
    static func validate(_ p: [Double], populationSize n: Int, tolerance: Double?) throws {
        let tolerance = tolerance ?? sumTolerance(pIsFloat32: false)
        guard p.count == n else { throw TensorError.value("'a' and 'p' must have same size") }
        guard p.allSatisfy({ $0 >= 0 }) else { throw TensorError.value("probabilities are not non-negative") }
        let total = p.reduce(0, +)
        guard Swift.abs(total - 1) <= tolerance else { throw TensorError.value("probabilities do not sum to 1") }
    }

    /// `cumsum(p) / cumsum(p)[-1]`, as NumPy's `choice` normalises.
    static func normalizedCDF(_ p: [Double]) -> [Double] {
        var cdf = p
        for i in 1..<Swift.max(cdf.count, 1) { cdf[i] += cdf[i - 1] }
        let last = cdf.last ?? 1
        return cdf.map { $0 / last }
    }

    /// `np.searchsorted(cdf, x, side='right')`.
    static func searchRight(_ cdf: [Double], _ x: Double) -> Int {
        var lo = 0, hi = cdf.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if cdf[mid] <= x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// With replacement: one bin per uniform draw.
    static func withReplacement(_ p: [Double], uniforms: [Double]) -> [Int64] {
        let cdf = normalizedCDF(p)
        return uniforms.map { Int64(searchRight(cdf, $0)) }
    }

    /// Without replacement, NumPy's way: draw `size - found` uniforms, zero the weights already
    /// taken, keep the distinct new bins in order of first appearance, repeat until `size` found.
    static func withoutReplacement(_ weights: [Double], size: Int, uniforms: (Int) throws -> [Double]) throws -> [Int64] {
        var p = weights
        if p.filter({ $0 > 0 }).count < size { throw TensorError.value("Fewer non-zero entries in p than size") }
        var found: [Int64] = []
        var taken = Set<Int>()
        while found.count < size {
            let x = try uniforms(size - found.count)
            for f in found { p[Int(f)] = 0 }
            let cdf = normalizedCDF(p)
            var seen = Set<Int>()
            for u in x {
                let bin = searchRight(cdf, u)
                if seen.insert(bin).inserted && !taken.contains(bin) {
                    found.append(Int64(bin)); taken.insert(bin)
                }
            }
        }
        return found
    }
}
