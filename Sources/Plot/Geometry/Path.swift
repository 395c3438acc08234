/// A vector path made of lines and Bézier curves, as glyph outlines and arrows are described.
///
/// A `Path` is resolution independent; `flattened(by:tolerance:)` turns it into polygons in
/// pixel space (curves become short lines whose distance from the curve is below `tolerance`
/// pixels), which is what `Canvas.fill` consumes.
///
/// ```swift
/// var p = Path()
/// p.move(to: Point(0, 0)); p.line(to: Point(10, 0)); p.quad(to: Point(0, 10), control: Point(10, 10))
/// p.close()
/// ```
public struct Path: Sendable {
    enum Element: Sendable {
        case move(Point)
        case line(Point)
        case quad(Point, Point)          // control, end
        case cubic(Point, Point, Point)  // control1, control2, end
        case close
    }

    var elements: [Element] = []

    public init() {}

    public mutating func move(to p: Point) { elements.append(.move(p)) }
    public mutating func line(to p: Point) { elements.append(.line(p)) }
    public mutating func quad(to p: Point, control c: Point) { elements.append(.quad(c, p)) }
    public mutating func cubic(to p: Point, control1 c1: Point, control2 c2: Point) { elements.append(.cubic(c1, c2, p)) }
    public mutating func close() { elements.append(.close) }

    /// Adds a closed polygon.
    public mutating func addPolygon(_ pts: [Point]) {
        guard let first = pts.first else { return }
        move(to: first)
        for p in pts.dropFirst() { line(to: p) }
        close()
    }

    public var isEmpty: Bool { elements.isEmpty }

    /// The path's subpaths as polygons (implicitly closed) after applying `t`.
    public func flattened(by t: AffineTransform = .identity, tolerance: Double = 0.2) -> [[Point]] {
        var out: [[Point]] = []
        var cur: [Point] = []
        var last = Point(0, 0)
        let scale = max(t.maxScale, 1e-12)
        func flush() { if cur.count > 1 { out.append(cur) }; cur = [] }
        for e in elements {
            switch e {
            case .move(let p):
                flush(); last = p; cur.append(t.apply(p))
            case .line(let p):
                if cur.isEmpty { cur.append(t.apply(last)) }
                last = p; cur.append(t.apply(p))
            case .quad(let c, let p):
                if cur.isEmpty { cur.append(t.apply(last)) }
                let dev = ((last - c * 2 + p).length) * scale / 4
                let n = (dev / tolerance).squareRoot().rounded(.up).clampedInt(1, 100)
                for i in 1...n {
                    let s = Double(i) / Double(n), u = 1 - s
                    let q = last * (u * u) + c * (2 * u * s) + p * (s * s)
                    cur.append(t.apply(q))
                }
                last = p
            case .cubic(let c1, let c2, let p):
                if cur.isEmpty { cur.append(t.apply(last)) }
                let dd = max((last - c1 * 2 + c2).length, (c1 - c2 * 2 + p).length) * scale * 0.75
                let n = (dd / tolerance).squareRoot().rounded(.up).clampedInt(1, 100)
                for i in 1...n {
                    let s = Double(i) / Double(n), u = 1 - s
                    let q = last * (u * u * u) + c1 * (3 * u * u * s) + c2 * (3 * u * s * s) + p * (s * s * s)
                    cur.append(t.apply(q))
                }
                last = p
            case .close:
                flush()
            }
        }
        flush()
        return out
    }
}
