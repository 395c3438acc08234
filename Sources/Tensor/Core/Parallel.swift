import Dispatch
import Synchronization

/// Splits big work across the machine's two cores, deterministically: the split points depend
/// only on the problem size, never on timing, so results are identical with any thread count.
enum Parallel {
    /// Element count from which elementwise work is split in two.
    static let threshold = 100_000
    /// Number of chunks big work is split into.
    static let ways = 2

    /// Runs `body(chunkStart, chunkEnd)` over `0..<count`, in `ways` chunks (aligned to 64
    /// elements) when `count >= threshold`, else once on the caller's thread.
    @inline(__always)
    static func forRange(_ count: Int, threshold: Int = Parallel.threshold, _ body: (Int, Int) -> Void) {
        if count < threshold {
            body(0, count)
            return
        }
        let chunk = ((count + ways - 1) / ways + 63) & ~63
        withoutActuallyEscaping(body) { b in
            nonisolated(unsafe) let run = b
            DispatchQueue.concurrentPerform(iterations: ways) { i in
                let lo = i * chunk
                let hi = Swift.min(count, lo + chunk)
                if lo < hi { run(lo, hi) }
            }
        }
    }

    /// Runs `body(part)` on both cores for big outputs, where `part` is `out`'s half along its
    /// first axis longer than 1
    /// (and the matching halves of the broadcast inputs); small work runs once, on the caller's
    /// thread, with the whole arrays. Each half runs the ordinary (vectorised) kernel.
    ///
    /// ```python
    /// np.add(a, b)   # (10_000_000,): two halves of 5e6 on two threads
    /// ```
    static func splitRows(_ out: NDArray, _ inputs: [NDArray], _ body: (NDArray, [NDArray]) throws -> Void) throws {
        guard out.size >= threshold, let axis = out.shape.firstIndex(where: { $0 >= 2 }) else {
            try body(out, inputs)
            return
        }
        let bcast = try inputs.map { try $0.broadcast(to: out.shape) }
        let n = out.shape[axis], mid = n / 2
        func half(_ a: NDArray, _ i: Int) -> NDArray {
            var sh = a.shape
            sh[axis] = i == 0 ? mid : n - mid
            return a.view(shape: sh, strides: a.strides, offset: a.offset + (i == 0 ? 0 : mid * a.strides[axis]))
        }
        let parts = [(half(out, 0), bcast.map { half($0, 0) }), (half(out, 1), bcast.map { half($0, 1) })]
        let failures = Mutex<TensorError?>(nil)
        withoutActuallyEscaping(body) { b in
            nonisolated(unsafe) let run = b
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                do { try run(parts[i].0, parts[i].1) } catch {
                    let e = error as? TensorError ?? .value("\(error)")
                    failures.withLock { if $0 == nil { $0 = e } }
                }
            }
        }
        if let e = failures.withLock({ $0 }) { throw e }
    }

    /// Runs `body(i)` for each `i` in `0..<count` over both cores (static block split).
    static func forEach(_ count: Int, _ body: (Int) -> Void) {
        if count <= 1 {
            if count == 1 { body(0) }
            return
        }
        withoutActuallyEscaping(body) { b in
            let box = UncheckedBox(b)
            let ways = Swift.min(Parallel.ways, count)
            DispatchQueue.concurrentPerform(iterations: ways) { w in
                let lo = w * count / ways, hi = (w + 1) * count / ways
                for i in lo..<hi { box.value(i) }
            }
        }
    }
}

/// Carries a non-Sendable value (a closure over raw pointers) into `concurrentPerform`, whose
/// chunks touch disjoint memory.
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
