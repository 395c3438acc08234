/// `cumsum` / `cumprod` along an axis (or the flattened array), accumulated in order.
///
/// ```python
/// np.cumsum([[1, 2], [3, 4]], axis=0)   # [[1 2] [4 6]]
/// np.cumsum([True, True])               # [1 2] (int64)
/// ```
extension NDArray {
    public func cumsum(axis: Int? = nil) throws -> NDArray { try cumulative(.add, axis: axis) }
    public func cumprod(axis: Int? = nil) throws -> NDArray { try cumulative(.multiply, axis: axis) }

    private func cumulative(_ op: BinaryOp, axis: Int?) throws -> NDArray {
        let outDType: DType = dtype == .bool ? .int64 : dtype
        var out: NDArray
        let ax: Int
        if let axis {
            ax = try Shape.normalizeAxis(axis, ndim: ndim)
            out = try astype(outDType)
        } else {
            out = try flatten().converted(to: outDType)
            ax = 0
        }
        let n = out.shape[ax]
        for i in 1..<Swift.max(n, 1) {
            let prev = try out.take(index: i - 1, axis: ax), cur = try out.take(index: i, axis: ax)
            try op.run(cur, prev, into: cur)
        }
        return out
    }
}
