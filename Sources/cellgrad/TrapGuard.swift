import CTrapGuard
import Language

/// Runs a cell so that a Swift trap in it (a bug of ours: an index out of range, an overflow)
/// ends the cell instead of the kernel. See `Sources/CTrapGuard/TrapGuard.c`.
enum TrapGuard {
    private static let installed: Void = cellgrad_install_trap_guard()

    /// Nil when `body` finished, or the signal number that stopped it. `body` is escaping on
    /// purpose: after a trap, whatever the interrupted frames retained is leaked, which a
    /// non-escaping closure's lifetime check would report as an escape.
    static func run(_ body: @escaping () -> Void) -> Int32? {
        _ = installed
        let context = Unmanaged.passRetained(Work(body)).toOpaque()
        let signal = cellgrad_run_guarded({ raw in
            guard let raw else { return }
            Unmanaged<Work>.fromOpaque(raw).takeUnretainedValue().body()
        }, context)
        Unmanaged<Work>.fromOpaque(context).release()
        return signal == 0 ? nil : signal
    }

    private final class Work {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// What the user sees when a cell was stopped by a trap.
    static func report(signal: Int32) -> (name: String, message: String, traceback: [String]) {
        let message = Interpreter.trapMessage(signal: signal)
        return ("SystemError", message, ["SystemError: " + message])
    }
}
