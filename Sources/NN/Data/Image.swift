import Foundation

/// A decoded picture: 8-bit samples, row after row, `channels` per pixel (1 = grey, 3 = RGB,
/// 4 = RGBA). The torchvision façade shows it as a PIL image; transforms work on it.
public struct Image: Sendable {
    public var width: Int
    public var height: Int
    public var channels: Int
    public var pixels: [UInt8]

    public init(width: Int, height: Int, channels: Int, pixels: [UInt8]) {
        self.width = width
        self.height = height
        self.channels = channels
        self.pixels = pixels
    }

    /// PIL's mode name: `L`, `RGB`, `RGBA`.
    public var mode: String { channels == 1 ? "L" : channels == 3 ? "RGB" : channels == 4 ? "RGBA" : "LA" }

    /// `image.convert(mode)`: grey to RGB repeats the sample; RGB to grey uses ITU-R 601-2 luma
    /// with PIL's integer rounding (`L = R * 299/1000 + G * 587/1000 + B * 114/1000`).
    public func converted(toChannels target: Int) -> Image {
        if target == channels { return self }
        var out = [UInt8](repeating: 0, count: width * height * target)
        for i in 0..<(width * height) {
            let src = i * channels
            let r = Int(pixels[src]), g = Int(pixels[src + min(1, channels - 1)]), b = Int(pixels[src + min(2, channels - 1)])
            let grey = channels >= 3 ? UInt8((r * 19595 + g * 38470 + b * 7471 + 0x8000) >> 16) : pixels[src]
            switch target {
            case 1: out[i] = grey
            case 3:
                out[i * 3] = channels >= 3 ? UInt8(r) : grey
                out[i * 3 + 1] = channels >= 3 ? UInt8(g) : grey
                out[i * 3 + 2] = channels >= 3 ? UInt8(b) : grey
            default:
                for c in 0..<target { out[i * target + c] = c < 3 ? (channels >= 3 ? pixels[src + c] : grey) : (channels == 4 ? pixels[src + 3] : 255) }
            }
        }
        return Image(width: width, height: height, channels: target, pixels: out)
    }

    /// Mirrors left to right.
    public func flippedHorizontally() -> Image {
        var out = pixels
        for y in 0..<height {
            for x in 0..<width {
                for c in 0..<channels {
                    out[(y * width + x) * channels + c] = pixels[(y * width + (width - 1 - x)) * channels + c]
                }
            }
        }
        return Image(width: width, height: height, channels: channels, pixels: out)
    }

    /// The box `[left, left+w) × [top, top+h)`; outside the picture is black, as PIL crops.
    public func cropped(left: Int, top: Int, width w: Int, height h: Int) -> Image {
        var out = [UInt8](repeating: 0, count: max(0, w * h * channels))
        for y in 0..<max(0, h) {
            let sy = top + y
            guard sy >= 0 && sy < height else { continue }
            for x in 0..<max(0, w) {
                let sx = left + x
                guard sx >= 0 && sx < width else { continue }
                for c in 0..<channels { out[(y * w + x) * channels + c] = pixels[(sy * width + sx) * channels + c] }
            }
        }
        return Image(width: max(0, w), height: max(0, h), channels: channels, pixels: out)
    }
}
