import Synchronization

/// Lets long library work stop when the user interrupts a cell (Jupyter's interrupt button).
///
/// The kernel installs a check once; loops over batches (matmul row blocks, convolution
/// samples, elementwise slabs, leading-axis reductions, sorting rows, random fills) call
/// ``checkpoint()``, which throws what the check reports: ``TensorError/interrupted``
/// (`KeyboardInterrupt`), or a `MemoryError` when the kernel's memory ceiling was passed.
/// The check consumes the request, so one interrupt stops one computation.
///
/// ```swift
/// Interrupt.install { flag.consume() ? .interrupted : nil }
/// ```
public enum Interrupt {
    private static let check = Mutex<(@Sendable () -> TensorError?)?>(nil)

    /// Installs (or, with nil, removes) the function that reports a pending interrupt.
    public static func install(_ pending: (@Sendable () -> TensorError?)?) {
        check.withLock { $0 = pending }
    }

    /// Throws the pending interrupt's error, if any.
    @inline(__always)
    public static func checkpoint() throws {
        if let e = pending() { throw e }
    }

    /// The pending interrupt's error (consumed), or nil.
    public static func pending() -> TensorError? {
        check.withLock({ $0 })?()
    }
}
