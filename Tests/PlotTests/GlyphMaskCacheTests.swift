import XCTest
@testable import Plot

/// Text drawn from cached glyph masks matches the same text filled from its outlines, up to
/// the 1/8-pixel rounding of the glyph positions.
final class GlyphMaskCacheTests: XCTestCase {
    func testMasksMatchOutlineFill() throws {
        for (x, y) in [(10.0, 30.0), (10.37, 30.81), (11.5, 29.06)] {
            let text = PlacedText("Training loss 0.25 ÅgÉ", at: Point(x, y), style: TextStyle(size: 12, color: .black), dpi: 100)
            let masked = try Canvas(width: 220, height: 40), filled = try Canvas(width: 220, height: 40)
            masked.draw(text)
            filled.fill(text.polygons, color: .black)
            var worst = 0, total = 0, ink = 0
            for i in stride(from: 0, to: masked.pixels.count, by: 4) {
                let d = abs(Int(masked.pixels[i]) - Int(filled.pixels[i]))
                worst = max(worst, d); total += d; ink += 255 - Int(filled.pixels[i])
            }
            // Glyph edges move by 1/16 px at most: small differences at edges, never a glyph.
            XCTAssertLessThan(worst, 40, "at (\(x), \(y))")
            XCTAssertLessThan(Double(total) / Double(ink), 0.1, "at (\(x), \(y))")
            XCTAssertGreaterThan(ink, 255 * 200)
        }
    }

    func testRepeatedTextReusesMasks() throws {
        let c = try Canvas(width: 100, height: 30)
        let t = PlacedText("0.5", at: Point(5, 20), style: TextStyle(size: 10), dpi: 100)
        c.draw(t)
        let first = c.pixels
        let d = try Canvas(width: 100, height: 30)
        d.draw(t)
        XCTAssertEqual(d.pixels, first, "the cached masks draw the same pixels again")
    }
}
