import Foundation

/// The shared, reference-typed buffer behind one or more ``NDArray`` views.
///
/// ```python
/// a = np.arange(6); b = a.reshape(2, 3)   # a and b share one TensorStorage
/// b[0, 0] = 9                             # a[0] is now 9
/// ```
/// The buffer is 64-byte aligned and zero-filled on allocation.
public final class TensorStorage: @unchecked Sendable {
    /// Start of the buffer.
    public let raw: UnsafeMutableRawPointer
    /// Bytes allocated.
    public let byteCount: Int

    /// Allocates `count` elements of `dtype`, zero-filled. Callers check sizes with
    /// ``Shape/checkedSize(_:dtype:)`` first; an allocation the system refuses is a
    /// `MemoryError`, never a crash.
    convenience init(count: Int, dtype: DType) throws {
        try self.init(uninitializedCount: count, dtype: dtype)
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: byteCount)
    }

    /// Allocates without zero-filling, for results every element of which is written.
    /// Large buffers come from ``StoragePool`` when a freed one of similar size is cached.
    init(uninitializedCount count: Int, dtype: DType) throws {
        let bytes = StoragePool.allocationSize(Swift.max(count * dtype.itemSize, 1))
        if let (p, capacity) = StoragePool.take(bytes) {
            raw = p
            byteCount = capacity
            return
        }
        try ArrayMemoryCeiling.admit(bytes, count: count, dtype: dtype)
        var p: UnsafeMutableRawPointer?
        guard posix_memalign(&p, 64, bytes) == 0, let p else {
            throw TensorError.outOfMemory(shape: [count], dtype: dtype)
        }
        raw = p
        byteCount = bytes
    }

    /// A one-element buffer (0-d arrays and scalars); tiny allocations do not fail in practice,
    /// and a failure here has no user-sized input to blame.
    init(scalarOf dtype: DType) {
        raw = UnsafeMutableRawPointer.allocate(byteCount: 8, alignment: 64)
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: 8)
        byteCount = 8
        ownedBySwift = true
    }

    /// True for buffers from Swift's allocator (freed with `deallocate`), false for `posix_memalign`.
    private var ownedBySwift = false

    deinit {
        if ownedBySwift { raw.deallocate() } else { StoragePool.give(raw, byteCount) }
    }

    @inline(__always)
    func pointer<T>(_ type: T.Type) -> UnsafeMutablePointer<T> {
        raw.assumingMemoryBound(to: T.self)
    }
}
