import XCTest
@testable import Tensor

/// matmul / dot / inner / outer / tensordot / einsum against NumPy, and BLAS against the
/// naive-loop twin.
final class MatMulTests: XCTestCase {
    func testAgainstNumPy() throws {
        for c in Expected.cases(kind: "matmul") {
            let a = try Expected.array(c["a"]), b = try Expected.array(c["b"])
            let op = c["op"] as? String ?? ""
            let f: (NDArray, NDArray) throws -> NDArray
            switch op {
            case "dot": f = NDArray.dot
            case "inner": f = NDArray.inner
            case "outer": f = NDArray.outer
            default: f = NDArray.matmul
            }
            if let msg = c["message"] as? String {
                assertThrowsMessage(msg, "\(op) error") { try f(a, b) }
                continue
            }
            assertClose(try f(a, b), try Expected.array(c["expected"]), rtol: a.dtype == .float32 ? 1e-5 : 1e-12,
                        "\(op) \(a.shape) \(b.shape)")
        }
        for c in Expected.cases(kind: "tensordot") {
            let axes = c["axes"] as? [[Int]] ?? [[], []]
            let got = try NDArray.tensordot(Expected.array(c["a"]), Expected.array(c["b"]), axesA: axes[0], axesB: axes[1])
            assertClose(got, try Expected.array(c["expected"]), rtol: 1e-12, "tensordot")
        }
    }

    func testEinsumAgainstNumPy() throws {
        for c in Expected.cases(kind: "einsum") {
            let ops = try (c["operands"] as? [Any] ?? []).map(Expected.array)
            let spec = c["spec"] as? String ?? ""
            assertClose(try Einsum.evaluate(spec, ops), try Expected.array(c["expected"]), rtol: 1e-12, "einsum \(spec)")
        }
    }

    func testBlasMatchesNaiveTwinOnStridedOperands() throws {
        var rs = try RandomState(seed: 8)
        for dt in [DType.float32, .float64] {
            let a = try rs.standardNormal([37, 53]).astype(dt)
            let b = try rs.standardNormal([29, 53]).astype(dt)
            // b.T is a transposed view (BLAS Trans path); a[:, ::2] needs a copy
            let fast = try NDArray.matmul(a, b.T)
            let slow = try NDArray.matmulNaive(a, b.T)
            assertClose(fast, slow, rtol: dt == .float32 ? 1e-4 : 1e-11, atol: 1e-5, "gemm \(dt)")
            let sa = try a[[.all, .slice(start: nil, stop: nil, step: 2)]]
            let sb = try b[[.all, .slice(start: nil, stop: nil, step: 2)]].T
            assertClose(try NDArray.matmul(sa, sb), try NDArray.matmulNaive(sa, sb), rtol: dt == .float32 ? 1e-4 : 1e-11, atol: 1e-5, "gemm strided \(dt)")
        }
        let ia = try NDArray.arange(12).reshape([3, 4]), ib = try NDArray.arange(8).reshape([4, 2])
        XCTAssertEqual(try NDArray.matmul(ia, ib).doubles, try NDArray.matmulNaive(ia, ib).doubles)
        XCTAssertEqual(try NDArray.matmul(ia, ib).dtype, .int64)
    }

    func testBatchedBroadcast() throws {
        let a = try NDArray.ones([5, 1, 2, 3]), b = try NDArray.ones([4, 3, 7])
        let c = try NDArray.matmul(a, b)
        XCTAssertEqual(c.shape, [5, 4, 2, 7])
        XCTAssertEqual(Set(c.doubles), [3])
    }
}

/// Long kernels stop at a checkpoint when an interrupt is pending.
final class InterruptTests: XCTestCase {
    func testMatmulAndConvStopOnInterrupt() throws {
        Interrupt.install { .interrupted }
        defer { Interrupt.install(nil) }
        let a = try NDArray.ones([32, 4, 4])
        XCTAssertThrowsError(try NDArray.matmul(a, a)) { e in
            XCTAssertEqual((e as? TensorError)?.pythonName, "KeyboardInterrupt")
        }
        XCTAssertThrowsError(try Conv2D.forward(NDArray.ones([2, 1, 4, 4]), NDArray.ones([1, 1, 2, 2])))
        Interrupt.install(nil)
        XCTAssertEqual(try NDArray.matmul(a, a).shape, [32, 4, 4])
    }

