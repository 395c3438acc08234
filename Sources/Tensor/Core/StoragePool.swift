import Foundation
import Synchronization

/// A small cache of large freed buffers, reused for the next allocation of a similar size.
///
/// On this VM the first touch of fresh pages costs ~1 ms per 1 MB (page faults), far more than
/// the arithmetic; NumPy hides the same cost with transparent huge pages. Reusing a warm buffer
/// (as PyTorch's caching allocator does) makes `c = a + b` in a loop run at memory speed.
/// Bounded: buffers of at least ``minBytes``, at most ``maxCached`` of them and ``maxTotal`` bytes.
///
/// ```python
/// for _ in range(100): c = a + b   # after the first iteration, c reuses the freed buffer
/// ```
public enum StoragePool {
    static let minBytes = 1 << 20
    static let maxCached = 8
    static let maxTotal = 256 << 20

    private struct Cache: ~Copyable {
        /// Buffer addresses as integers (raw pointers are not Sendable across the lock).
        var buffers: [(address: UInt, bytes: Int)] = []
        var total = 0
    }

    private static let cache = Mutex(Cache())

    /// A cached buffer with `bytes <= capacity <= 2 * bytes`, if any (best fit).
    static func take(_ bytes: Int) -> (UnsafeMutableRawPointer, Int)? {
        guard bytes >= minBytes else { return nil }
        let found = cache.withLock { c -> (UInt, Int)? in
            var bestIndex = -1
            for (i, b) in c.buffers.enumerated() where b.bytes >= bytes && b.bytes <= 2 * bytes {
                if bestIndex < 0 || b.bytes < c.buffers[bestIndex].bytes { bestIndex = i }
            }
            guard bestIndex >= 0 else { return nil }
            let b = c.buffers.remove(at: bestIndex)
            c.total -= b.bytes
            return (b.address, b.bytes)
        }
        guard let (address, capacity) = found, let p = UnsafeMutableRawPointer(bitPattern: address) else { return nil }
        return (p, capacity)
    }

    /// Frees every cached buffer (e.g. after training, or when the kernel is asked to shrink).
    public static func releaseCachedBuffers() {
        let all = cache.withLock { c -> [UInt] in
            let out = c.buffers.map(\.address)
            c.buffers.removeAll()
            c.total = 0
            return out
        }
        for a in all { free(UnsafeMutableRawPointer(bitPattern: a)) }
    }

    /// Bytes currently held for reuse.
    public static var cachedBytes: Int { cache.withLock { $0.total } }

    /// Keeps `pointer` (from `posix_memalign`) for reuse, or frees it when the cache is full.
    static func give(_ pointer: UnsafeMutableRawPointer, _ bytes: Int) {
        guard bytes >= minBytes else { free(pointer); return }
        let address = UInt(bitPattern: pointer)
        let evicted = cache.withLock { c -> [UInt] in
            if bytes > maxTotal { return [address] }
            c.buffers.append((address, bytes))
            c.total += bytes
            var out: [UInt] = []
            while c.buffers.count > maxCached || c.total > maxTotal {
                let old = c.buffers.removeFirst()
                c.total -= old.bytes
                out.append(old.address)
            }
            return out
        }
        for a in evicted { free(UnsafeMutableRawPointer(bitPattern: a)) }
    }
}
