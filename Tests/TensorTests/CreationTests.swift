import XCTest
@testable import Tensor

/// arange / linspace / eye / meshgrid and the shape operations against NumPy.
final class CreationTests: XCTestCase {
    func scalar(_ v: Any) -> ScalarValue {
        let d = v as? [String: Any] ?? [:]
        if d["float"] as? Bool == true { return .float(Expected.double(d["v"] ?? 0)) }
        return .int(Int64(truncating: (d["v"] as? NSNumber) ?? 0))  // ints stay JSON integers
    }

    func testArange() throws {
        for c in Expected.cases(kind: "arange") {
            let args = (c["args"] as? [Any] ?? []).map(scalar)
            let got: NDArray
            switch args.count {
            case 2: got = try NDArray.arange(args[0], args[1])
            default: got = try NDArray.arange(args[0], args[1], args[2])
            }
            assertClose(got, try Expected.array(c["expected"]), rtol: 0, atol: 0, "arange \(args)")
        }
    }

    func testLinspace() throws {
        for c in Expected.cases(kind: "linspace") {
            let args = c["args"] as? [Any] ?? []
            let (arr, step) = try NDArray.linspace(Expected.double(args[0]), Expected.double(args[1]), num: args[2] as? Int ?? 0,
                                                   endpoint: args[3] as? Bool ?? true)
            assertClose(arr, try Expected.array(c["expected"]), rtol: 0, atol: 0, "linspace \(args)")
            let want = Expected.double(c["step"] ?? 0)
            XCTAssertTrue(step == want || (step.isNaN && want.isNaN), "retstep \(args): \(step) vs \(want)")
        }
    }

    func testShapeOpsAgainstNumPy() throws {
        let x = try NDArray.arange(24).reshape([2, 3, 4])
        let a3 = try NDArray.arange(3), a6 = try NDArray.arange(6).reshape([2, 3])
        let ops: [String: () throws -> NDArray] = [
            "transpose": { try x.transpose([1, 0, 2]) }, "swapaxes": { try x.swapaxes(0, 2) },
            "moveaxis": { try x.moveaxis([0], [-1]) }, "expand_dims": { try x.expandDims([0, 3]) },
            "reshape": { try x.reshape([4, -1]) }, "ravel_T": { try x.T.ravel() },
            "concat1": { try NDArray.concatenate([x, x], axis: 1) }, "concat_none": { try NDArray.concatenate([x, x], axis: nil) },
            "stack": { try NDArray.stack([x, x], axis: 2) }, "vstack": { try NDArray.vstack([a3, a3]) },
            "hstack": { try NDArray.hstack([a3, NDArray.arange(2)]) }, "dstack": { try NDArray.dstack([a3, a3]) },
            "tile": { try a3.tile([2, 2]) }, "repeat": { try x.repeat([2], axis: 1) },
            "repeat_list": { try a3.repeat([1, 0, 2]) },
            "pad_constant": { try a6.pad([(1, 2), (0, 1)], constant: .int(7)) },
            "pad_edge": { try a6.pad([(2, 2)], mode: "edge") }, "pad_reflect": { try a6.pad([(1, 1), (2, 2)], mode: "reflect") },
            "flip": { try x.flip([1]) }, "roll": { try x.roll(2, axis: 2) }, "roll_none": { try x.roll(-5) },
            "diag": { try a3.diag(1) }, "diag2": { try NDArray.arange(12).reshape([3, 4]).diag(-1) },
            "tril": { try NDArray.ones([3, 4]).tril(-1) }, "triu": { try NDArray.arange(12).reshape([3, 4]).triu(1) },
            "eye": { try NDArray.eye(3, 4, k: 1) }, "squeeze": { try NDArray.zeros([1, 3, 1]).squeeze() },
            "broadcast_to": { try a3.broadcast(to: [2, 3]) }, "split0": { try NDArray.arange(7).arraySplit(sections: 3)[1] },
            "meshgrid_xy": { try NDArray.meshgrid([a3, NDArray.arange(2)])[0] },
            "meshgrid_ij": { try NDArray.meshgrid([a3, NDArray.arange(2)], indexing: "ij")[1] },
            "where": { try NDArray.where(x > .pythonScalar(10), x, -x) },
            "clip": { try NDArray.clip(NDArray.arange(5), .pythonScalar(0.5), .pythonScalar(3)) },
            "nan_to_num": { try NDArray.nanToNum(NDArray([Double.nan, .infinity, -.infinity, 1])) },
        ]
        var seen = 0
        for c in Expected.cases(kind: "shape_op") {
            let name = c["name"] as? String ?? ""
            guard let f = ops[name] else { XCTFail("no Swift twin for \(name)"); continue }
            assertClose(try f(), try Expected.array(c["expected"]), rtol: 0, atol: 0, name)
            seen += 1
        }
        XCTAssertEqual(seen, ops.count)
    }

    func testSplitErrors() throws {
        assertThrowsMessage("array split does not result in an equal division", "split") { try NDArray.arange(7).split(sections: 3) }
    }
}
