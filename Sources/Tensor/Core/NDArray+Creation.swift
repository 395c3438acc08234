/// Constructors: from Swift arrays, scalars, `zeros/ones/full/empty`, `arange`, `linspace`,
/// `eye`, `meshgrid`.
///
/// ```python
/// np.array([[1., 2.], [3., 4.]])  # NDArray([1, 2, 3, 4] as [Double], shape: [2, 2])
/// np.arange(0, 1, 0.25)           # NDArray.arange(0, 1, 0.25) -> [0, .25, .5, .75]
/// ```
extension NDArray {
    /// An array of `values` (C order) with `shape` (default: 1-D). Throws when sizes differ.
    public init<T: TensorElement>(_ values: [T], shape: [Int]? = nil) throws {
        let shape = shape ?? [values.count]
        let n = try Shape.checkedSize(shape, dtype: T.dtype)
        guard n == values.count else { throw TensorError.reshape(size: values.count, shape: shape) }
        self = try NDArray.uninitialized(shape, dtype: T.dtype)
        let p = base(T.self)
        values.withUnsafeBufferPointer { src in
            for i in 0..<n { p[i] = src[i] }
        }
    }

    /// A 0-d array holding `value` in `dtype` (default: the scalar's own dtype).
    ///
    /// ```python
    /// np.array(2.5)   # NDArray(scalar: .float(2.5))
    /// ```
    public init(scalar value: ScalarValue, dtype: DType? = nil) {
        let dt = dtype ?? value.defaultDType
        let storage = TensorStorage(scalarOf: dt)
        self.init(storage: storage, dtype: dt, shape: [], strides: [], offset: 0)
        fill(value)
    }

    /// A Python number as an operand: 0-d and *weak* (NEP 50), so `float32_array * 2.0` stays
    /// float32 while `int64_array * 2.0` becomes float64.
    public static func pythonScalar(_ value: ScalarValue) -> NDArray {
        var a = NDArray(scalar: value)
        a.isWeakScalar = true
        return a
    }

    public static func pythonScalar(_ value: Double) -> NDArray { pythonScalar(.float(value)) }
    public static func pythonScalar(_ value: Int) -> NDArray { pythonScalar(.int(Int64(value))) }

    /// `np.zeros(shape, dtype)`.
    public static func zeros(_ shape: [Int], dtype: DType = .float64) throws -> NDArray {
        try NDArray(zeros: shape, dtype: dtype)
    }

    /// `np.empty(shape, dtype)` (zero-filled here, which NumPy allows).
    public static func empty(_ shape: [Int], dtype: DType = .float64) throws -> NDArray {
        try NDArray(zeros: shape, dtype: dtype)
    }

    /// `np.ones(shape, dtype)`.
    public static func ones(_ shape: [Int], dtype: DType = .float64) throws -> NDArray {
        try full(shape, .int(1), dtype: dtype)
    }

    /// `np.full(shape, value, dtype)`; dtype defaults to the value's (`np.full(2, 7)` is int64).
    public static func full(_ shape: [Int], _ value: ScalarValue, dtype: DType? = nil) throws -> NDArray {
        let a = try NDArray(zeros: shape, dtype: dtype ?? value.defaultDType)
        a.fill(value)
        return a
    }

    /// `np.zeros_like(a)` and friends: same shape, dtype defaults to `like.dtype`.
    public static func fullLike(_ like: NDArray, _ value: ScalarValue, dtype: DType? = nil) throws -> NDArray {
        try full(like.shape, value, dtype: dtype ?? like.dtype)
    }

    /// `np.arange(start, stop, step, dtype)`: length `ceil((stop - start) / step)`, values
    /// `start + i * delta` with `delta = (start + step) - start`, as NumPy fills them.
    /// Integer arguments without a dtype give int64.
    ///
    /// ```python
    /// np.arange(5)             # [0 1 2 3 4]          arange(0, 5, 1)
    /// np.arange(1, 2, 0.3)     # [1.  1.3 1.6 1.9]
    /// ```
    public static func arange(_ start: ScalarValue, _ stop: ScalarValue, _ step: ScalarValue = .int(1),
                              dtype: DType? = nil) throws -> NDArray {
        let allInt = [start, stop, step].allSatisfy { if case .float = $0 { return false } else { return true } }
        let dt = dtype ?? (allInt ? .int64 : .float64)
        if step.asDouble == 0 { throw TensorError.value("Maximum allowed size exceeded") }
        let count: Int
        if allInt, case .int(let a) = start.asIntLike, case .int(let b) = stop.asIntLike, case .int(let s) = step.asIntLike {
            let (span, overflow) = b.subtractingReportingOverflow(a)
            if overflow { throw TensorError.value("Maximum allowed size exceeded") }
            if span == 0 || (span > 0) != (s > 0) {
                count = 0
            } else {
                count = Int((span > 0 ? (span - 1) / s : (span + 1) / s) + 1)
            }
        } else {
            let len = ((stop.asDouble - start.asDouble) / step.asDouble).rounded(.up)
            guard !len.isNaN else { throw TensorError.value("arange: cannot compute length") }
            guard Swift.abs(len) < 9.2e18 else { throw TensorError.value("Maximum allowed size exceeded") }
            count = len > 0 ? Int(len) : 0
        }
        let out = try NDArray.uninitialized([count], dtype: dt.computeDType)
        switch dt.computeDType {
        case .int64, .uint8:
            let p = out.base(Int64.self)
            let a: Int64, d: Int64
            if allInt {
                a = start.cast(Int64.self)
                d = step.cast(Int64.self)
            } else {
                a = Int64(castFrom: start.asDouble)
                d = Int64(castFrom: start.asDouble + step.asDouble) - a
            }
            for i in 0..<count { p[i] = a + Int64(i) * d }
        case .float64:
            let p = out.base(Double.self)
            let a = start.asDouble, d = (a + step.asDouble) - a
            for i in 0..<count { p[i] = a + Double(i) * d }
        case .float32:
            let p = out.base(Float.self)
            let a = Float(start.asDouble), d = Float(start.asDouble + step.asDouble) - a
            for i in 0..<count { p[i] = a + Float(i) * d }
        case .bool:
            guard count <= 2 else { throw TensorError.type("arange() is only supported for booleans when the result has at most length 2.") }
            let p = out.base(Bool.self)
            for i in 0..<count { p[i] = (start.asDouble + Double(i) * step.asDouble) != 0 }
        }
        return dt == out.dtype ? out : try out.astype(dt)
    }

