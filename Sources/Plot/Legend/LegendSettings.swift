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
    /// matplotlib's `bbox_to_anchor=(x, y)` in axes fractions: the `location` corner of the
    /// legend is put at this point (`(1.02, 1)` with `.upperLeft` puts it outside, on the right).
    public var anchor: Point?

    public init(location: Location = .best, title: String = "", fontSize: Double = Rc.legendFontSize, frameOn: Bool = true,
                ncols: Int = 1, anchor: Point? = nil) {
        self.location = location; self.title = title; self.fontSize = fontSize; self.frameOn = frameOn; self.ncols = ncols
        self.anchor = anchor
    }
}
