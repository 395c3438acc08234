/// Every failure the Plot library reports to its caller.
///
/// The binding turns these into Python exceptions: `invalidArgument` becomes `ValueError`,
/// `shapeMismatch` becomes `ValueError` with both shapes, `tooLarge` becomes `MemoryError`.
/// No user input makes the library crash; it throws one of these instead.
public enum PlotError: Error, Equatable, CustomStringConvertible, Sendable {
    /// An argument is outside what the function accepts (`linewidth=-1`, `bins=0`, `'xx'` as colour).
    case invalidArgument(String)
    /// Two arrays that must match do not (`x` has 3 values, `y` has 4).
    case shapeMismatch(String)
    /// The request would need an absurd allocation (a 1e6 x 1e6 inch figure).
    case tooLarge(String)
    /// Data that cannot be drawn at all (a PNG that does not decode in tests, a missing font).
    case unsupported(String)

    public var description: String {
        switch self {
        case .invalidArgument(let m), .shapeMismatch(let m), .tooLarge(let m), .unsupported(let m):
            return m
        }
    }
}
