import XCTest
@testable import Tensor

/// Which operations share storage (views) and which copy, as in NumPy, and that writes
/// through views reach the base.
final class ViewTests: XCTestCase {
    func testViewsShareStorage() throws {
        let a = try NDArray.arange(24).reshape([2, 3, 4])
        let views: [(String, NDArray)] = [
            ("reshape", try a.reshape([6, 4])), ("T", a.T), ("transpose", try a.transpose([1, 0, 2])),
            ("swapaxes", try a.swapaxes(0, 1)), ("slice", try a[[.all, .slice(start: nil, stop: nil, step: 2)]]),
            ("newaxis", try a[[.newAxis]]), ("expand_dims", try a.expandDims([1])), ("squeeze", try a.expandDims([0]).squeeze()),
            ("broadcast_to", try a.broadcast(to: [5, 2, 3, 4])), ("ravel", try a.ravel()), ("flip", try a.flip()),
            ("diagonal", try a[[.int(0)]].diagonal()),
        ]
        for (name, v) in views { XCTAssertTrue(v.sharesStorage(with: a), name) }
        let copies: [(String, NDArray)] = [
            ("fancy", try a[[.array(NDArray([Int64(1)]))]]), ("mask", try a[[.array(a > .pythonScalar(3))]]),
            ("astype", try a.astype(.int64)), ("flatten", try a.flatten()), ("ravel of T", try a.T.ravel()),
            ("copy", try a.copy()),
        ]
        for (name, c) in copies { XCTAssertFalse(c.sharesStorage(with: a), name) }
    }

    func testWritesThroughViewsAreVisible() throws {
        let a = try NDArray.zeros([3, 4])
        try a.T.setItem([.int(1)], .pythonScalar(5))          // column 1
        try a[[.int(2)]].setItem([.slice(start: nil, stop: nil, step: 2)], .pythonScalar(7))
        XCTAssertEqual(a.doubles, [0, 5, 0, 0, 0, 5, 0, 0, 7, 5, 7, 0])
        let r = try a.reshape([12])
        try r.setItem([.int(-1)], .pythonScalar(9))
        XCTAssertEqual(try a.getItem([.int(2), .int(3)]).doubles, [9])
    }

    func testNonContiguousReshapeCopiesOnlyWhenNeeded() throws {
        let a = try NDArray.arange(24).reshape([4, 6])
        let s = try a[[.slice(start: nil, stop: nil, step: 2)]]       // (2, 6), rows strided
        XCTAssertTrue(try s.reshape([2, 2, 3]).sharesStorage(with: a))  // splits a contiguous axis
        XCTAssertFalse(try s.reshape([12]).sharesStorage(with: a))
        XCTAssertEqual(try s.reshape([12]).doubles, s.doubles)
        XCTAssertEqual(try a.T.reshape([6, 2, 2]).doubles, try a.T.copy().reshape([6, 2, 2]).doubles)
    }

    func testBroadcastShapes() throws {
        XCTAssertEqual(try Shape.broadcast([[2, 1, 3], [4, 1], []]), [2, 4, 3])
        XCTAssertEqual(try (NDArray.zeros([3, 1]) + NDArray.zeros([1, 4])).shape, [3, 4])
        XCTAssertEqual(try (NDArray.zeros([0, 1]) + NDArray.zeros([3])).shape, [0, 3])
        assertThrowsMessage("operands could not be broadcast together with shapes (2,3) (3,2) ", "bcast") {
            try NDArray.zeros([2, 3]) * NDArray.zeros([3, 2])
        }
    }
}

/// The debugging description (not NumPy's repr, which Format/ provides).
final class DebugDescriptionTests: XCTestCase {
    func testDebugDescription() throws {
        XCTAssertEqual(try NDArray.arange(3).debugDescription, "NDArray(int64, shape: [3], [0, 1, 2])")
        XCTAssertTrue(try NDArray.zeros([30]).debugDescription.hasSuffix("... (30 elements)])"))
    }
}

/// `astype` casts against NumPy (NaN/inf/out-of-range to int64, truthiness, int64 to floats).
final class CastTests: XCTestCase {
    func testAstypeAgainstNumPy() throws {
        let cases = Expected.cases(kind: "astype")
        XCTAssertEqual(cases.count, 6)
        for c in cases {
            let a = try Expected.input(c)
            guard let dt = DType(numpyName: c["dtype"] as? String ?? "") else { XCTFail("dtype"); continue }
            assertClose(try a.astype(dt), try Expected.array(c["expected"]), rtol: 0, atol: 0, "\(a.dtype) -> \(dt)")
        }
    }
}

/// `np.pad` modes, checked by hand against NumPy's documented patterns.
final class PadTests: XCTestCase {
    func padded(_ mode: String, _ before: Int, _ after: Int) throws -> [Int64] {
        try NDArray([Int64(1), 2, 3]).pad([(before, after)], mode: mode).elements(as: Int64.self)
    }

    func testModes() throws {
        XCTAssertEqual(try padded("constant", 2, 1), [0, 0, 1, 2, 3, 0])
        XCTAssertEqual(try padded("edge", 2, 2), [1, 1, 1, 2, 3, 3, 3])
        XCTAssertEqual(try padded("reflect", 2, 2), [3, 2, 1, 2, 3, 2, 1])
        XCTAssertEqual(try padded("symmetric", 2, 2), [2, 1, 1, 2, 3, 3, 2])
        XCTAssertEqual(try padded("wrap", 2, 2), [2, 3, 1, 2, 3, 1, 2])
    }

    func testWidePadsRepeatPeriodically() throws {
        XCTAssertEqual(try padded("wrap", 5, 4), [2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1])
        XCTAssertEqual(try padded("symmetric", 4, 0), [3, 3, 2, 1, 1, 2, 3])
        XCTAssertEqual(try padded("reflect", 5, 0), [2, 1, 2, 3, 2, 1, 2, 3])
    }

    func testUnsupportedModeIsNotImplemented() {
        XCTAssertThrowsError(try NDArray([1.0]).pad([(1, 1)], mode: "linear_ramp")) { error in
            XCTAssertEqual((error as? TensorError)?.pythonName, "NotImplementedError")
        }
    }
}
