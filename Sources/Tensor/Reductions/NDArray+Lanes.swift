/// Work on the 1-D lanes along one axis, in float64: the shape of `np.percentile`, `np.gradient`,
/// `np.trapezoid` and the NaN-ignoring reductions, which each look at one lane at a time.
///
/// ```swift
/// // the sum of each row of a (2, 3) array, as a (2, 1) result
/// try a.mapLanes(axis: 1, outputCount: 1) { lane, out in out[0] = lane.reduce(0, +) }
/// ```
extension NDArray {
    /// Calls `body` with every lane along `axis` (`nil`: all elements as one lane) and a buffer
    /// of `outputCount` values to fill; returns float64 of shape `rest + [outputCount]`, where
    /// `rest` is the shape without `axis` (empty for `nil`).
    public func mapLanes(axis: Int?, outputCount: Int,
                         _ body: (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) throws -> Void) throws -> NDArray {
        let moved: NDArray
        var rest: [Int] = []
        if let axis {
            let ax = try Shape.normalizeAxis(axis, ndim: ndim)
            moved = try moveaxis([ax], [-1])
            rest = Array(moved.shape.dropLast())
        } else {
            moved = try reshape([-1])
        }
        let values = moved.doubles
        let n = moved.shape.last ?? 1
        let lanes = rest.reduce(1, *)
        var out = [Double](repeating: 0, count: try Shape.checkedSize(rest + [outputCount], dtype: .float64))
        try values.withUnsafeBufferPointer { src in
            try out.withUnsafeMutableBufferPointer { dst in
                for lane in 0..<lanes {
                    let input = UnsafeBufferPointer(rebasing: src[(lane * n)..<(lane * n + n)])
                    let output = UnsafeMutableBufferPointer(rebasing: dst[(lane * outputCount)..<(lane * outputCount + outputCount)])
                    try body(input, output)
                }
            }
        }
        return try NDArray(out, shape: rest + [outputCount])
    }
}
