import Foundation
import Synchronization

/// The kernel's per-process memory ceiling as array allocation applies it: an array that
/// would take the process past it is a `MemoryError` (NumPy's "Unable to allocate …" wording)
/// before any page is touched, and the kernel lives.
///
/// The kernel sets the ceiling from `CELLGRAD_MAX_MEMORY` or JupyterHub's `MEM_LIMIT`; without
/// one, only the fixed cap of ``Shape/maxBytes`` applies. The process's size is its resident
/// memory, less the freed buffers ``StoragePool`` keeps for reuse.
///
/// ```python
/// # CELLGRAD_MAX_MEMORY=2G
/// np.ones(400_000_000)   # MemoryError: Unable to allocate 2.98 GiB for an array with shape (400000000,) ...
/// ```
public enum ArrayMemoryCeiling {
    private static let limit = Atomic<Int>(0)
    /// Smaller allocations are not checked: reading the process's size costs a system call.
    static let checkedFromBytes = 1 << 20

    /// The ceiling in bytes, or nil for none.
    public static var bytes: Int? {
        get { let b = limit.load(ordering: .relaxed); return b > 0 ? b : nil }
        set { limit.store(newValue ?? 0, ordering: .relaxed) }
    }

    /// Throws when allocating `bytes` more would pass the ceiling.
    static func admit(_ bytes: Int, count: Int, dtype: DType) throws {
        guard bytes >= checkedFromBytes, let ceiling = self.bytes else { return }
        if residentBytes() - StoragePool.cachedBytes + bytes > ceiling {
            throw TensorError.outOfMemory(shape: [count], dtype: dtype)
        }
    }

    /// The process's resident memory (`/proc/self/statm`), 0 where that is unavailable.
    public static func residentBytes() -> Int {
        let fd = open("/proc/self/statm", O_RDONLY)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, 127) }
        guard n > 0 else { return 0 }
        // "size resident shared …" in pages.
        let fields = buffer[0..<n].split(separator: UInt8(ascii: " "))
        guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
