import XCTest
@testable import Tensor

/// TensorError messages equal NumPy's (generated), and huge allocations fail before allocating.
final class ErrorTests: XCTestCase {
    func testMessagesMatchNumPy() throws {
        let bodies: [String: () throws -> Any] = [
            "reshape": { try NDArray.arange(6).reshape([4]) },
            "broadcast": { try NDArray.ones([2, 3]) + NDArray.ones([4]) },
            "inplace_cast": { try NDArray.arange(3).applyInPlace(.add, .pythonScalar(1.5)) },
            "memory": { try NDArray.zeros([100000, 100000, 100]) },
            "axis": { try NDArray.zeros([2, 2]).sum(axes: [2]) },
            "bool_sub": { try NDArray([true]) - NDArray([false]) },
        ]
        for c in Expected.cases(kind: "error") {
            let name = c["name"] as? String ?? ""
            guard let body = bodies[name] else { XCTFail("no twin for \(name)"); continue }
            assertThrowsMessage(c["message"] as? String ?? "", name, body)
        }
    }

    func testPythonNames() throws {
        XCTAssertEqual(TensorError.indexOutOfBounds(index: 5, axis: 0, size: 3).pythonName, "IndexError")
        XCTAssertEqual(TensorError.outOfMemory(shape: [1], dtype: .float64).pythonName, "MemoryError")
        XCTAssertEqual(TensorError.broadcast(shapes: [[2, 3], [4]]).description,
                       "ValueError: operands could not be broadcast together with shapes (2,3) (4,) ")
    }

    func testOverflowingShapesThrowInsteadOfTrapping() {
        XCTAssertThrowsError(try NDArray.zeros([Int.max / 2, 4]))
        XCTAssertThrowsError(try NDArray.zeros([-1]))
        XCTAssertThrowsError(try NDArray.ones([1 << 20, 1 << 20], dtype: .float32)) { e in
            XCTAssertEqual((e as? TensorError)?.pythonName, "MemoryError")
        }
    }
}
