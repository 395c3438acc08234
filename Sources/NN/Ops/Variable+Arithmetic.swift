import Tensor

/// The four operations and powers. Operands of different shapes broadcast; the backward pass
/// hands each input the full-shape gradient and ``Backward`` sums it back to the input's shape.
extension Variable {
    /// `a + alpha * b` (torch.add).
    public static func add(_ a: Variable, _ b: Variable, alpha: Double = 1) throws -> Variable {
        let scaled = alpha == 1 ? b.data : try b.data * NDArray.pythonScalar(alpha)
        return record(try a.data + scaled, "AddBackward0", [a, b], savesTensors: false) { g in
            [g, alpha == 1 ? g : try g * NDArray.pythonScalar(alpha)]
        }.differentiable { g in [g, alpha == 1 ? g : try g.scaled(alpha)] }
    }

    /// `a - alpha * b`.
    public static func sub(_ a: Variable, _ b: Variable, alpha: Double = 1) throws -> Variable {
        let scaled = alpha == 1 ? b.data : try b.data * NDArray.pythonScalar(alpha)
        return record(try a.data - scaled, "SubBackward0", [a, b], savesTensors: false) { g in
            [g, try NDArray.unary(.negative, alpha == 1 ? g : try g * NDArray.pythonScalar(alpha))]
        }.differentiable { g in [g, try g.scaled(-alpha)] }
    }

    /// `scalar - a` (`2 - x`), torch's rsub.
    public static func rsub(_ a: Variable, _ scalar: NDArray) throws -> Variable {
        record(try scalar - a.data, "RsubBackward1", [a], savesTensors: false) { g in [try NDArray.unary(.negative, g)] }
            .differentiable { g in [try g.neg()] }
    }

    public static func mul(_ a: Variable, _ b: Variable) throws -> Variable {
        let (x, y) = (a.data, b.data)
        return record(try x * y, "MulBackward0", [a, b], saved: [a, b]) { g in
            [a.requiresGrad ? try g * y : nil, b.requiresGrad ? try g * x : nil]
        }.differentiable { g in
            [a.requiresGrad ? try mul(g, b) : nil, b.requiresGrad ? try mul(g, a) : nil]
        }
    }

    public static func div(_ a: Variable, _ b: Variable) throws -> Variable {
        let (x, y) = (a.data, b.data)
        return record(try x / y, "DivBackward0", [a, b], saved: [a, b]) { g in
            [a.requiresGrad ? try g / y : nil,
             b.requiresGrad ? try NDArray.unary(.negative, try g * x / (y * y)) : nil]
        }.differentiable { g in
            [a.requiresGrad ? try div(g, b) : nil,
             b.requiresGrad ? try mul(g.neg(), div(div(a, b), b)) : nil]
        }
    }

    public func neg() throws -> Variable {
        Variable.record(try NDArray.unary(.negative, data), "NegBackward0", [self], savesTensors: false) { g in
            [try NDArray.unary(.negative, g)]
        }.differentiable { g in [try g.neg()] }
    }

    /// `x ** exponent` for a number exponent.
    public func pow(_ exponent: Double) throws -> Variable {
        let x = data
        let e = NDArray.pythonScalar(exponent)
        return Variable.record(try NDArray.power(x, e), "PowBackward0", [self], saved: [self]) { g in
            if exponent == 0 { return [try g * NDArray.pythonScalar(0.0)] }
            let d = try NDArray.power(x, NDArray.pythonScalar(exponent - 1)) * e
            return [try g * d]
        }.differentiable { [self] g in
            if exponent == 0 { return [try g.scaled(0)] }
            return [try Variable.mul(g, self.pow(exponent - 1).scaled(exponent))]
        }
    }

    /// `a ** b` for two tensors.
    public static func pow(_ a: Variable, _ b: Variable) throws -> Variable {
        let (x, y) = (a.data, b.data)
        let out = try NDArray.power(x, y)
        return record(out, "PowBackward1", [a, b], saved: [a, b]) { g in
            let ga = a.requiresGrad ? try g * y * NDArray.power(x, y - NDArray.pythonScalar(1)) : nil
            var gb: NDArray? = nil
            if b.requiresGrad {
                // d/dy x**y = x**y * log(x), taken as 0 where x == 0 (torch's convention).
                let logx = try NDArray.where(x .== NDArray.pythonScalar(0), NDArray.pythonScalar(0).weak(true), NDArray.unary(.log, x))
                gb = try g * out * logx
            }
            return [ga, gb]
        }.differentiable { g in
            let ga = a.requiresGrad ? try mul(g, mul(b, pow(a, sub(b, Variable(NDArray.pythonScalar(1)))))) : nil
            var gb: Variable? = nil
            if b.requiresGrad {
                let zero = try a.data .== NDArray.pythonScalar(0)
                let logx = try select(zero, Variable(NDArray.pythonScalar(0).weak(true)), a.log())
                gb = try mul(mul(g, pow(a, b)), logx)
            }
            return [ga, gb]
        }
    }

    /// `scalar ** x` (`2 ** t`).
    public static func pow(scalar: Double, _ b: Variable) throws -> Variable {
        let out = try NDArray.power(NDArray.pythonScalar(scalar), b.data)
        return record(out, "PowBackward1", [b], saved: [b]) { g in
            [try g * out * NDArray.pythonScalar(Foundation.log(scalar))]
        }.differentiable { g in [try mul(g, pow(scalar: scalar, b)).scaled(Foundation.log(scalar))] }
    }

    /// `self * factor` for a number factor.
    public func scaled(_ factor: Double) throws -> Variable {
        try Variable.mul(self, Variable(NDArray.pythonScalar(factor)))
    }
}

import Foundation
