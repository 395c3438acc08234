import Foundation
import Tensor

/// The losses of torch.nn and keras. Regression and binary losses are single nodes named as
/// torch names them (`MseLossBackward0`), so a printed loss reads as in PyTorch.
public enum Losses {
    static func checkSameShape(_ a: Variable, _ b: Variable, _ what: String) throws {
        guard a.shape == b.shape else {
            throw TensorError.value("\(what): target size (torch.Size([\(b.shape.map(String.init).joined(separator: ", "))])) must be the same as input size (torch.Size([\(a.shape.map(String.init).joined(separator: ", "))]))")
        }
    }

    /// A per-element loss `f(x, t)` with derivative `df(x, t)` w.r.t. `x`, reduced in one node.
    /// `targetDerivative` is the loss's derivative in the target where it is not the negated
    /// input derivative (losses of `x - t` need none; BCE's is `log(1 - x) - log(x)`).
    static func elementwise(_ x: Variable, _ t: Variable, _ reduction: Reduction, name: String,
                            value: (NDArray, NDArray) throws -> NDArray,
                            derivative: @escaping (NDArray, NDArray) throws -> NDArray,
                            recordedDerivative: ((Variable, Variable) throws -> Variable)? = nil,
                            targetDerivative: ((NDArray, NDArray) throws -> NDArray)? = nil,
                            recordedTargetDerivative: ((Variable, Variable) throws -> Variable)? = nil) throws -> Variable {
        let (xs, ts) = try (x.data, t.data.astype(x.dtype))
        let per = try value(xs, ts)
        let n = Double(Swift.max(per.size, 1))
        let shape = per.shape
        let out: NDArray
        switch reduction {
        case .none: out = per
        case .sum: out = try per.sum()
        case .mean: out = try per.mean()
        }
        func chain(_ d: NDArray, _ g: NDArray) throws -> NDArray {
            switch reduction {
            case .none: return try d * g
            case .sum: return try d * g.broadcast(to: shape)
            case .mean: return try d * g.broadcast(to: shape) / NDArray.pythonScalar(n)
            }
        }
        let result = Variable.record(out, name, [x, t], saved: [x, t]) { g in
            let d = try chain(try derivative(xs, ts), g)
            guard t.requiresGrad else { return [x.requiresGrad ? d : nil, nil] }
            let dt = try targetDerivative.map { try chain(try $0(xs, ts), g) } ?? NDArray.unary(.negative, d)
            return [x.requiresGrad ? d : nil, dt]
        }
        guard let recordedDerivative else { return result }
        func recordedChain(_ d: Variable, _ g: Variable) throws -> Variable {
            switch reduction {
            case .none: return try Variable.mul(d, g)
            case .sum: return try Variable.mul(d, g.expand(shape))
            case .mean: return try Variable.mul(d, g.expand(shape)).scaled(1 / n)
            }
        }
        return result.differentiable { g in
            let tc = try t.cast(to: x.dtype)
            let d = try recordedChain(try recordedDerivative(x, tc), g)
            guard t.requiresGrad else { return [x.requiresGrad ? d : nil, nil] }
            let dt = try recordedTargetDerivative.map { try recordedChain(try $0(x, tc), g) } ?? d.neg()
            return [x.requiresGrad ? d : nil, dt]
        }
    }

    public static func mse(_ x: Variable, _ t: Variable, reduction: Reduction = .mean) throws -> Variable {
        let (bx, bt) = try broadcastPair(x, t)
        return try elementwise(bx, bt, reduction, name: "MseLossBackward0",
                               value: { a, b in let d = try a - b; return try d * d },
                               derivative: { a, b in try (a - b) * NDArray.pythonScalar(2.0) },
                               recordedDerivative: { a, b in try Variable.sub(a, b).scaled(2) })
    }

    public static func l1(_ x: Variable, _ t: Variable, reduction: Reduction = .mean) throws -> Variable {
        let (bx, bt) = try broadcastPair(x, t)
        // torch computes L1 as a composition: the node shown is the reduction's.
        return try elementwise(bx, bt, reduction, name: reduction == .mean ? "MeanBackward0" : reduction == .sum ? "SumBackward0" : "AbsBackward0",
                               value: { a, b in try NDArray.unary(.absolute, a - b) },
                               derivative: { a, b in try NDArray.unary(.sign, a - b) },
                               recordedDerivative: { a, b in try signOf(Variable.sub(a, b)) })
    }

