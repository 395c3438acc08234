import Foundation

/// Text broken into lines and glyphs with their pen positions, in pixels, ready to measure or
/// draw. Layout is kerning-free advance layout, as the issue allows.
///
/// `$...$` segments go through `MathTextLite` (superscripts, subscripts and Greek letters; no
/// fractions or roots). Line spacing is matplotlib's 1.2.
///
/// ```swift
/// let t = TextLayout("Loss", sizePx: 13.9)
/// t.width; t.ascent; t.descent
/// ```
public struct TextLayout: Sendable {
    struct Glyph: Sendable {
        /// The character and weight (`FontSet.glyphKey`: the key of its outline and of its cached masks).
        var code: UInt32
        var outline: GlyphOutline
        var x: Double       // pen x in pixels from the line start
        var rise: Double    // baseline shift in pixels, up positive
        var scale: Double   // pixels per font unit
    }

    struct Line: Sendable {
        var glyphs: [Glyph] = []
        var width = 0.0
        var ascent = 0.0
        var descent = 0.0
    }

    var lines: [Line]
    /// Distance between baselines, pixels.
    let lineStep: Double
    public let sizePx: Double

    /// Lays out `text` at a font size of `sizePx` pixels per em with `fonts`, in their bold faces
    /// when `bold`.
    public init(_ text: String, sizePx requested: Double, bold: Bool = false, fonts: FontSet = .shared) {
        let size = requested.isFinite ? max(0, min(requested, 10_000)) : 0
        sizePx = size
        // Minimum line box: the height of "l" and the depth of "p", as matplotlib's "lp".
        let l = fonts.glyph("l"), p = fonts.glyph("p")
        let minAscent = l.yMax * size / l.unitsPerEm
        let minDescent = -p.yMin * size / p.unitsPerEm
        lineStep = 1.2 * size
        // Combining marks above a letter are drawn for the x-height; over a taller letter they
        // are raised by the difference (the mark-to-base placement a shaping engine would do).
        let xHeight = fonts.glyph("x", bold: bold)
        var out: [Line] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = Line(ascent: minAscent, descent: minDescent)
            var x = 0.0
            var base: Glyph?
            for run in MathTextLite.runs(String(raw)) {
                let runSize = size * run.scale
                for s in run.text.unicodeScalars {
                    if s.properties.generalCategory == .control { continue }
                    let g = fonts.glyph(s, bold: bold)
                    let k = runSize / g.unitsPerEm
                    var glyph = Glyph(code: FontSet.glyphKey(s, bold: bold), outline: g, x: x, rise: run.rise * size, scale: k)
                    if s.properties.generalCategory == .nonspacingMark, let b = base {
                        // Centred on the letter's ink, and above a letter taller than x.
                        glyph.x = b.x + (b.outline.xMin + b.outline.xMax) / 2 * b.scale - (g.xMin + g.xMax) / 2 * k
                        glyph.rise = b.rise
                        if g.inkBottom > 0 { glyph.rise += max(0, b.outline.yMax * b.scale - xHeight.yMax * xHeight.scaled(to: runSize)) }
                    } else {
                        base = glyph
                        x += g.advance * k
                    }
                    line.glyphs.append(glyph)
                    line.ascent = max(line.ascent, g.yMax * k + glyph.rise)
                    line.descent = max(line.descent, -g.yMin * k - glyph.rise)
                }
            }
            line.width = x
            out.append(line)
        }
        lines = out
    }

    /// Width of the widest line, pixels.
    public var width: Double { lines.map(\.width).max() ?? 0 }
    /// Height above the first baseline, pixels.
    public var ascent: Double { lines.first?.ascent ?? 0 }
    /// Depth below the last baseline, pixels.
    public var descent: Double { lines.last?.descent ?? 0 }
    /// Total height of the text box, pixels.
    public var height: Double { ascent + descent + Double(max(0, lines.count - 1)) * lineStep }
    public var isEmpty: Bool { lines.allSatisfy { $0.glyphs.isEmpty } }

    /// Each glyph with its pen position (x right, y down from the first baseline), lines
    /// aligned according to `ha`.
    func pens(ha: TextStyle.HAlign) -> [(glyph: Glyph, x: Double, y: Double)] {
        var out: [(glyph: Glyph, x: Double, y: Double)] = []
        let w = width
        for (i, line) in lines.enumerated() {
            let dx = ha == .left ? 0 : ha == .center ? (w - line.width) / 2 : w - line.width
            for g in line.glyphs where !g.outline.polygons.isEmpty {
                out.append((g, g.x + dx, Double(i) * lineStep - g.rise))
            }
        }
        return out
    }

    /// The glyph outlines as polygons, with the first baseline's left end at the origin
    /// (x right, y down), lines centred or aligned according to `ha`.
    func polygons(ha: TextStyle.HAlign, transform t: AffineTransform) -> [[Point]] {
        var out: [[Point]] = []
        let w = width
        for (i, line) in lines.enumerated() {
            let dx: Double
            switch ha {
            case .left: dx = 0
            case .center: dx = (w - line.width) / 2
            case .right: dx = w - line.width
            }
            let baseline = Double(i) * lineStep
            for g in line.glyphs where !g.outline.polygons.isEmpty {
                let gt = AffineTransform(a: g.scale, b: 0, c: 0, d: -g.scale, tx: g.x + dx, ty: baseline - g.rise).then(t)
                for poly in g.outline.polygons { out.append(poly.map { gt.apply($0) }) }
            }
        }
        return out
    }
}
