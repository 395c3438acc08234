import XCTest
@testable import Plot

final class ColormapTests: XCTestCase {
    func testEndsAndReverse() throws {
        let v = try Colormap.named("viridis")
        XCTAssertEqual(v.color(0), Color(hex: 0x440154))
        XCTAssertEqual(v.color(1), Color(hex: 0xfde725))
        let g = try Colormap.named("gray_r")
        XCTAssertEqual(g.color(0), .white)
        XCTAssertEqual(g.color(1), .black)
        XCTAssertEqual(v.color(.nan).a, 0)
        for name in ["gray", "hot", "RdBu", "RdBu_r", "Blues", "Reds", "Greens", "plasma", "inferno", "magma", "coolwarm", "jet", "binary"] {
            XCTAssertNoThrow(try Colormap.named(name), name)
        }
        XCTAssertThrowsError(try Colormap.named("nope"))
    }

    func testNormalize() {
        let n = Normalize.autoscaled([1, 3, .nan, 5])
        XCTAssertEqual(n.vmin, 1); XCTAssertEqual(n.vmax, 5)
        XCTAssertEqual(n(3), 0.5)
        XCTAssertEqual(Normalize(vmin: 2, vmax: 2)(7), 0)
    }
}
