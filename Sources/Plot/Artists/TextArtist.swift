import Foundation

/// Text placed in data or axes coordinates (`ax.text`), optionally with an arrow pointing at
/// another point (`ax.annotate`).
public final class TextArtist: Artist {
    public enum Coordinates: Sendable { case data, axesFraction }
    public enum ArrowStyle: String, Sendable {
        /// A filled arrow with a triangular head (annotate's default with `arrowprops`).
        case filled = "simple"
        /// `'->'`: a line with an open head.
        case open = "->"
        /// `'-'`: a plain line.
        case line = "-"
    }

    public var text: String
    public var x: Double
    public var y: Double
    public var coordinates: Coordinates
    public var style: TextStyle
    public var label: String = ""
    public var zorder: Double = 3
    /// Arrow target (annotate's `xy`) in data coordinates.
    public var arrowTarget: Point?
    public var arrowStyle: ArrowStyle = .filled
    public var arrowColor: Color = .black
    /// Fraction of the arrow length left empty at each end (annotate's `shrink`).
    public var arrowShrink: Double = 0
    /// A box behind the text: matplotlib's `bbox=dict(boxstyle='round', facecolor=..., edgecolor=..., alpha=...)`.
    public var box: TextBox?

    /// The frame drawn behind a text (`bbox=`): `pad` is in font sizes (matplotlib's 0.3).
    public struct TextBox: Sendable {
        public var rounded: Bool
        public var face: Color?
        public var edge: Color?
        public var pad: Double
        public var lineWidth: Double
        public init(rounded: Bool = false, face: Color? = .white, edge: Color? = .black, pad: Double = 0.3, lineWidth: Double = Rc.patchLineWidth) {
            self.rounded = rounded; self.face = face; self.edge = edge; self.pad = pad; self.lineWidth = lineWidth
        }
    }

    public init(text: String, x: Double, y: Double, coordinates: Coordinates = .data, style: TextStyle) {
        self.text = text; self.x = x; self.y = y; self.coordinates = coordinates; self.style = style
    }

    public func dataBounds() -> DataBounds? { nil }

    func anchor(_ t: AxesTransform) -> Point {
        coordinates == .data ? t.point(x, y) : t.axesPoint(x, y)
    }

    func placed(_ t: AxesTransform, dpi: Double) -> PlacedText {
        PlacedText(text, at: anchor(t), style: style, dpi: dpi)
    }

    public func draw(_ ctx: RenderContext) {
        let placed = placed(ctx.transform, dpi: ctx.dpi)
        if let target = arrowTarget { drawArrow(ctx, from: placed.bounds, to: ctx.transform.point(target.x, target.y)) }
        if let b = box, !placed.layout.isEmpty {
            let p = max(0, b.pad.isFinite ? b.pad : 0.3) * style.size * ctx.pt
            let r = placed.bounds.insetBy(-p)
            let shape = b.rounded ? Shapes.roundedRectangle(r, radius: p) : Shapes.rectangle(r)
            if let f = b.face, f.a > 0 { ctx.canvas.fill([shape], color: f) }
            if let e = b.edge, e.a > 0, b.lineWidth > 0 {
                ctx.canvas.stroke(shape, style: StrokeStyle(width: b.lineWidth * ctx.pt, join: .miter), color: e, closed: true)
            }
        }
        ctx.canvas.draw(placed, clip: nil)
    }

    private func drawArrow(_ ctx: RenderContext, from box: Rect, to tip: Point) {
        guard tip.isFinite else { return }
        // Start where the line from the text centre leaves the text box (plus a small gap).
        let c = Point(box.midX, box.midY)
        let d = tip - c
        guard d.length > 1 else { return }
        var tExit = 1.0
        if d.x != 0 { tExit = min(tExit, abs(box.width / 2 / d.x)) }
        if d.y != 0 { tExit = min(tExit, abs(box.height / 2 / d.y)) }
        var start = c + d * tExit
        var end = tip
        let len = (end - start).length
        guard len > 2 else { return }
        let u = (end - start).normalized
        start = start + u * (2 + arrowShrink * len)
        end = end - u * (arrowShrink * len)
        let pt = ctx.pt
        let lw = 1.0 * pt
        switch arrowStyle {
        case .line:
            ctx.canvas.stroke([start, end], style: StrokeStyle(width: lw), color: arrowColor)
        case .open:
            let head = 0.4 * 10 * pt
            let n = u.perpendicular
            ctx.canvas.stroke([start, end], style: StrokeStyle(width: lw), color: arrowColor)
            ctx.canvas.stroke([end - u * head + n * (head * 0.5), end, end - u * head - n * (head * 0.5)],
                              style: StrokeStyle(width: lw, join: .miter), color: arrowColor)
        case .filled:
            let headLen = min(12 * pt, (end - start).length * 0.5), headW = 12 * pt, bodyW = 4 * pt
            let n = u.perpendicular
            let base = end - u * headLen
            let poly = [start + n * (bodyW / 2), base + n * (bodyW / 2), base + n * (headW / 2), end,
                        base - n * (headW / 2), base - n * (bodyW / 2), start - n * (bodyW / 2)]
            ctx.canvas.fill([poly], color: arrowColor)
        }
    }
}
