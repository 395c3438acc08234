#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The thread a generator's body runs on. Its consumer joins it once the body has ended, so
/// every reference the thread drops on its way out is dropped before the consumer runs on:
/// Language counts references without atomics, so two threads must never touch the
/// interpreter's objects at the same time, not even while one of them exits.
struct GeneratorThread {
    private let handle: pthread_t

    /// Starts `body` on a new thread with a stack of `stackSize` bytes.
    init?(stackSize: Int, _ body: @escaping () -> Void) {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackSize)
        let start = Unmanaged.passRetained(ThreadStart(body)).toOpaque()
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let status = pthread_create(&thread, &attributes, { context in
            // Taken +1 and released when this closure returns, before the thread ends.
            let start = Unmanaged<ThreadStart>.fromOpaque(context!).takeRetainedValue()
            start.body()
            return nil
        }, start)
        guard status == 0 else {
            Unmanaged<ThreadStart>.fromOpaque(start).release()
            return nil
        }
        #if canImport(Glibc)
        handle = thread
        #else
        handle = thread!
        #endif
    }

    /// Waits until the thread has ended.
    func join() {
        pthread_join(handle, nil)
    }
}

private final class ThreadStart {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
}
