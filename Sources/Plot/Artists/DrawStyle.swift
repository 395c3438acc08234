/// How a line joins its points (matplotlib's `drawstyle`): straight segments, or steps that
/// change `y` at each point (`steps-pre`), after it (`steps-post`) or halfway (`steps-mid`).
/// `ax.step(x, y, where=...)` is `plot` with one of the step styles.
public enum DrawStyle: String, Sendable, CaseIterable {
    case `default` = "default"
    case stepsPre = "steps-pre"
    case stepsPost = "steps-post"
    case stepsMid = "steps-mid"

    /// matplotlib's names, including `steps` (= `steps-pre`).
    public init?(matplotlibName: String) {
        if matplotlibName == "steps" { self = .stepsPre; return }
        self.init(rawValue: matplotlibName)
    }

    /// The vertices of the drawn path through `points` (markers stay on the points themselves).
    public func path(_ points: [Point]) -> [Point] {
        guard self != .default, points.count > 1 else { return points }
        var out: [Point] = []
        out.reserveCapacity(points.count * 2)
        out.append(points[0])
        for i in 1..<points.count {
            let a = points[i - 1], b = points[i]
            switch self {
            case .stepsPre: out.append(Point(a.x, b.y))
            case .stepsPost: out.append(Point(b.x, a.y))
            default:
                let mid = (a.x + b.x) / 2
                out.append(Point(mid, a.y))
                out.append(Point(mid, b.y))
            }
            out.append(b)
        }
        return out
    }
}
