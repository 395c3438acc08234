import Foundation

/// A matplotlib marker symbol (`'o'`, `'s'`, `'^'`, …) and its outline at unit size.
///
/// Outlines are in marker units: a marker of size 1 (matplotlib's `markersize`, in points)
/// spans about -0.5...0.5, y up. `Canvas.drawMarker` scales them to pixels.
public enum Marker: String, CaseIterable, Sendable {
    case circle = "o", point = ".", pixel = ","
    case square = "s", diamond = "D", thinDiamond = "d"
    case triangleUp = "^", triangleDown = "v", triangleLeft = "<", triangleRight = ">"
    case pentagon = "p", hexagon = "h", star = "*"
    case plus = "+", cross = "x", vline = "|", hline = "_"

    /// Parses a marker character; `nil` for anything else (including `''`/`'None'`, no marker).
    public init?(symbol: String) {
        self.init(rawValue: symbol)
    }

    /// True for markers drawn only as strokes (`'+'`, `'x'`, `'|'`, `'_'`).
    public var isLineOnly: Bool { self == .plus || self == .cross || self == .vline || self == .hline }

    /// Closed outlines (for filled markers) or open strokes (for line-only markers), y up.
    var unitShape: [[Point]] {
        switch self {
        case .circle: return [circle(0.5)]
        case .point: return [circle(0.25)]
        case .pixel: return [[Point(-0.5, -0.5), Point(0.5, -0.5), Point(0.5, 0.5), Point(-0.5, 0.5)]]
        case .square: return [[Point(-0.5, -0.5), Point(0.5, -0.5), Point(0.5, 0.5), Point(-0.5, 0.5)]]
        case .diamond:
            let r = 0.5.squareRoot()
            return [[Point(0, -r), Point(r, 0), Point(0, r), Point(-r, 0)]]
        case .thinDiamond:
            let r = 0.5.squareRoot()
            return [[Point(0, -r), Point(0.6 * r, 0), Point(0, r), Point(-0.6 * r, 0)]]
        case .triangleUp: return [[Point(0, 0.5), Point(-0.5, -0.5), Point(0.5, -0.5)]]
        case .triangleDown: return [[Point(0, -0.5), Point(0.5, 0.5), Point(-0.5, 0.5)]]
        case .triangleLeft: return [[Point(-0.5, 0), Point(0.5, -0.5), Point(0.5, 0.5)]]
        case .triangleRight: return [[Point(0.5, 0), Point(-0.5, 0.5), Point(-0.5, -0.5)]]
        case .pentagon: return [regular(5, 0.5)]
        case .hexagon: return [regular(6, 0.5)]
        case .star:
            return [(0..<10).map { i in
                let r = i % 2 == 0 ? 0.5 : 0.5 * 0.381966
                let t = Double.pi / 2 + Double(i) * Double.pi / 5
                return Point(r * cos(t), r * sin(t))
            }]
        case .plus: return [[Point(-0.5, 0), Point(0.5, 0)], [Point(0, -0.5), Point(0, 0.5)]]
        case .cross: return [[Point(-0.5, -0.5), Point(0.5, 0.5)], [Point(-0.5, 0.5), Point(0.5, -0.5)]]
        case .vline: return [[Point(0, -0.5), Point(0, 0.5)]]
        case .hline: return [[Point(-0.5, 0), Point(0.5, 0)]]
        }
    }

    private func circle(_ r: Double) -> [Point] { Shapes.circle(center: Point(0, 0), radius: r) }

    private func regular(_ n: Int, _ r: Double) -> [Point] {
        (0..<n).map { i in
            let t = Double.pi / 2 + Double(i) * 2 * Double.pi / Double(n)
            return Point(r * cos(t), r * sin(t))
        }
    }
}
