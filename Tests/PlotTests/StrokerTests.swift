import XCTest
@testable import Plot

final class StrokerTests: XCTestCase {
    private func ink(_ polys: [[Point]], _ w: Int, _ h: Int) -> Double {
        var acc = CoverageAccumulator()
        acc.reset(width: w, height: h)
        acc.addPolygons(polys, offsetX: 0, offsetY: 0)
        return acc.windingAreas().reduce(0) { $0 + Double(FillRule.nonZero.coverage($1)) }
    }

    func testCapsAddTheirArea() {
        let line = [Point(10, 10), Point(30, 10)]
        let w = 4.0
        XCTAssertEqual(ink(Stroker.stroke(line, style: StrokeStyle(width: w, cap: .butt), closed: false), 40, 20), 20 * w, accuracy: 0.05)
        XCTAssertEqual(ink(Stroker.stroke(line, style: StrokeStyle(width: w, cap: .square), closed: false), 40, 20), 20 * w + w * w, accuracy: 0.05)
        XCTAssertEqual(ink(Stroker.stroke(line, style: StrokeStyle(width: w, cap: .round), closed: false), 40, 20),
                       20 * w + Double.pi * w * w / 4, accuracy: 0.2)
    }

    func testJoinsCoverTheCorner() {
        // A right angle: miter fills the full outer square, bevel half of it, round a quarter disc.
        let pts = [Point(10, 30), Point(10, 10), Point(30, 10)]
        let w = 6.0, hw = 3.0
        let base = ink(Stroker.stroke(pts, style: StrokeStyle(width: w, join: .bevel), closed: false), 40, 40)
        let miter = ink(Stroker.stroke(pts, style: StrokeStyle(width: w, join: .miter), closed: false), 40, 40)
        let round = ink(Stroker.stroke(pts, style: StrokeStyle(width: w, join: .round), closed: false), 40, 40)
        XCTAssertEqual(miter - base, hw * hw / 2, accuracy: 0.1)
        XCTAssertEqual(round - base, Double.pi * hw * hw / 4 - hw * hw / 2, accuracy: 0.2)
    }

    func testOverlapsCountOnce() {
        // A polyline folding back on itself covers no more than the straight segment plus caps.
        let pts = [Point(5, 10), Point(35, 10), Point(5, 10)]
        let a = ink(Stroker.stroke(pts, style: StrokeStyle(width: 2, join: .round, cap: .butt), closed: false), 40, 20)
        XCTAssertLessThan(a, 30 * 2 + Double.pi + 0.5)
    }

    func testNonFiniteSplitsAndBadWidths() {
        let pts = [Point(0, 0), Point(10, 0), Point(.nan, 0), Point(20, 0), Point(30, 0)]
        XCTAssertEqual(Stroker.finiteRuns(pts).count, 2)
        XCTAssertTrue(Stroker.stroke(pts, style: StrokeStyle(width: 0), closed: false).isEmpty)
        XCTAssertTrue(Stroker.stroke(pts, style: StrokeStyle(width: .nan), closed: false).isEmpty)
    }
}
