import XCTest
@testable import Plot

/// Layout boxes never overlap and nothing is cut off: titles, labels, tick labels, legends.
final class TightLayoutTests: XCTestCase {
    private func assertClean(_ fig: Figure, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let frames = fig.layoutFrames()
        let page = Rect(x: 0, y: 0, width: Double(fig.pixelWidth), height: Double(fig.pixelHeight))
        var boxes: [(String, Rect)] = []
        for (i, fr) in frames.enumerated() {
            for (role, r) in fr.decorationBoxes where role != "legend" {
                XCTAssertTrue(page.contains(Point(r.minX, r.minY)) && page.contains(Point(r.maxX, r.maxY)),
                              "\(name): axes \(i) \(role) \(r) is cut off", file: file, line: line)
                boxes.append(("\(i).\(role)", r))
            }
            // Decorations stay out of their own Axes box (except the legend, inside by design).
            for (role, r) in fr.decorationBoxes where role != "legend" {
                XCTAssertFalse(r.overlaps(fr.box, tolerance: 0.5), "\(name): \(role) overlaps its axes", file: file, line: line)
            }
            if let lg = fr.decorationBoxes.first(where: { $0.role == "legend" })?.rect {
                XCTAssertTrue(fr.box.contains(Point(lg.minX, lg.minY)) && fr.box.contains(Point(lg.maxX, lg.maxY)),
                              "\(name): legend outside its axes", file: file, line: line)
            }
        }
        for i in 0..<boxes.count {
            for j in (i + 1)..<boxes.count where boxes[i].1.overlaps(boxes[j].1, tolerance: 0.5) {
                XCTFail("\(name): \(boxes[i].0) overlaps \(boxes[j].0)", file: file, line: line)
            }
        }
        if let s = fig.placedSuptitle() {
            for f in frames { XCTAssertFalse(s.bounds.overlaps(f.tightBounds, tolerance: 0.5), "\(name): suptitle overlaps", file: file, line: line) }
        }
    }

    func testGalleryLayoutsAreClean() throws {
        for name in ["loss", "subplots", "bar", "offset", "twinx", "chinese", "logscale"] {
            assertClean(try Gallery.figure(name), name)
        }
    }

    func testTightLayoutSeparatesCrowdedSubplots() throws {
        let fig = try Figure(width: 5, height: 4)
        let axes = try fig.subplots(nrows: 3, ncols: 3)
        for row in axes { for ax in row {
            try ax.plot(x: [0, 10], y: [-1, 1])
            ax.setTitle("a long title here"); ax.setXLabel("x label"); ax.setYLabel("y label")
        } }
        fig.setSuptitle("Suptitle")
        fig.tightLayout()
        assertClean(fig, "3x3")
    }

    func testLegendBestAvoidsData() throws {
        let fig = try Figure()
        let ax = try fig.addSubplot()
        // Data fills the upper right: the legend must go elsewhere.
        let x = (0..<50).map { Double($0) / 49 }
        try ax.plot(x: x, y: x.map { $0 * $0 }, options: LineOptions(label: "x²"))
        try ax.plot(x: x, y: x.map { $0 }, options: LineOptions(label: "x"))
        ax.legend()
        let fr = fig.layoutFrames()[0]
        let lg = try XCTUnwrap(fr.decorationBoxes.first { $0.role == "legend" }?.rect)
        XCTAssertLessThan(lg.midX, fr.box.midX, "legend should be on the left, away from the curves")
        XCTAssertLessThan(lg.midY, fr.box.midY, "upper left is free")
    }
}
