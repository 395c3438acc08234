/// What `ax.legend(...)` asked for: where, title, font size, frame, columns.
public struct LegendSettings: Sendable {
    /// matplotlib's legend locations, in the order (codes 1…10) that `'best'` tries them.
    public enum Location: Int, CaseIterable, Sendable {
        case best = 0, upperRight, upperLeft, lowerLeft, lowerRight, right, centerLeft, centerRight,
             lowerCenter, upperCenter, center

        /// Parses `'best'`, `'upper right'`, … or a numeric code string `'0'`…`'10'`.
        public static func parse(_ s: String) throws -> Location {
            let names = ["best", "upper right", "upper left", "lower left", "lower right", "right",
                         "center left", "center right", "lower center", "upper center", "center"]
            if let i = names.firstIndex(of: s), let l = Location(rawValue: i) { return l }
            if let n = Int(s), let l = Location(rawValue: n) { return l }
            throw PlotError.invalidArgument("'\(s)' is not a valid value for loc; supported values are \(names.map { "'\($0)'" }.joined(separator: ", "))")
        }
    }

    public var location: Location
    public var title: String
    public var fontSize: Double
    public var frameOn: Bool
    public var ncols: Int
    /// matplotlib's `bbox_to_anchor`, in axes fractions.
    public var anchor: Anchor?
    /// `mode='expand'`: the legend is as wide as the anchor box (less the border padding).
    public var expand = false

    /// `bbox_to_anchor=(x, y)` or `(x, y, width, height)`: the legend is placed at its `location`
    /// inside this box, `borderaxespad` (0.5 font sizes) in from its edges, as matplotlib does.
    /// A point is a box of zero size: `(1.02, 1)` with `.upperLeft` puts the legend outside the
    /// Axes on the right; `(0.5, -0.15)` with `.upperCenter` below it.
    public enum Anchor: Sendable, Equatable {
        case point(Point)
        case box(Rect)

        /// The anchor box in axes fractions (x, y at the lower-left corner).
        var rect: Rect {
            switch self {
            case .point(let p): return Rect(x: p.x, y: p.y, width: 0, height: 0)
            case .box(let r): return r
            }
        }

        var isFinite: Bool { [rect.x, rect.y, rect.width, rect.height].allSatisfy(\.isFinite) }
    }

    public init(location: Location = .best, title: String = "", fontSize: Double = Rc.legendFontSize, frameOn: Bool = true,
                ncols: Int = 1, anchor: Anchor? = nil) {
        self.location = location; self.title = title; self.fontSize = fontSize; self.frameOn = frameOn; self.ncols = ncols
        self.anchor = anchor
    }
}
