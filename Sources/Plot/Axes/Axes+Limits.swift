import Foundation

/// Autoscaling: the view limits from the artists' data, with matplotlib's 5 % margins,
/// sticky edges and `nonsingular` widening.
extension Axes {
    /// The combined data bounds of this Axes' artists (and, for x, of the Axes it shares x with).
    func combinedBounds() -> DataBounds {
        var b = DataBounds()
        for a in artists { if let d = a.dataBounds() { b.merge(d) } }
        return b
    }

    /// The view limits `(x, y)` as matplotlib would show them.
    public func viewLimits() -> (x: (Double, Double), y: (Double, Double)) {
        if let shared = sharedX {
            let sx = shared.viewLimits().x
            return (sx, axisLimits(yaxis, combinedBounds(), vertical: true))
        }
        var bx = combinedBounds()
        var by = bx
        for twin in twins { bx.merge(twin.combinedBounds().xOnly) }
        // Shared axes autoscale on everyone's data and take the first limits set by hand.
        var xs = xaxis, ys = yaxis
        for other in xShare.compactMap(\.value) {
            bx.merge(other.combinedBounds().xOnly)
            for t in other.twins { bx.merge(t.combinedBounds().xOnly) }
            xs.lower = xs.lower ?? other.xaxis.lower; xs.upper = xs.upper ?? other.xaxis.upper
        }
        for other in yShare.compactMap(\.value) {
            by.merge(other.combinedBounds().yOnly)
            ys.lower = ys.lower ?? other.yaxis.lower; ys.upper = ys.upper ?? other.yaxis.upper
        }
        return (axisLimits(xs, bx, vertical: false), axisLimits(ys, by, vertical: true))
    }

    /// Axes that share this one's x axis (registered by `twinx`).
    var twins: [Axes] { twinList.compactMap { $0.value } }

    func axisLimits(_ s: AxisSettings, _ b: DataBounds, vertical: Bool) -> (Double, Double) {
        let log = s.scale == .log
        var lo: Double, hi: Double
        var has = vertical ? b.hasY : b.hasX
        var sticky = vertical ? b.stickyY : b.stickyX
        if has {
            lo = vertical ? b.ymin : b.xmin
            hi = vertical ? b.ymax : b.xmax
            if log {
                let mp = vertical ? b.minPosY : b.minPosX
                if lo <= 0 { lo = mp }
                if !(hi > 0) || !lo.isFinite { has = false }
                sticky = sticky.filter { $0 > 0 }
            }
        } else {
            lo = 0; hi = 1
        }
        if !has { lo = log ? 1 : 0; hi = log ? 10 : 1 }
        // Work in the transformed space (log10 for log axes).
        func f(_ v: Double) -> Double { log ? log10(v) : v }
        func g(_ v: Double) -> Double { log ? pow(10, v) : v }
        var a = f(lo), c = f(hi)
        if has {
            (a, c) = Nonsingular.expand(a, c, expander: 0.05)
            let m = max(0, s.margin)
            let delta = (c - a) * m
            var na = a - delta, nc = c + delta
            let fs = sticky.map(f).filter(\.isFinite)
            // matplotlib: do not expand past a sticky edge that the data touches.
            let tol = 1e-5 * max(abs(c - a), 1e-300)
            if let s0 = fs.filter({ $0 <= a + tol }).max() { na = max(na, s0) }
            if let s1 = fs.filter({ $0 >= c - tol }).min() { nc = min(nc, s1) }
            a = na; c = nc
        }
        var outLo = s.lower ?? g(a), outHi = s.upper ?? g(c)
        if log {
            if outLo <= 0 { outLo = s.lower == nil ? g(a) : outHi / 10 }
            if outHi <= 0 { outHi = outLo * 10 }
        }
        if outLo == outHi {
            let (p, q) = Nonsingular.expand(f(outLo), f(outHi), expander: 0.05)
            outLo = g(p); outHi = g(q)
        }
        if s.inverted { swap(&outLo, &outHi) }
        return (outLo, outHi)
    }
}
