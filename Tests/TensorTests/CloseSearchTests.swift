import XCTest
@testable import Tensor

/// isclose / allclose / array_equal / count_nonzero / searchsorted / take against NumPy.
final class CloseSearchTests: XCTestCase {
    func testIsclose() throws {
        for c in Expected.cases(kind: "isclose") {
            let a = try Expected.input(c), b = try Expected.array(c["b"])
            assertClose(try NDArray.isclose(a, b), try Expected.array(c["expected"]), "isclose")
            assertClose(try NDArray.isclose(a, b, equalNaN: true), try Expected.array(c["expected_nan"]), "isclose equal_nan")
            let tail = [IndexItem.slice(start: 3, stop: nil, step: nil)]
            XCTAssertEqual(try NDArray.allclose(a[tail], b[tail]), c["allclose"] as? Bool)
        }
        XCTAssertTrue(try NDArray.arrayEqual(NDArray.arange(3), NDArray([0.0, 1, 2])))
        XCTAssertFalse(try NDArray.arrayEqual(NDArray.arange(3), NDArray.arange(4)))
        XCTAssertTrue(try NDArray.arrayEqual(NDArray([Double.nan]), NDArray([Double.nan]), equalNaN: true))
        XCTAssertEqual(try NDArray([0.0, 2, 0, -1]).countNonzero(), 2)
    }

    func testSearchsortedAndTake() throws {
        for c in Expected.cases(kind: "searchsorted") {
            let a = try Expected.input(c), v = try Expected.array(c["v"])
            assertClose(try a.searchsorted(v), try Expected.array(c["left"]), "searchsorted left")
            assertClose(try a.searchsorted(v, right: true), try Expected.array(c["right"]), "searchsorted right")
        }
        for c in Expected.cases(kind: "take") {
            let a = try Expected.input(c)
            assertClose(try a.take(NDArray([Int64(0), -1, 2]), axis: 1), try Expected.array(c["axis1"]), "take axis 1")
            assertClose(try a.take(NDArray([Int64(7), 1, 0, 9], shape: [2, 2])), try Expected.array(c["flat"]), "take flat")
        }
    }
}
