import COpenBLAS

/// float32 linear algebra: the `s` LAPACK routines. See ``LinalgScalar``.
extension Float: LinalgScalar {
    public static func gesv(n: Int, nrhs: Int, a: inout [Float], b: inout [Float]) -> Int {
        var n32 = Int32(n), nrhs32 = Int32(nrhs), lda = Int32(max(1, n)), info: Int32 = 0
        var pivots = [Int32](repeating: 0, count: max(1, n))
        sgesv_(&n32, &nrhs32, &a, &lda, &pivots, &b, &lda, &info)
        return Int(info)
    }

    public static func getrf(m: Int, n: Int, a: inout [Float], pivots: inout [Int32]) -> Int {
        var m32 = Int32(m), n32 = Int32(n), lda = Int32(max(1, m)), info: Int32 = 0
        sgetrf_(&m32, &n32, &a, &lda, &pivots, &info)
        return Int(info)
    }

    public static func syevd(vectors: Bool, upper: Bool, n: Int, a: inout [Float], w: inout [Float]) -> Int {
        var jobz = CChar(UInt8(ascii: vectors ? "V" : "N")), uplo = CChar(UInt8(ascii: upper ? "U" : "L"))
        var n32 = Int32(n), lda = Int32(max(1, n)), info: Int32 = 0
        var lwork: Int32 = -1, liwork: Int32 = -1
        var work = [Float](repeating: 0, count: 1), iwork = [Int32](repeating: 0, count: 1)
        ssyevd_(&jobz, &uplo, &n32, &a, &lda, &w, &work, &lwork, &iwork, &liwork, &info, 1, 1)
        lwork = workspaceSize(work[0]); liwork = max(1, iwork[0])
        work = [Float](repeating: 0, count: Int(max(1, lwork)))
        iwork = [Int32](repeating: 0, count: Int(liwork))
        ssyevd_(&jobz, &uplo, &n32, &a, &lda, &w, &work, &lwork, &iwork, &liwork, &info, 1, 1)
        return Int(info)
    }

    public static func geev(vectors: Bool, n: Int, a: inout [Float], wr: inout [Float], wi: inout [Float],
                            vr: inout [Float]) -> Int {
        var jobvl = CChar(UInt8(ascii: "N")), jobvr = CChar(UInt8(ascii: vectors ? "V" : "N"))
        var n32 = Int32(n), lda = Int32(max(1, n)), ldvl: Int32 = 1, ldvr = Int32(vectors ? max(1, n) : 1)
        var info: Int32 = 0, lwork: Int32 = -1
        var vl = [Float](repeating: 0, count: 1), work = [Float](repeating: 0, count: 1)
        sgeev_(&jobvl, &jobvr, &n32, &a, &lda, &wr, &wi, &vl, &ldvl, &vr, &ldvr, &work, &lwork, &info, 1, 1)
        lwork = workspaceSize(work[0])
        work = [Float](repeating: 0, count: Int(max(1, lwork)))
        sgeev_(&jobvl, &jobvr, &n32, &a, &lda, &wr, &wi, &vl, &ldvl, &vr, &ldvr, &work, &lwork, &info, 1, 1)
        return Int(info)
    }

    public static func gesdd(job: UInt8, m: Int, n: Int, a: inout [Float], s: inout [Float], u: inout [Float],
                             ldu: Int, vt: inout [Float], ldvt: Int) -> Int {
        var jobz = CChar(job), m32 = Int32(m), n32 = Int32(n), lda = Int32(max(1, m))
        var ldu32 = Int32(ldu), ldvt32 = Int32(ldvt), info: Int32 = 0, lwork: Int32 = -1
        var work = [Float](repeating: 0, count: 1)
        var iwork = [Int32](repeating: 0, count: max(1, 8 * min(m, n)))
        sgesdd_(&jobz, &m32, &n32, &a, &lda, &s, &u, &ldu32, &vt, &ldvt32, &work, &lwork, &iwork, &info, 1)
        lwork = workspaceSize(work[0])
        work = [Float](repeating: 0, count: Int(max(1, lwork)))
        sgesdd_(&jobz, &m32, &n32, &a, &lda, &s, &u, &ldu32, &vt, &ldvt32, &work, &lwork, &iwork, &info, 1)
        return Int(info)
    }

