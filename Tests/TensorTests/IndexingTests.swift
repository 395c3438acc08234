import XCTest
@testable import Tensor

/// Subscript get/set (basic, fancy, masks, newaxis, ellipsis) and index errors against NumPy.
final class IndexingTests: XCTestCase {
    func items(_ raw: Any?) throws -> [IndexItem] {
        guard let list = raw as? [[Any]] else { throw TensorError.value("bad items") }
        return try list.map { it in
            switch it.first as? String {
            case "i": return .int(it[1] as? Int ?? 0)
            case "s": return .slice(start: it[1] as? Int, stop: it[2] as? Int, step: it[3] as? Int)
            case "n": return .newAxis
            case "e": return .ellipsis
            case "a": return .array(try Self.intArray(it[1]))
            case "m": return .array(try Self.boolArray(it[1]))
            default: throw TensorError.value("bad item")
            }
        }
    }

    static func intArray(_ v: Any) throws -> NDArray {
        if let flat = v as? [Int] { return try NDArray(flat.map(Int64.init)) }
        if let nested = v as? [[Int]] { return try NDArray(nested.flatMap { $0 }.map(Int64.init), shape: [nested.count, nested.first?.count ?? 0]) }
        throw TensorError.value("bad int array")
    }

    static func boolArray(_ v: Any) throws -> NDArray {
        if let flat = v as? [Bool] { return try NDArray(flat) }
        if let m2 = v as? [[Bool]] { return try NDArray(m2.flatMap { $0 }, shape: [m2.count, m2.first?.count ?? 0]) }
        if let m3 = v as? [[[Bool]]] {
            return try NDArray(m3.flatMap { $0.flatMap { $0 } }, shape: [m3.count, m3.first?.count ?? 0, m3.first?.first?.count ?? 0])
        }
        throw TensorError.value("bad mask")
    }

    func testGetItemAgainstNumPy() throws {
        for c in Expected.cases(kind: "getitem") {
            let a = try Expected.input(c)
            assertClose(try a.getItem(items(c["items"])), try Expected.array(c["expected"]), "get \(c["name"] ?? "")")
        }
    }

    func testSetItemAgainstNumPy() throws {
        for c in Expected.cases(kind: "setitem") {
            let a = try Expected.input(c)
            try a.setItem(items(c["items"]), Expected.array(c["value"]))
            assertClose(a, try Expected.array(c["expected"]), "set \(c["name"] ?? "")")
        }
    }

    func testIndexErrorsMatchNumPyMessages() throws {
        for c in Expected.cases(kind: "getitem_error") {
            let a = try Expected.input(c)
            let its = try items(c["items"])
            assertThrowsMessage(c["message"] as? String ?? "", "error \(c["name"] ?? "")") { try a.getItem(its) }
        }
    }

    func testBasicIndexingReturnsViews() throws {
        let a = try NDArray.arange(12).reshape([3, 4])
        let v = try a[[.slice(start: nil, stop: nil, step: -1), .slice(start: 1, stop: nil, step: 2)]]
        XCTAssertTrue(v.sharesStorage(with: a))
        try v.setItem([.int(0), .int(0)], .pythonScalar(100))
        XCTAssertEqual(try a.getItem([.int(2), .int(1)]).doubles, [100])
        let fancy = try a[[.array(NDArray([Int64(0)]))]]
        XCTAssertFalse(fancy.sharesStorage(with: a))
        let e = try a[[.ellipsis, .newAxis]]
        XCTAssertEqual(e.shape, [3, 4, 1])
        XCTAssertTrue(e.sharesStorage(with: a))
    }

    func testSetItemBroadcastError() throws {
        let a = try NDArray.zeros([3])
        assertThrowsMessage("could not broadcast input array from shape (2,) into shape (3,)", "setitem") {
            try a.setItem([.all], NDArray([1.0, 2.0]))
        }
    }

    func testSliceBoundsMatchPython() throws {
        // range(*slice(s, e, st).indices(n)) for a grid of values
        for n in [0, 1, 5] {
            for s in [nil, -7, -1, 0, 2, 9] as [Int?] {
                for e in [nil, -7, -1, 0, 3, 9] as [Int?] {
                    for st in [nil, 1, 2, -1, -3] as [Int?] {
                        let b = try SliceBounds(start: s, stop: e, step: st, length: n)
                        let got = (0..<b.count).map { b.start + $0 * b.step }
                        XCTAssertEqual(got, Self.pythonRange(s, e, st, n), "slice(\(String(describing: s)), \(String(describing: e)), \(String(describing: st))) of \(n)")
                    }
                }
            }
        }
    }

    /// Python's slice semantics, spelled out element by element as the slow twin.
    static func pythonRange(_ s: Int?, _ e: Int?, _ st: Int?, _ n: Int) -> [Int] {
        let step = st ?? 1
        var out: [Int] = []
        if step > 0 {
            var i = s.map { $0 < 0 ? max($0 + n, 0) : min($0, n) } ?? 0
            let stop = e.map { $0 < 0 ? max($0 + n, 0) : min($0, n) } ?? n
            while i < stop { out.append(i); i += step }
        } else {
            var i = s.map { $0 < 0 ? max($0 + n, -1) : min($0, n - 1) } ?? n - 1
            let stop = e.map { $0 < 0 ? max($0 + n, -1) : min($0, n - 1) } ?? -1
            while i > stop { out.append(i); i += step }
        }
        return out
    }
}

/// The int/slice fast path of `getItem` must give exactly IndexPlan's basic views and errors.
final class BasicViewTests: XCTestCase {
    func testMatchesIndexPlanForIntsAndSlices() throws {
        let a = try NDArray.arange(4 * 5 * 6).reshape([4, 5, 6]).getItem([.all, .slice(start: nil, stop: nil, step: -1)])
        let choices: [IndexItem] = [.int(0), .int(-1), .int(3), .int(9), .all, .slice(start: 1, stop: nil, step: 2),
                                    .slice(start: -2, stop: 0, step: -1), .slice(start: 7, stop: 9, step: nil)]
        var compared = 0
        for count in 0...3 {
            var combos: [[IndexItem]] = [[]]
            for _ in 0..<count { combos = combos.flatMap { c in choices.map { c + [$0] } } }
            for items in combos {
                let fast = Result { try a.basicView(items) }
                let plan = Result { try IndexPlan(a, items).view }
                switch (fast, plan) {
                case (.success(let v?), .success(let p)):
                    XCTAssertEqual(v.shape, p.shape); XCTAssertEqual(v.strides, p.strides); XCTAssertEqual(v.offset, p.offset)
                case (.failure(let e1), .failure(let e2)):
                    XCTAssertEqual(e1 as? TensorError, e2 as? TensorError)
                default:
                    XCTFail("fast path and IndexPlan disagree on \(items)")
                }
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 500)
    }
}
