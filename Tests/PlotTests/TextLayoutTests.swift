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

    func testBoldUsesTheBoldFaces() throws {
        try XCTSkipIf(FontSet.shared.usesEmbeddedFont)
        // DejaVu Sans Bold is wider (its "0" advances 0.696 em against 0.636) and darker.
        let regular = TextLayout("00", sizePx: 100), bold = TextLayout("00", sizePx: 100, bold: true)
        XCTAssertEqual(bold.width, 2 * 0.696 * 100, accuracy: 1)
        func ink(_ bold: Bool) -> Double {
            let c = try! Canvas(width: 200, height: 60)
            c.drawText("Loss 损失", at: Point(4, 40), style: TextStyle(size: 20, bold: bold), dpi: 100)
            var sum = 0.0
            for y in 0..<c.height { for x in 0..<c.width { sum += 1 - (c.pixel(x: x, y: y)?.r ?? 1) } }
            return sum
        }
        XCTAssertGreaterThan(ink(true), 1.25 * ink(false))
        XCTAssertNotEqual(TextLayout("1", sizePx: 10).lines[0].glyphs[0].code, TextLayout("1", sizePx: 10, bold: true).lines[0].glyphs[0].code,
                          "bold and regular glyphs are cached apart")
        XCTAssertEqual(regular.lines[0].glyphs.count, 2)
        XCTAssertEqual(TextStyle.isBold(weight: "semibold"), true)
        XCTAssertEqual(TextStyle.isBold(weight: "medium"), false)
        XCTAssertNil(TextStyle.isBold(weight: "fat"))
    }

    func testBaselineAlignsTheLastLineAsMatplotlib() {
        // A two-line title grows upward, away from the Axes under it.
        let one = PlacedText("Loss", at: Point(100, 100), style: TextStyle(va: .baseline), dpi: 100)
        let two = PlacedText("Loss\nper epoch", at: Point(100, 100), style: TextStyle(va: .baseline), dpi: 100)
        XCTAssertEqual(two.bounds.maxY, one.bounds.maxY, accuracy: 1e-9)
        XCTAssertEqual(two.bounds.minY, one.bounds.minY - two.layout.lineStep, accuracy: 1e-9)
    }

    func testCombiningAccentSitsOverItsLetter() throws {
        try XCTSkipIf(FontSet.shared.usesEmbeddedFont)
        // θ̂ (θ + U+0302): the hat is centred on θ and clears its top, as matplotlib draws it.
        let t = TextLayout("θ\u{302}x", sizePx: 100)
        let g = t.lines[0].glyphs
        XCTAssertEqual(g.count, 3)
        let theta = g[0], hat = g[1]
        XCTAssertGreaterThan(hat.outline.inkBottom * hat.scale + hat.rise, theta.outline.yMax * theta.scale)
        let thetaMid = theta.x + (theta.outline.xMin + theta.outline.xMax) / 2 * theta.scale
        let hatMid = hat.x + (hat.outline.xMin + hat.outline.xMax) / 2 * hat.scale
        XCTAssertEqual(hatMid, thetaMid, accuracy: 0.5)
        XCTAssertEqual(g[2].x, theta.outline.advance * theta.scale, accuracy: 1e-9, "the mark takes no room")
        // Over a short letter the mark stays where the font put it.
        let y = TextLayout("y\u{302}", sizePx: 100).lines[0].glyphs
        XCTAssertEqual(y[1].rise, 0, accuracy: 1)
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
