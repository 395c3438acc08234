import XCTest
import Foundation
@testable import Plot

final class PNGEncoderTests: XCTestCase {
    func testRoundTripAllFilters() throws {
        var rgba: [UInt8] = []
        for y in 0..<37 { for x in 0..<53 { rgba += [UInt8(x * 4 % 256), UInt8(y * 7 % 256), UInt8((x * y) % 256), UInt8(255 - x)] } }
        for f in PNGFilter.allCases {
            let png = try PNGEncoder.encode(rgba: rgba, width: 53, height: 37, filters: [f])
            let img = try PNGDecoder.decode(png)
            XCTAssertEqual(img.width, 53); XCTAssertEqual(img.height, 37)
            XCTAssertEqual(img.rgba, rgba, "filter \(f)")
        }
        let adaptive = try PNGDecoder.decode(try PNGEncoder.encode(rgba: rgba, width: 53, height: 37))
        XCTAssertEqual(adaptive.rgba, rgba)
    }

    func testOpaqueImagesAreWrittenAsRGB() throws {
        // A mostly flat image with a few changed spans, as plots are: every row kind (first row,
        // unchanged row, narrow change, full change) must round-trip.
        let w = 41, h = 23
        var rgba = [UInt8](repeating: 255, count: w * h * 4)
        for y in 0..<h where y % 3 != 0 {
            for x in (y % 7)..<min(w, y % 7 + y) {
                let i = (y * w + x) * 4
                rgba[i] = UInt8(x * 5 % 256); rgba[i + 1] = UInt8(y * 11 % 256); rgba[i + 2] = UInt8((x ^ y) % 256)
            }
        }
        for filters in [PNGEncoder.standardFilters, [PNGFilter.paeth], [.sub, .average]] {
            let png = try PNGEncoder.encode(rgba: rgba, width: w, height: h, filters: filters, opaque: true)
            XCTAssertEqual(png[25], 2, "colour type RGB")
            XCTAssertEqual(try PNGDecoder.decode(png).rgba, rgba, "\(filters)")
            XCTAssertLessThan(png.count, try PNGEncoder.encode(rgba: rgba, width: w, height: h, filters: filters).count)
        }
    }

    func testChunksAndCRC() throws {
        let png = try PNGEncoder.encode(rgba: [1, 2, 3, 4], width: 1, height: 1)
        XCTAssertEqual(Array(png[0..<8]), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertEqual(String(decoding: png[12..<16], as: UTF8.self), "IHDR")
        // CRC of IEND with no data is the well-known AE 42 60 82.
        XCTAssertEqual(Array(png.suffix(4)), [0xAE, 0x42, 0x60, 0x82])
        var corrupt = png
        corrupt[20] ^= 0xff
        XCTAssertThrowsError(try PNGDecoder.decode(corrupt))
    }

    func testInvalidInputThrows() {
        XCTAssertThrowsError(try PNGEncoder.encode(rgba: [], width: 0, height: 0))
        XCTAssertThrowsError(try PNGEncoder.encode(rgba: [1, 2, 3], width: 1, height: 1))
        XCTAssertThrowsError(try PNGDecoder.decode([1, 2, 3]))
    }

    func testZlibRoundTrip() throws {
        let data = (0..<10_000).map { UInt8($0 % 251) }
        let z = try Zlib.deflate(data)
        XCTAssertLessThan(z.count, data.count)
        XCTAssertEqual(try Zlib.inflate(z, expectedSize: data.count), data)
    }

    /// An independent decoder: Pillow, when the project's virtualenv has it.
    func testPillowReadsOurPNG() throws {
        let python = "/work/main/.venv/bin/python"
        guard FileManager.default.isExecutableFile(atPath: python) else { throw XCTSkip("no venv python") }
        let c = try Canvas(width: 30, height: 20, background: .white)
        c.fill([Shapes.circle(center: Point(15, 10), radius: 8)], color: Color(r: 1, g: 0, b: 0, a: 0.5))
        let path = NSTemporaryDirectory() + "plot-pil-\(getpid()).png"
        try Data(c.pngData()).write(to: URL(fileURLWithPath: path))
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = ["-c", "import sys\ntry:\n from PIL import Image\nexcept ImportError:\n sys.exit(3)\nim=Image.open(sys.argv[1]); im.load(); print(im.size, im.mode, im.getpixel((15,10)))", path]
        let out = Pipe(); p.standardOutput = out; p.standardError = Pipe()
        try p.run(); p.waitUntilExit()
        if p.terminationStatus == 3 { throw XCTSkip("Pillow not installed") }
        XCTAssertEqual(p.terminationStatus, 0)
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        // An opaque canvas is written as RGB.
        XCTAssertTrue(text.contains("(30, 20) RGB (255, 128, 128)") || text.contains("(30, 20) RGB (255, 127, 127)"), text)
    }
}
