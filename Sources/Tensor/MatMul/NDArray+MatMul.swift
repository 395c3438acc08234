import COpenBLAS
import COpenBLASLoader

/// `np.matmul` (`a @ b`): batched matrix products through OpenBLAS `sgemm`/`dgemm`, with
/// NumPy's rules: 1-D operands are promoted to a row (left) or column (right) and the added
/// axis removed afterwards; leading (batch) axes broadcast. int64, uint8 and bool use a plain loop.
///
/// ```python
/// np.ones((2, 3)) @ np.ones(3)             # (2,)
/// np.ones((5, 1, 2, 3)) @ np.ones((4, 3, 7))  # (5, 4, 2, 7)
/// np.ones((2, 3)) @ np.ones((2, 3))
/// # ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc
/// # signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)
/// ```
extension NDArray {
    public static func matmul(_ a: NDArray, _ b: NDArray) throws -> NDArray {
        for (i, x) in [a, b].enumerated() where x.ndim == 0 {
            throw TensorError.value("matmul: Input operand \(i) does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)")
        }
        let a2 = a.ndim == 1 ? try a.reshape([1, a.shape[0]]) : a
        let b2 = b.ndim == 1 ? try b.reshape([b.shape[0], 1]) : b
        let (m, k) = (a2.shape[a2.ndim - 2], a2.shape[a2.ndim - 1])
        let (k2, n) = (b2.shape[b2.ndim - 2], b2.shape[b2.ndim - 1])
        guard k == k2 else { throw TensorError.matmulMismatch(operand: 1, dimension: 0, got: k2, expected: k) }
        let batch = try Shape.broadcast(Array(a2.shape.dropLast(2)), Array(b2.shape.dropLast(2)))
        let dt = BinaryOp.commonDType(a, b)
        let av = try a2.converted(to: dt).broadcast(to: batch + [m, k])
        let bv = try b2.converted(to: dt).broadcast(to: batch + [k, n])
        let out = try NDArray.uninitialized(batch + [m, n], dtype: dt)
        let count = batch.reduce(1, *)
        let batchStrides = Shape.contiguousStrides(batch)
        for t in 0..<count {
            if t & 15 == 15 { try Interrupt.checkpoint() }
            var ao = av.offset, bo = bv.offset
            var rem = t
            for d in 0..<batch.count {
                let c = rem / batchStrides[d]
                rem -= c * batchStrides[d]
                ao += c * av.strides[d]; bo += c * bv.strides[d]
            }
            let am = av.view(shape: [m, k], strides: Array(av.strides.suffix(2)), offset: ao)
            let bm = bv.view(shape: [k, n], strides: Array(bv.strides.suffix(2)), offset: bo)
            let om = out.view(shape: [m, n], strides: [n, 1], offset: t * m * n)
            try gemm(am, bm, into: om)
        }
        var shape = batch
        if a.ndim > 1 { shape.append(m) }
        if b.ndim > 1 { shape.append(n) }
        return out.view(shape: shape, strides: Shape.contiguousStrides(shape), offset: 0)
    }

    /// One (m, k) x (k, n) product into a C-contiguous (m, n) view; a float product of more
    /// than `budget` multiply-adds runs in blocks (``gemmBlock(m:n:k:budget:)``).
    static func gemm(_ a: NDArray, _ b: NDArray, into out: NDArray, budget: Double = gemmBudget) throws {
        let m = out.shape[0], n = out.shape[1], k = a.shape[1]
        if m == 0 || n == 0 { return }
        if k == 0 { out.fill(.int(0)); return }
        switch out.dtype {
        case .float32, .float64:
            guard m < Int(Int32.max), n < Int(Int32.max), k < Int(Int32.max) else {
                throw TensorError.value("matmul: dimensions too large for BLAS")
            }
            let block = gemmBlock(m: m, n: n, k: k, budget: budget)
            if block.rows < m || block.cols < n {
                // A long product runs as tiles, with an interrupt check between them.
                for i0 in stride(from: 0, to: m, by: block.rows) {
                    let rows = Swift.min(block.rows, m - i0)
                    let aRows = a.view(shape: [rows, k], strides: a.strides, offset: a.offset + i0 * a.strides[0])
                    for j0 in stride(from: 0, to: n, by: block.cols) {
                        try Interrupt.checkpoint()
                        let cols = Swift.min(block.cols, n - j0)
                        try blasGemm(aRows, b.view(shape: [k, cols], strides: b.strides, offset: b.offset + j0 * b.strides[1]),
                                     into: out.view(shape: [rows, cols], strides: out.strides,
                                                    offset: out.offset + i0 * out.strides[0] + j0 * out.strides[1]))
                    }
                }
                return
            }
            try blasGemm(a, b, into: out)
        case .int64:
            try integerGemm(a, b, into: out)
        case .bool:
            naiveGemm(a, b, into: out, Bool.self, zero: false) { $0 || ($1 && $2) }
        case .uint8:   // wrapping sums of wrapping products: NumPy's uint8 matmul, modulo 256
            naiveGemm(a, b, into: out, UInt8.self, zero: 0) { $0 &+ $1 &* $2 }
        }
    }

