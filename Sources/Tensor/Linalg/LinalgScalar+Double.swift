import COpenBLAS

/// float64 linear algebra: the `d` LAPACK routines. See ``LinalgScalar``.
extension Double: LinalgScalar {
    public static func gesv(n: Int, nrhs: Int, a: inout [Double], b: inout [Double]) -> Int {
        var n32 = Int32(n), nrhs32 = Int32(nrhs), lda = Int32(max(1, n)), info: Int32 = 0
        var pivots = [Int32](repeating: 0, count: max(1, n))
        dgesv_(&n32, &nrhs32, &a, &lda, &pivots, &b, &lda, &info)
        return Int(info)
    }

    public static func getrf(m: Int, n: Int, a: inout [Double], pivots: inout [Int32]) -> Int {
        var m32 = Int32(m), n32 = Int32(n), lda = Int32(max(1, m)), info: Int32 = 0
        dgetrf_(&m32, &n32, &a, &lda, &pivots, &info)
        return Int(info)
    }

    public static func syevd(vectors: Bool, upper: Bool, n: Int, a: inout [Double], w: inout [Double]) -> Int {
        var jobz = CChar(UInt8(ascii: vectors ? "V" : "N")), uplo = CChar(UInt8(ascii: upper ? "U" : "L"))
        var n32 = Int32(n), lda = Int32(max(1, n)), info: Int32 = 0
        var lwork: Int32 = -1, liwork: Int32 = -1
        var work = [Double](repeating: 0, count: 1), iwork = [Int32](repeating: 0, count: 1)
        dsyevd_(&jobz, &uplo, &n32, &a, &lda, &w, &work, &lwork, &iwork, &liwork, &info, 1, 1)
        lwork = workspaceSize(work[0]); liwork = max(1, iwork[0])
        work = [Double](repeating: 0, count: Int(max(1, lwork)))
        iwork = [Int32](repeating: 0, count: Int(liwork))
        dsyevd_(&jobz, &uplo, &n32, &a, &lda, &w, &work, &lwork, &iwork, &liwork, &info, 1, 1)
        return Int(info)
    }

    public static func geev(vectors: Bool, n: Int, a: inout [Double], wr: inout [Double], wi: inout [Double],
                            vr: inout [Double]) -> Int {
        var jobvl = CChar(UInt8(ascii: "N")), jobvr = CChar(UInt8(ascii: vectors ? "V" : "N"))
        var n32 = Int32(n), lda = Int32(max(1, n)), ldvl: Int32 = 1, ldvr = Int32(vectors ? max(1, n) : 1)
        var info: Int32 = 0, lwork: Int32 = -1
        var vl = [Double](repeating: 0, count: 1), work = [Double](repeating: 0, count: 1)
        dgeev_(&jobvl, &jobvr, &n32, &a, &lda, &wr, &wi, &vl, &ldvl, &vr, &ldvr, &work, &lwork, &info, 1, 1)
        lwork = workspaceSize(work[0])
        work = [Double](repeating: 0, count: Int(max(1, lwork)))
        dgeev_(&jobvl, &jobvr, &n32, &a, &lda, &wr, &wi, &vl, &ldvl, &vr, &ldvr, &work, &lwork, &info, 1, 1)
        return Int(info)
    }

    public static func gesdd(job: UInt8, m: Int, n: Int, a: inout [Double], s: inout [Double], u: inout [Double],
                             ldu: Int, vt: inout [Double], ldvt: Int) -> Int {
        var jobz = CChar(job), m32 = Int32(m), n32 = Int32(n), lda = Int32(max(1, m))
        var ldu32 = Int32(ldu), ldvt32 = Int32(ldvt), info: Int32 = 0, lwork: Int32 = -1
        var work = [Double](repeating: 0, count: 1)
        var iwork = [Int32](repeating: 0, count: max(1, 8 * min(m, n)))
        dgesdd_(&jobz, &m32, &n32, &a, &lda, &s, &u, &ldu32, &vt, &ldvt32, &work, &lwork, &iwork, &info, 1)
        lwork = workspaceSize(work[0])
        work = [Double](repeating: 0, count: Int(max(1, lwork)))
        dgesdd_(&jobz, &m32, &n32, &a, &lda, &s, &u, &ldu32, &vt, &ldvt32, &work, &lwork, &iwork, &info, 1)
        return Int(info)
    }

