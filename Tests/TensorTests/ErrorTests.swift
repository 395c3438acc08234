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

    func testHostileArgumentsThrowInsteadOfTrapping() throws {
        let a = try NDArray.arange(6)
        XCTAssertThrowsError(try a.reshape([Int.max, -1]))
        XCTAssertThrowsError(try a.reshape([Int.max / 2, 4, -1]))
        XCTAssertThrowsError(try NDArray.arange(.int(Int64.min), .int(Int64.max)))
        XCTAssertThrowsError(try NDArray.arange(.float(0), .float(1e300), .float(1e-300)))
        assertThrowsMessage("Maximum allowed size exceeded", "arange -inf length") {
            try NDArray.arange(.float(0), .float(-1e300), .float(1e-300))
        }
        assertThrowsMessage("arange: cannot compute length", "arange nan") { try NDArray.arange(.float(0), .float(.nan)) }
        XCTAssertEqual(try NDArray.arange(.float(5), .float(0)).size, 0)
        XCTAssertThrowsError(try NDArray.linspace(0, 1, num: Int.max))
        XCTAssertThrowsError(try a.tile([Int.max / 2, 3]))
        XCTAssertThrowsError(try a.repeat([Int.max / 2]))
        XCTAssertThrowsError(try a.pad([(Int.max - 2, 5)]))
        XCTAssertThrowsError(try a.diag(Int.min))
        XCTAssertThrowsError(try Einsum.evaluate("", []))
        XCTAssertEqual(try a[[.slice(start: Int.min, stop: Int.max, step: Int.max)]].doubles, [0])
        XCTAssertEqual(try a[[.slice(start: Int.max, stop: Int.min, step: Int.min)]].doubles, [5])
        XCTAssertEqual(try a[[.slice(start: nil, stop: nil, step: -Int.max)]].doubles, [5])
        XCTAssertThrowsError(try a[[.int(Int.min)]])
        XCTAssertThrowsError(try a[[.array(NDArray([Int64.min, Int64.max]))]])
        let x = try NDArray.ones([1, 1, 4, 4]), w = try NDArray.ones([2, 1, 3, 3])
        XCTAssertThrowsError(try Conv2D.backwardInput(NDArray.ones([1, 2, 5, 5]), w, inputShape: x.shape))
        XCTAssertThrowsError(try Conv2D.backwardInput(NDArray.ones([1, 2, 2, 2]), w, inputShape: [1, 1]))
        XCTAssertThrowsError(try Conv2D.backwardWeight(NDArray.ones([1, 3, 2, 2]), x, weightShape: w.shape))
        XCTAssertThrowsError(try Conv2D.forward(x, NDArray.ones([2, 1, 9, 9])))
        XCTAssertThrowsError(try Conv2D.forward(x, w, Conv2DGeometry(groups: 0)))
        XCTAssertThrowsError(try Pool2D.avgBackward(NDArray.ones([1, 1, 3, 3]), inputShape: x.shape, kernel: (2, 2)))
        XCTAssertThrowsError(try Pool2D.maxForward(x, kernel: (0, 2)))
        XCTAssertThrowsError(try NDArray.matmul(NDArray(scalar: .int(1)), a))
    }
}

/// Extreme `decimals` behave as NumPy's (NaN for floats, 0 for ints) without looping forever.
final class RoundExtremesTests: XCTestCase {
    func testHugeDecimals() throws {
        XCTAssertTrue(try NDArray.round(NDArray([1.5, 2.25]), decimals: 400).doubles.allSatisfy(\.isNaN))
        XCTAssertTrue(try NDArray.round(NDArray([1.5, 2.25]), decimals: Int.max).doubles.allSatisfy(\.isNaN))
        XCTAssertTrue(try NDArray.round(NDArray([1.5, 2.25]), decimals: Int.min).doubles.allSatisfy(\.isNaN))
        XCTAssertEqual(try NDArray.round(NDArray([Int64(15), 25]), decimals: -30).doubles, [0, 0])
        XCTAssertEqual(try NDArray.round(NDArray([Int64(15), 25]), decimals: Int.min).doubles, [0, 0])
        XCTAssertEqual(try NDArray.round(NDArray([Int64(15), 25]), decimals: -1).doubles, [20, 20])
    }
}
