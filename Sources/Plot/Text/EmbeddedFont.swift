/// The last-resort font: ASCII glyphs from a small bitmap (`EmbeddedFontData`), each lit cell
/// becoming a square in the outline. Used only when no font file exists on the machine.
enum EmbeddedFont {
    /// Cells per em (the bitmap is 6 cells wide and 9 high plus 2 of descent).
    static let unitsPerEm = 11.0

    static func outline(_ s: Unicode.Scalar) -> GlyphOutline {
        let rows = EmbeddedFontData.rows(for: s)
        var path = Path()
        var yMin = 0.0, yMax = 0.0
        // Row 0 is the top (9 cells above the baseline, 2 below).
        for (r, bits) in rows.enumerated() {
            for col in 0..<6 where bits & (1 << (5 - col)) != 0 {
                let x = Double(col), yTop = Double(9 - r)
                path.addPolygon([Point(x, yTop), Point(x + 1, yTop), Point(x + 1, yTop - 1), Point(x, yTop - 1)])
                yMax = max(yMax, yTop); yMin = min(yMin, yTop - 1)
            }
        }
        return GlyphOutline(path: path, advance: 7, yMax: yMax, yMin: yMin, unitsPerEm: unitsPerEm)
    }
}
