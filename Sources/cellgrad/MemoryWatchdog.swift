import Foundation
import Language
import Synchronization
import Tensor

/// Stops a cell whose process grows past the configured memory ceiling (`CELLGRAD_MAX_MEMORY`
/// or JupyterHub's `MEM_LIMIT`) with a MemoryError, before the system's out-of-memory killer
/// ends the kernel. Arrays are refused before they are allocated (``ArrayMemoryCeiling``);
/// this catches the rest (a list grown in a loop) by sampling the resident size while a
/// cell runs, and raising the interrupt flag with the memory reason.
///
/// A session already past the ceiling when a cell starts (memory it kept on purpose) may
/// still grow by ``slack`` in that cell.
final class MemoryWatchdog: Sendable {
    private let interrupt: InterruptFlag
    private let ceiling: Int
    /// The resident size that stops the running cell; 0 while no cell runs.
    private let threshold = Atomic<Int>(0)
    static let slack = 64 << 20
    static let period: TimeInterval = 0.02

    init(interrupt: InterruptFlag, ceiling: Int) {
        self.interrupt = interrupt
        self.ceiling = ceiling
        ThreadBoundary.immortalize(self)
        let thread = Thread { [self] in watch() }
        thread.name = "cellgrad-memory-watchdog"
        thread.start()
    }

    func cellStarted() {
        threshold.store(max(ceiling, ArrayMemoryCeiling.residentBytes() + MemoryWatchdog.slack), ordering: .relaxed)
    }

    func cellEnded() { threshold.store(0, ordering: .relaxed) }

    private func watch() {
        while true {
            Thread.sleep(forTimeInterval: MemoryWatchdog.period)
            let limit = threshold.load(ordering: .relaxed)
            guard limit > 0, ArrayMemoryCeiling.residentBytes() > limit else { continue }
            interrupt.raise(.memory)
            // Once per cell.
            threshold.store(0, ordering: .relaxed)
        }
    }
}