    public static func smoothL1(_ x: Variable, _ t: Variable, reduction: Reduction = .mean, beta: Double = 1) throws -> Variable {
        let (bx, bt) = try broadcastPair(x, t)
        let s: (Double) -> NDArray = { NDArray.pythonScalar($0) }
        return try elementwise(bx, bt, reduction, name: "SmoothL1LossBackward0", value: { a, b in
            let d = try NDArray.unary(.absolute, a - b)
            if beta == 0 { return d }
            return try NDArray.where(d < s(beta), d * d * s(0.5 / beta), d - s(0.5 * beta))
        }, derivative: { a, b in
            let d = try a - b
            if beta == 0 { return try NDArray.unary(.sign, d) }
            return try NDArray.where(NDArray.unary(.absolute, d) < s(beta), d / s(beta), NDArray.unary(.sign, d))
        }, recordedDerivative: { a, b in
            let d = try Variable.sub(a, b)
            if beta == 0 { return try signOf(d) }
            return try Variable.select(try NDArray.unary(.absolute, d.data) < s(beta), d.scaled(1 / beta), signOf(d))
        })
    }

    public static func huber(_ x: Variable, _ t: Variable, reduction: Reduction = .mean, delta: Double = 1) throws -> Variable {
        let (bx, bt) = try broadcastPair(x, t)
        let s: (Double) -> NDArray = { NDArray.pythonScalar($0) }
        return try elementwise(bx, bt, reduction, name: "HuberLossBackward0", value: { a, b in
            let d = try NDArray.unary(.absolute, a - b)
            return try NDArray.where(d < s(delta), d * d * s(0.5), (d - s(0.5 * delta)) * s(delta))
        }, derivative: { a, b in
            let d = try a - b
            return try NDArray.where(NDArray.unary(.absolute, d) < s(delta), d, NDArray.unary(.sign, d) * s(delta))
        }, recordedDerivative: { a, b in
            let d = try Variable.sub(a, b)
            return try Variable.select(try NDArray.unary(.absolute, d.data) < s(delta), d, signOf(d).scaled(delta))
        })
    }

    /// sign(d) as a node of `d` whose own derivative is zero (the kink's subgradient, as torch).
    static func signOf(_ d: Variable) throws -> Variable {
        try Variable.constant("SgnBackward0", { try NDArray.unary(.sign, d.data) })(d)
    }

    static func broadcastPair(_ x: Variable, _ t: Variable) throws -> (Variable, Variable) {
        if x.shape == t.shape { return (x, t) }
        let shape = try Shape.broadcast(x.shape, t.shape)
        return (try x.expand(shape), try t.expand(shape))
    }

    /// Binary cross-entropy on probabilities; logs are clamped at -100 as torch clamps them.
    public static func binaryCrossEntropy(_ p: Variable, _ t: Variable, weight: NDArray? = nil,
                                          reduction: Reduction = .mean) throws -> Variable {
        try checkSameShape(p, t, "Using a target size that is different to the input size is deprecated. Please ensure they have the same size.")
        let s: (Double) -> NDArray = { NDArray.pythonScalar($0) }
        return try elementwise(p, t, reduction, name: "BinaryCrossEntropyBackward0", value: { x, y in
            let lx = try NDArray.maximum(NDArray.unary(.log, x), s(-100.0))
            let l1x = try NDArray.maximum(NDArray.unary(.log, s(1.0) - x), s(-100.0))
            var loss = try NDArray.unary(.negative, y * lx + (s(1.0) - y) * l1x)
            if let weight { loss = try loss * weight }
            return loss
        }, derivative: { x, y in
            let eps = s(1e-12)
            var d = try (x - y) / NDArray.maximum((s(1.0) - x) * x, eps)
            if let weight { d = try d * weight }
            return d
        }, recordedDerivative: { x, y in
            let spread = try Variable.mul(Variable.rsub(x, s(1.0)), x).clamp(min: 1e-12, max: nil)
            let d = try Variable.div(Variable.sub(x, y), spread)
            return try weight.map { try Variable.mul(d, Variable($0)) } ?? d
        }, targetDerivative: { x, _ in
            // d/dt of -(t log x + (1 - t) log(1 - x)), with the logs clamped at -100 as in the value
            let lx = try NDArray.maximum(NDArray.unary(.log, x), s(-100.0))
            let l1x = try NDArray.maximum(NDArray.unary(.log, s(1.0) - x), s(-100.0))
            let d = try l1x - lx
            return try weight.map { try d * $0 } ?? d
        }, recordedTargetDerivative: { x, _ in
            let d = try Variable.sub(Variable.rsub(x, s(1.0)).log().clamp(min: -100, max: nil), x.log().clamp(min: -100, max: nil))
            return try weight.map { try Variable.mul(d, Variable($0)) } ?? d
        })
    }

