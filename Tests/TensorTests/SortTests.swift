import XCTest
@testable import Tensor

/// sort / argsort / unique against NumPy.
final class SortTests: XCTestCase {
    func testSortWithNaNAndStableArgsort() throws {
        for c in Expected.cases(kind: "sort") {
            let a = try Expected.input(c)
            // NumPy's default sort is unstable: where -0.0 and 0.0 land among equals is arbitrary
            assertClose(try a.sorted(), try Expected.array(c["expected"]), "sort", checkZeroSign: false)
            assertClose(try a.argsort(), try Expected.array(c["argsort"]), "argsort")
        }
    }

    func testSortAlongAxes() throws {
        for c in Expected.cases(kind: "sort2") {
            let a = try Expected.input(c)
            assertClose(try a.sorted(axis: 0), try Expected.array(c["axis0"]), "sort axis 0")
            assertClose(try a.sorted(axis: 1), try Expected.array(c["axis1"]), "sort axis 1")
            assertClose(try a.argsort(axis: 0), try Expected.array(c["argsort0"]), "argsort axis 0")
        }
    }

    func testUnique() throws {
        for c in Expected.cases(kind: "unique") {
            let u = try Expected.input(c).unique()
            assertClose(u.values, try Expected.array(c["values"]), "unique values")
            assertClose(u.indices, try Expected.array(c["index"]), "unique index")
            assertClose(u.counts, try Expected.array(c["counts"]), "unique counts")
            XCTAssertEqual(u.inverse.doubles, try Expected.array(c["inverse"]).doubles, "unique inverse")
        }
    }
}
