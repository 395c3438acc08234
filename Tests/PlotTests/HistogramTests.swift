import XCTest
@testable import Plot

/// `Histogram` follows numpy.histogram (values checked against numpy by hand).
final class HistogramTests: XCTestCase {
    func testCountsAndEdges() throws {
        // np.histogram([1, 2, 2, 3, 4], bins=3) -> [1, 2, 2], [1, 2, 3, 4]
        let h = try Histogram([1, 2, 2, 3, 4], bins: .count(3))
        XCTAssertEqual(h.counts, [1, 2, 2])
        XCTAssertEqual(h.edges, [1, 2, 3, 4])
        // Last bin includes its right edge; values outside the range are dropped.
        let r = try Histogram([0, 0.5, 1, 1.5], bins: .count(2), range: (0, 1))
        XCTAssertEqual(r.counts, [1, 2])
        // Explicit edges.
        let e = try Histogram([0.1, 0.2, 5], bins: .edges([0, 1, 10]))
        XCTAssertEqual(e.counts, [2, 1])
        // All equal values: the range widens by 0.5 each side.
        let c = try Histogram([3, 3], bins: .count(2))
        XCTAssertEqual(c.edges, [2.5, 3, 3.5])
        XCTAssertEqual(c.counts, [0, 2])
    }

    func testDensityIntegratesToOne() throws {
        let h = try Histogram((0..<100).map { Double($0 % 17) }, bins: .count(7), density: true)
        var area = 0.0
        for i in 0..<h.counts.count { area += h.counts[i] * (h.edges[i + 1] - h.edges[i]) }
        XCTAssertEqual(area, 1, accuracy: 1e-12)
    }

    func testInvalidBins() {
        XCTAssertThrowsError(try Histogram([1], bins: .count(0)))
        XCTAssertThrowsError(try Histogram([1], bins: .edges([2, 1])))
        XCTAssertThrowsError(try Histogram([1], bins: .edges([1])))
        XCTAssertThrowsError(try Histogram([1], range: (.nan, 1)))
        XCTAssertThrowsError(try Histogram([1], weights: [1, 2]))
        XCTAssertNoThrow(try Histogram([]))
    }
}
