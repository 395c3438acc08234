/// Cuts a polyline into the "on" pieces of a dash pattern, measured along its length.
///
/// matplotlib's patterns (in multiples of the line width in points): `'--'` = [3.7, 1.6],
/// `':'` = [1, 1.65], `'-.'` = [6.4, 1.6, 1, 1.6]; see `LineStyle.dashPattern`.
enum Dasher {
    static func split(_ pts: [Point], pattern: [Double], offset: Double) -> [[Point]] {
        let pat = pattern.map { max(0, $0.isFinite ? $0 : 0) }
        let period = pat.reduce(0, +)
        guard pts.count >= 2, !pat.isEmpty, period > 1e-6 else { return [pts] }
        var idx = 0
        var remaining = pat[0]
        var on = true
        // Advance into the pattern by the offset.
        var off = offset.truncatingRemainder(dividingBy: period)
        if off < 0 { off += period }
        while off > 0 {
            if off >= remaining { off -= remaining; idx = (idx + 1) % pat.count; remaining = pat[idx]; on.toggle() } else { remaining -= off; off = 0 }
        }
        var out: [[Point]] = []
        var cur: [Point] = on ? [pts[0]] : []
        var guardCount = 0
        for i in 0..<(pts.count - 1) {
            var a = pts[i]
            let b = pts[i + 1]
            var segLen = (b - a).length
            while segLen > 0 {
                guardCount += 1
                if guardCount > 2_000_000 { return out }  // pathological pattern vs. length
                if remaining >= segLen {
                    remaining -= segLen
                    if on { cur.append(b) }
                    segLen = 0
                } else {
                    let t = remaining / segLen
                    let m = a + (b - a) * t
                    if on {
                        cur.append(m)
                        if cur.count > 1, let f = cur.first, (m - f).length > 1e-9 || cur.count > 2 { out.append(cur) }
                        cur = []
                    } else {
                        cur = [m]
                    }
                    on.toggle()
                    segLen -= remaining
                    a = m
                    idx = (idx + 1) % pat.count
                    remaining = pat[idx]
                }
            }
        }
        if on && cur.count > 1 { out.append(cur) }
        return out
    }
}
