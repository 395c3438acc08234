import XCTest
@testable import Tensor

/// `np.array(nested)` shape/dtype inference and ragged errors, `tolist`, truth values.
final class NestedValueTests: XCTestCase {
    func i(_ v: Int) -> NestedValue { .scalar(.int(Int64(v))) }

    func testShapesAndDtypes() throws {
        let a = try NDArray(nested: .list([.list([i(1), i(2)]), .list([i(3), .scalar(.float(4.5))])]))
        XCTAssertEqual(a.shape, [2, 2]); XCTAssertEqual(a.dtype, .float64); XCTAssertEqual(a.doubles, [1, 2, 3, 4.5])
        XCTAssertEqual(try NDArray(nested: .list([.scalar(.bool(true)), i(2)])).dtype, .int64)
        XCTAssertEqual(try NDArray(nested: .list([])).dtype, .float64)
        XCTAssertEqual(try NDArray(nested: .list([.list([])])).shape, [1, 0])
        let f32 = try NDArray.ones([2], dtype: .float32)
        let mixed = try NDArray(nested: .list([.array(f32), .list([i(1), i(2)])]))
        XCTAssertEqual(mixed.dtype, .float64); XCTAssertEqual(mixed.shape, [2, 2])
        XCTAssertEqual(try NDArray(nested: .list([i(1), i(2)]), dtype: .float32).dtype, .float32)
        XCTAssertEqual(try NDArray(nested: i(7)).shape, [])
    }

    func testRaggedErrorsMatchNumPy() {
        assertThrowsMessage("setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.", "ragged") {
            try NDArray(nested: .list([.list([self.i(1), self.i(2)]), .list([self.i(3)])]))
        }
        assertThrowsMessage("setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.", "scalar and list") {
            try NDArray(nested: .list([.list([self.i(1), self.i(2)]), self.i(3)]))
        }
        let deep = NestedValue.list([.list([.list([i(1)]), .list([i(2)])]), .list([.list([i(3)]), .list([i(4), i(5)])])])
        assertThrowsMessage("setting an array element with a sequence. The requested array has an inhomogeneous shape after 2 dimensions. The detected shape was (2, 2) + inhomogeneous part.", "deep") {
            try NDArray(nested: deep)
        }
    }

    func testToNestedAndTruth() throws {
        let a = try NDArray.arange(6).reshape([2, 3]).T
        guard case .list(let rows) = a.toNested(), rows.count == 3, case .list(let r0) = rows[0], r0.count == 2,
              case .scalar(.int(3)) = r0[1] else { return XCTFail("tolist of a.T") }
        XCTAssertTrue(try NDArray([5.0]).truthValue())
        XCTAssertFalse(try NDArray(scalar: .int(0)).truthValue())
        assertThrowsMessage("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()", "truth") {
            try NDArray.ones([2]).truthValue()
        }
        XCTAssertThrowsError(try NDArray.ones([2]).pythonScalarValue())
    }
}
