import Foundation

/// "Nice" tick positions, as matplotlib's `MaxNLocator` (and `AutoLocator`, which is
/// `MaxNLocator(nbins='auto', steps=[1, 2, 2.5, 5, 10])`).
///
/// The range is scaled to a power of ten, then the smallest step from the staircase
/// `0.1 0.2 0.25 0.5 1 2 2.5 5 10 20` (times that power) that is at least `range / nbins` is tried;
/// smaller steps are tried until at least `minTicks` ticks fall inside the range. Large offsets
/// (mean ≫ range) are subtracted first so precision is kept.
///
/// ```swift
/// MaxNLocator(nbins: 9).ticks(0, 1)     // [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]  (1/9 rounds up to step 0.2)
/// MaxNLocator(nbins: 9).ticks(-1, 1)    // [-1.0, -0.75, …, 1.0]           (step 0.25)
/// ```
public struct MaxNLocator: Sendable {
    public var nbins: Int
    public var steps: [Double]
    public var integer: Bool
    public var minTicks: Int

    public init(nbins: Int = 9, steps: [Double] = [1, 2, 2.5, 5, 10], integer: Bool = false, minTicks: Int = 2) {
        self.nbins = max(1, nbins)
        self.steps = steps
        self.integer = integer
        self.minTicks = minTicks
    }

    /// matplotlib's `nbins='auto'`: the axis length in points divided by 3 (x) or 2 (y) tick-label
    /// font sizes, clipped to 1...9.
    public static func autoBins(axisLengthPoints: Double, labelSizePoints: Double, vertical: Bool) -> Int {
        let size = labelSizePoints * (vertical ? 2 : 3)
        guard size > 0, axisLengthPoints.isFinite else { return 9 }
        return (axisLengthPoints / size).rounded(.down).clampedInt(1, 9)
    }

    private var extendedSteps: [Double] {
        var s = steps.sorted()
        if s.first != 1 { s.insert(1, at: 0) }
        if s.last != 10 { s.append(10) }
        let second = s.count > 1 ? s[1] : 10
        return s.dropLast().map { 0.1 * $0 } + s + [10 * second]
    }

    /// Tick positions covering `[vmin, vmax]` (one tick may lie just outside each end).
    public func ticks(_ a: Double, _ b: Double) -> [Double] {
        guard a.isFinite, b.isFinite else { return [] }
        let (vmin, vmax) = Nonsingular.expand(min(a, b), max(a, b), expander: 1e-13, tiny: 1e-14)
        let (scale, offset) = MaxNLocator.scaleRange(vmin, vmax, n: Double(nbins))
        let lo = vmin - offset, hi = vmax - offset
        let stepsScaled = extendedSteps.map { $0 * scale }
        let raw = (hi - lo) / Double(nbins)
        let istep = stepsScaled.firstIndex(where: { $0 >= raw }) ?? (stepsScaled.count - 1)
        var ticks: [Double] = []
        for var step in stepsScaled[0...istep].reversed() {
            if integer && (hi.rounded(.down) - lo.rounded(.up)) >= Double(minTicks - 1) { step = max(1, step) }
            let bestMin = (lo / step).rounded(.down) * step
            let edge = EdgeInteger(step: step, offset: offset)
            let low = edge.le(lo - bestMin), high = edge.ge(hi - bestMin)
            guard high - low < 10_000 else { continue }
            ticks = stride(from: low, through: high, by: 1).map { $0 * step + bestMin }
            let n = ticks.filter { $0 <= hi && $0 >= lo }.count
            if n >= minTicks { break }
        }
        return ticks.map { $0 + offset }
    }

    /// matplotlib's `scale_range`: the power of ten of `range / n`, and an offset when the mean
    /// is more than 100 ranges away from zero.
    static func scaleRange(_ vmin: Double, _ vmax: Double, n: Double) -> (Double, Double) {
        let dv = abs(vmax - vmin)
        let mean = (vmax + vmin) / 2
        var offset = 0.0
        if abs(mean) / dv >= 100 {
            offset = (pow(10, (log10(abs(mean))).rounded(.down))).withSign(of: mean)
        }
        let scale = pow(10, log10(dv / n).rounded(.down))
        return (scale, offset)
    }

    /// Floor/ceil of `x / step` tolerant to floating-point error (matplotlib's `_Edge_integer`).
    struct EdgeInteger {
        let step: Double
        let offset: Double
        init(step: Double, offset: Double) { self.step = step; self.offset = abs(offset) }

        func closeTo(_ ms: Double, _ edge: Double) -> Bool {
            var tol = 1e-10
            if offset > 0 {
                let digits = log10(offset / step)
                tol = min(0.4999, max(1e-10, pow(10, digits - 12)))
            }
            return abs(ms - edge) < tol
        }

        func le(_ x: Double) -> Double {
            let d = (x / step).rounded(.down), m = x - d * step
            return closeTo(m / step, 1) ? d + 1 : d
        }

        func ge(_ x: Double) -> Double {
            let d = (x / step).rounded(.down), m = x - d * step
            return closeTo(m / step, 0) ? d : d + 1
        }
    }
}

private extension Double {
    func withSign(of s: Double) -> Double { s < 0 ? -abs(self) : abs(self) }
}
