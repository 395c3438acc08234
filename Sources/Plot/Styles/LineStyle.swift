/// A line's dash style: `'-'`, `'--'`, `':'`, `'-.'` or none.
///
/// Dash lengths scale with the line width, as matplotlib's `lines.scale_dashes`:
/// `'--'` at 1.5 pt is 5.55 pt on, 2.4 pt off.
public enum LineStyle: String, Sendable, CaseIterable {
    case solid = "-"
    case dashed = "--"
    case dotted = ":"
    case dashDot = "-."
    case none = "None"

    /// Parses `'-'`, `'--'`, `':'`, `'-.'`, `'solid'`, `'dashed'`, `'dotted'`, `'dashdot'`,
    /// `'None'`, `'none'`, `''` or `' '`.
    public static func parse(_ s: String) throws -> LineStyle {
        switch s {
        case "-", "solid": return .solid
        case "--", "dashed": return .dashed
        case ":", "dotted": return .dotted
        case "-.", "dashdot": return .dashDot
        case "None", "none", "", " ": return .none
        default:
            throw PlotError.invalidArgument("'\(s)' is not a valid value for ls; supported values are '-', '--', '-.', ':', 'None', ' ', '', 'solid', 'dashed', 'dashdot', 'dotted'")
        }
    }

    /// On/off lengths in points for a line `width` points wide (empty when solid).
    public func dashPattern(width: Double) -> [Double] {
        let w = max(width, 0)
        switch self {
        case .solid, .none: return []
        case .dashed: return Rc.dashed.map { $0 * w }
        case .dotted: return Rc.dotted.map { $0 * w }
        case .dashDot: return Rc.dashDot.map { $0 * w }
        }
    }

    /// The stroke for a data line of `width` points at `dpi`: round joins, projecting caps when
    /// solid and butt caps when dashed (matplotlib's `lines.*_capstyle`).
    func stroke(width: Double, dpi: Double) -> StrokeStyle {
        let px = dpi / 72
        return StrokeStyle(width: width * px, join: .round, cap: self == .solid ? .square : .butt,
                           dashes: dashPattern(width: width).map { $0 * px })
    }
}
