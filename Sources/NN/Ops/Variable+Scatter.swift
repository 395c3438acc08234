import Tensor

/// Writing values at computed positions: `scatter`, `scatter_add`, `index_add`, `index_put`
/// with `accumulate`, and the diagonal views. Each is one `put` of values at flat positions of
/// the input, so one backward serves them all: the values' gradient is the output gradient read
/// at those positions; the input's is the output gradient, less what an overwrite replaced.
extension Variable {
    /// The flat position of every element of an array of `shape`.
    public static func flatPositions(_ shape: [Int]) throws -> NDArray {
        try NDArray.arange(shape.reduce(1, *)).reshape(shape)
    }

    /// A copy of this variable with `values` written (or added, when `accumulate`) at the flat
    /// `positions`; `values` has the shape of `positions`. Repeated positions add up when
    /// accumulating; otherwise the last write wins, as torch's CPU kernels do.
    public func put(positions: NDArray, values: Variable, accumulate: Bool, name: String) throws -> Variable {
        let flat = try positions.astype(.int64).contiguous()
        let total = count
        let source = try values.data.astype(data.dtype).broadcast(to: flat.shape).contiguous()
        let out = try data.copy()
        switch data.dtype {
        case .float32: try Variable.putLoop(out, flat, source, total: total, accumulate: accumulate, as: Float.self)
        case .int64: try Variable.putLoop(out, flat, source, total: total, accumulate: accumulate, as: Int64.self)
        case .float64: try Variable.putLoop(out, flat, source, total: total, accumulate: accumulate, as: Double.self)
        default:
            let wide = try out.astype(.float64)
            try Variable.putLoop(wide, flat, try source.astype(.float64), total: total, accumulate: accumulate, as: Double.self)
            try out.setItem([.ellipsis], wide.astype(out.dtype))
        }
        let shape = self.shape
        return Variable.record(out, name, [self, values], savesTensors: true) { g in
            let gFlat = try g.contiguous().reshape([-1])
            let gValues = try gFlat.getItem([.array(flat.reshape([-1]))]).reshape(flat.shape)
            guard !accumulate else { return [g, gValues] }
            let cleared = try g.copy()
            try cleared.reshape([-1]).setItem([.array(flat.reshape([-1]))], NDArray.zeros([], dtype: g.dtype))
            return [cleared, gValues]
        }
    }

    static func putLoop<T: TensorElement & Numeric>(_ out: NDArray, _ positions: NDArray, _ values: NDArray, total: Int,
                                                    accumulate: Bool, as type: T.Type) throws {
        let p = positions.elements(as: Int64.self)
        for i in p where i < 0 || Int(i) >= total {
            throw TensorError.index("index \(i) is out of bounds for size \(total)")
        }
        let v = values.elements(as: T.self)
        try out.withUnsafeMutableElements(as: T.self) { o in
            if accumulate {
                for k in 0..<p.count { o[Int(p[k])] += v[k] }
            } else {
                for k in 0..<p.count { o[Int(p[k])] = v[k] }
            }
        }
    }

    /// The flat positions that `scatter(dim, index)` writes: along `dim` the index's values, along
    /// every other dim the index's own coordinates.
    public func scatterPositions(dim: Int, index: NDArray) throws -> NDArray {
        let axis = try Shape.normalizeAxis(dim, ndim: Swift.max(ndim, 1))
        let idx = try index.astype(.int64)
        guard idx.ndim == Swift.max(ndim, 1) else {
            throw TensorError.value("Index tensor must have the same number of dimensions as self tensor")
        }
        for d in 0..<idx.ndim where d != axis && idx.shape[d] > shape[d] {
            throw TensorError.value("Size does not match at dimension \(d) expected index \(idx.shape) to be smaller than self \(shape) apart from dimension \(axis)")
        }
        let hi = try idx.max().item().asDouble, lo = try idx.min().item().asDouble
        if idx.size > 0 && (lo < 0 || Int(hi) >= shape[axis]) {
            throw TensorError.index("index \(Int(lo < 0 ? lo : hi)) is out of bounds for dimension \(axis) with size \(shape[axis])")
        }
        let items: [IndexItem] = (0..<idx.ndim).map { d in d == axis ? .all : .slice(start: 0, stop: idx.shape[d], step: 1) }
        return try Variable.flatPositions(shape).getItem(items).takeAlong(idx, axis: axis)
    }

    /// `x.diagonal(offset, dim1, dim2)`: a gather of the diagonal's positions (the diagonal is
    /// the last dim of the result, as in torch).
    public func diagonal(offset: Int = 0, dim1: Int = 0, dim2: Int = 1) throws -> Variable {
        let a = try Shape.normalizeAxis(dim1, ndim: ndim), b = try Shape.normalizeAxis(dim2, ndim: ndim)
        guard a != b else { throw TensorError.value("diagonal dimensions cannot be identical \(dim1), \(dim2)") }
        let rest = (0..<ndim).filter { $0 != a && $0 != b }
        let moved = try Variable.flatPositions(shape).transpose(rest + [a, b])
        let (rows, cols) = (shape[a], shape[b])
        let start = offset >= 0 ? (0, offset) : (-offset, 0)
        let n = Swift.max(0, Swift.min(rows - start.0, cols - start.1))
        let along = try NDArray.arange(n)
        let items = [IndexItem](repeating: .all, count: rest.count)
            + [.array(try along + NDArray.pythonScalar(start.0)), .array(try along + NDArray.pythonScalar(start.1))]
        let positions = try moved.getItem(items).contiguous()
        let out = try flatten().index([.array(positions)])
        return out.named("DiagonalBackward0")
    }
}
