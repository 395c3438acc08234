import Tensor

/// How a loss combines its per-element values: torch's `reduction=` and keras's reductions.
public enum Reduction: String, Sendable {
    case none, mean, sum

    public init(name: String) throws {
        guard let r = Reduction(rawValue: name) else { throw TensorError.value("\(name) is not a valid value for reduction") }
        self = r
    }

    /// Applies the reduction to per-element losses.
    func apply(_ v: Variable) throws -> Variable {
        switch self {
        case .none: return v
        case .mean: return try v.mean()
        case .sum: return try v.sum()
        }
    }
}
