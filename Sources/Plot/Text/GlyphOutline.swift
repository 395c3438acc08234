/// One glyph's shape in font units (y up, origin on the baseline at the pen position) and its
/// advance. Cached per face and glyph index by `FontSet`; immutable once built.
struct GlyphOutline: Sendable {
    var path: Path
    /// Horizontal advance in font units.
    var advance: Double
    /// Ink extent above (positive) and below (negative) the baseline, font units.
    var yMax: Double
    var yMin: Double
    /// Font units per em of the face the glyph comes from.
    var unitsPerEm: Double
    /// The outline flattened once in font units (tolerance 1/4000 em, below 0.01 px at any
    /// usual size), so drawing text only transforms points.
    var polygons: [[Point]] = []
    /// Ink extent left and right of the pen position, font units (0 for an empty glyph).
    var xMin = 0.0
    var xMax = 0.0
    /// The lowest ink, font units; unlike `yMin` (which counts from the baseline) it is
    /// positive for a mark that floats above the baseline.
    var inkBottom = 0.0

    /// Pixels per font unit at `sizePx` pixels per em.
    func scaled(to sizePx: Double) -> Double { sizePx / unitsPerEm }

    init(path: Path, advance: Double, yMax: Double, yMin: Double, unitsPerEm: Double) {
        self.path = path; self.advance = advance; self.yMax = yMax; self.yMin = yMin; self.unitsPerEm = unitsPerEm
        polygons = path.flattened(tolerance: unitsPerEm / 4000)
        let points = polygons.joined()
        xMin = points.map(\.x).min() ?? 0
        xMax = points.map(\.x).max() ?? 0
        inkBottom = points.map(\.y).min() ?? 0
    }
}
