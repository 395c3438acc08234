import Foundation

/// The `ord` argument of `np.linalg.norm`.
///
/// ```python
/// np.linalg.norm(x)            → nil (2-norm of a vector, Frobenius of a matrix)
/// np.linalg.norm(x, 1)         → .p(1)        np.linalg.norm(x, np.inf) → .p(.infinity)
/// np.linalg.norm(m, 'fro')     → .fro         np.linalg.norm(m, 'nuc')  → .nuc
/// ```
public enum LinalgNormOrder: Equatable, Sendable {
    /// A number: `2`, `1`, `0`, `-1`, `inf`, `-inf`, or any p.
    case p(Double)
    /// `'fro'`: the Frobenius norm (matrices only).
    case fro
    /// `'nuc'`: the nuclear norm, the sum of singular values (matrices only).
    case nuc

    var pythonText: String {
        switch self {
        case .fro: "'fro'"
        case .nuc: "'nuc'"
        case .p(let p): p.isInfinite ? (p > 0 ? "inf" : "-inf") : (p == p.rounded() ? String(Int(p)) : String(p))
        }
    }
}

extension Linalg {
    /// `np.linalg.norm(x, ord)` of a vector.
    ///
    /// | ord | norm |
    /// |---|---|
    /// | nil, 2 | `sqrt(sum(x²))` |
    /// | inf / -inf | `max(|x|)` / `min(|x|)` |
    /// | 0 | number of non-zero elements |
    /// | other p | `sum(|x|^p)^(1/p)` |
    public static func norm<T: LinalgScalar>(vector x: [T], ord: LinalgNormOrder? = nil) throws(LinalgError) -> T {
        guard let ord else { return euclidean(x) }
        guard case .p(let p) = ord else {
            throw .valueError("Invalid norm order \(ord.pythonText) for vectors")
        }
        let magnitudes = x.map { abs($0) }
        switch p {
        case .infinity: return magnitudes.max() ?? 0
        case -.infinity: return magnitudes.min() ?? 0
        case 0: return T(x.filter { $0 != 0 }.count)
        case 1: return magnitudes.reduce(0, +)
        case 2: return euclidean(x)
        default:
            let sum = magnitudes.reduce(0.0) { $0 + pow(Double($1), p) }
            return T(pow(sum, 1 / p))
        }
    }

    /// `np.linalg.norm(a, ord)` of a matrix.
    ///
    /// | ord | norm |
    /// |---|---|
    /// | nil, 'fro' | `sqrt(sum(a²))` |
    /// | 'nuc' | sum of singular values |
    /// | 2 / -2 | largest / smallest singular value |
    /// | 1 / -1 | max / min column sum of `|a|` |
    /// | inf / -inf | max / min row sum of `|a|` |
    ///
    /// Other orders throw `ValueError: Invalid norm order for matrices.`
    public static func norm<T: LinalgScalar>(matrix a: LinalgMatrix<T>, ord: LinalgNormOrder? = nil)
        throws(LinalgError) -> T {
        switch ord {
        case nil, .fro?:
            return euclidean(a.data)
        case .nuc?:
            return try svd(a, computeUV: false).s.reduce(0, +)
        case .p(let p)?:
            switch p {
            case 2: return try svd(a, computeUV: false).s.max() ?? 0
            case -2: return try svd(a, computeUV: false).s.min() ?? 0
            case 1, -1:
                let sums = (0..<a.cols).map { j in (0..<a.rows).reduce(T(0)) { $0 + abs(a[$1, j]) } }
                return try extremum(sums, largest: p > 0)
            case .infinity, -.infinity:
                let sums = (0..<a.rows).map { i in (0..<a.cols).reduce(T(0)) { $0 + abs(a[i, $1]) } }
                return try extremum(sums, largest: p > 0)
            default:
                throw .valueError("Invalid norm order for matrices.")
            }
        }
    }

    /// `sqrt(sum(x²))`, accumulated in the element type as NumPy's `sqrt(dot(x, x))`.
    private static func euclidean<T: LinalgScalar>(_ x: [T]) -> T {
        x.reduce(T(0)) { $0 + $1 * $1 }.squareRoot()
    }

    private static func extremum<T: LinalgScalar>(_ values: [T], largest: Bool) throws(LinalgError) -> T {
        guard let result = largest ? values.max() : values.min() else {
            throw .valueError("zero-size array to reduction operation \(largest ? "maximum" : "minimum") which has no identity")
        }
        return result
    }
}
