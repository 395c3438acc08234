import Tensor

extension Variable {
    /// `x.unfold(dimension, size, step)`: every window of `size` elements along `dimension`,
    /// `step` apart, as a new last axis; `dimension` becomes the number of windows.
    ///
    /// ```python
    /// torch.arange(5.).unfold(0, 2, 2)   # tensor([[0., 1.], [2., 3.]])   (5,) -> (2, 2)
    /// ```
    /// A gather of window positions (its gradient adds where windows overlap), then the window
    /// axis moved last.
    public func unfold(dimension: Int, size: Int, step: Int) throws -> Variable {
        let axis = try Shape.normalizeAxis(dimension, ndim: Swift.max(ndim, 1))
        let length = ndim == 0 ? 1 : shape[axis]
        guard size <= length else {
            throw TensorError.value("maximum size for tensor at dimension \(axis) is \(length) but size is \(size)")
        }
        guard size >= 0 else { throw TensorError.value("size is \(size) but must be >= 0") }
        guard step > 0 else { throw TensorError.value("step is \(step) but must be > 0") }
        if ndim == 0 { return try reshape([size]) }
        let windows = (length - size) / step + 1
        var positions: [Int64] = []
        positions.reserveCapacity(windows * size)
        for w in 0..<windows { for j in 0..<size { positions.append(Int64(w * step + j)) } }
        let picked = try index([IndexItem](repeating: .all, count: axis) + [.array(try NDArray(positions, shape: [windows, size]))])
        let order = Array(0...axis) + Array((axis + 2)..<(ndim + 1)) + [axis + 1]
        return try picked.permute(order).named("UnfoldBackward0")
    }

    /// `F.glu(x, dim)`: the first half along `dim` gated by the sigmoid of the second half.
    ///
    /// ```python
    /// F.glu(torch.randn(4, 6), dim=-1).shape   # torch.Size([4, 3])
    /// ```
    public func glu(dim: Int) throws -> Variable {
        let axis = try Shape.normalizeAxis(dim, ndim: ndim)
        guard shape[axis] % 2 == 0 else {
            throw TensorError.value("Halving dimension must be even, but dimension \(axis) is size \(shape[axis])")
        }
        let halves = try split(size: shape[axis] / 2, dim: axis)
        return try Variable.mul(halves[0], halves[1].sigmoid()).named("GluBackward0")
    }
}
