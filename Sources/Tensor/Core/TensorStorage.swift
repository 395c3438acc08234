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
    init(count: Int, dtype: DType) {
        let bytes = Swift.max(count * dtype.itemSize, 1)
        raw = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
        byteCount = bytes
    }

    /// Allocates without zero-filling, for results every element of which is written.
    init(uninitializedCount count: Int, dtype: DType) {
        let bytes = Swift.max(count * dtype.itemSize, 1)
        raw = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
        byteCount = bytes
    }

    deinit { raw.deallocate() }

    @inline(__always)
    func pointer<T>(_ type: T.Type) -> UnsafeMutablePointer<T> {
        raw.assumingMemoryBound(to: T.self)
    }
}
