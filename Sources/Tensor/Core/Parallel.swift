import Dispatch
import Synchronization

/// Splits big work across the machine's two cores, deterministically: the split points depend
/// only on the problem size, never on timing, so results are identical with any thread count.
public enum Parallel {
    /// Element count from which elementwise work is shared by both cores.
    public static let threshold = 100_000

    /// Runs `body(chunkStart, chunkEnd)` over `0..<count`, in ``parts`` chunks (aligned to 64
    /// elements) shared by both cores when `count >= threshold`, else once on the caller's
    /// thread. More chunks than cores: when another process holds a core, the free thread
    /// takes more of them instead of waiting for the slow one's half.
    @inline(__always)
    public static func forRange(_ count: Int, threshold: Int = Parallel.threshold, _ body: (Int, Int) -> Void) {
        if count < threshold {
            body(0, count)
            return
        }
        let chunk = ((count + parts - 1) / parts + 63) & ~63
        let chunks = (count + chunk - 1) / chunk
        withoutActuallyEscaping(body) { b in
            nonisolated(unsafe) let run = b
            DispatchQueue.concurrentPerform(iterations: chunks) { i in
                let lo = i * chunk
                let hi = Swift.min(count, lo + chunk)
                if lo < hi { run(lo, hi) }
            }
        }
    }

    /// Parts big elementwise work is cut into: more parts than cores, so when another process
    /// holds one core the free thread simply takes more parts (the result is the same).
    static let parts = 8
    /// Elements per part at most, for huge outputs: a part takes a few milliseconds, and an
    /// interrupt is checked between parts (``Interrupt``), so `np.exp` of 200,000,000
    /// elements stops within a part's time.
    static let maxPartElements = 1 << 20

    /// Runs `body(part)` on both cores for big outputs, where the parts are equal slabs of `out`
    /// along its first axis longer than 1 (with the matching slabs of the broadcast inputs);
    /// small work runs once, on the caller's thread, with the whole arrays. Each part runs the
    /// ordinary (vectorised) kernel, and parts never overlap, so results do not depend on
    /// scheduling.
    ///
    /// ```python
    /// np.add(a, b)   # (10_000_000,): 8 slabs of 1.25e6 shared by two threads
    /// ```
    static func splitRows(_ out: NDArray, _ inputs: [NDArray], _ body: (NDArray, [NDArray]) throws -> Void) throws {
        guard out.size >= threshold, let axis = out.shape.firstIndex(where: { $0 >= 2 }) else {
            try body(out, inputs)
            return
        }
        let bcast = try inputs.map { try $0.broadcast(to: out.shape) }
        let n = out.shape[axis]
        let count = Swift.min(Swift.max(parts, out.size / maxPartElements), n)
        func slab(_ a: NDArray, _ i: Int) -> NDArray {
            let lo = i * n / count, hi = (i + 1) * n / count
            var sh = a.shape
            sh[axis] = hi - lo
            return a.view(shape: sh, strides: a.strides, offset: a.offset + lo * a.strides[axis])
        }
        let pieces = (0..<count).map { i in (slab(out, i), bcast.map { slab($0, i) }) }
        let failures = Mutex<TensorError?>(nil)
        withoutActuallyEscaping(body) { b in
            nonisolated(unsafe) let run = b
            DispatchQueue.concurrentPerform(iterations: count) { i in
                // After a failure or an interrupt the remaining parts are skipped.
                if failures.withLock({ $0 != nil }) { return }
                if let e = Interrupt.pending() {
                    failures.withLock { if $0 == nil { $0 = e } }
                    return
                }
                do { try run(pieces[i].0, pieces[i].1) } catch {
                    let e = error as? TensorError ?? .value("\(error)")
                    failures.withLock { if $0 == nil { $0 = e } }
                }
            }
        }
        if let e = failures.withLock({ $0 }) { throw e }
    }

    /// Runs `body(i)` for each `i` in `0..<count` over both cores (up to ``parts`` static blocks).
    static func forEach(_ count: Int, _ body: (Int) -> Void) {
        if count <= 1 {
            if count == 1 { body(0) }
            return
        }
        withoutActuallyEscaping(body) { b in
            let box = UncheckedBox(b)
            let ways = Swift.min(Parallel.parts, count)
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
