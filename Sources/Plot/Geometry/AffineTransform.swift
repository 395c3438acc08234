import Foundation

/// A 2-D affine map `(x, y) -> (a x + c y + tx, b x + d y + ty)`, used to place glyph outlines
/// (scale, rotate by 90° for y labels, translate to the baseline).
public struct AffineTransform: Equatable, Sendable {
    public var a, b, c, d, tx, ty: Double

    public init(a: Double, b: Double, c: Double, d: Double, tx: Double, ty: Double) {
        self.a = a; self.b = b; self.c = c; self.d = d; self.tx = tx; self.ty = ty
    }

    public static let identity = AffineTransform(a: 1, b: 0, c: 0, d: 1, tx: 0, ty: 0)

    public static func translation(_ x: Double, _ y: Double) -> AffineTransform {
        AffineTransform(a: 1, b: 0, c: 0, d: 1, tx: x, ty: y)
    }

    public static func scale(_ sx: Double, _ sy: Double) -> AffineTransform {
        AffineTransform(a: sx, b: 0, c: 0, d: sy, tx: 0, ty: 0)
    }

    /// Rotation by `radians` counter-clockwise *as seen on screen* (pixel space has y down).
    public static func rotation(_ radians: Double) -> AffineTransform {
        let cs = cos(radians), sn = sin(radians)
        return AffineTransform(a: cs, b: -sn, c: sn, d: cs, tx: 0, ty: 0)
    }

    /// `self` followed by `next`.
    public func then(_ n: AffineTransform) -> AffineTransform {
        AffineTransform(a: n.a * a + n.c * b, b: n.b * a + n.d * b,
                        c: n.a * c + n.c * d, d: n.b * c + n.d * d,
                        tx: n.a * tx + n.c * ty + n.tx, ty: n.b * tx + n.d * ty + n.ty)
    }

    public func apply(_ p: Point) -> Point {
        Point(a * p.x + c * p.y + tx, b * p.x + d * p.y + ty)
    }

    /// How much the map scales lengths at most (used to pick the curve flattening tolerance).
    var maxScale: Double { max((a * a + b * b).squareRoot(), (c * c + d * d).squareRoot()) }
}
