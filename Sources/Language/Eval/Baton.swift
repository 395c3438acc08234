#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Synchronization

/// Passes control between a generator's consumer and the thread its body runs on: one side
/// `signal`s, the other `wait`s, strictly in turn. The waiter first spins for a few
/// microseconds, so when the two threads are on different cores a `yield` and the `next()`
/// that resumes it cost a cache-line transfer instead of two sleeps and wakes of the kernel's
/// futex (about 45 µs a round trip on a 2-core VM, hundreds of times CPython's generators).
/// After the spin it sleeps on a semaphore, so a body that works for long between yields costs
/// no more than a short spin of the other core.
///
/// The exchange and compare-exchange are acquire-release: everything one side wrote before
/// `signal` is visible to the other after its `wait`, as Language's non-atomic reference counts
/// require.
final class Baton: Sendable {
    /// 0: no token; 1: signalled, not yet taken; 2: the waiter sleeps on `sleeper`.
    private let state = Atomic<Int>(0)
    private let sleeper = DispatchSemaphore(value: 0)
    /// Checks before sleeping: the first ones in a tight loop, the rest each after a
    /// `sched_yield`, which hands the core to a runnable thread (a generator nested in another
    /// has more waiting threads than this machine has cores).
    private static let spinLimit = 300, yieldLimit = 300

    func signal() {
        if state.exchange(1, ordering: .acquiringAndReleasing) == 2 { sleeper.signal() }
    }

    func wait() {
        var spins = 0
        while true {
            if state.load(ordering: .relaxed) == 1,
               state.compareExchange(expected: 1, desired: 0, ordering: .acquiringAndReleasing).exchanged {
                return
            }
            if spins < Baton.spinLimit + Baton.yieldLimit {
                spins += 1
                if spins > Baton.spinLimit { sched_yield() }
                continue
            }
            // Announce the sleep; if the token came meanwhile, take it on the next turn.
            if state.compareExchange(expected: 0, desired: 2, ordering: .acquiringAndReleasing).exchanged {
                sleeper.wait()
                // `signal` saw 2, stored 1 and woke us: take its token.
                state.store(0, ordering: .releasing)
                _ = state.load(ordering: .acquiring)
                return
            }
        }
    }
}
