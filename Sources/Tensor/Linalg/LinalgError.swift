/// Why a linear-algebra call failed, with NumPy's exception class and wording.
///
/// ```python
/// >>> np.linalg.inv(np.zeros((2, 2)))
/// numpy.linalg.LinAlgError: Singular matrix
/// ```
/// The binding raises ``pythonExceptionName`` with ``description`` as the message.
public enum LinalgError: Error, Equatable, CustomStringConvertible {
    /// `LinAlgError: Singular matrix` (inv, solve).
    case singularMatrix
    /// `LinAlgError: Last 2 dimensions of the array must be square`.
    case notSquare
    /// `LinAlgError: Matrix is not positive definite` (cholesky).
    case notPositiveDefinite
    /// `LinAlgError: Array must not contain infs or NaNs` (eig).
    case notFinite
    /// `LinAlgError: SVD did not converge`, `Eigenvalues did not converge`, …
    case didNotConverge(String)
    /// `LinAlgError: 1-dimensional array given. Array must be at least two-dimensional`.
    case tooFewDimensions(Int)
    /// `LinAlgError: Incompatible dimensions` (lstsq).
    case incompatibleDimensions
    /// A `ValueError`: mismatched operand shapes, a bad norm order, a bad mode.
    case valueError(String)
    /// A `ValueError` raised when a buffer does not match its declared shape.
    case sizeMismatch(String)
    /// `NotImplementedError`: a result would be complex (e.g. eig of a rotation matrix).
    case complexResult(String)

    /// The Python exception class to raise.
    public var pythonExceptionName: String {
        switch self {
        case .singularMatrix, .notSquare, .notPositiveDefinite, .notFinite, .didNotConverge,
             .incompatibleDimensions, .tooFewDimensions:
            "LinAlgError"
        case .valueError, .sizeMismatch:
            "ValueError"
        case .complexResult:
            "NotImplementedError"
        }
    }

    public var description: String {
        switch self {
        case .singularMatrix: "Singular matrix"
        case .notSquare: "Last 2 dimensions of the array must be square"
        case .notPositiveDefinite: "Matrix is not positive definite"
        case .notFinite: "Array must not contain infs or NaNs"
        case .didNotConverge(let what): what
        case .incompatibleDimensions: "Incompatible dimensions"
        case .tooFewDimensions(let n): "\(n)-dimensional array given. Array must be at least two-dimensional"
        case .valueError(let message), .sizeMismatch(let message), .complexResult(let message): message
        }
    }
}
