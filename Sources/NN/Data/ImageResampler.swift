import Foundation

/// Resizing as PIL's `Image.resize(size, filter)` does it (torchvision's `Resize` on PIL images
/// is its BILINEAR): a separable convolution whose support widens with the downscale factor
/// (antialiasing), sampled at pixel centres, with 8-bit rounding between the two passes.
public enum ImageResampler {
    /// PIL's resampling filters (not NEAREST, which is ``nearest(_:width:height:box:)``), with
    /// their kernels and supports at scale 1.
    public enum Filter: Sendable {
        case box, bilinear, hamming, bicubic, lanczos

        var support: Double {
            switch self {
            case .box: return 0.5
            case .bilinear, .hamming: return 1
            case .bicubic: return 2
            case .lanczos: return 3
            }
        }

        func weight(_ x: Double) -> Double {
            switch self {
            case .box: return x > -0.5 && x <= 0.5 ? 1 : 0
            case .bilinear: return max(0, 1 - abs(x))
            case .hamming:
                if x == 0 { return 1 }
                if abs(x) >= 1 { return 0 }
                return sin(.pi * x) / (.pi * x) * (0.54 + 0.46 * cos(.pi * x))
            case .bicubic:
                // Keys' cubic with a = -0.5, as PIL.
                let a = -0.5, t = abs(x)
                if t < 1 { return ((a + 2) * t - (a + 3)) * t * t + 1 }
                if t < 2 { return (((t - 5) * t + 8) * t - 4) * a }
                return 0
            case .lanczos:
                guard abs(x) < 3 else { return 0 }
                return Filter.sinc(x) * Filter.sinc(x / 3)
            }
        }

        static func sinc(_ x: Double) -> Double { x == 0 ? 1 : sin(.pi * x) / (.pi * x) }
    }

    public static func bilinear(_ image: Image, width outW: Int, height outH: Int) -> Image {
        resample(image, width: outW, height: outH, filter: .bilinear)
    }

    /// `box` is the input region (left, top, width, height) that is resized, the whole image by
    /// default; the filter may still read pixels beyond it, as PIL's does.
    public static func resample(_ image: Image, width outW: Int, height outH: Int, filter: Filter,
                                box: (left: Int, top: Int, width: Int, height: Int)? = nil) -> Image {
        let box = box ?? (0, 0, image.width, image.height)
        if outW == image.width && outH == image.height && box == (0, 0, image.width, image.height) { return image }
        let horizontal = pass(image.pixels, width: image.width, height: image.height, channels: image.channels,
                              outSize: outW, along: .horizontal, filter: filter, boxStart: box.left, boxSize: box.width)
        let vertical = pass(horizontal, width: outW, height: image.height, channels: image.channels,
                            outSize: outH, along: .vertical, filter: filter, boxStart: box.top, boxSize: box.height)
        return Image(width: outW, height: outH, channels: image.channels, pixels: vertical)
    }

    enum Axis { case horizontal, vertical }

    /// Weights of one output sample: the first input index and normalised weights.
    static func coefficients(inSize: Int, outSize: Int, filter: Filter, boxStart: Int, boxSize: Int) -> [(Int, [Double])] {
        let scale = Double(boxSize) / Double(outSize)
        let filterScale = max(scale, 1)
        let support = filter.support * filterScale
        return (0..<outSize).map { i in
            let center = Double(boxStart) + (Double(i) + 0.5) * scale
            let lo = max(0, Int((center - support + 0.5).rounded(.down)))
            let hi = min(inSize, Int((center + support + 0.5).rounded(.down)))
            var weights: [Double] = []
            for j in lo..<max(lo, hi) {
                let x = (Double(j) - center + 0.5) / filterScale
                weights.append(filter.weight(x))
            }
            let total = weights.reduce(0, +)
            return (lo, total > 0 ? weights.map { $0 / total } : weights)
        }
    }

    /// PIL's fixed-point coefficients for 8-bit images.
    static let precisionBits = 32 - 8 - 2

    static func pass(_ src: [UInt8], width: Int, height: Int, channels: Int, outSize: Int, along axis: Axis,
                     filter: Filter, boxStart: Int, boxSize: Int) -> [UInt8] {
        let inSize = axis == .horizontal ? width : height
        let coeffs = coefficients(inSize: inSize, outSize: outSize, filter: filter, boxStart: boxStart, boxSize: boxSize).map { first, weights in
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
