import Synchronization

/// Lets long library work stop when the user interrupts a cell (Jupyter's interrupt button).
///
/// The kernel installs a check once; loops over batches (matmul batches, convolution samples,
/// leading-axis reductions, sorting rows, random fills) call ``checkpoint()``, which throws
/// ``TensorError/interrupted`` (`KeyboardInterrupt`) when the check says so.
///
/// ```swift
/// Interrupt.install { interruptFlag.load(ordering: .relaxed) }
/// ```
public enum Interrupt {
    private static let check = Mutex<(@Sendable () -> Bool)?>(nil)

    /// Installs (or, with nil, removes) the function that reports a pending interrupt.
    public static func install(_ pending: (@Sendable () -> Bool)?) {
        check.withLock { $0 = pending }
    }

    /// Throws ``TensorError/interrupted`` when an interrupt is pending.
    @inline(__always)
    public static func checkpoint() throws {
        if let pending = check.withLock({ $0 }), pending() { throw TensorError.interrupted }
    }
}
