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
    /// The installed check, boxed: a closure kept directly in the Mutex is re-wrapped in a
    /// conversion thunk on every access, and the thunks pile up (each checkpoint got slower).
    private final class Check: Sendable {
        let pending: @Sendable () -> TensorError?
        init(_ pending: @escaping @Sendable () -> TensorError?) { self.pending = pending }
    }

    private static let check = Mutex<Check?>(nil)

    /// Installs (or, with nil, removes) the function that reports a pending interrupt.
    public static func install(_ pending: (@Sendable () -> TensorError?)?) {
        let box = pending.map(Check.init)
        check.withLock { $0 = box }
    }

    /// Throws the pending interrupt's error, if any.
    @inline(__always)
    public static func checkpoint() throws {
        if let e = pending() { throw e }
    }

    /// Runs `body` over `0..<count` in chunks (2^20 indices by default), checking for an
    /// interrupt before each chunk when there is more than one: a long pass over memory answers
    /// within a chunk's time (a few milliseconds).
    @inline(__always)
    public static func chunked(_ count: Int, chunk: Int = 1 << 20, _ body: (Range<Int>) throws -> Void) throws {
        var start = 0
        while start < count {
            if count > chunk { try checkpoint() }
            let end = Swift.min(count, start + chunk)
            try body(start..<end)
            start = end
        }
    }

    /// The pending interrupt's error (consumed), or nil.
    public static func pending() -> TensorError? {
        check.withLock({ $0 })?.pending()
    }
}
