import Foundation
import Tensor

/// Elementwise functions, each with its derivative beside it. Activations (sigmoid, relu, …)
/// save their output where the derivative is cheapest written through it, as torch does.
extension Variable {
    /// `derivative` gives dy/dx as an array (the first-order path); `differentiable`, as a
    /// Variable of this input, for `create_graph` (named, when torch names that node).
    private func unary(_ name: String, _ out: NDArray, saved: Bool = true, _ derivative: @escaping () throws -> NDArray,
                       differentiable: @escaping (Variable) throws -> Variable, named: String? = nil) -> Variable {
        Variable.record(out, name, [self], saved: saved ? [self] : [], savesOutput: !saved) { g in [try g * derivative()] }
            .differentiable { [self] g in
                let product = try Variable.mul(g, differentiable(self))
                return [named.map { product.named($0) } ?? product]
            }
    }

    /// dy/dx that is piecewise constant (relu's mask, abs's sign): a node of the input whose own
    /// derivative is zero, so differentiating again gives zeros (as torch), not "unused input".
    static func constant(_ name: String, _ derivative: @escaping () throws -> NDArray) -> (Variable) throws -> Variable {
        { x in
            Variable.record(try derivative(), name, [x], savesTensors: false) { g in [try g * NDArray.pythonScalar(0.0)] }
                .differentiable { g in [try g.scaled(0)] }
        }
    }

    private static func scalar(_ x: Double) -> NDArray { NDArray.pythonScalar(x) }

    public func exp() throws -> Variable {
        let y = try NDArray.unary(.exp, data)
        return unary("ExpBackward0", y, saved: false, { y }, differentiable: { try $0.exp() })
    }

    public func log() throws -> Variable {
        let x = data
        return Variable.record(try NDArray.unary(.log, x), "LogBackward0", [self], saved: [self]) { g in [try g / x] }
            .differentiable { [self] g in [try Variable.div(g, self)] }
    }

    public func sqrt() throws -> Variable {
        let y = try NDArray.unary(.sqrt, data)
        return unary("SqrtBackward0", y, saved: false, { try Variable.scalar(0.5) / y },
                     differentiable: { try Variable.div(Variable(Variable.scalar(0.5)), $0.sqrt()) })
    }

    public func abs() throws -> Variable {
        let x = data
        let sign = { try NDArray.unary(.sign, x) }
        return unary("AbsBackward0", try NDArray.unary(.absolute, x), sign, differentiable: Variable.constant("SgnBackward0", sign))
    }

    public func sin() throws -> Variable {
        let x = data
        return unary("SinBackward0", try NDArray.unary(.sin, x), { try NDArray.unary(.cos, x) }, differentiable: { try $0.cos() })
    }

    public func cos() throws -> Variable {
        let x = data
        return unary("CosBackward0", try NDArray.unary(.cos, x), { try NDArray.unary(.negative, NDArray.unary(.sin, x)) },
                     differentiable: { try $0.sin().neg() })
    }

    public func tanh() throws -> Variable {
        let y = try NDArray.unary(.tanh, data)
        return unary("TanhBackward0", y, saved: false, { try Variable.scalar(1) - y * y }, differentiable: {
            let t = try $0.tanh()
            return try Variable.rsub(Variable.mul(t, t), Variable.scalar(1))
        }, named: "TanhBackwardBackward0")
    }

    /// `1 / (1 + exp(-x))`.
    public func sigmoid() throws -> Variable {
        let y = try Activation.sigmoid(data)
        return unary("SigmoidBackward0", y, saved: false, { try y * (Variable.scalar(1) - y) }, differentiable: {
            let s = try $0.sigmoid()
            return try Variable.mul(s, Variable.rsub(s, Variable.scalar(1)))
        }, named: "SigmoidBackwardBackward0")
    }

    public func relu() throws -> Variable {
        let y = try NDArray.maximum(data, Variable.scalar(0))
        return Variable.record(y, "ReluBackward0", [self], savesOutput: true) { g in [try Activation.reluGradient(g, output: y)] }
            .differentiable { [self] g in
                let derivative = Variable.constant("GtBackward0", { try (y > Variable.scalar(0)).astype(y.dtype) })
                let mask = try derivative(self)
                return [try Variable.mul(g, mask).named("ThresholdBackwardBackward0")]
            }
    }

    public func leakyRelu(_ slope: Double) throws -> Variable {
        let x = data
        let positive = try x > Variable.scalar(0)
        let y = try NDArray.where(positive, x, x * Variable.scalar(slope))
        let slopes = { try NDArray.where(positive, Variable.scalar(1).weak(true), Variable.scalar(slope).weak(true)).astype(x.dtype) }
        return unary("LeakyReluBackward0", y, slopes, differentiable: Variable.constant("WhereBackward0", slopes), named: "LeakyReluBackwardBackward0")
    }

