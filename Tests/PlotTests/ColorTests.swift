import XCTest
@testable import Plot

final class ColorTests: XCTestCase {
    func testParsesMatplotlibSpecs() throws {
        XCTAssertEqual(try Color.parse("C0"), Color(hex: 0x1f77b4))
        XCTAssertEqual(try Color.parse("C11"), Color(hex: 0xff7f0e))
        XCTAssertEqual(try Color.parse("tab:orange"), Color(hex: 0xff7f0e))
        XCTAssertEqual(try Color.parse("r"), Color(r: 1, g: 0, b: 0))
        XCTAssertEqual(try Color.parse("g"), Color(hex: 0x008000))
        XCTAssertEqual(try Color.parse("darkorange"), Color(hex: 0xff8c00))
        XCTAssertEqual(try Color.parse("DarkOrange"), Color(hex: 0xff8c00))
        XCTAssertEqual(try Color.parse("grey"), Color(hex: 0x808080))
        XCTAssertEqual(try Color.parse("#abc"), Color(hex: 0xaabbcc))
        XCTAssertEqual(try Color.parse("#11223380").a, Double(0x80) / 255, accuracy: 1e-9)
        XCTAssertEqual(try Color.parse("0.5"), Color(r: 0.5, g: 0.5, b: 0.5))
        XCTAssertEqual(try Color.parse("none").a, 0)
        XCTAssertEqual(try Color.from(tuple: [0, 0.5, 1]), Color(r: 0, g: 0.5, b: 1))
    }

    func testRejectsBadSpecs() {
        XCTAssertThrowsError(try Color.parse("notacolor"))
        XCTAssertThrowsError(try Color.parse("1.5"))
        XCTAssertThrowsError(try Color.parse("#12"))
        XCTAssertThrowsError(try Color.from(tuple: [1, 2]))
        XCTAssertThrowsError(try Color.from(tuple: [0, .nan, 0]))
    }
}