    /// `max(x, 0) - x t + log(1 + exp(-|x|))`, with torch's `pos_weight`.
    public static func binaryCrossEntropyWithLogits(_ x: Variable, _ t: Variable, weight: NDArray? = nil, posWeight: NDArray? = nil,
                                                    reduction: Reduction = .mean) throws -> Variable {
        try checkSameShape(x, t, "ValueError")
        let s: (Double) -> NDArray = { NDArray.pythonScalar($0) }
        return try elementwise(x, t, reduction, name: "BinaryCrossEntropyWithLogitsBackward0", value: { z, y in
            let softplusNeg = try NDArray.unary(.log1p, NDArray.unary(.exp, NDArray.unary(.negative, NDArray.unary(.absolute, z))))
                + NDArray.maximum(NDArray.unary(.negative, z), s(0.0))
            // loss = (1 - y) z + (1 + (pw - 1) y) softplus(-z)
            var loss: NDArray
            if let posWeight {
                let lw = try s(1.0) + (posWeight - s(1.0)) * y
                loss = try (s(1.0) - y) * z + lw * softplusNeg
            } else {
                loss = try (s(1.0) - y) * z + softplusNeg
            }
            if let weight { loss = try loss * weight }
            return loss
        }, derivative: { z, y in
            let sig = try Activation.sigmoid(z)
            var d: NDArray
            if let posWeight {
                let lw = try s(1.0) + (posWeight - s(1.0)) * y
                d = try (s(1.0) - y) - lw * (s(1.0) - sig)
            } else {
                d = try sig - y
            }
            if let weight { d = try d * weight }
            return d
        }, recordedDerivative: { z, y in
            var d: Variable
            if let posWeight {
                let lw = try Variable.add(Variable(s(1.0)), Variable.mul(y, Variable(posWeight - s(1.0))))
                d = try Variable.sub(Variable.rsub(y, s(1.0)), Variable.mul(lw, Variable.rsub(z.sigmoid(), s(1.0))))
            } else {
                d = try Variable.sub(z.sigmoid(), y)
            }
            return try weight.map { try Variable.mul(d, Variable($0)) } ?? d
        }, targetDerivative: { z, _ in
            // d/dt of (1 - t) z + (1 + (pw - 1) t) softplus(-z): -z + (pw - 1) softplus(-z)
            var d = try NDArray.unary(.negative, z)
            if let posWeight {
                let softplusNeg = try NDArray.unary(.log1p, NDArray.unary(.exp, NDArray.unary(.negative, NDArray.unary(.absolute, z))))
                    + NDArray.maximum(NDArray.unary(.negative, z), s(0.0))
                d = try d + (posWeight - s(1.0)) * softplusNeg
            }
            return try weight.map { try d * $0 } ?? d
        }, recordedTargetDerivative: { z, _ in
            var d = try z.neg()
            if let posWeight { d = try Variable.add(d, Variable.mul(z.neg().softplus(), Variable(posWeight - s(1.0)))) }
            return try weight.map { try Variable.mul(d, Variable($0)) } ?? d
        })
    }
}
