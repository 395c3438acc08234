import Foundation

/// Text placed in data, axes or figure coordinates (`ax.text`), optionally shifted by an offset
/// in points and with an arrow pointing at another point (`ax.annotate`).
public final class TextArtist: Artist {
    /// matplotlib's `'data'`, `'axes fraction'` (`transform=ax.transAxes`) and `'figure fraction'`.
    public enum Coordinates: Sendable { case data, axesFraction, figureFraction }
    public var text: String
    public var x: Double
    public var y: Double
    public var coordinates: Coordinates
    /// Added to the position, in points, x right and y up (annotate's `textcoords='offset points'`).
    public var offsetPoints = Point(0, 0)
    public var style: TextStyle
    public var label: String = ""
    public var zorder: Double = 3
    /// The annotated point (annotate's `xy`) in `targetCoordinates`; the arrow, if any, points at it.
    public var target: Point?
    public var targetCoordinates: Coordinates = .data
    public var arrow: Arrow?
    /// annotate's `annotation_clip`: nothing is drawn while the target lies outside the Axes.
    public var hiddenWhenTargetOutside = false
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

    /// The pixel position of a point given in `coordinates`.
    static func pixel(_ p: Point, _ coordinates: Coordinates, _ t: AxesTransform) -> Point {
        switch coordinates {
        case .data: return t.point(p.x, p.y)
        case .axesFraction: return t.axesPoint(p.x, p.y)
        case .figureFraction: return t.figurePoint(p.x, p.y)
        }
    }

    func anchor(_ t: AxesTransform, dpi: Double) -> Point {
        let p = TextArtist.pixel(Point(x, y), coordinates, t)
        return Point(p.x + offsetPoints.x * dpi / 72, p.y - offsetPoints.y * dpi / 72)
    }

    func placed(_ t: AxesTransform, dpi: Double) -> PlacedText {
        PlacedText(text, at: anchor(t, dpi: dpi), style: style, dpi: dpi)
    }

    /// The annotated point in pixels.
    func targetPixel(_ t: AxesTransform) -> Point? {
        target.map { TextArtist.pixel($0, targetCoordinates, t) }
    }

    /// Whether anything is drawn: with `hiddenWhenTargetOutside`, only while the annotated
    /// point is inside the Axes box.
    func isShown(_ t: AxesTransform) -> Bool {
        guard hiddenWhenTargetOutside, let p = targetPixel(t) else { return true }
        return p.isFinite && t.box.insetBy(-0.5).contains(p)
    }

    /// The pixel box of the text, its frame and the arrow tip (for `bbox_inches='tight'`).
    func extent(_ t: AxesTransform, dpi: Double) -> Rect? {
        guard isShown(t) else { return nil }
        let p = placed(t, dpi: dpi)
        var r: Rect? = p.layout.isEmpty ? nil : p.bounds.insetBy(-framePad(pt: dpi / 72))
        if arrow != nil, let tip = targetPixel(t), tip.isFinite {
            let dot = Rect(x: tip.x, y: tip.y, width: 0, height: 0)
            r = r.map { $0.union(dot) } ?? dot
        }
        return r
    }

    /// Pixels between the text and its frame (0 without a frame).
    func framePad(pt: Double) -> Double {
        guard let b = box else { return 0 }
        return max(0, b.pad.isFinite ? b.pad : 0.3) * style.size * pt
    }

    public func draw(_ ctx: RenderContext) {
        guard isShown(ctx.transform) else { return }
        let placed = placed(ctx.transform, dpi: ctx.dpi)
        let p = framePad(pt: ctx.pt)
        if let arrow, let tip = targetPixel(ctx.transform) {
            arrow.draw(on: ctx.canvas, from: placed.bounds.insetBy(-p), to: tip, pt: ctx.pt)
        }
        if let b = box, !placed.layout.isEmpty {
            let r = placed.bounds.insetBy(-p)
            let shape = b.rounded ? Shapes.roundedRectangle(r, radius: p) : Shapes.rectangle(r)
            if let f = b.face, f.a > 0 { ctx.canvas.fill([shape], color: f) }
            if let e = b.edge, e.a > 0, b.lineWidth > 0 {
                ctx.canvas.stroke(shape, style: StrokeStyle(width: b.lineWidth * ctx.pt, join: .miter), color: e, closed: true)
            }
        }
        ctx.canvas.draw(placed, clip: nil)
    }
}
