import XCTest
@testable import Tensor

/// String arrays: construction and width, views sharing the table, indexing, comparison,
/// sorting and unique in code-point order, where, conversion and printing.
final class StringArrayTests: XCTestCase {
    func animals() throws -> StringArray { try StringArray(strings: ["cat", "dog", "bird", "cat"], shape: [4]) }

    func testWidthAndDtypeNames() throws {
        let s = try animals()
        XCTAssertEqual(s.width, 4)
        XCTAssertEqual(s.dtypeString, "<U4")
        XCTAssertEqual(s.dtypeName, "str128")
        XCTAssertEqual(s.itemSize, 16)
        XCTAssertEqual(try StringArray(strings: [""], shape: [1]).width, 1)
    }

    func testNestedMixesNumbersAsText() throws {
        let n = NestedValue.list([.text("a"), .scalar(.int(1)), .scalar(.float(2.5))])
        let s = try StringArray(nested: n)
        XCTAssertEqual(s.strings, ["a", "1", "2.5"])
        XCTAssertEqual(s.width, 32)     // a float widens to '<U32', as NumPy
        XCTAssertThrowsError(try StringArray(nested: .list([.list([.text("a")]), .text("b")])))
    }

    func testViewsShareAssignmentsAndTruncate() throws {
        let grid = try StringArray(strings: ["cat", "dog", "bird", "eel"], shape: [2, 2])
        let flat = try grid.reshape([4])
        try flat.setItem([.int(1)], StringArray(scalar: "elephant"))
        XCTAssertEqual(grid.strings, ["cat", "elep", "bird", "eel"])
        XCTAssertEqual(grid.T.strings, ["cat", "bird", "elep", "eel"])
    }

    func testFancyAndMaskIndexing() throws {
        let s = try animals()
        XCTAssertEqual(try s.getItem([.array(try NDArray([Int64(2), 2, 0, -1]))]).strings, ["bird", "bird", "cat", "cat"])
        let mask = try StringArray.compare(.equal, s, StringArray(scalar: "cat"))
        XCTAssertEqual(mask.elements(as: Bool.self), [true, false, false, true])
        XCTAssertEqual(try s.getItem([.array(mask)]).strings, ["cat", "cat"])
    }

    func testOrderIsByCodePoint() throws {
        // Upper case sorts before lower case, and a prefix before its extensions.
        let s = try StringArray(strings: ["b", "B", "ab", "a", "é", "z"], shape: [6])
        XCTAssertEqual(try s.sorted().strings, ["B", "a", "ab", "b", "z", "é"])
        XCTAssertEqual(try s.argsort().elements(as: Int64.self), [1, 3, 2, 0, 5, 4])
        let less = try StringArray.compare(.less, s, StringArray(scalar: "b"))
        XCTAssertEqual(less.elements(as: Bool.self), [false, true, true, true, false, false])
    }

    func testArgsortKeepsTiesInOrderAlongAxes() throws {
        let s = try StringArray(strings: ["b", "a", "b", "a", "a", "c"], shape: [2, 3])
        XCTAssertEqual(try s.argsort(axis: 1).elements(as: Int64.self), [1, 0, 2, 0, 1, 2])
        XCTAssertEqual(try s.argsort(axis: 0).elements(as: Int64.self), [1, 0, 0, 0, 1, 1])
    }

    func testUnique() throws {
        let u = try StringArray(strings: ["cat", "dog", "cat", "bird"], shape: [2, 2]).unique()
        XCTAssertEqual(u.values.strings, ["bird", "cat", "dog"])
        XCTAssertEqual(u.indices.elements(as: Int64.self), [3, 0, 1])
        XCTAssertEqual(u.inverse.shape, [2, 2])
        XCTAssertEqual(u.inverse.elements(as: Int64.self), [1, 2, 1, 0])
        XCTAssertEqual(u.counts.elements(as: Int64.self), [1, 2, 1])
    }

    func testWhereMergesTablesAndWidths() throws {
        let c = try NDArray([true, false, true])
        let r = try StringArray.where(c, StringArray(scalar: "pos"), StringArray(strings: ["n1", "negative", "n3"], shape: [3]))
        XCTAssertEqual(r.strings, ["pos", "negative", "pos"])
        XCTAssertEqual(r.width, 8)
    }

    func testConversions() throws {
        XCTAssertEqual(try StringArray(formatting: NDArray([1.5, 1e16, 0.0001])).strings, ["1.5", "1e+16", "0.0001"])
        XCTAssertEqual(try StringArray(formatting: NDArray([Int64(3), -14])).width, 21)
        let parsed = try StringArray(strings: ["1.5", " -3e2 ", "inf"], shape: [3]).astype(.float64)
        XCTAssertEqual(parsed.doubles, [1.5, -300, .infinity])
        XCTAssertThrowsError(try StringArray(strings: ["x"], shape: [1]).astype(.float64))
        XCTAssertEqual(try StringArray(strings: ["12", "-3"], shape: [2]).astype(.int64).elements(as: Int64.self), [12, -3])
        XCTAssertEqual(try StringArray(strings: ["a", ""], shape: [2]).astype(.bool).elements(as: Bool.self), [true, false])
    }

    func testPrintingMatchesNumPy() throws {
        // The caller quotes the elements (Python's repr); the formatter lays them out.
        let quoted = ArrayFormatValues.string(["'cat'", "'dog'", "'bird'"], width: 4)
        XCTAssertEqual(try ArrayFormatter.repr(shape: [3], values: quoted), "array(['cat', 'dog', 'bird'], dtype='<U4')")
        XCTAssertEqual(try ArrayFormatter.str(shape: [3], values: quoted), "['cat' 'dog' 'bird']")
        let words = ArrayFormatValues.string((0..<30).map { "'word\($0)'" }, width: 6)
        XCTAssertEqual(try ArrayFormatter.str(shape: [30], values: words).split(separator: "\n").count, 4)
    }
}