    func testHugeElementwiseAndSortStopOnInterrupt() throws {
        Interrupt.install { .interrupted }
        defer { Interrupt.install(nil) }
        let a = try NDArray.ones([3_000_000])
        XCTAssertThrowsError(try NDArray.unary(.sqrt, a)) { e in
            XCTAssertEqual((e as? TensorError)?.pythonName, "KeyboardInterrupt")
        }
        XCTAssertThrowsError(try a.sorted()) { e in
            XCTAssertEqual((e as? TensorError)?.pythonName, "KeyboardInterrupt")
        }
        Interrupt.install(nil)
        XCTAssertEqual(Set(try NDArray.unary(.sqrt, a).doubles), [1])
    }

    /// A product long enough to run as row blocks gives the same numbers as one BLAS call.
    func testBlockedProductMatchesDotProducts() throws {
        // A smaller budget than the kernel's keeps the arrays small; the blocking is the same.
        let (m, k, n) = (2_100, 1_000, 520), budget = Double(1 << 28)
        XCTAssertLessThan(NDArray.gemmBlock(m: m, n: n, k: k, budget: budget).rows, m)
        XCTAssertTrue(NDArray.gemmBlock(m: 100, n: 100, k: 100) == (100, 100))
        let a = try NDArray((0..<(m * k)).map { Double($0 % 7) - 3 }, shape: [m, k])
        let b = try NDArray((0..<(k * n)).map { Double($0 % 5) - 2 }, shape: [k, n])
        let c = try NDArray.zeros([m, n])
        try NDArray.gemm(a, b, into: c, budget: budget)
        let av = a.doubles, bv = b.doubles, cv = c.doubles
        for (i, j) in [(0, 0), (1_099, 3), (1_100, 519), (2_099, 7), (1_500, 250)] {
            var dot = 0.0
            for p in 0..<k { dot += av[i * k + p] * bv[p * n + j] }
            XCTAssertEqual(cv[i * n + j], dot, "(\(i), \(j))")
        }
    }

    /// A product too long for whole rows runs as square tiles (a column slice of b, a tile of
    /// the output as BLAS's ldc), and gives the same numbers; a transposed b too.
    func testTiledProductMatchesDotProducts() throws {
        let (m, k, n) = (300, 20_000, 260), budget = Double(1 << 28)
        let block = NDArray.gemmBlock(m: m, n: n, k: k, budget: budget)
        XCTAssertTrue(block.rows < m && block.cols < n, "\(block)")
        let a = try NDArray((0..<(m * k)).map { Float($0 % 7) - 3 }, shape: [m, k])
        let b = try NDArray((0..<(k * n)).map { Float($0 % 5) - 2 }, shape: [k, n])
        let bt = try NDArray((0..<(k * n)).map { Float($0 % 5) - 2 }, shape: [n, k])
        for (rhs, transposed) in [(b, false), (bt.T, true)] {
            let c = try NDArray.zeros([m, n], dtype: .float32)
            try NDArray.gemm(a, rhs, into: c, budget: budget)
            let av = a.doubles, bv = (transposed ? bt : b).doubles, cv = c.doubles
            for (i, j) in [(0, 0), (block.rows, block.cols), (m - 1, n - 1), (block.rows - 1, block.cols + 3)] {
                var dot = 0.0
                for p in 0..<k { dot += av[i * k + p] * (transposed ? bv[j * k + p] : bv[p * n + j]) }
                XCTAssertEqual(cv[i * n + j], dot, "(\(i), \(j)) transposed=\(transposed)")
            }
        }
    }

    func testIntegerMatmulMatchesNaive() throws {
        var rs = try RandomState(seed: 4)
        let a = try rs.randint(-50, 50, shape: [17, 23]), b = try rs.randint(-50, 50, shape: [23, 9])
        XCTAssertEqual(try NDArray.matmul(a, b).doubles, try NDArray.matmulNaive(a, b).doubles)
        XCTAssertEqual(try NDArray.matmul(a.T.copy().T, b.T.copy().T).doubles, try NDArray.matmulNaive(a, b).doubles)
    }
}