    /// `x if x > 0 else alpha * (exp(x) - 1)`.
    public func elu(_ alpha: Double = 1) throws -> Variable {
        let x = data
        let positive = try x > Variable.scalar(0)
        let negative = try (NDArray.unary(.expm1, x)) * Variable.scalar(alpha)
        let y = try NDArray.where(positive, x, negative)
        return unary("EluBackward0", y, {
            try NDArray.where(positive, NDArray.fullLike(x, .float(1)), negative + Variable.scalar(alpha))
        }, differentiable: {
            try Variable.select(positive, Variable(NDArray.fullLike(x, .float(1))), $0.exp().scaled(alpha))
        }, named: "EluBackwardBackward0")
    }

    /// `x * Φ(x)` (exact, erf form) or the tanh approximation, as `F.gelu(approximate=)`.
    public func gelu(approximate: Bool = false) throws -> Variable {
        let x = data
        let (y, dy) = try Activation.gelu(x, approximate: approximate)
        return Variable.record(y, "GeluBackward0", [self], saved: [self]) { g in [try g * dy] }
            .differentiable { [self] g in [try Variable.mul(g, self.geluSlope(approximate: approximate)).named("GeluBackwardBackward0")] }
    }

    /// GELU's derivative as an op of the input, whose own derivative is GELU's second
    /// (a third derivative reaches the fallback node, an error).
    func geluSlope(approximate: Bool) throws -> Variable {
        let x = data
        let (_, dy) = try Activation.gelu(x, approximate: approximate)
        return Variable.record(dy, "GeluBackwardBackward0", [self], saved: [self]) { g in
            [try g * Activation.geluCurvature(x, approximate: approximate)]
        }
    }

    /// `erf(x)`, whose derivative is 2/√π · exp(−x²).
    public func erf() throws -> Variable {
        unary("ErfBackward0", try Activation.erfValues(data), {
            let x = self.data
            return try NDArray.unary(.exp, NDArray.unary(.negative, x * x)) * Variable.scalar(2 / Foundation.sqrt(Double.pi))
        }, differentiable: { try Variable.mul($0, $0).neg().exp().scaled(2 / Foundation.sqrt(Double.pi)) })
    }

    /// `x * sigmoid(x)`.
    public func silu() throws -> Variable {
        let x = data
        let s = try Activation.sigmoid(x)
        return unary("SiluBackward0", try x * s, { try s * (Variable.scalar(1) + x * (Variable.scalar(1) - s)) }, differentiable: {
            let sv = try $0.sigmoid()
            let one = Variable.scalar(1)
            return try Variable.mul(sv, Variable.add(Variable(one), Variable.mul($0, Variable.rsub(sv, one))))
        })
    }

    /// `log(1 + exp(beta x)) / beta`, linear above `threshold` as torch computes it.
    public func softplus(beta: Double = 1, threshold: Double = 20) throws -> Variable {
        let x = data
        let bx = try x * Variable.scalar(beta)
        let soft = try NDArray.unary(.log1p, NDArray.unary(.exp, bx)) / Variable.scalar(beta)
        let linear = try bx > Variable.scalar(threshold)
        let y = try NDArray.where(linear, x, soft)
        return unary("SoftplusBackward0", y, {
            try NDArray.where(linear, NDArray.fullLike(x, .float(1)), Activation.sigmoid(bx))
        }, differentiable: {
            try Variable.select(linear, Variable(NDArray.fullLike(x, .float(1))), $0.scaled(beta).sigmoid())
        })
    }

    /// Clamps into `[lo, hi]`; the gradient passes where the value was inside.
    public func clamp(min lo: Double?, max hi: Double?) throws -> Variable {
        let x = data
        var y = x
        if let lo { y = try NDArray.maximum(y, Variable.scalar(lo)) }
        if let hi { y = try NDArray.minimum(y, Variable.scalar(hi)) }
        let inside = {
            var inside = try NDArray.fullLike(x, .bool(true), dtype: .bool)
            if let lo { inside = try NDArray.binary(.logicalAnd, inside, x >= Variable.scalar(lo)) }
            if let hi { inside = try NDArray.binary(.logicalAnd, inside, x <= Variable.scalar(hi)) }
            return try inside.astype(x.dtype)
        }
        return unary(lo != nil && hi != nil ? "ClampBackward1" : lo != nil ? "ClampMinBackward0" : "ClampMaxBackward0", y, inside,
                     differentiable: Variable.constant("WhereBackward0", inside))
    }
}
