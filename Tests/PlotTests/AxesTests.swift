import XCTest
@testable import Plot

final class AxesTests: XCTestCase {
    func testAutoscaleMatchesMatplotlib() throws {
        for c in TickCases.autoscale {
            let fig = try Figure()
            let ax = try fig.addSubplot()
            try ax.plot(x: c.x, y: c.y)
            let lim = ax.viewLimits()
            XCTAssertEqual(lim.x.0, c.xlim.0, accuracy: 1e-9, "\(c.x)"); XCTAssertEqual(lim.x.1, c.xlim.1, accuracy: 1e-9)
            XCTAssertEqual(lim.y.0, c.ylim.0, accuracy: 1e-9, "\(c.y)"); XCTAssertEqual(lim.y.1, c.ylim.1, accuracy: 1e-9)
        }
    }

    func testStickyEdgesAndManualLimits() throws {
        let fig = try Figure()
        let ax = try fig.addSubplot()
        try ax.bar(x: [1], height: [1])
        XCTAssertEqual(ax.viewLimits().y.0, 0)                 // bars stand on 0, as matplotlib (0, 1.05)
        XCTAssertEqual(ax.viewLimits().y.1, 1.05, accuracy: 1e-12)
        try ax.setYLim(nil, 3)
        XCTAssertEqual(ax.viewLimits().y.1, 3)
        XCTAssertThrowsError(try ax.setXLim(.nan, 1))
        let ax2 = try fig.addSubplot(nrows: 1, ncols: 2, index: 2)
        try ax2.imshow(values: [1, 2, 3, 4], rows: 2, cols: 2)
        let l = ax2.viewLimits()
        XCTAssertEqual(l.x.0, -0.5); XCTAssertEqual(l.x.1, 1.5)
        XCTAssertEqual(l.y.0, 1.5); XCTAssertEqual(l.y.1, -0.5)  // origin upper: y points down
    }

    func testPlotValidatesInput() throws {
        let ax = try Figure().addSubplot()
        XCTAssertThrowsError(try ax.plot(x: [1, 2, 3], y: [1, 2]))
        XCTAssertThrowsError(try ax.plot(y: [1, 2], format: "q"))
        XCTAssertThrowsError(try ax.plot(y: [1], options: LineOptions(lineWidth: -1)))
        XCTAssertThrowsError(try ax.scatter(x: [1], y: [1], alpha: 2))
        XCTAssertThrowsError(try ax.imshow(values: [1, 2, 3], rows: 2, cols: 2))
        XCTAssertThrowsError(try ax.imshow(values: [], rows: 0, cols: 0))
        XCTAssertThrowsError(try ax.contour(z: [1, 2], rows: 1, cols: 2))
        XCTAssertThrowsError(try ax.pie([1, -1]))
        XCTAssertThrowsError(try ax.pie([1], autopct: "%s"))
        XCTAssertThrowsError(try ax.hist([1, 2], bins: .count(0)))
        XCTAssertThrowsError(try ax.axis("sideways"))
    }

    func testNonFiniteAndEmptyDataRender() throws {
        let fig = try Figure()
        let ax = try fig.addSubplot()
        try ax.plot(y: [])
        try ax.plot(x: [0, 1, .nan, 3, .infinity], y: [1, .nan, 2, 3, 4], format: "o-")
        try ax.scatter(x: [.nan, 1], y: [1, .infinity])
        try ax.hist([.nan, 1, 2, .infinity])
        try ax.imshow(values: [.nan, 1, 2, .nan], rows: 2, cols: 2)
        try ax.plot(x: [1e300, -1e300], y: [1e-300, 1e300])
        let png = try fig.renderPNG()
        XCTAssertGreaterThan(png.count, 100)
        let log = try fig.addSubplot(nrows: 2, ncols: 2, index: 4)
        log.setYScale(.log)
        try log.plot(y: [-1, 0, 10, 100])
        XCTAssertNoThrow(try fig.renderPNG())
    }

    /// Extreme but finite values (and infinities) must never trap in an Int conversion.
    func testExtremeValuesNeverCrash() throws {
        let fig = try Figure()
        let ax = try fig.addSubplot(nrows: 2, ncols: 2, index: 1)
        try ax.plot(x: [-1.7e308, 1.7e308], y: [1.7e308, -1.7e308], options: LineOptions(lineWidth: 1e6, markerSize: 1e9))
        try ax.scatter(x: [1, 2, 3], y: [1, 2, 3], sizes: [1e300], colors: .mapped([.infinity, -.infinity, 1]))
        let ax2 = try fig.addSubplot(nrows: 2, ncols: 2, index: 2)
        try ax2.imshow(values: [.infinity, -.infinity, 1e308, -1e308], rows: 2, cols: 2)
        try ax2.text(x: 1e300, y: -1e300, "far away")
        let ax3 = try fig.addSubplot(nrows: 2, ncols: 2, index: 3)
        try ax3.hist([1e308, -1e308, 0])
        try ax3.setXLim(0, 1e-300)
        let ax4 = try fig.addSubplot(nrows: 2, ncols: 2, index: 4)
        try ax4.bar(x: [0], height: [1e308])
        try ax4.plot(y: [1, 2], options: LineOptions(lineStyle: .dashed))
        try ax4.setYLim(-1e-320, 1e-320)
        XCTAssertThrowsError(try ax4.pie([1, 2], autopct: "%999999999.1f"))
        XCTAssertNoThrow(try fig.renderPNG())
    }

    func testColorCyclesLikeMatplotlib() throws {
        let ax = try Figure().addSubplot()
        let a = try ax.plot(y: [1, 2]), b = try ax.plot(y: [1, 2])
        XCTAssertEqual(a.color, Color.tab10[0]); XCTAssertEqual(b.color, Color.tab10[1])
        let s = try ax.scatter(x: [1], y: [1])   // patches have their own cycle
        XCTAssertEqual(s.faceColors.first, Color.tab10[0])
        let c = try ax.plot(y: [1, 2], format: "r")
        XCTAssertEqual(c.color, Color(r: 1, g: 0, b: 0))
        XCTAssertEqual(try ax.plot(y: [1]).color, Color.tab10[2])  // an explicit colour does not advance the cycle
    }

    func testContourLevelsLikeMatplotlib() throws {
        let ax = try Figure().addSubplot()
        // Expected levels from matplotlib 3.11: ax.contour(z).levels for these grids.
        let z = (0..<25).map { Double($0) / 24 * 0.95 }
        let lines = try ax.contour(z: z, rows: 5, cols: 5)
        for (a, b) in zip(lines.levels, [0, 0.15, 0.3, 0.45, 0.6, 0.75, 0.9, 1.05]) { XCTAssertEqual(a, b, accuracy: 1e-9) }
        XCTAssertEqual(lines.levels.count, 8)
        let z2 = (0..<25).map { -3.3 + 10.4 * Double($0) / 24 }
        let bands = try ax.contourf(z: z2, rows: 5, cols: 5)
        for (a, b) in zip(bands.levels, [-4.5, -3, -1.5, 0, 1.5, 3, 4.5, 6, 7.5]) { XCTAssertEqual(a, b, accuracy: 1e-9) }
        XCTAssertEqual(bands.levels.count, 9)
        XCTAssertFalse(bands.paths(at: 0).isEmpty)
    }
}
