import Foundation

/// Resizing as PIL's `Image.resize(size, BILINEAR)` does it (torchvision's `Resize` on PIL
/// images): a separable triangle filter whose support widens with the downscale factor
/// (antialiasing), sampled at pixel centres, with 8-bit rounding between the two passes.
public enum ImageResampler {
    public static func bilinear(_ image: Image, width outW: Int, height outH: Int) -> Image {
        if outW == image.width && outH == image.height { return image }
        let horizontal = pass(image.pixels, width: image.width, height: image.height, channels: image.channels,
                              outSize: outW, along: .horizontal)
        let vertical = pass(horizontal, width: outW, height: image.height, channels: image.channels,
                            outSize: outH, along: .vertical)
        return Image(width: outW, height: outH, channels: image.channels, pixels: vertical)
    }

    enum Axis { case horizontal, vertical }

    /// Weights of one output sample: the first input index and normalised weights.
    static func coefficients(inSize: Int, outSize: Int) -> [(Int, [Double])] {
        let scale = Double(inSize) / Double(outSize)
        let filterScale = max(scale, 1)
        let support = 1.0 * filterScale
        return (0..<outSize).map { i in
            let center = (Double(i) + 0.5) * scale
            let lo = max(0, Int((center - support + 0.5).rounded(.down)))
            let hi = min(inSize, Int((center + support + 0.5).rounded(.down)))
            var weights: [Double] = []
            for j in lo..<max(lo, hi) {
                let x = (Double(j) - center + 0.5) / filterScale
                weights.append(max(0, 1 - abs(x)))
            }
            let total = weights.reduce(0, +)
            return (lo, total > 0 ? weights.map { $0 / total } : weights)
        }
    }

    /// PIL's fixed-point coefficients for 8-bit images.
    static let precisionBits = 32 - 8 - 2

    static func pass(_ src: [UInt8], width: Int, height: Int, channels: Int, outSize: Int, along axis: Axis) -> [UInt8] {
        let inSize = axis == .horizontal ? width : height
        let coeffs = coefficients(inSize: inSize, outSize: outSize).map { first, weights in
            (first, weights.map { w in Int(w < 0 ? -0.5 + w * Double(1 << precisionBits) : 0.5 + w * Double(1 << precisionBits)) })
        }
        let outW = axis == .horizontal ? outSize : width
        let outH = axis == .horizontal ? height : outSize
        var out = [UInt8](repeating: 0, count: outW * outH * channels)
        for y in 0..<outH {
            for x in 0..<outW {
                let (first, weights) = coeffs[axis == .horizontal ? x : y]
                for c in 0..<channels {
                    var acc = 1 << (precisionBits - 1)
                    for (k, w) in weights.enumerated() {
                        let sx = axis == .horizontal ? first + k : x
                        let sy = axis == .horizontal ? y : first + k
                        acc += w * Int(src[(sy * width + sx) * channels + c])
                    }
                    out[(y * outW + x) * channels + c] = UInt8(max(0, min(255, acc >> precisionBits)))
                }
            }
        }
        return out
    }
}
