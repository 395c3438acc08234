/// How a piece of text looks: size in points, colour, alignment and rotation.
///
/// Sizes follow matplotlib: 10 pt tick labels and axis labels, 12 pt (`'large'`) titles; a point
/// is `dpi / 72` pixels, so 10 pt at 100 dpi is 13.9 px.
public struct TextStyle: Equatable, Sendable {
    public enum HAlign: String, Sendable { case left, center, right }
    public enum VAlign: String, Sendable { case top, center, bottom, baseline, centerBaseline = "center_baseline" }
    /// `.default` aligns the rotated text's bounding box (matplotlib's `rotation_mode='default'`);
    /// `.anchor` aligns the unrotated text, then rotates it about the anchor.
    public enum RotationMode: Sendable { case `default`, anchor }

    public var size: Double
    public var color: Color
    public var ha: HAlign
    public var va: VAlign
    /// Counter-clockwise degrees (90 = reading bottom to top, as y labels).
    public var rotation: Double
    public var rotationMode: RotationMode
    /// Drawn with the bold faces (matplotlib's `fontweight` of 'semibold' and heavier: DejaVu Sans
    /// has only a regular and a bold face, and matplotlib picks the nearest weight).
    public var bold: Bool

    public init(size: Double = 10, color: Color = .black, ha: HAlign = .left, va: VAlign = .baseline,
                rotation: Double = 0, rotationMode: RotationMode = .default, bold: Bool = false) {
        self.size = size; self.color = color; self.ha = ha; self.va = va
        self.rotation = rotation; self.rotationMode = rotationMode; self.bold = bold
    }

    /// matplotlib's `fontweight` (a name or 0–1000) as bold or not; nil for an unknown value.
    public static func isBold(weight: String) -> Bool? {
        let table: [String: Int] = ["ultralight": 100, "light": 200, "normal": 400, "regular": 400, "book": 400,
                                    "medium": 500, "roman": 500, "semibold": 600, "demibold": 600, "demi": 600,
                                    "bold": 700, "heavy": 800, "extra bold": 800, "black": 900]
        return table[weight].map(isBold(weight:))
    }

    /// A numeric weight as bold or not: nearer 700 than 400.
    public static func isBold(weight: Int) -> Bool { weight > 550 }

    /// Parses matplotlib font size names (`'small'`, `'large'`, …) relative to 10 pt.
    public static func size(named name: String) -> Double? {
        let table: [String: Double] = ["xx-small": 0.579, "x-small": 0.694, "small": 0.833, "medium": 1.0,
                                       "large": 1.2, "x-large": 1.44, "xx-large": 1.728, "larger": 1.2, "smaller": 0.833]
        return table[name].map { $0 * 10 }
    }
}
