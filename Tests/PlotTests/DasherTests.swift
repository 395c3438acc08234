import XCTest
@testable import Plot

final class DasherTests: XCTestCase {
    func testPatternLengths() {
        let pieces = Dasher.split([Point(0, 0), Point(100, 0)], pattern: [10, 5], offset: 0)
        XCTAssertEqual(pieces.count, 7)   // 0-10, 15-25, …, 90-100
        XCTAssertEqual(pieces[0].first?.x ?? -1, 0, accuracy: 1e-9)
        XCTAssertEqual(pieces[0].last?.x ?? -1, 10, accuracy: 1e-9)
        XCTAssertEqual(pieces[1].first?.x ?? -1, 15, accuracy: 1e-9)
    }

    func testDashesFollowCorners() {
        let pieces = Dasher.split([Point(0, 0), Point(10, 0), Point(10, 10)], pattern: [15, 100], offset: 0)
        XCTAssertEqual(pieces.count, 1)
        XCTAssertEqual(pieces[0].count, 3)   // keeps the corner
        XCTAssertEqual(pieces[0].last?.y ?? -1, 5, accuracy: 1e-9)
    }

    func testOffsetAndDegeneratePatterns() {
        let shifted = Dasher.split([Point(0, 0), Point(30, 0)], pattern: [10, 10], offset: 5)
        XCTAssertEqual(shifted.first?.last?.x ?? -1, 5, accuracy: 1e-9)
        XCTAssertEqual(Dasher.split([Point(0, 0), Point(30, 0)], pattern: [0, 0], offset: 0).count, 1)
        XCTAssertEqual(Dasher.split([Point(0, 0), Point(30, 0)], pattern: [.nan, 1], offset: 0).count, 0)
        // A tiny pattern on a long line is bounded, not an endless loop.
        XCTAssertLessThanOrEqual(Dasher.split([Point(0, 0), Point(1e9, 0)], pattern: [1e-3, 1e-3], offset: 0).count, 2_000_000)
    }
}
