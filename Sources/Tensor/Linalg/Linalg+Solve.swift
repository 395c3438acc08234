import Foundation

/// Inverse, linear solve and determinant: the LU-based part of `np.linalg`.
extension Linalg {
    /// `np.linalg.inv(a)`: solves `A X = I` by LU with partial pivoting (`?gesv`), as NumPy does.
    ///
    /// Throws `LinAlgError: Singular matrix` when a pivot is exactly zero.
    public static func inv<T: LinalgScalar>(_ a: LinalgMatrix<T>) throws(LinalgError) -> LinalgMatrix<T> {
        try a.requireSquare()
        let n = a.rows
        if n == 0 { return a }
        var lu = a.columnMajor
        var x = LinalgMatrix<T>.identity(n).data            // symmetric, so already column-major
        if T.gesv(n: n, nrhs: n, a: &lu, b: &x) > 0 { throw .singularMatrix }
        return LinalgMatrix(rows: n, cols: n, columnMajor: x)
    }

    /// `np.linalg.solve(a, b)` for a matrix right-hand side `b` of shape `(n, k)`.
    public static func solve<T: LinalgScalar>(_ a: LinalgMatrix<T>, _ b: LinalgMatrix<T>) throws(LinalgError)
        -> LinalgMatrix<T> {
        try a.requireSquare()
        guard b.rows == a.rows else {
            throw .valueError("solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
                + "signature (m,m),(m,n)->(m,n) (size \(b.rows) is different from \(a.rows))")
        }
        if a.rows == 0 || b.cols == 0 { return b }
        var lu = a.columnMajor
        var x = b.columnMajor
        if T.gesv(n: a.rows, nrhs: b.cols, a: &lu, b: &x) > 0 { throw .singularMatrix }
        return LinalgMatrix(rows: b.rows, cols: b.cols, columnMajor: x)
    }

    /// `np.linalg.solve(a, b)` for a vector `b` of length `n`; returns `x` with `a @ x == b`.
    public static func solve<T: LinalgScalar>(_ a: LinalgMatrix<T>, vector b: [T]) throws(LinalgError) -> [T] {
        try a.requireSquare()
        guard b.count == a.rows else {
            throw .valueError("solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
                + "signature (m,m),(m)->(m) (size \(b.count) is different from \(a.rows))")
        }
        if a.rows == 0 { return b }
        var lu = a.columnMajor
        var x = b
        if T.gesv(n: a.rows, nrhs: 1, a: &lu, b: &x) > 0 { throw .singularMatrix }
        return x
    }

    /// `np.linalg.det(a)`: the product of U's diagonal from `A = P L U`, negated once per row
    /// swap in P. A singular matrix gives `0.0` (no error), as in NumPy.
    public static func det<T: LinalgScalar>(_ a: LinalgMatrix<T>) throws(LinalgError) -> T {
        let (sign, logdet) = try slogdet(a)
        return sign == 0 ? 0 : sign * T(exp(Double(logdet)))
    }

    /// `np.linalg.slogdet(a)`: `(sign, log|det|)`, robust against overflow; `(0, -inf)` when singular.
    public static func slogdet<T: LinalgScalar>(_ a: LinalgMatrix<T>) throws(LinalgError) -> (sign: T, logAbsDet: T) {
        try a.requireSquare()
        let n = a.rows
        if n == 0 { return (1, 0) }
        var lu = a.columnMajor
        var pivots = [Int32](repeating: 0, count: n)
        if T.getrf(m: n, n: n, a: &lu, pivots: &pivots) > 0 { return (0, -T.infinity) }
        var sign: T = 1
        var logdet = 0.0
        for i in 0..<n {
            let u = lu[i * n + i]
            if pivots[i] != Int32(i + 1) { sign = -sign }
            if u < 0 { sign = -sign }
            logdet += log(Double(abs(u)))
        }
        return (sign, T(logdet))
    }
}
