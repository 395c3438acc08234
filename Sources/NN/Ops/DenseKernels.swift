import Tensor

/// The loops under ``Variable/dense(_:kernel:bias:relu:)`` over `(rows, units)` float arrays.
enum DenseKernels {
    /// Adds `bias` to every row of the fresh product, then clips negatives to 0 for a ReLU (NaN
    /// stays NaN, as `maximum` keeps it).
    static func addBias(_ product: NDArray, _ bias: NDArray?, relu: Bool) throws {
        guard product.isContiguous, bias.map({ $0.dtype == product.dtype && $0.ndim == 1 }) ?? true else {
            if let bias { try product.applyInPlace(.add, bias) }
            if relu { try product.applyInPlace(.maximum, NDArray.pythonScalar(0.0)) }
            return
        }
        switch product.dtype {
        case .float32: try addBias(Float.self, product, bias, relu: relu)
        case .float64: try addBias(Double.self, product, bias, relu: relu)
        default: throw TensorError.type("dense layers compute in float32 or float64, not \(product.dtype.name)")
        }
    }

    private static func addBias<T: FloatElement>(_: T.Type, _ product: NDArray, _ bias: NDArray?, relu: Bool) throws {
        let units = product.shape.last ?? 1
        let b = try bias?.contiguous()
        try product.withUnsafeMutableElements(as: T.self) { o in
            let rows = o.count / Swift.max(units, 1)
            if let b {
                try b.withUnsafeMutableElements(as: T.self) { bs in
                    for r in 0..<rows {
                        for j in 0..<units { o[r * units + j] = o[r * units + j] + bs[j] }
                    }
                }
            }
            if relu { Activation.clipNegatives(o) }
        }
    }

    /// `g.sum(axes: [0])` of a 2-D gradient, rows added in order.
    static func columnSums(_ g: NDArray) throws -> NDArray {
        guard g.ndim == 2, g.isContiguous, g.dtype == .float32 || g.dtype == .float64 else { return try g.sum(axes: [0]) }
        return g.dtype == .float32 ? try columnSums(Float.self, g) : try columnSums(Double.self, g)
    }

    private static func columnSums<T: FloatElement>(_: T.Type, _ g: NDArray) throws -> NDArray {
        let (rows, units) = (g.shape[0], g.shape[1])
        return try NDArray.filled([units], as: T.self) { out in
            for j in 0..<units { out[j] = 0 }
            try g.withUnsafeMutableElements(as: T.self) { gs in
                for r in 0..<rows {
                    for j in 0..<units { out[j] = out[j] + gs[r * units + j] }
                }
            }
        }
    }
}
