import CFreeType

/// One FreeType face (a `.ttf` file or one face of a `.ttc` collection).
///
/// Glyphs are loaded unscaled and unhinted (`FT_LOAD_NO_SCALE`): the outline comes back in font
/// units and is scaled, rotated and anti-aliased by our own rasterizer. A face is used only
/// under the `FontSet` lock, since FreeType objects are not thread-safe.
final class FontFace {
    let face: FT_Face
    let unitsPerEm: Double
    let family: String

    init?(library: FT_Library, path: String, index: Int) {
        var f: FT_Face?
        guard FT_New_Face(library, path, FT_Long(index), &f) == 0, let f else { return nil }
        face = f
        let upem = Double(f.pointee.units_per_EM)
        unitsPerEm = upem > 0 ? upem : 1000
        family = f.pointee.family_name.map { String(cString: $0) } ?? ""
    }

    deinit { FT_Done_Face(face) }

    /// Number of faces in the file this face was opened from.
    var faceCount: Int { Int(face.pointee.num_faces) }

    /// The glyph index of a character, or nil when the face lacks it.
    func glyphIndex(_ scalar: Unicode.Scalar) -> UInt32? {
        let g = FT_Get_Char_Index(face, FT_ULong(scalar.value))
        return g == 0 ? nil : UInt32(g)
    }

    /// Loads glyph `index` and converts its outline into a `Path` in font units.
    func outline(glyph index: UInt32) -> GlyphOutline? {
        let flags: Int32 = 1 | 2 | 8  // NO_SCALE | NO_HINTING | NO_BITMAP
        guard FT_Load_Glyph(face, index, flags) == 0, let slot = face.pointee.glyph else { return nil }
        let advance = Double(slot.pointee.advance.x)
        let o = slot.pointee.outline
        var path = Path()
        var yMin = 0.0, yMax = 0.0
        if o.n_points > 0, let pts = o.points, let tags = o.tags, let ends = o.contours {
            var first = 0
            for c in 0..<Int(o.n_contours) {
                let last = Int(ends[c])
                guard last >= first, last < Int(o.n_points) else { break }
                let contour = (first...last).map { i -> (Point, UInt8) in
                    let p = Point(Double(pts[i].x), Double(pts[i].y))
                    yMin = min(yMin, p.y); yMax = max(yMax, p.y)
                    return (p, UInt8(bitPattern: tags[i]) & 3)
                }
                FontFace.decompose(contour, into: &path)
                first = last + 1
            }
        }
        return GlyphOutline(path: path, advance: advance, yMax: yMax, yMin: yMin, unitsPerEm: unitsPerEm)
    }

    /// Turns one TrueType/CFF contour (points tagged on-curve 1, conic 0, cubic 2) into path
    /// elements. Two consecutive conic controls imply an on-curve point halfway between them.
    static func decompose(_ pts: [(Point, UInt8)], into path: inout Path) {
        guard !pts.isEmpty else { return }
        func isOn(_ t: UInt8) -> Bool { t & 1 == 1 }
        func mid(_ a: Point, _ b: Point) -> Point { Point((a.x + b.x) / 2, (a.y + b.y) / 2) }
        // Choose a start point that is on the curve.
        var startIdx = 0
        let start: Point
        if isOn(pts[0].1) {
            start = pts[0].0
        } else if let on = pts.firstIndex(where: { isOn($0.1) }) {
            startIdx = on; start = pts[on].0
        } else {
            start = mid(pts[0].0, pts[pts.count - 1].0)
            startIdx = -1
        }
        path.move(to: start)
        let n = pts.count
        let order: [(Point, UInt8)] = startIdx >= 0
            ? (1...n).map { pts[(startIdx + $0) % n] }  // ends back at start
            : pts + [(start, 1)]
        var conic: Point?
        var cubic: [Point] = []
        for (p, t) in order {
            if isOn(t) {
                if let c = conic { path.quad(to: p, control: c); conic = nil }
                else if cubic.count == 2 { path.cubic(to: p, control1: cubic[0], control2: cubic[1]); cubic = [] }
                else { path.line(to: p) }
            } else if t & 2 == 2 {
                cubic.append(p)
                if cubic.count > 2 { cubic = Array(cubic.suffix(2)) }
            } else {
                if let c = conic {
                    let m = mid(c, p)
                    path.quad(to: m, control: c)
                }
                conic = p
            }
        }
        if let c = conic { path.quad(to: start, control: c) }
        path.close()
    }
}