    /// `np.arange(stop)`.
    public static func arange(_ stop: Int, dtype: DType? = nil) throws -> NDArray {
        try arange(.int(0), .int(Int64(stop)), .int(1), dtype: dtype)
    }

    /// `np.linspace(start, stop, num, endpoint, retstep)`: values `start + i * step` with
    /// `step = (stop - start) / (num - 1)` (or `/ num` without endpoint), last value exactly
    /// `stop`. Returns the array and the step (`retstep=True`).
    ///
    /// ```python
    /// np.linspace(0, 1, 5)   # [0.   0.25 0.5  0.75 1.  ]
    /// ```
    public static func linspace(_ start: Double, _ stop: Double, num: Int = 50, endpoint: Bool = true,
                                dtype: DType = .float64) throws -> (array: NDArray, step: Double) {
        guard num >= 0 else { throw TensorError.value("Number of samples, \(num), must be non-negative.") }
        _ = try Shape.checkedSize([num], dtype: .float64)
        let div = endpoint ? num - 1 : num
        let delta = stop - start
        let step = div > 0 ? delta / Double(div) : Double.nan
        var values = [Double](repeating: 0, count: num)
        for i in 0..<num {
            if div > 0 {
                values[i] = step == 0 ? (Double(i) / Double(div)) * delta + start : Double(i) * step + start
            } else {
                values[i] = Double(i) * delta + start
            }
        }
        if endpoint && num > 1 { values[num - 1] = stop }
        let a = try NDArray(values).converted(to: dtype)
        return (a, step)
    }

    /// `np.eye(N, M, k, dtype)`: ones on the `k`-th diagonal.
    public static func eye(_ n: Int, _ m: Int? = nil, k: Int = 0, dtype: DType = .float64) throws -> NDArray {
        let cols = m ?? n
        let out = try NDArray(zeros: [n, cols], dtype: dtype)
        let one = ScalarValue.int(1)
        for i in 0..<n {
            let (j, overflow) = i.addingReportingOverflow(k)   // k may be any Int
            if !overflow && j >= 0 && j < cols {
                let sub = out.view(shape: [], strides: [], offset: i * cols + j)
                sub.fill(one)
            }
        }
        return out
    }

    /// `np.identity(n, dtype)`.
    public static func identity(_ n: Int, dtype: DType = .float64) throws -> NDArray {
        try eye(n, dtype: dtype)
    }

    /// `np.meshgrid(*xs, indexing='xy'|'ij')`: coordinate matrices (copies, as NumPy's default
    /// `copy=True`). With `xy` the first two output axes are swapped.
    ///
    /// ```python
    /// X, Y = np.meshgrid(np.arange(3), np.arange(2))   # X.shape == Y.shape == (2, 3)
    /// ```
    public static func meshgrid(_ xs: [NDArray], indexing: String = "xy") throws -> [NDArray] {
        guard indexing == "xy" || indexing == "ij" else {
            throw TensorError.value("Valid values for `indexing` are 'xy' and 'ij'.")
        }
        let n = xs.count
        var outShape = xs.map(\.size)
        if indexing == "xy" && n >= 2 { outShape.swapAt(0, 1) }
        var result: [NDArray] = []
        for (i, x) in xs.enumerated() {
            var axis = i
            if indexing == "xy" && n >= 2 && i < 2 { axis = 1 - i }
            var s = [Int](repeating: 1, count: n)
            s[axis] = x.size
            let flat = try x.reshape([-1]).reshape(s)
            result.append(try flat.broadcast(to: outShape).copy())
        }
        return result
    }
}

extension ScalarValue {
    /// Booleans promoted to ints (for arange's integer path).
    var asIntLike: ScalarValue {
        if case .bool(let b) = self { return .int(b ? 1 : 0) }
        return self
    }
}
