/// Direct element access for libraries built on Tensor (the NN engine's optimisers and fused
/// kernels), which loop over contiguous float buffers themselves.
extension NDArray {
    /// Calls `body` with the elements of a C-contiguous array (in place: writes are visible in
    /// every view). A non-contiguous array is a `ValueError`, never a silent copy.
    ///
    ///     try w.withUnsafeMutableElements(as: Float.self) { p in p[0] = 1 }
    public func withUnsafeMutableElements<T: TensorElement, R>(as type: T.Type,
                                                               _ body: (UnsafeMutableBufferPointer<T>) throws -> R) throws -> R {
        guard T.dtype == dtype else { throw TensorError.type("expected \(T.dtype.name) elements, the array holds \(dtype.name)") }
        guard isContiguous else { throw TensorError.value("direct element access needs a contiguous array") }
        return try body(UnsafeMutableBufferPointer(start: start(T.self), count: size))
    }

    /// A fresh C-contiguous array of `shape` whose elements `body` writes, all of them.
    public static func filled<T: TensorElement>(_ shape: [Int], as type: T.Type,
                                                _ body: (UnsafeMutableBufferPointer<T>) throws -> Void) throws -> NDArray {
        let out = try uninitialized(shape, dtype: T.dtype)
        try body(UnsafeMutableBufferPointer(start: out.start(T.self), count: out.size))
        return out
    }

    /// The same array flagged as a Python scalar operand or not (NEP 50 weak scalars).
    public func weak(_ isWeak: Bool) -> NDArray {
        var r = self
        r.isWeakScalar = isWeak
        return r
    }
}

extension NDArray {
    /// The bytes of a C-contiguous array, in memory order (little-endian on every platform
    /// Cellgrad runs on), for writing files.
    public func withUnsafeMutableRawBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        guard isContiguous else { throw TensorError.value("raw byte access needs a contiguous array") }
        return try body(UnsafeRawBufferPointer(start: UnsafeRawPointer(storage.raw + offset * dtype.itemSize), count: size * dtype.itemSize))
    }
}
