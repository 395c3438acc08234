/// Least squares: `np.linalg.lstsq`.

/// `np.linalg.lstsq(a, b)`'s result `(x, residuals, rank, s)`.
public struct LinalgLstsqResult<T: LinalgScalar>: Equatable, Sendable {
    /// The minimum-norm solution, `n × k` (for a vector `b`, `n × 1`).
    public let x: LinalgMatrix<T>
    /// Squared 2-norm of `b - a @ x` per column; empty when rank < n or m <= n (as NumPy).
    public let residuals: [T]
    /// Effective rank of `a`.
    public let rank: Int
    /// Singular values of `a`, descending.
    public let singularValues: [T]
}

extension Linalg {
    /// `np.linalg.lstsq(a, b, rcond=None)`: minimises `‖b − a x‖₂` by SVD (`?gelsd`).
    ///
    /// `rcond` defaults to `eps · max(m, n)`; singular values below `rcond · max(s)` count as 0.
    /// `b` is `m × k`; pass a vector as an `m × 1` matrix (see ``lstsq(_:vector:rcond:)``).
    public static func lstsq<T: LinalgScalar>(_ a: LinalgMatrix<T>, _ b: LinalgMatrix<T>, rcond: T? = nil)
        throws(LinalgError) -> LinalgLstsqResult<T> {
        let m = a.rows, n = a.cols, k = b.cols
        guard b.rows == m else { throw .incompatibleDimensions }
        let rcond = rcond ?? T.ulpOfOne * T(max(m, n))
        if m == 0 || n == 0 || k == 0 {
            let x = LinalgMatrix<T>(uncheckedRows: n, cols: k, data: [T](repeating: 0, count: n * k))
            let residuals: [T] = (m > n && n == 0) ? (0..<k).map { j in (0..<m).reduce(T(0)) { $0 + b[$1, j] * b[$1, j] } } : []
            return LinalgLstsqResult(x: x, residuals: residuals, rank: 0, singularValues: [])
        }
        let ldb = max(m, n)
        var storage = a.columnMajor
        var rhs = [T](repeating: 0, count: ldb * k)
        for j in 0..<k {
            for i in 0..<m { rhs[j * ldb + i] = b[i, j] }
        }
        var s = [T](repeating: 0, count: min(m, n))
        var rank = 0
        if T.gelsd(m: m, n: n, nrhs: k, a: &storage, b: &rhs, ldb: ldb, s: &s, rcond: rcond, rank: &rank) != 0 {
            throw .didNotConverge("SVD did not converge in Linear Least Squares")
        }
        let x = LinalgMatrix(rows: n, cols: k, columnMajor: rhs, leadingDimension: ldb)
        var residuals: [T] = []
        if rank == n && m > n {
            // gelsd leaves the residual components in rows n..<m of b.
            residuals = (0..<k).map { j in (n..<m).reduce(T(0)) { $0 + rhs[j * ldb + $1] * rhs[j * ldb + $1] } }
        }
        return LinalgLstsqResult(x: x, residuals: residuals, rank: rank, singularValues: s)
    }

    /// `np.linalg.lstsq(a, b)` for a vector `b`; `x` comes back as an `n × 1` matrix.
    public static func lstsq<T: LinalgScalar>(_ a: LinalgMatrix<T>, vector b: [T], rcond: T? = nil)
        throws(LinalgError) -> LinalgLstsqResult<T> {
        guard b.count == a.rows else { throw .incompatibleDimensions }
        return try lstsq(a, LinalgMatrix(uncheckedRows: b.count, cols: 1, data: b), rcond: rcond)
    }
}
