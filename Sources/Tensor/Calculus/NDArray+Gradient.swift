/// The spacing of `np.gradient` along one axis: a constant step or the sample coordinates.
public enum GradientSpacing: Sendable {
    case uniform(Double)
    case coordinates([Double])
}

/// `np.gradient`: second-order central differences inside, one-sided differences of order
/// `edgeOrder` (1 or 2) at the ends, with NumPy's formulas for uneven coordinates.
///
/// ```python
/// np.gradient([1, 4, 9, 16])            # array([3., 4., 6., 7.])
/// np.gradient([1, 4, 9], [0, 1, 3])     # uneven spacing
/// ```
extension NDArray {
    /// The derivative estimate along `axis`, same shape; float64 (float32 stays float32).
    public func gradient(axis: Int, spacing: GradientSpacing = .uniform(1), edgeOrder: Int = 1) throws -> NDArray {
        guard edgeOrder == 1 || edgeOrder == 2 else { throw TensorError.value("'edge_order' greater than 2 not supported") }
        let ax = try Shape.normalizeAxis(axis, ndim: ndim)
        let n = shape[ax]
        guard n >= edgeOrder + 1 else {
            throw TensorError.value("Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.")
        }
        var steps: [Double]? = nil
        var dx = 1.0
        switch spacing {
        case .uniform(let d): dx = d
        case .coordinates(let x):
            guard x.count == n else { throw TensorError.value("when 1d, distances must match the length of the corresponding dimension") }
            let d = zip(x.dropFirst(), x).map { $0 - $1 }
            // Even coordinates take the uniform formulas, as NumPy does.
            if d.allSatisfy({ $0 == d[0] }) { dx = d[0] } else { steps = d }
        }
        let lanes = try mapLanes(axis: ax, outputCount: n) { f, out in
            if let h = steps {
                for i in 1..<(n - 1) {
                    let dx1 = h[i - 1], dx2 = h[i]
                    let a = -dx2 / (dx1 * (dx1 + dx2)), b = (dx2 - dx1) / (dx1 * dx2), c = dx1 / (dx2 * (dx1 + dx2))
                    out[i] = a * f[i - 1] + b * f[i] + c * f[i + 1]
                }
                if edgeOrder == 1 {
                    out[0] = (f[1] - f[0]) / h[0]
                    out[n - 1] = (f[n - 1] - f[n - 2]) / h[n - 2]
                } else {
                    var dx1 = h[0], dx2 = h[1]
                    var a = -(2 * dx1 + dx2) / (dx1 * (dx1 + dx2)), b = (dx1 + dx2) / (dx1 * dx2), c = -dx1 / (dx2 * (dx1 + dx2))
                    out[0] = a * f[0] + b * f[1] + c * f[2]
                    dx1 = h[n - 3]; dx2 = h[n - 2]
                    a = dx2 / (dx1 * (dx1 + dx2)); b = -(dx2 + dx1) / (dx1 * dx2); c = (2 * dx2 + dx1) / (dx2 * (dx1 + dx2))
                    out[n - 1] = a * f[n - 3] + b * f[n - 2] + c * f[n - 1]
                }
                return
            }
            for i in 1..<Swift.max(n - 1, 1) { out[i] = (f[i + 1] - f[i - 1]) / (2 * dx) }
            if edgeOrder == 1 {
                out[0] = (f[1] - f[0]) / dx
                out[n - 1] = (f[n - 1] - f[n - 2]) / dx
            } else {
                out[0] = (-1.5 / dx) * f[0] + (2 / dx) * f[1] + (-0.5 / dx) * f[2]
                out[n - 1] = (0.5 / dx) * f[n - 3] + (-2 / dx) * f[n - 2] + (1.5 / dx) * f[n - 1]
            }
        }
        let result = try lanes.moveaxis([-1], [ax])
        return dtype == .float32 ? try result.astype(.float32) : try result.contiguous()
    }

    /// `np.trapezoid(y, x=None, dx=1.0, axis=-1)`: the trapezoidal rule, composed as NumPy
    /// writes it (`sum(d * (y[1:] + y[:-1]) / 2.0)`). `x` is 1-D (one coordinate per sample) or
    /// shaped like `y`.
    public static func trapezoid(_ y: NDArray, x: NDArray? = nil, dx: Double = 1, axis: Int = -1) throws -> NDArray {
        let ax = try Shape.normalizeAxis(axis, ndim: y.ndim)
        var d: NDArray
        if let x {
            if x.ndim == 1 {
                d = try x.diffAlong(axis: 0)
                var shape = [Int](repeating: 1, count: y.ndim)
                shape[ax] = d.shape[0]
                d = try d.reshape(shape)
            } else {
                d = try x.diffAlong(axis: ax)
            }
        } else {
            d = .pythonScalar(dx)
        }
        var upper = [IndexItem](repeating: .all, count: y.ndim), lower = upper
        upper[ax] = .slice(start: 1, stop: nil, step: nil)
        lower[ax] = .slice(start: nil, stop: -1, step: nil)
        let heights = try (y.getItem(upper) + y.getItem(lower)) / .pythonScalar(2.0)
        return try (d * heights).sum(axes: [ax])
    }

    /// `a[1:] - a[:-1]` along `axis` (one step of `np.diff`).
    func diffAlong(axis: Int) throws -> NDArray {
        // A 0-d `x` (`np.trapezoid(y, 2)`) or one with fewer axes than `y` reaches here.
        guard ndim > 0 else { throw TensorError.value("diff requires input that is at least one dimensional") }
        let axis = try Shape.normalizeAxis(axis, ndim: ndim)
        var upper = [IndexItem](repeating: .all, count: ndim), lower = upper
        upper[axis] = .slice(start: 1, stop: nil, step: nil)
        lower[axis] = .slice(start: nil, stop: -1, step: nil)
        return try getItem(upper) - getItem(lower)
    }
}
