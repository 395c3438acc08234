import Foundation

/// Turns a polyline into fill polygons: one quad per segment, a join piece at every vertex and
/// a cap piece at each end. All pieces are oriented the same way and filled together with the
/// non-zero rule, so overlaps count once and anti-aliased seams between pieces add up to full
/// coverage. Non-finite points split the line, like matplotlib's NaN gaps.
enum Stroker {
    static func stroke(_ points: [Point], style: StrokeStyle, closed: Bool) -> [[Point]] {
        guard style.width > 0, style.width.isFinite else { return [] }
        var out: [[Point]] = []
        for run in finiteRuns(points) {
            if style.dashes.isEmpty {
                strokeRun(run, style: style, closed: closed, into: &out)
            } else {
                let runPts = closed && run.count > 2 ? run + [run[0]] : run
                for piece in Dasher.split(runPts, pattern: style.dashes, offset: style.dashOffset) {
                    strokeRun(piece, style: style, closed: false, into: &out)
                }
            }
        }
        return out
    }

    /// Splits at non-finite points and removes consecutive duplicates.
    static func finiteRuns(_ points: [Point]) -> [[Point]] {
        var runs: [[Point]] = []
        var cur: [Point] = []
        for p in points {
            if p.isFinite {
                if let last = cur.last, (p - last).length < 1e-9 { continue }
                cur.append(p)
            } else if !cur.isEmpty {
                runs.append(cur); cur = []
            }
        }
        if !cur.isEmpty { runs.append(cur) }
        return runs
    }

    private static func oriented(_ p: [Point]) -> [Point] {
        NaiveCoverage.signedArea(p) < 0 ? p.reversed() : p
    }

    private static func strokeRun(_ run: [Point], style: StrokeStyle, closed: Bool, into out: inout [[Point]]) {
        let hw = style.width / 2
        guard run.count >= 2 else { return }
        let isClosed = closed && run.count > 2
        let n = run.count
        let segCount = isClosed ? n : n - 1
        for i in 0..<segCount {
            let a = run[i], b = run[(i + 1) % n]
            let d = (b - a).normalized
            let nrm = d.perpendicular * hw
            out.append(oriented([a + nrm, b + nrm, b - nrm, a - nrm]))
        }
        // Joins at interior vertices (every vertex when closed).
        let joinIdx = isClosed ? Array(0..<n) : Array(1..<(n - 1))
        for i in joinIdx {
            let prev = run[(i - 1 + n) % n], v = run[i], next = run[(i + 1) % n]
            addJoin(prev: prev, v: v, next: next, hw: hw, style: style, into: &out)
        }
        if !isClosed {
            addCap(at: run[0], toward: run[1], hw: hw, cap: style.cap, into: &out)
            addCap(at: run[n - 1], toward: run[n - 2], hw: hw, cap: style.cap, into: &out)
        }
    }

    private static func addJoin(prev: Point, v: Point, next: Point, hw: Double, style: StrokeStyle, into out: inout [[Point]]) {
        let d0 = (v - prev).normalized, d1 = (next - v).normalized
        let turn = d0.cross(d1)
        if abs(turn) < 1e-9 && d0.dot(d1) > 0 { return }  // straight on
        // A nearly straight join (under ~6°) needs no round piece: the bevel triangle differs
        // from the arc by less than hw * (1 - cos 3°) — invisible — and costs far less.
        let join: StrokeStyle.Join = (style.join == .round && d0.dot(d1) > 0.9945) ? .bevel : style.join
        switch join {
        case .round:
            out.append(oriented(Shapes.circle(center: v, radius: hw)))
        case .bevel, .miter:
            let s: Double = turn > 0 ? -1 : 1
            let n0 = d0.perpendicular * (hw * s), n1 = d1.perpendicular * (hw * s)
            if join == .miter {
                let m = (n0 + n1).normalized
                let cosHalf = m.dot(n0.normalized)
                if cosHalf > 1e-6 {
                    let len = hw / cosHalf
                    if len <= style.miterLimit * hw {
                        out.append(oriented([v, v + n0, v + m * len, v + n1]))
                        return
                    }
                }
            }
            out.append(oriented([v, v + n0, v + n1]))
        }
    }

    private static func addCap(at p: Point, toward q: Point, hw: Double, cap: StrokeStyle.Cap, into out: inout [[Point]]) {
        switch cap {
        case .butt:
            return
        case .round:
            out.append(oriented(Shapes.circle(center: p, radius: hw)))
        case .square:
            let d = (p - q).normalized  // pointing outward
            let nrm = d.perpendicular * hw
            let e = d * hw
            out.append(oriented([p + nrm, p + nrm + e, p - nrm + e, p - nrm]))
        }
    }
}
