/// Drops polyline vertices that do not change the drawn line by more than `tolerance` pixels,
/// as matplotlib's path simplification (`path.simplify_threshold` = 1/9 px) does before
/// stroking long lines: a 100 000-point curve across 500 pixels becomes a few thousand
/// vertices and looks the same.
///
/// Greedy (Reumann–Witkam style): from an anchor, points are skipped while they stay within
/// `tolerance` of the line through the anchor and the first skipped point and keep moving
/// forward along it; the furthest skipped point is then kept. Non-finite points are kept
/// (they split the line later).
enum PathSimplifier {
    static func simplify(_ pts: [Point], tolerance: Double = 1.0 / 9) -> [Point] {
        guard pts.count > 2 else { return pts }
        var out: [Point] = []
        out.reserveCapacity(min(pts.count, 4096))
        var i = 0
        while i < pts.count {
            let a = pts[i]
            out.append(a)
            guard a.isFinite else { i += 1; continue }
            // Find the direction from the first point far enough from the anchor.
            var j = i + 1
            while j < pts.count, pts[j].isFinite, (pts[j] - a).length < tolerance { j += 1 }
            guard j < pts.count, pts[j].isFinite else {
                if j - 1 > i { out.append(pts[j - 1]) }
                i = j
                continue
            }
            let dir = (pts[j] - a).normalized
            var far = (pts[j] - a).dot(dir)
            var last = j
            var k = j + 1
            while k < pts.count, pts[k].isFinite {
                let v = pts[k] - a
                let along = v.dot(dir)
                if abs(v.cross(dir)) > tolerance || along < far - tolerance { break }
                if along > far { far = along; last = k } else { last = k }
                k += 1
            }
            // Keep the extreme point reached along the direction, then continue from it.
            if last == i { i += 1 } else { i = last }
            if i == pts.count - 1 { out.append(pts[i]); break }
        }
        return out
    }
}
