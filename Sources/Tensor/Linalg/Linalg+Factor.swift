/// Factorisations: `np.linalg.qr` and `np.linalg.cholesky`.

/// The `mode` argument of `np.linalg.qr`.
public enum LinalgQRMode: String, Sendable {
    /// Q is `m × k`, R is `k × n` with k = min(m, n) (NumPy's default).
    case reduced
    /// Q is `m × m`, R is `m × n`.
    case complete
    /// Only R (`k × n`).
    case r
}

/// `np.linalg.qr(a)`'s result: `a == q @ r`, q with orthonormal columns, r upper triangular.
public struct LinalgQRResult<T: LinalgScalar>: Equatable, Sendable {
    /// nil for mode `'r'`.
    public let q: LinalgMatrix<T>?
    public let r: LinalgMatrix<T>
}

extension Linalg {
    /// `np.linalg.qr(a, mode='reduced')` by Householder reflections (`?geqrf` then `?orgqr`).
    public static func qr<T: LinalgScalar>(_ a: LinalgMatrix<T>, mode: LinalgQRMode = .reduced) throws(LinalgError)
        -> LinalgQRResult<T> {
        let m = a.rows, n = a.cols, k = min(m, n)
        let rRows = mode == .complete ? m : k
        var storage = a.columnMajor
        var tau = [T](repeating: 0, count: max(1, k))
        if k > 0 && T.geqrf(m: m, n: n, a: &storage, tau: &tau) != 0 {
            throw .didNotConverge("QR factorisation failed")
        }
        // R: the upper triangle of the factored storage.
        var r = LinalgMatrix<T>(uncheckedRows: rRows, cols: n, data: [T](repeating: 0, count: rRows * n))
        for i in 0..<rRows {
            for j in i..<max(i, n) where i < m { r[i, j] = storage[j * m + i] }
        }
        if mode == .r { return LinalgQRResult(q: nil, r: r) }

        let qCols = mode == .complete ? m : k
        if m == 0 || qCols == 0 || k == 0 {
            let q = mode == .complete ? LinalgMatrix<T>.identity(m)
                : LinalgMatrix<T>(uncheckedRows: m, cols: qCols, data: [T](repeating: 0, count: m * qCols))
            return LinalgQRResult(q: q, r: r)
        }
        // orgqr needs an m × qCols buffer holding the reflectors in its first k columns.
        var q = [T](repeating: 0, count: m * qCols)
        for j in 0..<min(n, qCols) {
            for i in 0..<m { q[j * m + i] = storage[j * m + i] }
        }
        if T.orgqr(m: m, n: qCols, k: k, a: &q, tau: tau) != 0 {
            throw .didNotConverge("QR factorisation failed")
        }
        return LinalgQRResult(q: LinalgMatrix(rows: m, cols: qCols, columnMajor: q), r: r)
    }

    /// `np.linalg.cholesky(a)`: the lower-triangular `L` with `a == L @ L.T` (`?potrf`).
    ///
    /// Reads the lower triangle; throws `LinAlgError: Matrix is not positive definite`.
    public static func cholesky<T: LinalgScalar>(_ a: LinalgMatrix<T>) throws(LinalgError) -> LinalgMatrix<T> {
        try a.requireSquare()
        let n = a.rows
        if n == 0 { return a }
        // Row-major A read column-major is Aᵀ: factoring its upper triangle as UᵀU leaves
        // U column-major, which read row-major is L = Uᵀ.
        var storage = a.data
        if T.potrf(upper: true, n: n, a: &storage) > 0 { throw .notPositiveDefinite }
        var l = LinalgMatrix<T>(uncheckedRows: n, cols: n, data: storage)
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) { l[i, j] = 0 }
        }
        return l
    }
}
