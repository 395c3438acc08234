import XCTest
@testable import Plot

final class FigureTests: XCTestCase {
    func testDefaultsAndValidation() throws {
        let fig = try Figure()
        XCTAssertEqual(fig.pixelWidth, 640); XCTAssertEqual(fig.pixelHeight, 480)
        XCTAssertThrowsError(try Figure(width: 0, height: 4))
        XCTAssertThrowsError(try Figure(width: .nan, height: 4))
        XCTAssertThrowsError(try Figure(width: 1e6, height: 1e6))
        XCTAssertThrowsError(try Figure(dpi: -1))
        XCTAssertThrowsError(try fig.addSubplot(nrows: 2, ncols: 2, index: 5))
        XCTAssertThrowsError(try fig.addSubplot(nrows: 0, ncols: 1))
        // An empty figure renders (white).
        let img = try PNGDecoder.decode(try fig.renderPNG())
        XCTAssertEqual(img.width, 640)
        XCTAssertEqual(Array(img.rgba[0..<4]), [255, 255, 255, 255])
    }

    func testSubplotParamsMatchMatplotlib() throws {
        let fig = try Figure()
        let ax = try fig.addSubplot()
        let box = fig.layoutFrames()[0].box
        // matplotlib: left .125, right .9, bottom .11, top .88 of 640x480.
        XCTAssertEqual(box.minX, 80, accuracy: 1e-9); XCTAssertEqual(box.maxX, 576, accuracy: 1e-9)
        XCTAssertEqual(box.minY, 57.6, accuracy: 1e-9); XCTAssertEqual(box.maxY, 427.2, accuracy: 1e-9)
        _ = ax
        let reused = try fig.addSubplot(reuse: true)
        XCTAssertTrue(reused === ax)
    }

    func testSubplotsGridAndColorbarShareSpace() throws {
        let fig = try Figure()
        let axes = try fig.subplots(nrows: 2, ncols: 3)
        XCTAssertEqual(axes.count, 2); XCTAssertEqual(axes[0].count, 3)
        let im = try axes[0][0].imshow(values: [1, 2, 3, 4], rows: 2, cols: 2)
        let bar = try fig.colorbar(for: im, in: axes[0][0])
        let frames = fig.layoutFrames()
        let parent = frames[0].box, cb = frames[fig.axes.firstIndex { $0 === bar } ?? 0].box
        XCTAssertGreaterThan(cb.minX, parent.maxX)
        XCTAssertThrowsError(try fig.colorbar(for: try axes[1][0].plot(y: [1, 2]), in: axes[1][0]))
    }

    func testColorbarForSeveralAxesMatchesMatplotlib() throws {
        // fig.colorbar(im, ax=[a, b]) in plt.subplots(1, 2): matplotlib's cells, in pixels.
        let fig = try Figure()
        let axes = try fig.subplots(nrows: 1, ncols: 2)
        let a = axes[0][0], b = axes[0][1]
        let im = try a.imshow(values: [1, 2, 3, 4], rows: 2, cols: 2)
        let bar = try fig.colorbar(for: im, in: b, group: [a, b])
        for (ax, x, width) in [(a, 80.0, 180.4), (b, 296.4, 180.4)] {
            let c = fig.cell(of: ax)
            XCTAssertEqual(c.minX, x, accuracy: 0.1); XCTAssertEqual(c.width, width, accuracy: 0.1)
            XCTAssertEqual(c.minY, 57.6, accuracy: 0.1); XCTAssertEqual(c.height, 369.6, accuracy: 0.1)
        }
        XCTAssertEqual(fig.cell(of: bar).minX, 501.6, accuracy: 0.1)
        XCTAssertEqual(fig.cell(of: bar).height, 369.6, accuracy: 0.1)
        fig.removeAxes(a)
        XCTAssertFalse(fig.axes.contains { $0 === bar }, "the bar goes with any of its Axes")
    }

    func testTightBBoxCropsLikeInlineBackend() throws {
        let fig = try Gallery.figure("loss")
        let full = try PNGDecoder.decode(try fig.renderPNG())
        let tight = try PNGDecoder.decode(try fig.renderPNG(tight: true))
        XCTAssertLessThan(tight.width, full.width)
        XCTAssertLessThan(tight.height, full.height)
        // matplotlib (bbox_inches="tight") crops this figure to 567x454 px; allow a few pixels.
        XCTAssertEqual(Double(tight.width), 567, accuracy: 8)
        XCTAssertEqual(Double(tight.height), 454, accuracy: 8)
        XCTAssertNoThrow(try Figure().renderPNG(tight: true))
    }

    func testTightBBoxGrowsForLegendOutside() throws {
        let fig = try Figure()
        let ax = try fig.addSubplot()
        try ax.plot(y: [1, 3, 2], options: LineOptions(label: "a rather long legend label"))
        ax.legend(loc: .upperLeft, anchor: .point(Point(1.02, 1)))
        let img = try PNGDecoder.decode(try fig.renderPNG(tight: true))
        // matplotlib: savefig(bbox_inches="tight") gives 807x413 for this figure.
        XCTAssertEqual(Double(img.width), 807, accuracy: 10)
        XCTAssertEqual(Double(img.height), 413, accuracy: 10)
        XCTAssertEqual(fig.pixelWidth, 640)   // the figure itself is unchanged
    }

    func testSharedAxes() throws {
        let fig = try Figure()
        let axes = try fig.subplots(nrows: 2, ncols: 2, sharex: .all, sharey: .row)
        try axes[0][0].plot(x: [0, 10], y: [0, 1])
        try axes[1][1].plot(x: [-5, 2], y: [100, 200])
        // x is shared by all four: the union -5...10 with margins; y per row.
        for row in axes { for ax in row {
            XCTAssertEqual(ax.viewLimits().x.0, -5.75, accuracy: 1e-9)
            XCTAssertEqual(ax.viewLimits().x.1, 10.75, accuracy: 1e-9)
        } }
        XCTAssertEqual(axes[0][1].viewLimits().y.1, 1.05, accuracy: 1e-9)
        XCTAssertEqual(axes[1][0].viewLimits().y.1, 205, accuracy: 1e-9)
        try axes[0][1].setXLim(0, 3)
        XCTAssertEqual(axes[1][0].viewLimits().x.1, 3)
        let frames = fig.layoutFrames()
        XCTAssertTrue(frames[0].xTickLabelTexts.isEmpty == false)
        XCTAssertTrue(frames[0].decorationBoxes.allSatisfy { $0.role != "xtick" })   // top row: no x labels
        XCTAssertTrue(frames[2].decorationBoxes.contains { $0.role == "xtick" })
        XCTAssertTrue(frames[1].decorationBoxes.allSatisfy { $0.role != "ytick" })   // second column: no y labels
    }

    func testCanvasTooLarge() {
        XCTAssertThrowsError(try Figure(width: 200, height: 200, dpi: 100))
    }
}
