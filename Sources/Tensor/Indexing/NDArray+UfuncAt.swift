/// `np.add.at(a, indices, b)` and its siblings: unbuffered in-place application, so an index
/// that repeats applies once per occurrence (where `a[idx] += b` applies once).
///
/// ```python
/// a = np.zeros(3); np.add.at(a, [0, 0, 2], 1)   # a is array([2., 0., 1.])
/// ```
extension NDArray {
    /// The ufuncs `at` supports.
    public static let atOperations: [BinaryOp] = [.add, .subtract, .multiply, .maximum, .minimum]

    /// Applies `op(a[i], v)` for every selected position `i`, in order, with `values` broadcast
    /// to the selection; each result is cast to a's dtype as NumPy's unbuffered loop casts it.
    public func applyAt(_ op: BinaryOp, _ index: [IndexItem], _ values: NDArray) throws {
        guard Self.atOperations.contains(op) else {
            throw TensorError.notImplemented("\(op.ufuncName).at is not supported; add, subtract, multiply, maximum and minimum are")
        }
        let positions = try NDArray.arange(size).reshape(shape).getItem(index)
        let flat = positions.elements(as: Int64.self).map(Int.init)
        let operand = try values.broadcast(to: positions.shape)
        // Like NumPy's unbuffered loop, each step casts its result back to a's dtype (unsafely).
        if !dtype.isFloatingPoint && !values.dtype.isFloatingPoint {
            var current = elements(as: Int64.self)
            for (k, v) in zip(flat, operand.elements(as: Int64.self)) {
                let x = current[k]
                switch op {
                case .add: current[k] = x &+ v
                case .subtract: current[k] = x &- v
                case .multiply: current[k] = x &* v
                case .maximum: current[k] = Swift.max(x, v)
                default: current[k] = Swift.min(x, v)
                }
            }
            try setItem([.ellipsis], try NDArray(current, shape: shape).astype(dtype))
            return
        }
        var current = doubles
        let narrow = dtype == .float32
        for (k, v) in zip(flat, operand.doubles) {
            let x = current[k]
            var r: Double
            switch op {
            case .add: r = x + v
            case .subtract: r = x - v
            case .multiply: r = x * v
            case .maximum: r = x.isNaN || v.isNaN ? .nan : Swift.max(x, v)
            default: r = x.isNaN || v.isNaN ? .nan : Swift.min(x, v)
            }
            if narrow { r = Double(Float(r)) }
            if dtype.kind == .integer { r = r.rounded(.towardZero) }
            if dtype == .bool { r = r != 0 && !r.isNaN ? 1 : 0 }
            current[k] = r
        }
        try setItem([.ellipsis], try NDArray(current, shape: shape).astype(dtype))
    }
}
