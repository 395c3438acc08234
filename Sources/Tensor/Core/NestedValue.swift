/// A Python value on its way into `np.array(...)`: nested lists of numbers and arrays.
///
/// ```python
/// np.array([[1, 2], [3, 4.5]])          # .list([.list([.scalar(.int(1)), ...]), ...]) -> (2, 2) float64
/// np.array([np.ones(2, np.float32), [1, 2]])   # arrays and lists mix -> (2, 2) float64
/// np.array([[1, 2], [3]])
/// # ValueError: setting an array element with a sequence. The requested array has an
/// # inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.
/// ```
public indirect enum NestedValue: Sendable {
    case scalar(ScalarValue)
    case list([NestedValue])
    case array(NDArray)
    /// A Python `str` leaf: the value becomes a ``StringArray`` (`np.array(['a', 'b'])`), or is
    /// parsed when a numeric dtype is asked for (`np.array(['1.5'], dtype=float)`).
    case text(String)

    /// The consistent shape prefix and whether the whole value is rectangular.
    func probe() -> (shape: [Int], complete: Bool) {
        switch self {
        case .scalar, .text: return ([], true)
        case .array(let a): return (a.shape, true)
        case .list(let items):
            guard let first = items.first?.probe() else { return ([0], true) }
            var common = first.shape
            var complete = first.complete
            for item in items.dropFirst() {
                let p = item.probe()
                if p.shape != first.shape { complete = false }
                complete = complete && p.complete
                var k = 0
                while k < common.count && k < p.shape.count && common[k] == p.shape[k] { k += 1 }
                common = Array(common[0..<k])
            }
            return ([items.count] + common, complete)
        }
    }

    /// Promotion over every leaf: Python ints are int64 and floats float64 here (strong, as in
    /// `np.array`), arrays bring their dtype.
    func leafDType() -> DType? {
        switch self {
        case .scalar(let s): return s.defaultDType
        case .text: return nil
        case .array(let a): return a.dtype
        case .list(let items):
            var dt: DType?
            for item in items {
                if let d = item.leafDType() { dt = dt.map { $0.promoted(with: d) } ?? d }
            }
            return dt
        }
    }

    func appendLeaves(to out: inout [ScalarValue]) {
        switch self {
        case .scalar(let s): out.append(s)
        case .text: break     // callers route text through StringArray first
        case .array(let a): out.append(contentsOf: a.scalarValues)
        case .list(let items): for item in items { item.appendLeaves(to: &out) }
        }
    }

    /// True when some leaf is a Python `str`.
    public var containsText: Bool {
        switch self {
        case .text: return true
        case .scalar, .array: return false
        case .list(let items): return items.contains { $0.containsText }
        }
    }
}

extension NDArray {
    /// `np.array(value, dtype)`: a fresh C-contiguous array from nested lists, scalars and arrays.
    /// The dtype defaults to the promotion of all leaves (float64 for an empty list).
    public init(nested value: NestedValue, dtype: DType? = nil) throws {
        if value.containsText {
            guard let dtype else {
                throw TensorError.notImplemented("string arrays are not supported by this operation in Cellgrad's numpy (they support indexing, comparison, where, unique, sort/argsort, random choice, astype and tolist)")
            }
            self = try StringArray(nested: value).astype(dtype)
            return
        }
        let (shape, complete) = value.probe()
        guard complete else {
            throw TensorError.value("setting an array element with a sequence. The requested array has an inhomogeneous shape after \(shape.count) dimensions. The detected shape was \(Shape.tupleString(shape, compact: false)) + inhomogeneous part.")
        }
        let dt = dtype ?? value.leafDType() ?? .float64
        let n = try Shape.checkedSize(shape, dtype: dt)
        var leaves: [ScalarValue] = []
        leaves.reserveCapacity(n)
        value.appendLeaves(to: &leaves)
        guard leaves.count == n else { throw TensorError.reshape(size: leaves.count, shape: shape) }
        if let range = dt.integerRange {
            for case .int(let v) in leaves where !range.contains(v) { throw TensorError.scalarOutOfBounds(value: v, dtype: dt) }
        }
        self = try NDArray.uninitialized(shape, dtype: dt)
        switch dt {
        case .bool: let p = base(Bool.self); for i in 0..<n { p[i] = leaves[i].cast(Bool.self) }
        case .uint8: let p = base(UInt8.self); for i in 0..<n { p[i] = leaves[i].cast(UInt8.self) }
        case .int64: let p = base(Int64.self); for i in 0..<n { p[i] = leaves[i].cast(Int64.self) }
        case .float32: let p = base(Float.self); for i in 0..<n { p[i] = leaves[i].cast(Float.self) }
        case .float64: let p = base(Double.self); for i in 0..<n { p[i] = leaves[i].cast(Double.self) }
        }
    }

    /// Nested lists of elements (`a.tolist()`); a 0-d array gives its scalar.
    public func toNested() -> NestedValue {
        if ndim == 0 { return .scalar(scalar(atStorageIndex: offset)) }
        var items: [NestedValue] = []
        for i in 0..<shape[0] {
            let sub = view(shape: Array(shape.dropFirst()), strides: Array(strides.dropFirst()), offset: offset + i * strides[0])
            items.append(sub.toNested())
        }
        return .list(items)
    }

    /// `bool(a)`: the truth of a one-element array, else NumPy's ambiguity errors.
    public func truthValue() throws -> Bool {
        if size == 1 { return try item().asDouble != 0 }
        if size == 0 {
            throw TensorError.value("The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.")
        }
        throw TensorError.value("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
    }

    /// `float(a)` / `int(a)`: the element of a one-element array as a Python scalar.
    public func pythonScalarValue() throws -> ScalarValue {
        guard size == 1 else { throw TensorError.type("only 0-dimensional arrays can be converted to Python scalars") }
        return try item()
    }
}
