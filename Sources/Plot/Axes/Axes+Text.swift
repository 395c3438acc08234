/// `text` and `annotate`.
extension Axes {
    /// `ax.text(x, y, s, fontsize, color, ha, va, rotation, transform=ax.transAxes)`.
    @discardableResult
    public func text(x: Double, y: Double, _ s: String, style: TextStyle = TextStyle(),
                     coordinates: TextArtist.Coordinates = .data) throws -> TextArtist {
        guard x.isFinite, y.isFinite else { throw PlotError.invalidArgument("text position must be finite, got (\(x), \(y))") }
        let t = TextArtist(text: s, x: x, y: y, coordinates: coordinates, style: style)
        add(t)
        return t
    }

    /// `ax.annotate(text, xy, xytext, arrowprops=dict(arrowstyle=...))`: text at `xyText`
    /// (default `xy`) with an arrow to `xy` when `arrow` is given.
    @discardableResult
    public func annotate(_ s: String, xy: Point, xyText: Point? = nil, arrow: TextArtist.ArrowStyle? = nil,
                         arrowColor: Color = .black, shrink: Double = 0, style: TextStyle = TextStyle()) throws -> TextArtist {
        let at = xyText ?? xy
        guard xy.isFinite, at.isFinite else { throw PlotError.invalidArgument("annotate positions must be finite") }
        let t = TextArtist(text: s, x: at.x, y: at.y, style: style)
        if let a = arrow {
            t.arrowTarget = xy; t.arrowStyle = a; t.arrowColor = arrowColor
            t.arrowShrink = min(0.45, max(0, shrink))
        }
        add(t)
        return t
    }
}
