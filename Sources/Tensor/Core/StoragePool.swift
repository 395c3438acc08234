import Foundation
import Synchronization

/// Caches of freed buffers, reused for the next allocation of a similar size.
///
/// Small buffers (up to ``smallMaxBytes``) are allocated in power-of-two size classes and up to
/// ``smallPerClass`` freed ones per class are kept: a loop of small ops (`c = a + b` on 1000
/// elements) then skips malloc/free and glibc's consolidation of freed chunks, which cost
/// about a tenth of such a call. Large buffers are cached for another reason:
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

    static let smallMinBytes = 64
    static let smallMaxBytes = 64 << 10
    static let smallPerClass = 8

    /// Free small buffers per size class (`smallMinBytes << class`), as integer addresses.
    private static let small = Mutex([[UInt]](repeating: [], count: 11))

    /// The bytes to allocate for a request: small requests round up to their size class so a
    /// freed buffer fits every later request of its class.
    static func allocationSize(_ bytes: Int) -> Int {
        guard bytes <= smallMaxBytes else { return bytes }
        var size = smallMinBytes
        while size < bytes { size <<= 1 }
        return size
    }

    private static func smallClass(_ bytes: Int) -> Int? {
        guard bytes >= smallMinBytes, bytes <= smallMaxBytes, bytes & (bytes - 1) == 0 else { return nil }
        return (bytes / smallMinBytes).trailingZeroBitCount
    }

    /// A cached buffer with `bytes <= capacity <= 2 * bytes`, if any (best fit).
    static func take(_ bytes: Int) -> (UnsafeMutableRawPointer, Int)? {
        if let c = smallClass(bytes) {
            let address = small.withLock { $0[c].popLast() }
            guard let address, let p = UnsafeMutableRawPointer(bitPattern: address) else { return nil }
            return (p, bytes)
        }
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
        var all = cache.withLock { c -> [UInt] in
            let out = c.buffers.map(\.address)
            c.buffers.removeAll()
            c.total = 0
            return out
        }
        all += small.withLock { lists -> [UInt] in
            defer { for i in lists.indices { lists[i].removeAll() } }
            return lists.flatMap { $0 }
        }
        for a in all { free(UnsafeMutableRawPointer(bitPattern: a)) }
    }

    /// Bytes currently held for reuse.
    public static var cachedBytes: Int { cache.withLock { $0.total } }

    /// Keeps `pointer` (from `posix_memalign`) for reuse, or frees it when the cache is full.
    static func give(_ pointer: UnsafeMutableRawPointer, _ bytes: Int) {
        if let c = smallClass(bytes) {
            let address = UInt(bitPattern: pointer)
            let kept = small.withLock { lists -> Bool in
                guard lists[c].count < smallPerClass else { return false }
                lists[c].append(address)
                return true
            }
            if !kept { free(pointer) }
            return
        }
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
