/// The element types ``Linalg`` accepts (`Double` for float64, `Float` for float32), each
/// bound to its LAPACK routines (`dgesv_` / `sgesv_`, …) from OpenBLAS.
///
/// Every requirement is a thin call of one Fortran LAPACK routine on column-major storage:
/// the `lwork = -1` workspace query, then the call. It returns LAPACK's `info`
/// (0 = success, > 0 = numerical failure such as a zero pivot, < 0 = a bad argument, which
/// would be a bug here). The algorithms in `Linalg+*.swift` are generic over this protocol.
///
/// We call the Fortran interface rather than LAPACKE because libopenblas exports the former
/// and COpenBLAS links only `openblas`.
public protocol LinalgScalar: BinaryFloatingPoint, Sendable where Self.RawSignificand: FixedWidthInteger {
    /// Solves `A X = B` in place (`?gesv`): `a` becomes its LU factors, `b` the solution.
    static func gesv(n: Int, nrhs: Int, a: inout [Self], b: inout [Self]) -> Int
    /// LU factorisation with partial pivoting (`?getrf`); `pivots` are 1-based row swaps.
    static func getrf(m: Int, n: Int, a: inout [Self], pivots: inout [Int32]) -> Int
    /// Symmetric eigen-decomposition (`?syevd`): eigenvalues ascending in `w`, vectors in `a`.
    static func syevd(vectors: Bool, upper: Bool, n: Int, a: inout [Self], w: inout [Self]) -> Int
    /// General eigenproblem (`?geev`), right eigenvectors in `vr` when `vectors`.
    static func geev(vectors: Bool, n: Int, a: inout [Self], wr: inout [Self], wi: inout [Self],
                     vr: inout [Self]) -> Int
    /// Divide-and-conquer SVD (`?gesdd`); `job` is `A` (full), `S` (reduced) or `N` (values only).
    static func gesdd(job: UInt8, m: Int, n: Int, a: inout [Self], s: inout [Self], u: inout [Self],
                      ldu: Int, vt: inout [Self], ldvt: Int) -> Int
    /// Householder QR (`?geqrf`): R above the diagonal of `a`, reflectors below and in `tau`.
    static func geqrf(m: Int, n: Int, a: inout [Self], tau: inout [Self]) -> Int
    /// Forms the first `n` columns of Q from `?geqrf`'s reflectors (`?orgqr`).
    static func orgqr(m: Int, n: Int, k: Int, a: inout [Self], tau: [Self]) -> Int
    /// Cholesky factorisation (`?potrf`) of one triangle.
    static func potrf(upper: Bool, n: Int, a: inout [Self]) -> Int
    /// Row-major `C = A · B` (`cblas_?gemm`), `A` is `m × k`, `B` is `k × n`.
    static func gemm(m: Int, n: Int, k: Int, a: [Self], b: [Self]) -> [Self]
    /// Minimum-norm least squares by SVD (`?gelsd`); `rank` is the effective rank.
    static func gelsd(m: Int, n: Int, nrhs: Int, a: inout [Self], b: inout [Self], ldb: Int,
                      s: inout [Self], rcond: Self, rank: inout Int) -> Int
}
