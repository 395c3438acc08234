import Dispatch

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
            let box = UncheckedBox(b)
            DispatchQueue.concurrentPerform(iterations: ways) { i in
                let lo = i * chunk
                let hi = Swift.min(count, lo + chunk)
                if lo < hi { box.value(lo, hi) }
            }
        }
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
