import XCTest
@testable import Plot

final class FontSetTests: XCTestCase {
    func testChineseRendersRealGlyphs() throws {
        let fonts = FontSet.shared
        try XCTSkipIf(fonts.usesEmbeddedFont, "no font files on this machine")
        XCTAssertEqual(fonts.faceIndex(for: "A"), 0)
        XCTAssertEqual(fonts.faceIndex(for: "训"), 1, "CJK falls back to Noto Sans CJK")
        let c = try Canvas(width: 120, height: 40, background: .white)
        let box = c.drawText("训练损失", at: Point(5, 30), style: TextStyle(size: 14))
        XCTAssertGreaterThan(box.width, 50)
        var ink = 0.0
        for y in 0..<40 { for x in 0..<120 { ink += 1 - (c.pixel(x: x, y: y)?.r ?? 1) } }
        XCTAssertGreaterThan(ink, 100, "CJK glyphs are drawn, not empty")
        // Not the .notdef box: two different characters give different ink.
        let a = TextLayout("训", sizePx: 20).lines[0].glyphs[0].outline.path.flattened().count
        let b = TextLayout("失", sizePx: 20).lines[0].glyphs[0].outline.path.flattened().count
        XCTAssertNotEqual(a, b)
    }

    func testEmbeddedFallbackNeverCrashes() throws {
        let fonts = FontSet(latinPaths: ["/nonexistent.ttf"], cjkPaths: [])
        XCTAssertTrue(fonts.usesEmbeddedFont)
        let t = TextLayout("Loss 0.5 训", sizePx: 14, fonts: fonts)
        XCTAssertGreaterThan(t.width, 0)
        XCTAssertFalse(t.polygons(ha: .left, transform: .identity).isEmpty)
    }
}
