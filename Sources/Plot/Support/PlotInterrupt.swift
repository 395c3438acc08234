import Synchronization

/// Lets long raster work stop when the user interrupts a cell: encoding the PNG of a huge
/// figure (100 megapixels take seconds) checks between batches of rows, drawing checks between
/// Axes.
///
/// Plot knows nothing of the kernel: the module layer installs a check that throws the
/// interrupt's Python exception (KeyboardInterrupt, or the memory ceiling's MemoryError), and
/// that error leaves the Plot call unchanged.
///
/// ```swift
/// PlotInterrupt.install { if let e = Interrupt.pending() { throw convert(e) } }
/// ```
public enum PlotInterrupt {
    /// The installed check, boxed so that reading it does not re-wrap the closure each time.
    private final class Check: Sendable {
        let run: @Sendable () throws -> Void
        init(_ run: @escaping @Sendable () throws -> Void) { self.run = run }
    }

    private static let check = Mutex<Check?>(nil)

    /// Installs (or, with nil, removes) the check that throws a pending interrupt.
    public static func install(_ run: (@Sendable () throws -> Void)?) {
        let box = run.map(Check.init)
        check.withLock { $0 = box }
    }

    /// Throws the pending interrupt, if any.
    static func checkpoint() throws {
        try check.withLock({ $0 })?.run()
    }
}
