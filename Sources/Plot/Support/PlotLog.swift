import Foundation

/// Where the library sends its rare diagnostic messages (for example "no font file found,
/// using the embedded ASCII font"). Nothing is ever written to stderr: the kernel installs a
/// handler that forwards to its own log; by default messages are dropped.
///
/// ```swift
/// PlotLog.setHandler { message in myLogger.info(message) }
/// ```
public enum PlotLog {
    private static let state = LockedBox<(@Sendable (String) -> Void)?>(nil)
    private static let said = LockedBox<Set<String>>([])

    /// Installs the callback that receives log messages (replaces any previous one).
    public static func setHandler(_ handler: (@Sendable (String) -> Void)?) {
        state.withValue { $0 = handler }
    }

    /// Logs `message` through the handler.
    static func log(_ message: String) {
        let handler = state.withValue { $0 }
        handler?(message)
    }

    /// Logs `message` only the first time it is seen in this process.
    static func logOnce(_ message: String) {
        let first = said.withValue { $0.insert(message).inserted }
        if first { log(message) }
    }
}

/// A value guarded by a lock, so that shared caches are safe under Swift 6 strict concurrency.
final class LockedBox<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    /// Runs `body` with exclusive access to the value.
    func withValue<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
