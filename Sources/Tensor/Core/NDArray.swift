/// An n-dimensional array: a view (dtype, shape, strides, offset) onto a shared ``TensorStorage``.
///
/// `NDArray` is a small struct *handle*, exactly like a Python name bound to an ndarray:
/// copying the struct (`let b = a`) aliases the same storage, as `b = a` does in Python.
/// Views (`reshape`, `transposed`, basic slicing, `broadcast(to:)`) share storage; writes through
/// any view (``setItem(_:_:)``, in-place ops) are visible in every other view, as in NumPy.
/// Copies are made only where NumPy copies (fancy/boolean indexing, ``astype(_:)``, ``flatten()``,
/// ``copy()``).
///
/// ```python
/// a = np.arange(6.0).reshape(2, 3)   # shape (2, 3), strides (3, 1) elements
/// a.T                                # shape (3, 2), strides (1, 3), same storage
/// ```
public struct NDArray: Sendable {
    /// The shared buffer.
    public internal(set) var storage: TensorStorage
    /// Element type.
    public internal(set) var dtype: DType
    /// Extent of each axis.
    public internal(set) var shape: [Int]
    /// Step of each axis, in elements (NumPy's `strides` divided by `itemsize`).
    public internal(set) var strides: [Int]
    /// First element's index in ``storage``, in elements.
    public internal(set) var offset: Int
    /// True for a 0-d array made from a Python scalar (`2.0`, `3`, `True`): under NEP 50 it
    /// adopts the other operand's dtype when kinds allow (`float32_array * 2.0` stays float32).
    public internal(set) var isWeakScalar: Bool = false

    init(storage: TensorStorage, dtype: DType, shape: [Int], strides: [Int], offset: Int) {
        self.storage = storage
        self.dtype = dtype
        self.shape = shape
        self.strides = strides
        self.offset = offset
    }

    /// A fresh zero-filled C-contiguous array. Throws `MemoryError` for absurd sizes.
    public init(zeros shape: [Int], dtype: DType = .float64) throws {
        let n = try Shape.checkedSize(shape, dtype: dtype)
        let storage: TensorStorage
        do { storage = try TensorStorage(count: n, dtype: dtype) } catch {
            throw TensorError.outOfMemory(shape: shape, dtype: dtype)
        }
        self.init(storage: storage, dtype: dtype, shape: shape, strides: Shape.contiguousStrides(shape), offset: 0)
    }

    /// A fresh C-contiguous array whose contents the caller overwrites completely.
    static func uninitialized(_ shape: [Int], dtype: DType) throws -> NDArray {
        let n = try Shape.checkedSize(shape, dtype: dtype)
        let storage: TensorStorage
        do { storage = try TensorStorage(uninitializedCount: n, dtype: dtype) } catch {
            throw TensorError.outOfMemory(shape: shape, dtype: dtype)
        }
        return NDArray(storage: storage, dtype: dtype, shape: shape, strides: Shape.contiguousStrides(shape), offset: 0)
    }

    /// ``uninitialized(_:dtype:)`` that reuses `model`'s strides array when `model` has this
    /// shape and C-contiguous strides, saving an allocation on every small elementwise call.
    static func uninitialized(_ shape: [Int], dtype: DType, like model: NDArray) throws -> NDArray {
        guard model.shape == shape, model.hasCanonicalStrides else { return try uninitialized(shape, dtype: dtype) }
        let n = try Shape.checkedSize(shape, dtype: dtype)
        let storage: TensorStorage
        do { storage = try TensorStorage(uninitializedCount: n, dtype: dtype) } catch {
            throw TensorError.outOfMemory(shape: shape, dtype: dtype)
        }
        return NDArray(storage: storage, dtype: dtype, shape: shape, strides: model.strides, offset: 0)
    }

    /// True when `strides` are exactly the C-order strides of `shape` (size-1 axes included).
    var hasCanonicalStrides: Bool {
        var expected = 1
        for i in stride(from: shape.count - 1, through: 0, by: -1) {
            if strides[i] != expected { return false }
            expected &*= Swift.max(shape[i], 1)
        }
        return true
    }

    /// Number of axes, `a.ndim`.
    public var ndim: Int { shape.count }
    /// Number of elements, `a.size`.
    public var size: Int { shape.reduce(1, *) }
    /// `a.nbytes`.
    public var nbytes: Int { size * dtype.itemSize }
    /// `a.itemsize`.
    public var itemSize: Int { dtype.itemSize }
    /// NumPy's byte strides, `a.strides`.
    public var byteStrides: [Int] { strides.map { $0 * dtype.itemSize } }

    /// True when elements are laid out in C order with no gaps (`a.flags['C_CONTIGUOUS']`).
    public var isContiguous: Bool {
        var expected = 1
        for i in stride(from: shape.count - 1, through: 0, by: -1) {
            if shape[i] == 0 { return true }
            if shape[i] != 1 && strides[i] != expected { return false }
            expected *= shape[i]
        }
        return true
    }

    /// True when `self` and `other` view the same buffer (a cheap `np.shares_memory`).
    public func sharesStorage(with other: NDArray) -> Bool { storage === other.storage }

    /// Typed base pointer of the storage (without the offset).
    @inline(__always)
    func base<T>(_ type: T.Type) -> UnsafeMutablePointer<T> { storage.pointer(T.self) }

    /// Typed pointer to the first element (`base + offset`).
    @inline(__always)
    func start<T>(_ type: T.Type) -> UnsafeMutablePointer<T> { storage.pointer(T.self) + offset }

    /// Storage index of the element at a full multi-index (no bounds check; internal).
    @inline(__always)
    func storageIndex(_ index: [Int]) -> Int {
        var o = offset
        for i in 0..<index.count { o += index[i] * strides[i] }
        return o
    }

    /// A new view with the same storage.
    func view(shape: [Int], strides: [Int], offset: Int) -> NDArray {
        NDArray(storage: storage, dtype: dtype, shape: shape, strides: strides, offset: offset)
    }
}