    /// One float product by BLAS into a row-major view (its row stride is BLAS's ldc).
    private static func blasGemm(_ a: NDArray, _ b: NDArray, into out: NDArray) throws {
        let m = out.shape[0], n = out.shape[1], k = a.shape[1]
        let (aT, ap, lda) = try blasOperand(a)
        let (bT, bp, ldb) = try blasOperand(b)
        let ldc = Int32(Swift.max(out.strides[0], n))
        // Small products (a training batch's layers) run on one thread; see the loader.
        cellgrad_openblas_set_threads(m * n * k < (1 << 22) ? 1 : cellgrad_openblas_cores())
        if out.dtype == .float32 {
            cblas_sgemm(CblasRowMajor, aT, bT, Int32(m), Int32(n), Int32(k), 1,
                        ap.base(Float.self) + ap.offset, Int32(lda),
                        bp.base(Float.self) + bp.offset, Int32(ldb), 0,
                        out.base(Float.self) + out.offset, ldc)
        } else {
            cblas_dgemm(CblasRowMajor, aT, bT, Int32(m), Int32(n), Int32(k), 1,
                        ap.base(Double.self) + ap.offset, Int32(lda),
                        bp.base(Double.self) + bp.offset, Int32(ldb), 0,
                        out.base(Double.self) + out.offset, ldc)
        }
    }

    /// Multiply-adds between interrupt checks: about 10 ms on two idle cores, a few tens
    /// loaded. At 2^28 the re-packing cost a quarter of OpenBLAS's throughput on 2048^3 and
    /// 3000^3 products.
    static let gemmBudget = Double(1 << 30)

    /// The tile of a product that takes more than `budget` multiply-adds: whole rows while 64
    /// of them fit, else square tiles of at least 64 a side, so an interrupt is seen between
    /// tiles even inside one 6000^3 product and neither operand is re-packed for a sliver.
    static func gemmBlock(m: Int, n: Int, k: Int, budget: Double = gemmBudget) -> (rows: Int, cols: Int) {
        guard Double(m) * Double(n) * Double(k) > budget else { return (m, n) }
        let rowsInBudget = Int(budget / Swift.max(Double(n) * Double(k), 1))
        if rowsInBudget >= 64 { return (rowsInBudget, n) }
        let side = Swift.max(64, Int((budget / Double(Swift.max(k, 1))).squareRoot()))
        return (Swift.min(side, m), Swift.min(side, n))
    }

    /// How BLAS can read a 2-D view without copying: row-major, or transposed row-major.
    private static func blasOperand(_ x: NDArray) throws -> (CBLAS_TRANSPOSE, NDArray, Int) {
        let rows = x.shape[0], cols = x.shape[1]
        if (x.strides[1] == 1 || cols == 1) && x.strides[0] >= Swift.max(cols, 1) {
            return (CblasNoTrans, x, Swift.max(x.strides[0], 1))
        }
        if (x.strides[0] == 1 || rows == 1) && x.strides[1] >= Swift.max(rows, 1) {
            return (CblasTrans, x, Swift.max(x.strides[1], 1))
        }
        let c = try x.copy()
        return (CblasNoTrans, c, Swift.max(cols, 1))
    }

    /// int64 products (wrapping, as NumPy's): contiguous copies and an `i-p-j` loop order so
    /// the inner loop streams rows of `b` and `out` (vectorises).
    private static func integerGemm(_ a: NDArray, _ b: NDArray, into out: NDArray) throws {
        let m = out.shape[0], n = out.shape[1], k = a.shape[1]
        let ac = try a.contiguous(), bc = try b.contiguous()
        let ap = ac.start(Int64.self), bp = bc.start(Int64.self)
        var row = [Int64](repeating: 0, count: n)
        let op = out.base(Int64.self)
        for i in 0..<m {
            for j in 0..<n { row[j] = 0 }
            row.withUnsafeMutableBufferPointer { r in
                for p in 0..<k {
                    let x = ap[i * k + p]
                    let brow = bp + p * n
                    for j in 0..<n { r[j] = r[j] &+ x &* brow[j] }
                }
            }
            for j in 0..<n { op[out.offset + i * out.strides[0] + j * out.strides[1]] = row[j] }
        }
    }

    /// The slow twin: `out[i, j] = sum_p a[i, p] * b[p, j]` in plain loops (int64, bool, tests).
    static func naiveGemm<T: TensorElement>(_ a: NDArray, _ b: NDArray, into out: NDArray, _ t: T.Type,
                                            zero: T, _ fma: (T, T, T) -> T) {
        let m = out.shape[0], n = out.shape[1], k = a.shape[1]
        let ap = a.base(T.self), bp = b.base(T.self), op = out.base(T.self)
        for i in 0..<m {
            for j in 0..<n {
                var acc = zero
                for p in 0..<k {
                    acc = fma(acc, ap[a.offset + i * a.strides[0] + p * a.strides[1]], bp[b.offset + p * b.strides[0] + j * b.strides[1]])
                }
                op[out.offset + i * out.strides[0] + j * out.strides[1]] = acc
            }
        }
    }

    /// Reference matmul by plain loops for any dtype (2-D only), used by tests as the slow twin.
    public static func matmulNaive(_ a: NDArray, _ b: NDArray) throws -> NDArray {
        guard a.ndim == 2, b.ndim == 2, a.shape[1] == b.shape[0] else {
            throw TensorError.value("matmulNaive takes (m, k) and (k, n)")
        }
        let dt = a.dtype.promoted(with: b.dtype)
        let ac = try a.converted(to: dt), bc = try b.converted(to: dt)
        let out = try NDArray(zeros: [a.shape[0], b.shape[1]], dtype: dt)
        switch dt {
        case .float32: naiveGemm(ac, bc, into: out, Float.self, zero: 0) { $0 + $1 * $2 }
        case .float64: naiveGemm(ac, bc, into: out, Double.self, zero: 0) { $0 + $1 * $2 }
        case .int64: naiveGemm(ac, bc, into: out, Int64.self, zero: 0) { $0 &+ $1 &* $2 }
        case .uint8: naiveGemm(ac, bc, into: out, UInt8.self, zero: 0) { $0 &+ $1 &* $2 }
        case .bool: naiveGemm(ac, bc, into: out, Bool.self, zero: false) { $0 || ($1 && $2) }
        }
        return out
    }
}
