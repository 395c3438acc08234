#if canImport(Glibc)
import Glibc
#endif
import Tensor

/// glibc malloc settings for an interpreter process. A cell that builds 100,000 strs and
/// drops them again makes glibc hand memory back to the system and take it again (trimming
/// the heap, and giving each large array its own mmap that is unmapped when it is freed), and
/// every page it takes again is a fresh page fault. CPython avoids this with its own arenas.
/// Here the heap keeps what it has grown to: it grows in 16 MiB steps of address space (pages
/// are only backed when touched), is trimmed only past 128 MiB free at its top, and arrays
/// under 32 MiB come from it. Tensors above that still get their own mapping.
enum HeapTuning {
    static func apply() {
        #if canImport(Glibc)
        // mallopt is declared in <malloc.h>, which the Glibc module does not export.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let trimThreshold: Int32 = -1, topPad: Int32 = -2, mmapThreshold: Int32 = -3  // M_* in <malloc.h>
        _ = mallopt(topPad, 16 << 20)
        _ = mallopt(trimThreshold, 128 << 20)
        _ = mallopt(mmapThreshold, 32 << 20)
        #endif
    }

    /// Hands memory the session no longer uses back to the system: the tensor buffers kept for
    /// reuse, and the free pages of the heap. Run after `%reset` and after a cell long enough
    /// (``longCell``) that its work dwarfs the cost (a few milliseconds, and page faults when
    /// the next cell allocates again), so the resident size a teacher reads falls back when a
    /// model is dropped, while quick cells keep their warm heap.
    static func releaseFreeMemory() {
        StoragePool.releaseCachedBuffers()
        #if canImport(Glibc)
        // malloc_trim is declared in <malloc.h>, which the Glibc module does not export.
        typealias MallocTrim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        #endif
    }

    /// Cells that run at least this long release free memory when they end.
    static let longCell: Double = 0.1
}
