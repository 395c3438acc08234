import XCTest
@testable import Plot

final class FormatStringTests: XCTestCase {
    func testMatplotlibFormats() throws {
        let a = try FormatString("r--")
        XCTAssertEqual(a.color, Color(r: 1, g: 0, b: 0)); XCTAssertEqual(a.lineStyle, .dashed); XCTAssertNil(a.marker)
        let b = try FormatString("o-")
        XCTAssertEqual(b.marker, .circle); XCTAssertEqual(b.lineStyle, .solid)
        let c = try FormatString("g^")
        XCTAssertEqual(c.marker, .triangleUp); XCTAssertEqual(c.lineStyle, LineStyle.none)
        let d = try FormatString("k:")
        XCTAssertEqual(d.color, .black); XCTAssertEqual(d.lineStyle, .dotted)
        let e = try FormatString("C1-.")
        XCTAssertEqual(e.color, Color.tab10[1]); XCTAssertEqual(e.lineStyle, .dashDot)
        XCTAssertEqual(try FormatString("b").color, Color(hex: 0x0000ff))
        XCTAssertThrowsError(try FormatString("z"))
        XCTAssertThrowsError(try FormatString("rg"))
        XCTAssertThrowsError(try FormatString("----"))
    }

    func testLineStyleDashes() throws {
        XCTAssertEqual(LineStyle.dashed.dashPattern(width: 1.5), [3.7 * 1.5, 1.6 * 1.5])
        XCTAssertEqual(LineStyle.dotted.dashPattern(width: 1), [1, 1.65])
        XCTAssertEqual(LineStyle.dashDot.dashPattern(width: 1), [6.4, 1.6, 1, 1.6])
        XCTAssertEqual(try LineStyle.parse("dashed"), .dashed)
        XCTAssertThrowsError(try LineStyle.parse("wavy"))
    }

    func testMarkersParse() {
        for m in Marker.allCases { XCTAssertEqual(Marker(symbol: m.rawValue), m) }
        XCTAssertNil(Marker(symbol: "Q"))
    }
}
