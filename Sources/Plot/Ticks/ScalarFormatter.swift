import Foundation

/// Tick labels as matplotlib's default `ScalarFormatter`: the fewest decimals that tell the
/// ticks apart (`0.0 0.5 1.0`, or `0 2 4` when all are integers), an offset (`+1e3`) when the
/// ticks share large leading digits, and a power of ten (`1e6`, `1e−5`) outside 1e-5 ... 1e6.
/// The minus sign is U+2212, as matplotlib's `axes.unicode_minus`.
///
/// ```swift
/// let f = ScalarFormatter.format(ticks: [0, 0.5, 1], viewMin: 0, viewMax: 1)
/// f.labels      // ["0.0", "0.5", "1.0"]
/// f.offsetText  // ""
/// ```
public struct ScalarFormatter: Sendable {
    public var labels: [String]
    /// Text shown at the end of the axis ("1e6", "+1e3", "1e−5+1"), empty when unused.
    public var offsetText: String
    public var offset: Double
    public var orderOfMagnitude: Int

    /// Formats all `ticks` (the locator's output, including any just outside the view).
    public static func format(ticks: [Double], viewMin: Double, viewMax: Double,
                              useOffset: Bool = true, offsetThreshold: Int = 4,
                              powerLimits: (Int, Int) = (-5, 6)) -> ScalarFormatter {
        let lo = min(viewMin, viewMax), hi = max(viewMin, viewMax)
        let inView = ticks.filter { $0 >= lo && $0 <= hi }
        let offset = useOffset ? computeOffset(inView, threshold: offsetThreshold) : 0
        let oom = orderOfMagnitude(inView, offset: offset, lo: lo, hi: hi, limits: powerLimits)
        let fmtDigits = decimals(ticks, offset: offset, oom: oom, lo: lo, hi: hi)
        let scale = pow(10, Double(oom))
        let labels = ticks.map { t -> String in
            var xp = (t - offset) / scale
            if abs(xp) < 1e-8 { xp = 0 }
            return fixMinus(String(format: "%1.\(fmtDigits)f", xp))
        }
        var offText = ""
        if oom != 0 || offset != 0 {
            var off = ""
            if offset != 0 { off = formatSci(offset); if offset > 0 { off = "+" + off } }
            let sci = oom != 0 ? "1e\(oom)" : ""
            offText = fixMinus(sci + off)
        }
        return ScalarFormatter(labels: labels, offsetText: offText, offset: offset, orderOfMagnitude: oom)
    }

    static func fixMinus(_ s: String) -> String { s.replacingOccurrences(of: "-", with: "\u{2212}") }

    /// `'%1.10e'` with trailing zeros and the exponent's plus sign and zeros dropped: 1e6, 1.5e−3.
    static func formatSci(_ v: Double) -> String {
        let s = String(format: "%1.10e", v)
        let parts = s.split(separator: "e")
        guard parts.count == 2 else { return s }
        var mant = String(parts[0])
        if mant.contains(".") {
            while mant.hasSuffix("0") { mant.removeLast() }
            if mant.hasSuffix(".") { mant.removeLast() }
        }
        let exp = Int(parts[1]) ?? 0
        return "\(mant)e\(exp)"
    }

    private static func computeOffset(_ locs: [Double], threshold: Int) -> Double {
        guard let lmin = locs.min(), let lmax = locs.max() else { return 0 }
        if lmin == lmax || (lmin <= 0 && 0 <= lmax) { return 0 }
        let a = [abs(lmin), abs(lmax)].sorted()
        let absMin = a[0], absMax = a[1]
        let sign: Double = lmin < 0 ? -1 : 1
        let oomMax = log10(absMax).rounded(.up)
        var oom = oomMax
        var found = false
        for k in 0..<40 {
            let o = oomMax - Double(k)
            if (absMin / pow(10, o)).rounded(.down) != (absMax / pow(10, o)).rounded(.down) { oom = o + 1; found = true; break }
        }
        if !found { return 0 }
        if (absMax - absMin) / pow(10, oom) <= 1e-2 {
            for k in 0..<40 {
                let o = oomMax - Double(k)
                if absMax - absMin > pow(10, o) { oom = o + 1; break }
            }
        }
        let n = Double(threshold - 1)
        let lead = (absMax / pow(10, oom)).rounded(.down)
        return lead >= pow(10, n) ? sign * lead * pow(10, oom) : 0
    }

    private static func orderOfMagnitude(_ locs: [Double], offset: Double, lo: Double, hi: Double, limits: (Int, Int)) -> Int {
        guard !locs.isEmpty else { return 0 }
        let oom: Int
        if offset != 0 {
            oom = log10(hi - lo).rounded(.down).clampedInt(-400, 400)
        } else {
            let val = locs.map { abs($0) }.max() ?? 0
            oom = val == 0 ? 0 : log10(val).rounded(.down).clampedInt(-400, 400)
        }
        if oom <= limits.0 || oom >= limits.1 { return oom }
        return 0
    }

    private static func decimals(_ ticks: [Double], offset: Double, oom: Int, lo: Double, hi: Double) -> Int {
        var src = ticks
        if ticks.count < 2 { src += [lo, hi] }
        var locs = src.map { ($0 - offset) / pow(10, Double(oom)) }
        var range = (locs.max() ?? 0) - (locs.min() ?? 0)
        if range == 0 { range = locs.map { abs($0) }.max() ?? 0 }
        if range == 0 { range = 1 }
        if ticks.count < 2 { locs = Array(locs.dropLast(2)) }
        let rangeOom = log10(range).rounded(.down).clampedInt(-400, 400)
        var sig = max(0, 3 - rangeOom)
        let thresh = 1e-3 * pow(10, Double(rangeOom))
        while sig >= 0 {
            let p = pow(10, Double(sig))
            let err = locs.map { abs($0 - ($0 * p).rounded(.toNearestOrEven) / p) }.max() ?? 0
            if err < thresh { sig -= 1 } else { break }
        }
        return sig + 1
    }
}
