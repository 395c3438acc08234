import XCTest
@testable import Plot

final class MarkerStampTests: XCTestCase {
    func testStampedCircleHasTheDiscArea() {
        // A 10 px circle with a 1 px outline in the same colour covers a disc of radius 5.5.
        let s = MarkerStamp(marker: .circle, size: 10, edgeWidth: 1, hasFace: true, hasEdge: true, merged: true, qx: 1, qy: 2)
        let area = (s.edge ?? []).reduce(0) { $0 + Double($1) }
        XCTAssertEqual(area, Double.pi * 5.5 * 5.5, accuracy: Double.pi * 5.5 * 5.5 * 0.02)
        XCTAssertNil(s.face)
    }

    func testStampMatchesDirectDrawing() throws {
        let a = try Canvas(width: 40, height: 40), b = try Canvas(width: 40, height: 40)
        let p = Point(20.25, 19.75)   // on a quarter-pixel grid centre: (20 + 1.5/4 ≈ .375) — close, not exact
        a.drawMarker(.square, at: p, size: 12, face: Color.tab10[0], edge: .black, edgeWidth: 1.4)
        let s = MarkerStamp(marker: .square, size: 12, edgeWidth: 1.4, hasFace: true, hasEdge: true, merged: false, qx: 1, qy: 3)
        let x0 = 20 - s.radius, y0 = 19 - s.radius
        if let f = s.face { b.blend(mask: f, side: s.size, x0: x0, y0: y0, color: Color.tab10[0], clip: nil) }
        if let e = s.edge { b.blend(mask: e, side: s.size, x0: x0, y0: y0, color: .black, clip: nil) }
        // Same ink overall (positions differ by at most 1/8 px).
        func ink(_ c: Canvas) -> Double {
            var t = 0.0
            for y in 0..<40 { for x in 0..<40 { t += 1 - (c.pixel(x: x, y: y)?.g ?? 1) } }
            return t
        }
        XCTAssertEqual(ink(a), ink(b), accuracy: ink(a) * 0.03)
    }
}
