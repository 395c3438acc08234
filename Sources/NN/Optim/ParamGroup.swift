import Tensor

/// A set of parameters with its own hyperparameters (`optimizer.param_groups[i]`): the numbers
/// (`lr`, `momentum`, `betas` as `beta1`/`beta2`, …) and switches (`nesterov`, `amsgrad`).
public final class ParamGroup {
    public var params: [Variable]
    public var numbers: [String: Double]
    public var flags: [String: Bool]

    public init(params: [Variable], numbers: [String: Double], flags: [String: Bool] = [:]) {
        self.params = params
        self.numbers = numbers
        self.flags = flags
    }

    public subscript(number name: String) -> Double { numbers[name] ?? 0 }
    public subscript(flag name: String) -> Bool { flags[name] ?? false }
}
