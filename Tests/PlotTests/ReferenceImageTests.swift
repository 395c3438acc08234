import XCTest
import Foundation
@testable import Plot

/// Every gallery figure against its committed reference PNG (References/<name>.png), with a
/// per-pixel tolerance. The references were produced by this renderer and inspected by eye next
/// to matplotlib's rendering of the same figure (gallery_matplotlib.py).
///
/// Set PLOT_WRITE_GALLERY=/some/dir to also write the current renderings there, and
/// PLOT_UPDATE_REFERENCES=1 to overwrite the references (only after looking at them).
final class ReferenceImageTests: XCTestCase {
    static let referenceDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("References")

    /// Per-channel difference allowed for a pixel, and the share of pixels allowed to exceed it
    /// (font rasterisation may differ by a few levels between FreeType versions).
    let channelTolerance = 24
    let maxBadFraction = 0.002

    func testGalleryMatchesReferences() throws {
        let env = ProcessInfo.processInfo.environment
        for name in Gallery.names {
            let png = try Gallery.figure(name).renderPNG()
            if let dir = env["PLOT_WRITE_GALLERY"] {
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                try Data(png).write(to: URL(fileURLWithPath: dir).appendingPathComponent(name + ".png"))
            }
            let ref = Self.referenceDir.appendingPathComponent(name + ".png")
            if env["PLOT_UPDATE_REFERENCES"] == "1" {
                try Data(png).write(to: ref)
                continue
            }
            guard let refData = FileManager.default.contents(atPath: ref.path) else {
                XCTFail("missing reference \(ref.path)"); continue
            }
            let a = try PNGDecoder.decode(png), b = try PNGDecoder.decode([UInt8](refData))
            XCTAssertEqual(a.width, b.width, name); XCTAssertEqual(a.height, b.height, name)
            guard a.rgba.count == b.rgba.count else { continue }
            var bad = 0
            for i in stride(from: 0, to: a.rgba.count, by: 4) {
                for k in 0..<4 where abs(Int(a.rgba[i + k]) - Int(b.rgba[i + k])) > channelTolerance { bad += 1; break }
            }
            let frac = Double(bad) / Double(a.width * a.height)
            XCTAssertLessThanOrEqual(frac, maxBadFraction, "\(name): \(bad) pixels differ from the reference")
        }
    }
}
