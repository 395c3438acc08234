/// Singular value decomposition and what is built on it: `svd`, `pinv`, `matrix_rank`.

/// `np.linalg.svd(a)`'s result: `a == u @ diag(s) @ vt`.
public struct LinalgSVDResult<T: LinalgScalar>: Equatable, Sendable {
    /// `m × m` (full) or `m × k` (reduced, k = min(m, n)); nil when `computeUV` is false.
    public let u: LinalgMatrix<T>?
    /// The `k` singular values, descending.
    public let s: [T]
    /// `n × n` (full) or `k × n` (reduced); nil when `computeUV` is false.
    public let vt: LinalgMatrix<T>?
}

extension Linalg {
    /// `np.linalg.svd(a, full_matrices=True, compute_uv=True)` by divide and conquer (`?gesdd`).
    ///
    /// Singular vectors are unique only up to sign (per pair of `u` column and `vt` row).
    public static func svd<T: LinalgScalar>(_ a: LinalgMatrix<T>, fullMatrices: Bool = true,
                                            computeUV: Bool = true) throws(LinalgError) -> LinalgSVDResult<T> {
        let m = a.rows, n = a.cols, k = min(m, n)
        if a.data.contains(where: { !$0.isFinite }) { throw .didNotConverge("SVD did not converge") }
        if k == 0 {
            guard computeUV else { return LinalgSVDResult(u: nil, s: [], vt: nil) }
            let uCols = fullMatrices ? m : 0, vtRows = fullMatrices ? n : 0
            return LinalgSVDResult(u: fullMatrices ? .identity(m) : LinalgMatrix(uncheckedRows: m, cols: uCols, data: []),
                                   s: [], vt: fullMatrices ? .identity(n) : LinalgMatrix(uncheckedRows: vtRows, cols: n, data: []))
        }
        let job: UInt8 = !computeUV ? UInt8(ascii: "N") : (fullMatrices ? UInt8(ascii: "A") : UInt8(ascii: "S"))
        let uCols = fullMatrices ? m : k
        let vtRows = fullMatrices ? n : k
        var storage = a.columnMajor
        var s = [T](repeating: 0, count: k)
        var u = [T](repeating: 0, count: computeUV ? m * uCols : 1)
        var vt = [T](repeating: 0, count: computeUV ? vtRows * n : 1)
        let info = T.gesdd(job: job, m: m, n: n, a: &storage, s: &s, u: &u, ldu: computeUV ? m : 1,
                           vt: &vt, ldvt: computeUV ? vtRows : 1)
        if info != 0 { throw .didNotConverge("SVD did not converge") }
        guard computeUV else { return LinalgSVDResult(u: nil, s: s, vt: nil) }
        return LinalgSVDResult(u: LinalgMatrix(rows: m, cols: uCols, columnMajor: u), s: s,
                               vt: LinalgMatrix(rows: vtRows, cols: n, columnMajor: vt))
    }

    /// `np.linalg.pinv(a, rcond=1e-15)`: the Moore–Penrose pseudo-inverse `V · diag(1/s) · Uᵀ`,
    /// dropping singular values at or below `rcond · max(s)`.
    public static func pinv<T: LinalgScalar>(_ a: LinalgMatrix<T>, rcond: T = 1e-15) throws(LinalgError)
        -> LinalgMatrix<T> {
        let m = a.rows, n = a.cols
        if m == 0 || n == 0 { return LinalgMatrix(uncheckedRows: n, cols: m, data: []) }
        let d = try svd(a, fullMatrices: false)
        guard let u = d.u, let vt = d.vt else { return LinalgMatrix(uncheckedRows: n, cols: m, data: []) }
        let cutoff = rcond * (d.s.max() ?? 0)
        let inverses = d.s.map { $0 > cutoff ? 1 / $0 : 0 }
        // (diag(1/s) · Uᵀ), then Vᵀᵀ times it.
        var scaledUT = u.transposed
        for i in 0..<scaledUT.rows {
            for j in 0..<scaledUT.cols { scaledUT[i, j] *= inverses[i] }
        }
        return vt.transposed.multiplied(by: scaledUT)
    }

    /// `np.linalg.matrix_rank(a, tol=None)`: how many singular values exceed
    /// `tol` (default `max(s) · max(m, n) · eps`).
    public static func matrixRank<T: LinalgScalar>(_ a: LinalgMatrix<T>, tol: T? = nil) throws(LinalgError) -> Int {
        if a.rows == 0 || a.cols == 0 { return 0 }
        let s = try svd(a, computeUV: false).s
        let threshold = tol ?? (s.max() ?? 0) * T(max(a.rows, a.cols)) * T.ulpOfOne
        return s.filter { $0 > threshold }.count
    }

    /// `np.linalg.matrix_rank(v)` of a 1-D array: 1 unless every element is zero.
    public static func matrixRank<T: LinalgScalar>(vector v: [T]) -> Int {
        v.allSatisfy { $0 == 0 } ? 0 : 1
    }
}
