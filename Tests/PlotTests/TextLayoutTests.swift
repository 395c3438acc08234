import XCTest
@testable import Plot

final class TextLayoutTests: XCTestCase {
    func testMeasuresLikeMatplotlib() throws {
        try XCTSkipIf(FontSet.shared.usesEmbeddedFont)
        // 10 pt at 100 dpi: DejaVu Sans "0" advances 0.636 em.
        let t = TextLayout("00", sizePx: 10 * 100 / 72)
        XCTAssertEqual(t.width, 2 * 0.6362 * 13.889, accuracy: 0.1)
        XCTAssertGreaterThan(t.ascent, 9); XCTAssertLessThan(t.ascent, 11.5)
        XCTAssertGreaterThan(t.descent, 2); XCTAssertLessThan(t.descent, 4)
        let two = TextLayout("a\nb", sizePx: 10)
        XCTAssertEqual(two.height - t.height * 0, two.ascent + two.descent + 12, accuracy: 1e-9)
    }

    func testRotatedBoundsAreTall() {
        let p = PlacedText("ylabel text", at: Point(50, 100), style: TextStyle(rotation: 90), dpi: 100)
        XCTAssertGreaterThan(p.bounds.height, p.bounds.width)
    }

    func testMathTextLite() {
        XCTAssertEqual(MathTextLite.runs("$x^2$").map(\.text), ["x", "2"])
        XCTAssertEqual(MathTextLite.runs("$\\alpha_1$ rate").map(\.text), ["α", "1", " rate"])
        XCTAssertEqual(MathTextLite.runs("cost $5").map(\.text), ["cost $5"])
    }
}
