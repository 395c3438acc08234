import Foundation
import Tensor

/// Forward formulas shared by several ops (sigmoid inside silu and BCE-with-logits, gelu's
/// value and slope computed together).
public enum Activation {
    /// `1 / (1 + exp(-x))`, computed without overflow for large negative `x`.
    public static func sigmoid(_ x: NDArray) throws -> NDArray {
        let one = NDArray.pythonScalar(1.0)
        return try one / (one + NDArray.unary(.exp, NDArray.unary(.negative, x)))
    }

    /// `g` where the ReLU's output is positive, else 0: one pass for contiguous float32 (the
    /// common case of every CNN and MLP), the general mask otherwise.
    static func reluGradient(_ g: NDArray, output y: NDArray) throws -> NDArray {
        if g.dtype == .float32, y.dtype == .float32, g.shape == y.shape, g.isContiguous, y.isContiguous {
            return try NDArray.filled(y.shape, as: Float.self) { out in
                try g.withUnsafeMutableElements(as: Float.self) { gs in
                    try y.withUnsafeMutableElements(as: Float.self) { ys in
                        // Eight lanes a step with a select (a per-element branch mispredicts
                        // on every sign change).
                        let n = out.count
                        guard let o = out.baseAddress, let gp = gs.baseAddress, let yp = ys.baseAddress else { return }
                        var i = 0
                        while i + 8 <= n {
                            let yv = UnsafeRawPointer(yp + i).loadUnaligned(as: SIMD8<Float>.self)
                            let gv = UnsafeRawPointer(gp + i).loadUnaligned(as: SIMD8<Float>.self)
                            UnsafeMutableRawPointer(o + i).storeBytes(of: SIMD8<Float>(repeating: 0).replacing(with: gv, where: yv .> 0), as: SIMD8<Float>.self)
                            i += 8
                        }
                        while i < n { o[i] = yp[i] > 0 ? gp[i] : 0; i += 1 }
                    }
                }
            }
        }
        return try NDArray.where(y > NDArray.pythonScalar(0.0), g, NDArray.zeros([], dtype: g.dtype))
    }

    /// ReLU in place: negatives become 0, NaN stays NaN (as `maximum`). float32 runs eight
    /// lanes a step (the concrete SIMD type: a generic one is not lowered to vector code).
    static func clipNegatives<T: FloatElement>(_ values: UnsafeMutableBufferPointer<T>) {
        guard let p = values.baseAddress else { return }
        let n = values.count
        var i = 0
        if T.self == Float.self {
            let raw = UnsafeMutableRawPointer(p)
            while i + 8 <= n {
                let v = raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<Float>.self)
                raw.storeBytes(of: v.replacing(with: 0, where: v .< 0), toByteOffset: i * 4, as: SIMD8<Float>.self)
                i += 8
            }
        }
        while i < n { if p[i] < 0 { p[i] = 0 }; i += 1 }
    }

    /// GELU's value and derivative.
    static func gelu(_ x: NDArray, approximate: Bool) throws -> (NDArray, NDArray) {
        let s: (Double) -> NDArray = { NDArray.pythonScalar($0) }
        if approximate {
            let k = Foundation.sqrt(2 / Double.pi)
            let cube: NDArray = try x * x * x
            let inner: NDArray = try (x + cube * s(0.044715)) * s(k)
            let t: NDArray = try NDArray.unary(.tanh, inner)
            let onePlusT: NDArray = try s(1) + t
            let y: NDArray = try x * s(0.5) * onePlusT
            let square: NDArray = try x * x
            let dInner: NDArray = try (s(1) + square * s(3 * 0.044715)) * s(k)
            let sech2: NDArray = try s(1) - t * t
            let left: NDArray = try s(0.5) * onePlusT
            let right: NDArray = try x * s(0.5) * sech2 * dInner
            return (y, try left + right)
        }
        let cdf = try erfCDF(x)
        let exponent: NDArray = try x * x * s(-0.5)
        let pdf: NDArray = try NDArray.unary(.exp, exponent) * s(1 / Foundation.sqrt(2 * Double.pi))
        return (try x * cdf, try cdf + x * pdf)
    }

    /// GELU's second derivative: φ(x)(2 − x²) exactly; for the tanh form, with
    /// u = k(x + 0.044715x³) and t = tanh(u), (1 − t²)(u′ + x(u″ − 2t·u′²)/2).
    static func geluCurvature(_ x: NDArray, approximate: Bool) throws -> NDArray {
        let s: (Double) -> NDArray = { NDArray.pythonScalar($0) }
        let square: NDArray = try x * x
        if approximate {
            let k = Foundation.sqrt(2 / Double.pi)
            let u: NDArray = try (x + square * x * s(0.044715)) * s(k)
            let t: NDArray = try NDArray.unary(.tanh, u)
            let du: NDArray = try (s(1) + square * s(3 * 0.044715)) * s(k)
            let ddu: NDArray = try x * s(6 * 0.044715 * k)
            let sech2: NDArray = try s(1) - t * t
            let bend: NDArray = try (ddu - t * du * du * s(2)) * x * s(0.5)
            return try sech2 * (du + bend)
        }
        let pdf: NDArray = try NDArray.unary(.exp, square * s(-0.5)) * s(1 / Foundation.sqrt(2 * Double.pi))
        return try pdf * (s(2) - square)
    }

    /// `erf(x)` elementwise, in the array's precision.
    public static func erfValues(_ x: NDArray) throws -> NDArray {
        let s: (Double) -> NDArray = { NDArray.pythonScalar($0) }
        let cdf = try erfCDF(x * s(1.4142135623730951))
        return try cdf * s(2) - s(1)
    }

    /// `Φ(x) = (1 + erf(x / √2)) / 2`, elementwise in the array's precision.
    static func erfCDF(_ x: NDArray) throws -> NDArray {
        switch x.dtype {
        case .float32:
            let c = try x.contiguous()
            return try NDArray.filled(x.shape, as: Float.self) { out in
                try c.withUnsafeMutableElements(as: Float.self) { p in
                    for i in 0..<p.count { out[i] = 0.5 * (1 + Foundation.erf(p[i] * Float(0.7071067811865476))) }
                }
            }
        default:
            let c = try x.astype(.float64)
            return try NDArray.filled(x.shape, as: Double.self) { out in
                try c.withUnsafeMutableElements(as: Double.self) { p in
                    for i in 0..<p.count { out[i] = 0.5 * (1 + Foundation.erf(p[i] * 0.7071067811865476)) }
                }
            }
        }
    }
}
