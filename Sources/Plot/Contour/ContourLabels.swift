import Foundation

/// What `clabel` asked for: which levels carry labels, their text, size and colour, and whether
/// the line is broken under each label (`inline`).
public struct ContourLabelSettings: Sendable {
    /// Label text per level index; levels without an entry are not labelled.
    public var texts: [Int: String]
    public var fontSize: Double
    /// One colour for every label (nil: each label takes its line's colour).
    public var color: Color?
    public var inline: Bool
    /// Extra gap (pixels) left on each side of an inline label.
    public var inlineSpacing: Double

    public init(texts: [Int: String], fontSize: Double = 10, color: Color? = nil, inline: Bool = true, inlineSpacing: Double = 5) {
        self.texts = texts; self.fontSize = fontSize; self.color = color; self.inline = inline; self.inlineSpacing = inlineSpacing
    }
}

/// Placing labels along contour lines, as matplotlib's `clabel` does in outline: a label goes on
/// every line whose extent exceeds 1.2 label widths, at the middle of the line by length,
/// turned along it and kept upright; inline, the line is cut where the label sits.
enum ContourLabeler {
    struct Placement {
        let text: PlacedText
        /// The polyline pieces left to stroke.
        let pieces: [[Point]]
    }

    /// Labels one pixel polyline: nil when it is too small to carry `text`.
    static func place(_ text: String, on line: [Point], style: TextStyle, dpi: Double, inline: Bool,
                      spacing: Double) -> (label: PlacedText, pieces: [[Point]])? {
        guard line.count >= 2 else { return nil }
        let width = PlacedText(text, at: Point(0, 0), style: TextStyle(size: style.size), dpi: dpi).bounds.width
        let xs = line.map(\.x), ys = line.map(\.y)
        let extent = max((xs.max() ?? 0) - (xs.min() ?? 0), (ys.max() ?? 0) - (ys.min() ?? 0))
        guard extent > 1.2 * width else { return nil }
        var cumulative = [0.0]
        for i in 1..<line.count { cumulative.append(cumulative[i - 1] + hypot(line[i].x - line[i - 1].x, line[i].y - line[i - 1].y)) }
        let total = cumulative[line.count - 1]
        guard total > width else { return nil }
        let middle = total / 2
        func point(at s: Double) -> (Point, Int) {
            var i = 1
            while i < line.count - 1 && cumulative[i] < s { i += 1 }
            let span = cumulative[i] - cumulative[i - 1]
            let f = span > 0 ? (s - cumulative[i - 1]) / span : 0
            let a = line[i - 1], b = line[i]
            return (Point(a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f), i)
        }
        let (centre, _) = point(at: middle)
        // Direction across the label's width, in screen space (y down), kept upright.
        let (before, _) = point(at: max(0, middle - width / 2)), (after, _) = point(at: min(total, middle + width / 2))
        var angle = atan2(-(after.y - before.y), after.x - before.x) * 180 / .pi
        if angle > 90 { angle -= 180 }
        if angle < -90 { angle += 180 }
        var labelStyle = style
        labelStyle.ha = .center
        labelStyle.va = .center
        labelStyle.rotation = angle
        labelStyle.rotationMode = .anchor
        let label = PlacedText(text, at: centre, style: labelStyle, dpi: dpi)
        guard inline else { return (label, [line]) }
        let cutStart = middle - width / 2 - spacing, cutEnd = middle + width / 2 + spacing
        var head: [Point] = [], tail: [Point] = []
        if cutStart > 0 {
            let (p, i) = point(at: cutStart)
            head = Array(line[0..<i]) + [p]
        }
        if cutEnd < total {
            let (p, i) = point(at: cutEnd)
            tail = [p] + Array(line[i...])
        }
        return (label, [head, tail].filter { $0.count >= 2 })
    }
}
