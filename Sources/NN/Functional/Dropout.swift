import Tensor

/// Inverted dropout: in training, zeroes each element with probability `p` and scales the
/// rest by `1 / (1 - p)`; in evaluation, the identity.
public enum Dropout {
    public static func apply(_ x: Variable, p: Double, training: Bool) throws -> Variable {
        guard p >= 0 && p <= 1 else { throw TensorError.value("dropout probability has to be between 0 and 1, but got \(p)") }
        guard training && p > 0 else { return x }
        if p == 1 { return try Variable.mul(x, Variable(NDArray.zeros([], dtype: x.dtype))) }
        let keep = try DefaultGenerator.shared.bernoulli(x.shape, p: 1 - p, dtype: x.dtype)
        let mask = try keep * NDArray.pythonScalar(1 / (1 - p))
        return Variable.record(try x.data * mask, "MulBackward0", [x], savesTensors: true) { g in [try g * mask] }
            .differentiable { g in [try Variable.mul(g, Variable(mask))] }
    }
}
