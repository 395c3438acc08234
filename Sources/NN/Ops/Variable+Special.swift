import Foundation
import Tensor

/// The special functions (`torch.erfc`, `lgamma`, `digamma`, `polygamma`, `erfinv`): values in
/// double precision, back in the input's dtype. Each derivative is itself written with
/// differentiable ops (lgamma's is digamma, digamma's is polygamma(1, x), erfinv's uses erfinv),
/// so gradients of any order follow.
extension Variable {
    /// `torch.erfc(x)` = 1 - erf(x); d/dx = -2/√π e^(-x²).
    public func erfc() throws -> Variable {
        try special("ErfcBackward0", Foundation.erfc) { x in try Variable.mul(x, x).neg().exp().scaled(-2 / Double.pi.squareRoot()) }
    }

    /// `torch.lgamma(x)` = log|Γ(x)|; d/dx = ψ(x).
    public func lgamma() throws -> Variable {
        try special("LgammaBackward0", Foundation.lgamma) { x in try x.digamma() }
    }

    /// `torch.digamma(x)` = ψ(x); d/dx = ψ′(x) = polygamma(1, x).
    public func digamma() throws -> Variable {
        try special("DigammaBackward0", SpecialMath.digamma) { x in try x.polygamma(1) }
    }

    /// `torch.polygamma(n, x)`, the n-th derivative of ψ (n ≥ 1); d/dx = polygamma(n + 1, x).
    public func polygamma(_ n: Int) throws -> Variable {
        guard n >= 0 else { throw TensorError.value("polygamma(n, x) does not support negative n.") }
        if n == 0 { return try digamma() }
        return try special("PolygammaBackward0", { SpecialMath.polygamma(n, $0) }) { x in try x.polygamma(n + 1) }
    }

    /// `torch.erfinv(y)`; d/dy = √π/2 e^(erfinv(y)²).
    public func erfinv() throws -> Variable {
        try special("ErfinvBackward0", SpecialMath.inverseErf) { y in
            let x = try y.erfinv()
            return try Variable.mul(x, x).exp().scaled(Double.pi.squareRoot() / 2)
        }
    }

    /// `f` elementwise, with the gradient `g * derivative(x)`; the derivative is built from
    /// recorded ops when a higher-order gradient is asked for.
    private func special(_ name: String, _ f: @escaping (Double) -> Double,
                         derivative: @escaping (Variable) throws -> Variable) throws -> Variable {
        let values = try data.astype(.float64).contiguous().elements(as: Double.self)
        let out = try NDArray(values.map(f), shape: shape).astype(dtype)
        return Variable.record(out, name, [self], saved: [self]) { [data] g in
            [try g * derivative(Variable(data)).data.astype(g.dtype)]
        }.differentiable { [self] g in [try Variable.mul(g, derivative(self))] }
    }
}
