/// How far error bars reach below and above (left and right of) each point: matplotlib's
/// `yerr=0.1` (one value for all), `yerr=[…]` (one per point) and the asymmetric
/// `yerr=[lower, upper]` of shape (2, N).
public struct ErrorBars: Sendable {
    /// One value (for every point) or one per point; never negative.
    public var lower: [Double]
    public var upper: [Double]

    /// The same length below and above.
    public init(_ symmetric: [Double]) { lower = symmetric; upper = symmetric }

    public init(lower: [Double], upper: [Double]) { self.lower = lower; self.upper = upper }

    /// Checks the lengths against `count` points and the signs, in matplotlib's words.
    func validate(count: Int, name: String) throws {
        for e in [lower, upper] {
            if e.count != 1 && e.count != count {
                throw PlotError.shapeMismatch("\(name) must be a scalar or have the same length as x (\(count)), got \(e.count)")
            }
            if e.contains(where: { $0 < 0 }) { throw PlotError.invalidArgument("'\(name)' must not contain negative values") }
        }
    }

    /// The reach below and above point `i`.
    func span(_ i: Int) -> (below: Double, above: Double) {
        (lower.count == 1 ? lower[0] : lower[i], upper.count == 1 ? upper[0] : upper[i])
    }
}
