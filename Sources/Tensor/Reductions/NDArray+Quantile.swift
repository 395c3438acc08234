import Foundation

/// The `method=` of `np.quantile` / `np.percentile` that Cellgrad computes: NumPy's default
/// `linear` and the four classic ones. (The Hyndman–Fan estimators such as `weibull` are not.)
public enum QuantileMethod: String, Sendable, CaseIterable {
    case linear, lower, higher, midpoint, nearest

    /// True for the methods that pick an element rather than interpolate: they keep the dtype.
    var picksElement: Bool { self == .lower || self == .higher || self == .nearest }
}

/// `np.quantile`, `np.percentile` and `np.nanquantile`, computed as NumPy 2 computes them: the
/// virtual index `(n - 1) * q` into the sorted lane, and NumPy's two-sided `_lerp` so results
/// match to the last bit.
///
/// ```python
/// np.percentile([1, 2, 3, 4], [25, 50])   # array([1.75, 2.5 ])
/// np.quantile([[1, 5], [3, 7]], 0.5, axis=0)   # array([2., 6.])
/// ```
extension NDArray {
    /// `np.quantile(a, q, axis, method, keepdims)`, `q` in [0, 1] of any shape; the result has
    /// shape `q.shape + reduced shape`. `ignoreNaN` is `np.nanquantile`.
    public func quantile(_ q: NDArray, axis: Int?, method: QuantileMethod = .linear, keepdims: Bool = false,
                         ignoreNaN: Bool = false, rangeMessage: String = "Quantiles must be in the range [0, 1]") throws -> NDArray {
        let qs = q.doubles
        guard qs.allSatisfy({ $0 >= 0 && $0 <= 1 }) else { throw TensorError.value(rangeMessage) }
        let ax = try axis.map { try Shape.normalizeAxis($0, ndim: Swift.max(ndim, 1)) }
        if let ax, ndim > 0, shape[ax] == 0 || size == 0 {
            throw TensorError.indexOutOfBounds(index: -1, axis: 0, size: 0)
        }
        if size == 0 { throw TensorError.indexOutOfBounds(index: -1, axis: 0, size: 0) }
        let lanes = try (ndim == 0 ? reshape([1]) : self).mapLanes(axis: ax, outputCount: qs.count) { lane, out in
            var sorted = Array(lane)
            if ignoreNaN { sorted.removeAll { $0.isNaN } }
            if sorted.isEmpty || (!ignoreNaN && sorted.contains { $0.isNaN }) {
                for i in 0..<qs.count { out[i] = .nan }
                return
            }
            sorted.sort()
            for (i, fraction) in qs.enumerated() { out[i] = Self.quantile(ofSorted: sorted, fraction, method) }
        }
        // Lanes come back as rest + [q]; NumPy puts q's axes first.
        var result = try lanes.moveaxis([-1], [0])
        var rest = Array(result.shape.dropFirst())
        if keepdims {
            if let ax { rest.insert(1, at: ax) } else { rest = [Int](repeating: 1, count: ndim) }
        }
        result = try result.reshape(q.shape + rest)
        if method.picksElement { return try result.astype(dtype) }
        return dtype == .float32 ? try result.astype(.float32) : result
    }

    /// One quantile of a sorted, NaN-free lane.
    static func quantile(ofSorted v: [Double], _ q: Double, _ method: QuantileMethod) -> Double {
        let n = v.count
        let virtual = Double(n - 1) * q
        func at(_ i: Double) -> Double { v[Swift.min(Swift.max(Int(i), 0), n - 1)] }
        switch method {
        case .lower: return at(virtual.rounded(.down))
        case .higher: return at(virtual.rounded(.up))
        case .nearest: return at(virtual.rounded(.toNearestOrEven))
        case .linear, .midpoint:
            let below = virtual.rounded(.down)
            var gamma = virtual - below
            if method == .midpoint && gamma != 0 { gamma = 0.5 }
            return lerp(at(below), at(below + 1), gamma)
        }
    }

    /// NumPy's `_lerp`: interpolates from whichever end is nearer, so `t = 1` gives `b` exactly.
    static func lerp(_ a: Double, _ b: Double, _ t: Double) -> Double {
        let diff = b - a
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t
    }
}
