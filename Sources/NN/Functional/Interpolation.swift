import Foundation
import Tensor

/// `F.interpolate` over the trailing spatial dims of (N, C, L) or (N, C, H, W): each output
/// position reads its source positions through an index (so gradients add back to them), and
/// linear modes blend two neighbours per dim, one dim at a time.
public enum Interpolation {
    public enum Mode: String, Sendable { case nearest, nearestExact = "nearest-exact", linear, bilinear }

    /// Source coordinate of output position `i` along a dim of `input` → `output` elements;
    /// `scale` is torch's input/output ratio (1/scale_factor when a factor was given).
    static func source(_ i: Int, scale: Double, alignCorners: Bool, input: Int, output: Int) -> Double {
        if alignCorners { return output > 1 ? Double(i) * Double(input - 1) / Double(output - 1) : 0 }
        return Swift.max(0, (Double(i) + 0.5) * scale - 0.5)
    }

    /// Resamples `x` to `sizes` (one per spatial dim); `scales` override input/output ratios as
    /// torch does when `scale_factor` is given.
    public static func interpolate(_ x: Variable, sizes: [Int], scales: [Double?], mode: Mode, alignCorners: Bool) throws -> Variable {
        let spatial = x.ndim - 2
        guard spatial >= 1, sizes.count == spatial else {
            throw TensorError.value("Input Error: Only 3D, 4D and 5D input Tensors supported (got \(x.ndim)D) for the modes: nearest | linear | bilinear | bicubic | trilinear | area | nearest-exact (got \(mode.rawValue))")
        }
        if mode == .linear && spatial != 1 { throw TensorError.notImplemented("Got \(x.ndim)D input, but linear mode needs 3D input") }
        if mode == .bilinear && spatial != 2 { throw TensorError.notImplemented("Got \(x.ndim)D input, but bilinear mode needs 4D input") }
        var y = x
        for d in 0..<spatial {
            let axis = 2 + d
            let input = x.shape[axis], output = sizes[d]
            let scale = scales[d].map { 1 / $0 } ?? Double(input) / Double(output)
            var lower = [Double](), upper = [Double](), weight = [Double]()
            for i in 0..<output {
                switch mode {
                case .nearest:
                    lower.append(Double(Swift.min(Int((Double(i) * scale).rounded(.down)), input - 1)))
                case .nearestExact:
                    lower.append(Double(Swift.min(Int(((Double(i) + 0.5) * scale).rounded(.down)), input - 1)))
                case .linear, .bilinear:
                    let s = source(i, scale: scale, alignCorners: alignCorners, input: input, output: output)
                    let i0 = Swift.min(Int(s.rounded(.down)), input - 1)
                    lower.append(Double(i0))
                    upper.append(Double(Swift.min(i0 + 1, input - 1)))
                    weight.append(s - Double(i0))
                }
            }
            func take(_ positions: [Double]) throws -> Variable {
                let index = try NDArray(positions, shape: [positions.count]).astype(.int64)
                return try y.index([IndexItem](repeating: .all, count: axis) + [.array(index)])
            }
            if mode == .nearest || mode == .nearestExact {
                y = try take(lower)
                continue
            }
            var weightShape = [Int](repeating: 1, count: x.ndim)
            weightShape[axis] = output
            let w = Variable(try NDArray(weight, shape: weightShape).astype(x.dtype))
            let a = try take(lower), b = try take(upper)
            y = try Variable.add(a, Variable.mul(Variable.sub(b, a), w))
        }
        let names: [Mode: String] = [.nearest: "UpsampleNearest", .nearestExact: "UpsampleNearestExact", .linear: "UpsampleLinear", .bilinear: "UpsampleBilinear"]
        let node = "\(names[mode] ?? "Upsample")\(spatial)DBackward0"
        return y.named(node)
    }
}
