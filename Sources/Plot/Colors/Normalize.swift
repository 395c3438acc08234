/// Linear mapping of data values to 0...1 for colormaps (matplotlib's `Normalize`).
///
/// When `vmin == vmax` every value maps to 0, as in matplotlib.
public struct Normalize: Sendable, Equatable {
    public var vmin: Double
    public var vmax: Double

    public init(vmin: Double, vmax: Double) { self.vmin = vmin; self.vmax = vmax }

    /// The range of the finite values in `data`, overridden by `vmin`/`vmax` when given.
    public static func autoscaled(_ data: [Double], vmin: Double? = nil, vmax: Double? = nil) -> Normalize {
        var lo = Double.infinity, hi = -Double.infinity
        for v in data where v.isFinite { lo = min(lo, v); hi = max(hi, v) }
        if lo > hi { lo = 0; hi = 1 }
        return Normalize(vmin: vmin ?? lo, vmax: vmax ?? hi)
    }

    @inline(__always)
    public func callAsFunction(_ v: Double) -> Double {
        let d = vmax - vmin
        guard d != 0, d.isFinite else { return v.isNaN ? .nan : 0 }
        return (v - vmin) / d
    }
}
