import XCTest
@testable import Plot

final class ImageArtistTests: XCTestCase {
    func testBlockAverageSkipsNaN() {
        let v: [Double] = [1, 3, .nan, 5,
                           1, 3, .nan, .nan]
        let a = ImageArtist.average(v, width: 4, height: 2, toWidth: 2, toHeight: 1)
        XCTAssertEqual(a[0], 2)        // mean of 1, 3, 1, 3
        XCTAssertEqual(a[1], 5)        // only the finite value
        let allNaN = ImageArtist.average([.nan, .nan], width: 2, height: 1, toWidth: 1, toHeight: 1)
        XCTAssertTrue(allNaN[0].isNaN)
    }

    func testDownsamplesOnlyWhenLarger() throws {
        let img = ImageArtist(width: 4, height: 4, values: (0..<16).map(Double.init), colormap: try Colormap.named("gray"),
                              norm: Normalize(vmin: 0, vmax: 15), extent: (0, 4, 0, 4), originLower: false, alpha: 1)
        XCTAssertEqual(img.pixels(maxWidth: 100, maxHeight: 100).width, 4)
        let small = img.pixels(maxWidth: 2, maxHeight: 2)
        XCTAssertEqual(small.width, 2); XCTAssertEqual(small.height, 2)
        XCTAssertEqual(small.bytes.count, 16)
        // Top-left block averages 0, 1, 4, 5 -> 2.5 of 15 -> gray level about 0.17.
        XCTAssertEqual(Double(small.bytes[0]) / 255, 2.5 / 15, accuracy: 0.01)
    }

    func testRGBABoxFilterWeightsAlpha() {
        // An opaque red pixel and a transparent pixel average to red at half alpha.
        let src: [UInt8] = [255, 0, 0, 255, 0, 0, 0, 0]
        let out = ImageResampler.boxDownsample(src, width: 2, height: 1, toWidth: 1, toHeight: 1)
        XCTAssertEqual(Array(out[0..<3]), [255, 0, 0])
        XCTAssertEqual(Double(out[3]), 127.5, accuracy: 1)
    }
}