    public static func geqrf(m: Int, n: Int, a: inout [Double], tau: inout [Double]) -> Int {
        var m32 = Int32(m), n32 = Int32(n), lda = Int32(max(1, m)), info: Int32 = 0, lwork: Int32 = -1
        var work = [Double](repeating: 0, count: 1)
        dgeqrf_(&m32, &n32, &a, &lda, &tau, &work, &lwork, &info)
        lwork = workspaceSize(work[0])
        work = [Double](repeating: 0, count: Int(max(1, lwork)))
        dgeqrf_(&m32, &n32, &a, &lda, &tau, &work, &lwork, &info)
        return Int(info)
    }

    public static func orgqr(m: Int, n: Int, k: Int, a: inout [Double], tau: [Double]) -> Int {
        var m32 = Int32(m), n32 = Int32(n), k32 = Int32(k), lda = Int32(max(1, m)), info: Int32 = 0
        var lwork: Int32 = -1, tau = tau
        var work = [Double](repeating: 0, count: 1)
        dorgqr_(&m32, &n32, &k32, &a, &lda, &tau, &work, &lwork, &info)
        lwork = workspaceSize(work[0])
        work = [Double](repeating: 0, count: Int(max(1, lwork)))
        dorgqr_(&m32, &n32, &k32, &a, &lda, &tau, &work, &lwork, &info)
        return Int(info)
    }

    public static func gemm(m: Int, n: Int, k: Int, a: [Double], b: [Double]) -> [Double] {
        var c = [Double](repeating: 0, count: m * n)
        if m == 0 || n == 0 { return c }
        if k == 0 { return c }
        cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, blasint(m), blasint(n), blasint(k), 1, a,
                    blasint(max(1, k)), b, blasint(max(1, n)), 0, &c, blasint(max(1, n)))
        return c
    }

    public static func potrf(upper: Bool, n: Int, a: inout [Double]) -> Int {
        var uplo = CChar(UInt8(ascii: upper ? "U" : "L")), n32 = Int32(n), lda = Int32(max(1, n)), info: Int32 = 0
        dpotrf_(&uplo, &n32, &a, &lda, &info, 1)
        return Int(info)
    }

    public static func gelsd(m: Int, n: Int, nrhs: Int, a: inout [Double], b: inout [Double], ldb: Int,
                             s: inout [Double], rcond: Double, rank: inout Int) -> Int {
        var m32 = Int32(m), n32 = Int32(n), nrhs32 = Int32(nrhs), lda = Int32(max(1, m)), ldb32 = Int32(ldb)
        var rcond = rcond, rank32: Int32 = 0, info: Int32 = 0, lwork: Int32 = -1
        var work = [Double](repeating: 0, count: 1), iwork = [Int32](repeating: 0, count: 1)
        dgelsd_(&m32, &n32, &nrhs32, &a, &lda, &b, &ldb32, &s, &rcond, &rank32, &work, &lwork, &iwork, &info)
        lwork = workspaceSize(work[0])
        work = [Double](repeating: 0, count: Int(max(1, lwork)))
        iwork = [Int32](repeating: 0, count: Int(max(1, iwork[0])))
        dgelsd_(&m32, &n32, &nrhs32, &a, &lda, &b, &ldb32, &s, &rcond, &rank32, &work, &lwork, &iwork, &info)
        rank = Int(rank32)
        return Int(info)
    }

    /// LAPACK reports the optimal workspace as a floating-point number; clamp it into `Int32`.
    private static func workspaceSize(_ reported: Self) -> Int32 {
        reported.isFinite ? Int32(min(max(1, reported.rounded(.up)), Self(Int32.max / 2))) : 1
    }
}
