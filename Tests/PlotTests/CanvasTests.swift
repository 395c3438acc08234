import XCTest
@testable import Plot

final class CanvasTests: XCTestCase {
    func testRejectsBadSizes() {
        XCTAssertThrowsError(try Canvas(width: 0, height: 10))
        XCTAssertThrowsError(try Canvas(width: -5, height: 10))
        XCTAssertThrowsError(try Canvas(width: 1_000_000, height: 1_000_000))
    }

    func testOpaqueFillAndAlphaCompositing() throws {
        let c = try Canvas(width: 10, height: 10, background: .white)
        c.fillRect(Rect(x: 0, y: 0, width: 5, height: 10), color: Color(r: 1, g: 0, b: 0))
        XCTAssertEqual(c.pixel(x: 2, y: 2), Color(r: 1, g: 0, b: 0))
        c.fillRect(Rect(x: 0, y: 0, width: 10, height: 10), color: Color(r: 0, g: 0, b: 1, a: 0.5))
        let p = try XCTUnwrap(c.pixel(x: 2, y: 2))
        XCTAssertEqual(p.r, 0.5, accuracy: 0.01)
        XCTAssertEqual(p.b, 0.5, accuracy: 0.01)
        let q = try XCTUnwrap(c.pixel(x: 8, y: 2))
        XCTAssertEqual(q.r, 0.5, accuracy: 0.01)
        XCTAssertEqual(q.g, 0.5, accuracy: 0.01)
        XCTAssertEqual(q.b, 1.0, accuracy: 0.01)
    }

    func testClipRectangle() throws {
        let c = try Canvas(width: 10, height: 10, background: .white)
        c.fillRect(Rect(x: 0, y: 0, width: 10, height: 10), color: .black, clip: Rect(x: 2, y: 2, width: 3, height: 3))
        XCTAssertEqual(c.pixel(x: 1, y: 1), .white)
        XCTAssertEqual(c.pixel(x: 3, y: 3), .black)
        XCTAssertEqual(c.pixel(x: 5, y: 5), .white)
    }

    func testStrokeCoversExpectedArea() throws {
        let c = try Canvas(width: 40, height: 20, background: .white)
        c.stroke([Point(5, 10), Point(35, 10)], style: StrokeStyle(width: 4, cap: .butt), color: .black)
        // 30 x 4 pixels of ink.
        var ink = 0.0
        for y in 0..<20 { for x in 0..<40 { ink += 1 - (c.pixel(x: x, y: y)?.r ?? 1) } }
        XCTAssertEqual(ink, 120, accuracy: 1)
        let square = try Canvas(width: 40, height: 20, background: .white)
        square.stroke([Point(5, 10), Point(35, 10)], style: StrokeStyle(width: 4, cap: .square), color: .black)
        var ink2 = 0.0
        for y in 0..<20 { for x in 0..<40 { ink2 += 1 - (square.pixel(x: x, y: y)?.r ?? 1) } }
        XCTAssertEqual(ink2, 136, accuracy: 1)
    }

    func testDashesLeaveGaps() throws {
        let c = try Canvas(width: 100, height: 10, background: .white)
        c.stroke([Point(0, 5), Point(100, 5)], style: StrokeStyle(width: 2, dashes: [10, 10]), color: .black)
        XCTAssertEqual(c.pixel(x: 5, y: 5)?.r ?? 1, 0, accuracy: 0.01)
        XCTAssertEqual(c.pixel(x: 15, y: 5)?.r ?? 0, 1, accuracy: 0.01)
        XCTAssertEqual(c.pixel(x: 25, y: 5)?.r ?? 1, 0, accuracy: 0.01)
    }

    func testJoinsAndMarkersDrawSomething() throws {
        for join in [StrokeStyle.Join.miter, .round, .bevel] {
            let c = try Canvas(width: 50, height: 50, background: .white)
            c.stroke([Point(5, 45), Point(25, 5), Point(45, 45)], style: StrokeStyle(width: 6, join: join), color: .black)
            XCTAssertEqual(c.pixel(x: 25, y: 8)?.r ?? 1, 0, accuracy: 0.05, "\(join)")
        }
        for m in Marker.allCases {
            let c = try Canvas(width: 30, height: 30, background: .white)
            c.drawMarker(m, at: Point(15, 15), size: 20, face: .black, edge: .black, edgeWidth: 2)
            var ink = 0.0
            for y in 0..<30 { for x in 0..<30 { ink += 1 - (c.pixel(x: x, y: y)?.r ?? 1) } }
            XCTAssertGreaterThan(ink, 0.5, "marker \(m.rawValue) drew nothing")
        }
    }

    func testNearestNeighbourImage() throws {
        let c = try Canvas(width: 4, height: 4, background: .white)
        let img: [UInt8] = [255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 0, 0, 0, 255]
        try c.drawImage(img, width: 2, height: 2, in: Rect(x: 0, y: 0, width: 4, height: 4))
        XCTAssertEqual(c.pixel(x: 0, y: 0), Color(r: 1, g: 0, b: 0))
        XCTAssertEqual(c.pixel(x: 3, y: 1), Color(r: 0, g: 1, b: 0))
        XCTAssertEqual(c.pixel(x: 1, y: 3), Color(r: 0, g: 0, b: 1))
        XCTAssertThrowsError(try c.drawImage([1, 2], width: 2, height: 2, in: c.bounds))
    }
}
