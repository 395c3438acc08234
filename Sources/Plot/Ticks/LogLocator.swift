import Foundation

/// Ticks for a base-10 logarithmic axis: major ticks at powers of ten (every k-th decade when
/// there are more than `numTicks` decades), minor ticks at 2…9 times each decade, labels
/// `10^k` written as mathtext (`$\mathdefault{10^{3}}$`) as matplotlib's
/// `LogFormatterSciNotation`.
public enum LogLocator {
    /// Major tick positions for the view `[vmin, vmax]` (both must be > 0).
    public static func majorTicks(_ vmin: Double, _ vmax: Double, numTicks: Int = 9) -> [Double] {
        guard vmin > 0, vmax > 0, vmin.isFinite, vmax.isFinite else { return [] }
        let lo = log10(min(vmin, vmax)), hi = log10(max(vmin, vmax))
        let d0 = Int(lo.rounded(.down)), d1 = Int(hi.rounded(.up))
        let decades = d1 - d0
        let stride = max(1, Int((Double(decades + 1) / Double(max(1, numTicks))).rounded(.up)))
        var out: [Double] = []
        var k = Int((Double(d0) / Double(stride)).rounded(.down)) * stride
        while k <= d1 + stride, out.count < 400 {
            out.append(pow(10, Double(k))); k += stride
        }
        return out
    }

    /// Minor tick positions (2…9 × 10^k) inside the view, when the view spans few decades.
    public static func minorTicks(_ vmin: Double, _ vmax: Double) -> [Double] {
        guard vmin > 0, vmax > 0, vmin.isFinite, vmax.isFinite else { return [] }
        let lo = min(vmin, vmax), hi = max(vmin, vmax)
        let d0 = Int(log10(lo).rounded(.down)), d1 = Int(log10(hi).rounded(.up))
        guard d1 - d0 <= 12 else { return [] }
        var out: [Double] = []
        for k in d0...d1 {
            for m in 2...9 {
                let v = Double(m) * pow(10, Double(k))
                if v >= lo && v <= hi { out.append(v) }
            }
        }
        return out
    }

    /// The label of a major tick: `$\mathdefault{10^{k}}$`.
    public static func label(_ v: Double) -> String {
        guard v > 0 else { return "" }
        let k = Int(log10(v).rounded())
        return "$\\mathdefault{10^{\(k)}}$".replacingOccurrences(of: "{-", with: "{\u{2212}")
    }
}
