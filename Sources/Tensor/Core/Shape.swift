/// Shape arithmetic shared by every op: sizes with overflow and memory checks, C-order strides,
/// broadcasting, axis normalisation and NumPy's tuple spelling of shapes.
///
/// ```python
/// np.broadcast_shapes((2, 1, 3), (4, 1))   # (2, 4, 3)
/// ```
public enum Shape {
    /// Largest allocation we attempt; anything larger is a `MemoryError` before allocating.
    public static let maxBytes = 16 << 30

    /// NumPy's tuple spelling: `(2, 3)`, `(4,)`, `()`; compact form `(2,3)` as in broadcast errors.
    public static func tupleString(_ shape: [Int], compact: Bool) -> String {
        if shape.count == 1 { return "(\(shape[0]),)" }
        return "(" + shape.map(String.init).joined(separator: compact ? "," : ", ") + ")"
    }

    /// NumPy's `convert_shape_to_string`, used in reshape and dot errors: `(4,2)`, `(4,)`,
    /// and leading unknown (-1) dimensions left out: `(-1, 4)` prints as `(4)`.
    public static func numpyString(_ shape: [Int]) -> String {
        var i = 0
        while i < shape.count && shape[i] < 0 { i += 1 }
        if i == shape.count { return "()" }
        var text = "(\(shape[i])"
        i += 1
        let first = i
        while i < shape.count {
            text += shape[i] < 0 ? ",newaxis" : ",\(shape[i])"
            i += 1
        }
        return text + (first == 1 && i == 1 ? ",)" : ")")
    }

    /// Number of elements, or `nil` on overflow.
    public static func size(_ shape: [Int]) -> Int? {
        var n = 1
        for d in shape {
            let (r, o) = n.multipliedReportingOverflow(by: d)
            if o { return nil }
            n = r
        }
        return n
    }

    /// Element count after checking for negative dimensions, overflow and the memory cap.
    ///
    /// ```python
    /// np.zeros((100000, 100000, 100))  # MemoryError: Unable to allocate 7.28 TiB ...
    /// np.zeros(-1)                     # ValueError: negative dimensions are not allowed
    /// ```
    public static func checkedSize(_ shape: [Int], dtype: DType) throws -> Int {
        for d in shape where d < 0 { throw TensorError.value("negative dimensions are not allowed") }
        guard let n = size(shape) else {
            throw TensorError.value("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
        }
        let (bytes, o) = n.multipliedReportingOverflow(by: dtype.itemSize)
        if o { throw TensorError.value("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.") }
        if bytes > maxBytes { throw TensorError.outOfMemory(shape: shape, dtype: dtype) }
        return n
    }

    /// C-order (row-major) strides in elements: `(2, 3, 4) -> (12, 4, 1)`.
    public static func contiguousStrides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var acc = 1
        for i in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[i] = acc
            acc &*= Swift.max(shape[i], 1)
        }
        return strides
    }

    /// The broadcast shape of several shapes, or NumPy's broadcast error.
    public static func broadcast(_ shapes: [[Int]]) throws -> [Int] {
        let ndim = shapes.map(\.count).max() ?? 0
        var out = [Int](repeating: 1, count: ndim)
        for s in shapes {
            let pad = ndim - s.count
            for (i, d) in s.enumerated() {
                let j = i + pad
                if out[j] == 1 { out[j] = d }
                else if d != 1 && d != out[j] { throw TensorError.broadcast(shapes: shapes) }
            }
        }
        return out
    }

    /// Two-shape broadcast.
    public static func broadcast(_ a: [Int], _ b: [Int]) throws -> [Int] {
        if a == b { return a }
        return try broadcast([a, b])
    }

    /// `axis` in `-ndim..<ndim` mapped to `0..<ndim`, else `AxisError`.
    public static func normalizeAxis(_ axis: Int, ndim: Int) throws -> Int {
        let a = axis < 0 ? axis + ndim : axis
        guard a >= 0 && a < ndim else { throw TensorError.axisOutOfBounds(axis: axis, ndim: ndim) }
        return a
    }

    /// Normalises a tuple of axes, rejecting duplicates as NumPy does.
    public static func normalizeAxes(_ axes: [Int], ndim: Int) throws -> [Int] {
        var seen = Set<Int>()
        var out: [Int] = []
        for a in axes {
            let n = try normalizeAxis(a, ndim: ndim)
            if !seen.insert(n).inserted { throw TensorError.value("duplicate value in 'axis'") }
            out.append(n)
        }
        return out
    }
}
