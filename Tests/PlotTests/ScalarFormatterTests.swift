import XCTest
@testable import Plot

final class ScalarFormatterTests: XCTestCase {
    func testLabelsMatchMatplotlib() {
        for c in TickCases.ticks {
            let all = MaxNLocator(nbins: 9).ticks(c.vmin, c.vmax)
            let f = ScalarFormatter.format(ticks: all, viewMin: c.vmin, viewMax: c.vmax)
            let tol = 1e-9 * abs(c.vmax - c.vmin)
            let labels = zip(all, f.labels).filter { $0.0 >= c.vmin - tol && $0.0 <= c.vmax + tol }.map(\.1)
            XCTAssertEqual(labels, c.labels, "range \(c.vmin)...\(c.vmax)")
            XCTAssertEqual(f.offsetText, c.offset, "offset for \(c.vmin)...\(c.vmax)")
        }
    }

    func testLogLabels() {
        XCTAssertEqual(LogLocator.majorTicks(1, 1000).filter { $0 >= 1 && $0 <= 1000 }, [1, 10, 100, 1000])
        XCTAssertEqual(LogLocator.label(100), "$\\mathdefault{10^{2}}$")
        XCTAssertEqual(LogLocator.label(0.01), "$\\mathdefault{10^{\u{2212}2}}$")
        XCTAssertEqual(MathTextLite.runs(LogLocator.label(100)).map(\.text), ["10", "2"])
        XCTAssertTrue(LogLocator.majorTicks(0, 10).isEmpty)
    }
}
