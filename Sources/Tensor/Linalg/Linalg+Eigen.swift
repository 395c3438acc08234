/// Eigenvalues and eigenvectors: `np.linalg.eigh`, `eigvalsh`, `eig`, `eigvals`.

/// `np.linalg.eigh(a)`'s result: `a @ vectors[:, i] == values[i] * vectors[:, i]`.
public struct LinalgEigenResult<T: LinalgScalar>: Equatable, Sendable {
    /// Eigenvalues; ascending for `eigh`, in LAPACK's order for `eig` (as NumPy).
    public let values: [T]
    /// Eigenvectors as the *columns* of an `n × n` matrix, each of unit length.
    public let vectors: LinalgMatrix<T>
}

extension Linalg {
    /// `np.linalg.eigh(a, UPLO='L')`: eigen-decomposition of a symmetric matrix (`?syevd`).
    ///
    /// Only the lower triangle (`UPLO='L'`, NumPy's default) or the upper one is read.
    /// Eigenvector signs are LAPACK's and may differ from another LAPACK build.
    public static func eigh<T: LinalgScalar>(_ a: LinalgMatrix<T>, upper: Bool = false) throws(LinalgError)
        -> LinalgEigenResult<T> {
        let (values, storage) = try symmetricEigen(a, upper: upper, vectors: true)
        // syevd leaves the eigenvectors as columns of a column-major matrix.
        return LinalgEigenResult(values: values, vectors: LinalgMatrix(rows: a.rows, cols: a.rows, columnMajor: storage))
    }

    /// `np.linalg.eigvalsh(a)`: the ascending eigenvalues of a symmetric matrix.
    public static func eigvalsh<T: LinalgScalar>(_ a: LinalgMatrix<T>, upper: Bool = false) throws(LinalgError) -> [T] {
        try symmetricEigen(a, upper: upper, vectors: false).values
    }

    private static func symmetricEigen<T: LinalgScalar>(_ a: LinalgMatrix<T>, upper: Bool, vectors: Bool)
        throws(LinalgError) -> (values: [T], storage: [T]) {
        try a.requireSquare()
        let n = a.rows
        if n == 0 { return ([], []) }
        // The row-major buffer read column-major is Aᵀ, whose upper triangle is A's lower one.
        var storage = a.data
        var w = [T](repeating: 0, count: n)
        if T.syevd(vectors: vectors, upper: !upper, n: n, a: &storage, w: &w) > 0 {
            throw .didNotConverge("Eigenvalues did not converge")
        }
        return (w, storage)
    }

    /// `np.linalg.eig(a)` for a general real matrix (`?geev`).
    ///
    /// Only real spectra are supported: if any eigenvalue has a non-zero imaginary part this
    /// throws `NotImplementedError` (NumPy would return a complex array).
    public static func eig<T: LinalgScalar>(_ a: LinalgMatrix<T>) throws(LinalgError) -> LinalgEigenResult<T> {
        let (values, vr) = try generalEigen(a, vectors: true)
        return LinalgEigenResult(values: values, vectors: LinalgMatrix(rows: a.rows, cols: a.rows, columnMajor: vr))
    }

    /// `np.linalg.eigvals(a)`; real spectra only, like ``eig(_:)``.
    public static func eigvals<T: LinalgScalar>(_ a: LinalgMatrix<T>) throws(LinalgError) -> [T] {
        try generalEigen(a, vectors: false).values
    }

    private static func generalEigen<T: LinalgScalar>(_ a: LinalgMatrix<T>, vectors: Bool) throws(LinalgError)
        -> (values: [T], vr: [T]) {
        try a.requireSquare()
        try a.requireFinite()
        let n = a.rows
        if n == 0 { return ([], []) }
        var storage = a.columnMajor
        var wr = [T](repeating: 0, count: n), wi = [T](repeating: 0, count: n)
        var vr = [T](repeating: 0, count: vectors ? n * n : 1)
        if T.geev(vectors: vectors, n: n, a: &storage, wr: &wr, wi: &wi, vr: &vr) > 0 {
            throw .didNotConverge("Eigenvalues did not converge")
        }
        if let k = wi.firstIndex(where: { $0 != 0 }) {
            throw .complexResult("eig: complex eigenvalues are not supported (eigenvalue \(k) is "
                + "\(Double(wr[k])) \(wi[k] < 0 ? "-" : "+") \(Double(abs(wi[k])))j)")
        }
        return (wr, vr)
    }
}
