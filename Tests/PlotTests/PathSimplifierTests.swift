import XCTest
@testable import Plot

final class PathSimplifierTests: XCTestCase {
    private func distance(_ p: Point, toSegment a: Point, _ b: Point) -> Double {
        let d = b - a
        let l2 = d.dot(d)
        let t = l2 > 0 ? max(0, min(1, (p - a).dot(d) / l2)) : 0
        return (p - (a + d * t)).length
    }

    func testEveryPointStaysWithinTolerance() {
        // A noisy random walk and a smooth dense curve, in pixel units.
        var walk: [Point] = []
        var y = 100.0
        for i in 0..<1500 { y += sin(Double(i) * 12.9898) * 3; walk.append(Point(Double(i) * 0.3, y)) }
        let smooth = (0..<1500).map { Point(Double($0) * 0.3, 100 + 50 * sin(Double($0) / 100)) }
        for pts in [walk, smooth] {
            let s = PathSimplifier.simplify(pts)
            XCTAssertLessThan(s.count, pts.count)
            XCTAssertEqual(s.first, pts.first); XCTAssertEqual(s.last, pts.last)
            for p in pts {
                var best = Double.infinity
                for k in 0..<(s.count - 1) { best = min(best, distance(p, toSegment: s[k], s[k + 1])) }
                XCTAssertLessThan(best, 0.25, "point \(p) is \(best) px from the simplified line")
            }
        }
        XCTAssertLessThan(PathSimplifier.simplify(smooth).count, 300)
    }

    func testKeepsGaps() {
        let pts = [Point(0, 0), Point(1, 0), Point(2, 0), Point(.nan, 0), Point(3, 0), Point(4, 1)]
        let s = PathSimplifier.simplify(pts)
        XCTAssertTrue(s.contains { !$0.isFinite })
    }
}
