import XCTest
@testable import Plot

/// Anti-aliased coverage of known shapes, and the accumulator against its naive twin.
final class CoverageAccumulatorTests: XCTestCase {
    private func areas(_ polys: [[Point]], _ w: Int, _ h: Int) -> [Float] {
        var acc = CoverageAccumulator()
        acc.reset(width: w, height: h)
        acc.addPolygons(polys, offsetX: 0, offsetY: 0)
        return acc.windingAreas()
    }

    func testHalfCoveredPixelIsOneHalf() {
        // A rectangle whose left edge runs through the middle of column 1.
        let a = areas([Shapes.rectangle(Rect(x: 1.5, y: 0, width: 3, height: 4))], 6, 4)
        XCTAssertEqual(abs(a[1]), 0.5, accuracy: 1e-6)
        XCTAssertEqual(abs(a[2]), 1.0, accuracy: 1e-6)
        XCTAssertEqual(abs(a[0]), 0.0, accuracy: 1e-6)
    }

    func testDiagonalHalfPixel() {
        // The triangle below the diagonal of one pixel covers exactly half of it.
        let a = areas([[Point(0, 0), Point(1, 1), Point(0, 1)]], 2, 1)
        XCTAssertEqual(abs(a[0]), 0.5, accuracy: 1e-6)
    }

    func testRectangleAreaSumsExactly() {
        let r = Rect(x: 2.3, y: 1.7, width: 10.45, height: 6.2)
        let a = areas([Shapes.rectangle(r)], 16, 10)
        let total = a.reduce(0) { $0 + Double(FillRule.nonZero.coverage($1)) }
        XCTAssertEqual(total, r.width * r.height, accuracy: 1e-3)
    }

    func testCircleAreaWithinOnePercent() {
        let a = areas([Shapes.circle(center: Point(20.3, 19.7), radius: 15)], 40, 40)
        let total = a.reduce(0) { $0 + Double(FillRule.nonZero.coverage($1)) }
        XCTAssertEqual(total, Double.pi * 225, accuracy: Double.pi * 225 * 0.01)
    }

    func testMatchesNaiveTwin() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let poly = (0..<7).map { _ in Point(Double.random(in: -3...23, using: &rng), Double.random(in: -3...15, using: &rng)) }
            let fast = areas([poly], 20, 12)
            let slow = NaiveCoverage.windingAreas([poly], width: 20, height: 12)
            for i in 0..<fast.count where abs(fast[i] - slow[i]) > 1e-3 {
                XCTFail("pixel \(i): accumulator \(fast[i]) vs naive \(slow[i]) for \(poly)")
                return
            }
        }
    }

    /// An edge that leaves the window on the left: floating-point error in the per-row x
    /// stepping once put part of its area into the wrong cell (found by the random twin test).
    func testEdgeCrossingLeftBorderMatchesTwin() {
        let poly = [Point(1.179256482232672, 14.416786038498856), Point(22.176757378944142, 7.329889564171809),
                    Point(14.704520827978147, 0.7692016855433415), Point(12.012789026075442, 6.373244239203309),
                    Point(-2.5774863461967055, 4.085850673472338), Point(15.490000088131378, -1.5814903481397786),
                    Point(20.002113947412738, -1.86000178181896)]
        let fast = areas([poly], 20, 12)
        let slow = NaiveCoverage.windingAreas([poly], width: 20, height: 12)
        for i in 0..<fast.count { XCTAssertEqual(fast[i], slow[i], accuracy: 1e-3, "pixel \(i)") }
    }

    func testEvenOddMakesHoles() {
        let outer = Shapes.rectangle(Rect(x: 0, y: 0, width: 10, height: 10))
        let inner = Shapes.rectangle(Rect(x: 3, y: 3, width: 4, height: 4))
        let a = areas([outer, inner], 10, 10)
        XCTAssertEqual(FillRule.evenOdd.coverage(a[5 * 10 + 5]), 0, accuracy: 1e-6)
        XCTAssertEqual(FillRule.nonZero.coverage(a[5 * 10 + 5]), 1, accuracy: 1e-6)
        XCTAssertEqual(FillRule.evenOdd.coverage(a[1 * 10 + 1]), 1, accuracy: 1e-6)
    }

    func testNonFiniteAndOutOfWindowEdgesAreSafe() {
        let a = areas([[Point(-1e9, -5), Point(1e9, 3), Point(.nan, 2)], [Point(-50, -50), Point(50, -50), Point(50, 50), Point(-50, 50)]], 4, 4)
        XCTAssertEqual(a.count, 16)
        for v in a { XCTAssertTrue(v.isFinite) }
        XCTAssertEqual(abs(a[5]), 1, accuracy: 1e-5)
    }
}
