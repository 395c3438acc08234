/// Whether ops record the graph (`torch.no_grad()`, `torch.enable_grad()`). The interpreter runs
/// one cell at a time on one thread, and parallel kernels never record, so one flag serves.
public enum GradMode {
    nonisolated(unsafe) public static var isEnabled = true

    /// Runs `body` with recording switched to `enabled`, restoring the previous mode after.
    public static func with<T>(_ enabled: Bool, _ body: () throws -> T) rethrows -> T {
        let previous = isEnabled
        isEnabled = enabled
        defer { isEnabled = previous }
        return try body()
    }
}
