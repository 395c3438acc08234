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
    /// ``Shape/checkedSize(_:dtype:)`` first.
    convenience init(count: Int, dtype: DType) {
        self.init(uninitializedCount: count, dtype: dtype)
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: byteCount)
    }

    /// Allocates without zero-filling, for results every element of which is written.
    /// Large buffers come from ``StoragePool`` when a freed one of similar size is cached.
    init(uninitializedCount count: Int, dtype: DType) {
        let bytes = Swift.max(count * dtype.itemSize, 1)
        if let (p, capacity) = StoragePool.take(bytes) {
            raw = p
            byteCount = capacity
        } else {
            raw = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
            byteCount = bytes
        }
    }

    deinit { StoragePool.give(raw, byteCount) }

    @inline(__always)
    func pointer<T>(_ type: T.Type) -> UnsafeMutablePointer<T> {
        raw.assumingMemoryBound(to: T.self)
    }
}
