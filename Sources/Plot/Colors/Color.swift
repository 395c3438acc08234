/// A colour with straight (not premultiplied) alpha, each channel in 0...1.
///
/// Parse matplotlib colour specifications with `Color.parse` (`"r"`, `"tab:blue"`, `"#1f77b4"`,
/// `"0.5"`, `"C1"`, CSS names); build from a tuple with `Color(r:g:b:a:)`.
public struct Color: Equatable, Hashable, Sendable {
    public var r: Double
    public var g: Double
    public var b: Double
    public var a: Double

    public init(r: Double, g: Double, b: Double, a: Double = 1) {
        self.r = Color.clamp(r); self.g = Color.clamp(g); self.b = Color.clamp(b); self.a = Color.clamp(a)
    }

    /// A colour from a 0xRRGGBB integer.
    public init(hex: UInt32, alpha: Double = 1) {
        self.init(r: Double((hex >> 16) & 0xff) / 255, g: Double((hex >> 8) & 0xff) / 255,
                  b: Double(hex & 0xff) / 255, a: alpha)
    }

    /// The same colour with alpha replaced by `alpha` (matplotlib's `alpha=` keyword).
    public func withAlpha(_ alpha: Double) -> Color { Color(r: r, g: g, b: b, a: alpha) }

    /// The same colour with alpha multiplied by `factor`.
    public func fading(_ factor: Double) -> Color { Color(r: r, g: g, b: b, a: a * factor) }

    public static let black = Color(r: 0, g: 0, b: 0)
    public static let white = Color(r: 1, g: 1, b: 1)
    public static let clear = Color(r: 0, g: 0, b: 0, a: 0)

    /// matplotlib's default colour cycle `tab10` ("C0" … "C9").
    public static let tab10: [Color] = [
        0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
        0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf,
    ].map { Color(hex: $0) }

    static func clamp(_ v: Double) -> Double { v.isNaN ? 0 : min(1, max(0, v)) }
}
