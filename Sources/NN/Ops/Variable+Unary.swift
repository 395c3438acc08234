import Foundation
import Tensor

/// Elementwise functions, each with its derivative beside it. Activations (sigmoid, relu, …)
/// save their output where the derivative is cheapest written through it, as torch does.
extension Variable {
    private func unary(_ name: String, _ out: NDArray, saved: Bool = true, _ derivative: @escaping () throws -> NDArray) -> Variable {
        Variable.record(out, name, [self], saved: saved ? [self] : [], savesTensors: true) { g in [try g * derivative()] }
    }

    private static func scalar(_ x: Double) -> NDArray { NDArray.pythonScalar(x) }

    public func exp() throws -> Variable {
        let y = try NDArray.unary(.exp, data)
        return unary("ExpBackward0", y, saved: false) { y }
    }

    public func log() throws -> Variable {
        let x = data
        return unary("LogBackward0", try NDArray.unary(.log, x)) { try Variable.scalar(1) / x }
    }

    public func sqrt() throws -> Variable {
        let y = try NDArray.unary(.sqrt, data)
        return unary("SqrtBackward0", y, saved: false) { try Variable.scalar(0.5) / y }
    }

    public func abs() throws -> Variable {
        let x = data
        return unary("AbsBackward0", try NDArray.unary(.absolute, x)) { try NDArray.unary(.sign, x) }
    }

    public func sin() throws -> Variable {
        let x = data
        return unary("SinBackward0", try NDArray.unary(.sin, x)) { try NDArray.unary(.cos, x) }
    }

    public func cos() throws -> Variable {
        let x = data
        return unary("CosBackward0", try NDArray.unary(.cos, x)) { try NDArray.unary(.negative, NDArray.unary(.sin, x)) }
    }

    public func tanh() throws -> Variable {
        let y = try NDArray.unary(.tanh, data)
        return unary("TanhBackward0", y, saved: false) { try Variable.scalar(1) - y * y }
    }

    /// `1 / (1 + exp(-x))`.
    public func sigmoid() throws -> Variable {
        let y = try Activation.sigmoid(data)
        return unary("SigmoidBackward0", y, saved: false) { try y * (Variable.scalar(1) - y) }
    }

    public func relu() throws -> Variable {
        let y = try NDArray.maximum(data, Variable.scalar(0))
        return Variable.record(y, "ReluBackward0", [self], savesTensors: true) { g in [try Activation.reluGradient(g, output: y)] }
    }

    public func leakyRelu(_ slope: Double) throws -> Variable {
        let x = data
        let positive = try x > Variable.scalar(0)
        let y = try NDArray.where(positive, x, x * Variable.scalar(slope))
        return unary("LeakyReluBackward0", y) {
            try NDArray.where(positive, Variable.scalar(1).weak(true), Variable.scalar(slope).weak(true)).astype(x.dtype)
        }
    }

    /// `x if x > 0 else alpha * (exp(x) - 1)`.
    public func elu(_ alpha: Double = 1) throws -> Variable {
        let x = data
        let positive = try x > Variable.scalar(0)
        let negative = try (NDArray.unary(.expm1, x)) * Variable.scalar(alpha)
        let y = try NDArray.where(positive, x, negative)
        return unary("EluBackward0", y) {
            try NDArray.where(positive, NDArray.fullLike(x, .float(1)), negative + Variable.scalar(alpha))
        }
    }

    /// `x * Φ(x)` (exact, erf form) or the tanh approximation, as `F.gelu(approximate=)`.
    public func gelu(approximate: Bool = false) throws -> Variable {
        let x = data
        let (y, dy) = try Activation.gelu(x, approximate: approximate)
        return unary("GeluBackward0", y) { dy }
    }

    /// `x * sigmoid(x)`.
    public func silu() throws -> Variable {
        let x = data
        let s = try Activation.sigmoid(x)
        return unary("SiluBackward0", try x * s) { try s * (Variable.scalar(1) + x * (Variable.scalar(1) - s)) }
    }

    /// `log(1 + exp(beta x)) / beta`, linear above `threshold` as torch computes it.
    public func softplus(beta: Double = 1, threshold: Double = 20) throws -> Variable {
        let x = data
        let bx = try x * Variable.scalar(beta)
        let soft = try NDArray.unary(.log1p, NDArray.unary(.exp, bx)) / Variable.scalar(beta)
        let linear = try bx > Variable.scalar(threshold)
        let y = try NDArray.where(linear, x, soft)
        return unary("SoftplusBackward0", y) {
            try NDArray.where(linear, NDArray.fullLike(x, .float(1)), Activation.sigmoid(bx))
        }
    }

    /// Clamps into `[lo, hi]`; the gradient passes where the value was inside.
    public func clamp(min lo: Double?, max hi: Double?) throws -> Variable {
        let x = data
        var y = x
        if let lo { y = try NDArray.maximum(y, Variable.scalar(lo)) }
        if let hi { y = try NDArray.minimum(y, Variable.scalar(hi)) }
        return unary(lo != nil && hi != nil ? "ClampBackward1" : lo != nil ? "ClampMinBackward0" : "ClampMaxBackward0", y) {
            var inside = try NDArray.fullLike(x, .bool(true), dtype: .bool)
            if let lo { inside = try NDArray.binary(.logicalAnd, inside, x >= Variable.scalar(lo)) }
            if let hi { inside = try NDArray.binary(.logicalAnd, inside, x <= Variable.scalar(hi)) }
            return try inside.astype(x.dtype)
        }
    }
}
