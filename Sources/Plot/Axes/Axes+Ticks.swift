import Foundation

/// The ticks of one axis for given view limits and axis length.
struct TickSet {
    var major: [Double] = []
    var labels: [String] = []
    var minor: [Double] = []
    var offsetText = ""
}

extension Axes {
    /// Major ticks inside the view with their labels, minor ticks (log axes) and the offset
    /// text, as matplotlib's AutoLocator + ScalarFormatter (or LogLocator + LogFormatter).
    func tickSet(_ s: AxisSettings, lim: (Double, Double), lengthPt: Double, vertical: Bool) -> TickSet {
        let lo = min(lim.0, lim.1), hi = max(lim.0, lim.1)
        guard lo.isFinite, hi.isFinite else { return TickSet() }
        let tol = 1e-10 * max(hi - lo, 1e-300)
        func inView(_ v: Double) -> Bool { v >= lo - tol && v <= hi + tol }
        if let fixed = s.ticks {
            var set = TickSet()
            let labels = s.tickLabels ?? ScalarFormatter.format(ticks: fixed, viewMin: lo, viewMax: hi).labels
            for (t, l) in zip(fixed, labels) where t.isFinite && inView(t) { set.major.append(t); set.labels.append(l) }
            if s.tickLabels == nil, s.scale == .linear {
                set.offsetText = ScalarFormatter.format(ticks: fixed, viewMin: lo, viewMax: hi).offsetText
            }
            return set
        }
        let bins = MaxNLocator.autoBins(axisLengthPoints: lengthPt, labelSizePoints: s.tickLabelSize, vertical: vertical)
        if s.scale == .log {
            var set = TickSet()
            for t in LogLocator.majorTicks(lo, hi, numTicks: bins) where inView(t) {
                set.major.append(t); set.labels.append(LogLocator.label(t))
            }
            set.minor = LogLocator.minorTicks(lo, hi)
            return set
        }
        let all = MaxNLocator(nbins: bins).ticks(lo, hi)
        let f = ScalarFormatter.format(ticks: all, viewMin: lo, viewMax: hi)
        var set = TickSet()
        for (t, l) in zip(all, f.labels) where inView(t) { set.major.append(t); set.labels.append(l) }
        set.offsetText = f.offsetText
        return set
    }
}
