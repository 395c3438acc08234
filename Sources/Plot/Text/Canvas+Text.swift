import Foundation

/// Placing and drawing text: the transform that puts a `TextLayout` at an anchor with the
/// requested alignment and rotation, its bounding box (for layout), and drawing it.
public struct PlacedText: Sendable {
    public let layout: TextLayout
    public let style: TextStyle
    /// Text-frame (x right along the text, y down, origin at the first baseline) to pixels.
    let transform: AffineTransform
    /// Screen bounding box of the text box (pixels).
    public let bounds: Rect

    /// Lays out `text` at `anchor` (pixels) with `style`, at `dpi` pixels per inch.
    public init(_ text: String, at anchor: Point, style: TextStyle, dpi: Double, fonts: FontSet = .shared) {
        let layout = TextLayout(text, sizePx: style.size * dpi / 72, bold: style.bold, fonts: fonts)
        self.layout = layout
        self.style = style
        let w = layout.width, asc = layout.ascent, h = layout.height
        let angle = (style.rotation.isFinite ? style.rotation : 0) * Double.pi / 180
        let rot = AffineTransform.rotation(angle)
        // Box corners in the text frame.
        let corners = [Point(0, -asc), Point(w, -asc), Point(w, h - asc), Point(0, h - asc)]
        let ax: Double
        switch style.ha { case .left: ax = 0; case .center: ax = w / 2; case .right: ax = w }
        let ay: Double
        switch style.va {
        case .top: ay = -asc
        case .bottom: ay = h - asc
        case .baseline: ay = Double(max(0, layout.lines.count - 1)) * layout.lineStep  // the last line's, as matplotlib
        case .center: ay = (h - 2 * asc) / 2
        case .centerBaseline: ay = -asc / 2 + Double(max(0, layout.lines.count - 1)) * layout.lineStep / 2
        }
        var t: AffineTransform
        if style.rotationMode == .anchor || abs(angle) < 1e-9 {
            t = AffineTransform.translation(-ax, -ay).then(rot).then(.translation(anchor.x, anchor.y))
        } else {
            let rc = corners.map { rot.apply($0) }
            let minX = rc.map(\.x).min() ?? 0, maxX = rc.map(\.x).max() ?? 0
            let minY = rc.map(\.y).min() ?? 0, maxY = rc.map(\.y).max() ?? 0
            let bx: Double
            switch style.ha { case .left: bx = minX; case .center: bx = (minX + maxX) / 2; case .right: bx = maxX }
            let by: Double
            switch style.va {
            case .top: by = minY
            case .bottom, .baseline: by = maxY
            case .center, .centerBaseline: by = (minY + maxY) / 2
            }
            t = rot.then(.translation(anchor.x - bx, anchor.y - by))
        }
        if !anchor.isFinite { t = .translation(0, 0) }
        transform = t
        let sc = corners.map { t.apply($0) }
        let bx0 = sc.map(\.x).min() ?? 0, bx1 = sc.map(\.x).max() ?? 0
        let by0 = sc.map(\.y).min() ?? 0, by1 = sc.map(\.y).max() ?? 0
        bounds = layout.isEmpty ? Rect(x: anchor.x, y: anchor.y, width: 0, height: 0)
                                : Rect(x: bx0, y: by0, width: bx1 - bx0, height: by1 - by0)
    }

    /// The glyph polygons in pixels.
    public var polygons: [[Point]] { layout.polygons(ha: style.ha, transform: transform) }
}

extension Canvas {
    /// Draws placed text with its style's colour.
    public func draw(_ text: PlacedText, clip: Rect? = nil) {
        guard !text.layout.isEmpty, text.style.color.a > 0 else { return }
        let t = text.transform
        guard t.a == 1, t.b == 0, t.c == 0, t.d == 1, t.tx.isFinite, t.ty.isFinite else {
            // Rotated text: the outlines are filled where they fall.
            fill(text.polygons, color: text.style.color, clip: clip)
            return
        }
        // Upright text: each glyph from its cached mask at the nearest 1/8 px.
        let steps = Double(GlyphMaskCache.steps)
        for (g, px, py) in text.layout.pens(ha: text.style.ha) {
            let x = px + t.tx, y = py + t.ty
            guard abs(x) < 1e7, abs(y) < 1e7 else { continue }
            var ix = Int(x.rounded(.down)), iy = Int(y.rounded(.down))
            var fx = Int(((x - Double(ix)) * steps).rounded()), fy = Int(((y - Double(iy)) * steps).rounded())
            if fx == GlyphMaskCache.steps { fx = 0; ix += 1 }
            if fy == GlyphMaskCache.steps { fy = 0; iy += 1 }
            if let m = GlyphMaskCache.shared.mask(code: g.code, polygons: g.outline.polygons, scale: g.scale, fx: fx, fy: fy) {
                blend(m, x: ix, y: iy, color: text.style.color, clip: clip)
            } else {
                let gt = AffineTransform(a: g.scale, b: 0, c: 0, d: -g.scale, tx: x, ty: y)
                fill(g.outline.polygons.map { $0.map { gt.apply($0) } }, color: text.style.color, clip: clip)
            }
        }
    }

    /// Lays out and draws `text` in one call; returns its bounding box.
    @discardableResult
    public func drawText(_ text: String, at anchor: Point, style: TextStyle, dpi: Double = 100, clip: Rect? = nil) -> Rect {
        let placed = PlacedText(text, at: anchor, style: style, dpi: dpi)
        draw(placed, clip: clip)
        return placed.bounds
    }
}
