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

    /// How annotate reads `xytext`: in one of the coordinate systems, or as an offset in points
    /// from `xy` (`textcoords='offset points'`).
    public enum TextPlacement: Sendable {
        case at(Point, TextArtist.Coordinates)
        case offsetPoints(Point)
    }

    /// `ax.annotate(text, xy, xycoords, xytext, textcoords, arrowprops, annotation_clip)`: text at
    /// `text` (default: at `xy`) with an arrow to `xy` when `arrow` is given. `clip` nil is
    /// matplotlib's default: hidden while a data `xy` is outside the Axes.
    @discardableResult
    public func annotate(_ s: String, xy: Point, xyCoordinates: TextArtist.Coordinates = .data, text: TextPlacement? = nil,
                         arrow: Arrow? = nil, clip: Bool? = nil, style: TextStyle = TextStyle()) throws -> TextArtist {
        guard xy.isFinite else { throw PlotError.invalidArgument("annotate positions must be finite") }
        let t: TextArtist
        switch text ?? .at(xy, xyCoordinates) {
        case let .at(p, coordinates):
            guard p.isFinite else { throw PlotError.invalidArgument("annotate positions must be finite") }
            t = TextArtist(text: s, x: p.x, y: p.y, coordinates: coordinates, style: style)
        case let .offsetPoints(d):
            guard d.isFinite else { throw PlotError.invalidArgument("annotate positions must be finite") }
            t = TextArtist(text: s, x: xy.x, y: xy.y, coordinates: xyCoordinates, style: style)
            t.offsetPoints = d
        }
        t.target = xy
        t.targetCoordinates = xyCoordinates
        t.arrow = arrow
        t.hiddenWhenTargetOutside = clip ?? (xyCoordinates == .data)
        add(t)
        return t
    }
}
