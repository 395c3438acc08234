/// How a line is stroked: width, the shape of corners and ends, and dashes, in pixels.
///
/// matplotlib's defaults for data lines are `join: .round`, `cap: .square` ("projecting") when
/// solid and `cap: .butt` when dashed; patches use `.miter` joins.
public struct StrokeStyle: Equatable, Sendable {
    public enum Join: Sendable { case miter, round, bevel }
    public enum Cap: Sendable { case butt, round, square }

    /// Line width in pixels.
    public var width: Double
    public var join: Join
    public var cap: Cap
    /// Alternating on/off lengths in pixels; empty means solid.
    public var dashes: [Double]
    /// How far into the dash pattern the line starts, in pixels.
    public var dashOffset: Double
    /// Miter joins longer than `miterLimit * width / 2` become bevels.
    public var miterLimit: Double

    public init(width: Double, join: Join = .round, cap: Cap = .butt, dashes: [Double] = [],
                dashOffset: Double = 0, miterLimit: Double = 4) {
        self.width = width; self.join = join; self.cap = cap
        self.dashes = dashes; self.dashOffset = dashOffset; self.miterLimit = miterLimit
    }
}
