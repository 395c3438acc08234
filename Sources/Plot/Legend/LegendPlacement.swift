/// `loc='best'`: matplotlib's search for the least crowded of the nine positions.
///
/// For each candidate (upper right, upper left, lower left, lower right, right, center left,
/// center right, lower center, upper center, center — in that order) the "badness" is the
/// number of data vertices inside the legend, plus the number of patch boxes it overlaps,
/// plus the number of lines crossing it. The first candidate with the lowest badness wins.
enum LegendPlacement {
    static func best(legend: LegendBox, box: Rect, artists: [Artist], transform: AxesTransform) -> Point {
        var points: [Point] = []
        var boxes: [Rect] = []
        var lines: [[Point]] = []
        for a in artists {
            let o = a.obstacles(transform)
            points += o.points
            boxes += o.boxes
            if a is Line2D || a is LineCollection { lines.append(o.points) }
        }
        var bestOrigin = legend.origin(.upperRight, in: box)
        var bestBad = Int.max
        for loc in LegendSettings.Location.allCases where loc != .best {
            let o = legend.origin(loc, in: box)
            let r = Rect(x: o.x, y: o.y, width: legend.width, height: legend.height)
            var bad = 0
            for p in points where r.contains(p) { bad += 1 }
            for b in boxes where b.overlaps(r) { bad += 1 }
            for l in lines where crosses(l, r) { bad += 1 }
            if bad < bestBad { bestBad = bad; bestOrigin = o }
            if bad == 0 { break }
        }
        return bestOrigin
    }

    static func crosses(_ line: [Point], _ r: Rect) -> Bool {
        guard line.count > 1 else { return false }
        for i in 0..<(line.count - 1) where PolylineClipper.segment(line[i], line[i + 1], r) != nil { return true }
        return false
    }
}
