/// The process's default generator, as `torch.manual_seed` and every random op without a
/// `generator=` use it. The interpreter runs one cell at a time, so one instance serves.
public enum DefaultGenerator {
    nonisolated(unsafe) public static var shared = TorchGenerator()

    /// `torch.manual_seed(seed)`.
    public static func seed(_ seed: UInt64) { shared = TorchGenerator(seed: seed) }
}
