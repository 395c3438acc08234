/// `cumsum` / `cumprod` along an axis (or the flattened array), accumulated in order, as NumPy
/// does (so float32 running sums round identically).
///
/// ```python
/// np.cumsum([[1, 2], [3, 4]], axis=0)   # [[1 2] [4 6]]
/// np.cumsum([True, True])               # [1 2] (int64)
/// ```
extension NDArray {
    public func cumsum(axis: Int? = nil) throws -> NDArray { try cumulative(product: false, axis: axis) }
    public func cumprod(axis: Int? = nil) throws -> NDArray { try cumulative(product: true, axis: axis) }

    private func cumulative(product: Bool, axis: Int?) throws -> NDArray {
        // bool and uint8 accumulate in int64 (NumPy's uint8 gives uint64, which Cellgrad lacks; torch gives int64)
        let outDType: DType = dtype == .bool || dtype == .uint8 ? .int64 : dtype
        let src = axis == nil ? try flatten() : self
        let ax = try Shape.normalizeAxis(axis ?? 0, ndim: src.ndim)
        // rows along the last axis, contiguous
        let rows = try src.astype(outDType).moveaxis([ax], [-1]).copy()
        let n = rows.shape.last ?? 0
        let count = n == 0 ? 0 : rows.size / n
        switch outDType {
        case .int64: Self.scan(rows.base(Int64.self), count, n, product ? { $0 &* $1 } : { $0 &+ $1 })
        case .float32: Self.scan(rows.base(Float.self), count, n, product ? { $0 * $1 } : { $0 + $1 })
        case .float64: Self.scan(rows.base(Double.self), count, n, product ? { $0 * $1 } : { $0 + $1 })
        case .bool, .uint8: break
        }
        return axis == nil ? rows : try rows.moveaxis([-1], [ax]).copy()
    }

    @inline(__always)
    private static func scan<T>(_ p: UnsafeMutablePointer<T>, _ rows: Int, _ n: Int, _ f: (T, T) -> T) {
        for r in 0..<rows {
            let row = p + r * n
            for i in 1..<Swift.max(n, 1) { row[i] = f(row[i - 1], row[i]) }
        }
    }
}
