/// A point in pixel space (x to the right, y down) or in any other 2-D space the caller chooses.
public struct Point: Equatable, Sendable {
    public var x: Double
    public var y: Double
    public init(_ x: Double, _ y: Double) { self.x = x; self.y = y }
    public init(x: Double, y: Double) { self.x = x; self.y = y }

    static func + (a: Point, b: Point) -> Point { Point(a.x + b.x, a.y + b.y) }
    static func - (a: Point, b: Point) -> Point { Point(a.x - b.x, a.y - b.y) }
    static func * (a: Point, s: Double) -> Point { Point(a.x * s, a.y * s) }
    var length: Double { (x * x + y * y).squareRoot() }
    /// The vector rotated by +90° in y-down pixel space (a left-hand normal).
    var perpendicular: Point { Point(-y, x) }
    var normalized: Point { let l = length; return l > 0 ? Point(x / l, y / l) : Point(0, 0) }
    var isFinite: Bool { x.isFinite && y.isFinite }
    func dot(_ o: Point) -> Double { x * o.x + y * o.y }
    func cross(_ o: Point) -> Double { x * o.y - y * o.x }
}
