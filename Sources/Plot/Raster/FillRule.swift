/// How the accumulated winding of a pixel becomes its coverage.
///
/// The rasterizer accumulates, for every pixel, the integral of the winding number over the
/// pixel's area (a signed value; +-1 inside a simple polygon). `nonZero` takes `min(1, |w|)`;
/// `evenOdd` folds `|w|` into a triangle wave so that winding 2 is empty again. Both are exact
/// for pixels crossed by one edge and a good approximation where edges of the same pixel overlap.
public enum FillRule: Sendable {
    case nonZero
    case evenOdd

    @inline(__always)
    func coverage(_ w: Float) -> Float {
        let a = abs(w)
        switch self {
        case .nonZero:
            return min(1, a)
        case .evenOdd:
            let m = a - 2 * (a * 0.5).rounded(.down)
            return m > 1 ? 2 - m : m
        }
    }
}