    public static func geqrf(m: Int, n: Int, a: inout [Float], tau: inout [Float]) -> Int {
        var m32 = Int32(m), n32 = Int32(n), lda = Int32(max(1, m)), info: Int32 = 0, lwork: Int32 = -1
        var work = [Float](repeating: 0, count: 1)
        sgeqrf_(&m32, &n32, &a, &lda, &tau, &work, &lwork, &info)
        lwork = workspaceSize(work[0])
        work = [Float](repeating: 0, count: Int(max(1, lwork)))
        sgeqrf_(&m32, &n32, &a, &lda, &tau, &work, &lwork, &info)
        return Int(info)
    }

    public static func orgqr(m: Int, n: Int, k: Int, a: inout [Float], tau: [Float]) -> Int {
        var m32 = Int32(m), n32 = Int32(n), k32 = Int32(k), lda = Int32(max(1, m)), info: Int32 = 0
        var lwork: Int32 = -1, tau = tau
        var work = [Float](repeating: 0, count: 1)
        sorgqr_(&m32, &n32, &k32, &a, &lda, &tau, &work, &lwork, &info)
        lwork = workspaceSize(work[0])
        work = [Float](repeating: 0, count: Int(max(1, lwork)))
        sorgqr_(&m32, &n32, &k32, &a, &lda, &tau, &work, &lwork, &info)
        return Int(info)
    }

    public static func gemm(m: Int, n: Int, k: Int, a: [Float], b: [Float]) -> [Float] {
        var c = [Float](repeating: 0, count: m * n)
        if m == 0 || n == 0 { return c }
        if k == 0 { return c }
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, blasint(m), blasint(n), blasint(k), 1, a,
                    blasint(max(1, k)), b, blasint(max(1, n)), 0, &c, blasint(max(1, n)))
        return c
    }

    public static func potrf(upper: Bool, n: Int, a: inout [Float]) -> Int {
        var uplo = CChar(UInt8(ascii: upper ? "U" : "L")), n32 = Int32(n), lda = Int32(max(1, n)), info: Int32 = 0
        spotrf_(&uplo, &n32, &a, &lda, &info, 1)
        return Int(info)
    }

    public static func gelsd(m: Int, n: Int, nrhs: Int, a: inout [Float], b: inout [Float], ldb: Int,
                             s: inout [Float], rcond: Float, rank: inout Int) -> Int {
        var m32 = Int32(m), n32 = Int32(n), nrhs32 = Int32(nrhs), lda = Int32(max(1, m)), ldb32 = Int32(ldb)
        var rcond = rcond, rank32: Int32 = 0, info: Int32 = 0, lwork: Int32 = -1
        var work = [Float](repeating: 0, count: 1), iwork = [Int32](repeating: 0, count: 1)
        sgelsd_(&m32, &n32, &nrhs32, &a, &lda, &b, &ldb32, &s, &rcond, &rank32, &work, &lwork, &iwork, &info)
        lwork = workspaceSize(work[0])
        work = [Float](repeating: 0, count: Int(max(1, lwork)))
        iwork = [Int32](repeating: 0, count: Int(max(1, iwork[0])))
        sgelsd_(&m32, &n32, &nrhs32, &a, &lda, &b, &ldb32, &s, &rcond, &rank32, &work, &lwork, &iwork, &info)
        rank = Int(rank32)
        return Int(info)
    }

    /// LAPACK reports the optimal workspace as a floating-point number; clamp it into `Int32`.
    private static func workspaceSize(_ reported: Self) -> Int32 {
        reported.isFinite ? Int32(min(max(1, reported.rounded(.up)), Self(Int32.max / 2))) : 1
    }
}
