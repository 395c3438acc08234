/// `argmax` / `argmin`: index of the first extreme value (the first NaN, if any), along one
/// axis or over the flattened array.
///
/// ```python
/// np.argmax([[1, 5], [5, 2]])          # 1 (flat index)
/// np.argmax([[1, 5], [5, 2]], axis=0)  # [1 0]
/// ```
extension NDArray {
    public func argmax(axis: Int? = nil, keepdims: Bool = false) throws -> NDArray { try argReduce(max: true, axis: axis, keepdims: keepdims) }
    public func argmin(axis: Int? = nil, keepdims: Bool = false) throws -> NDArray { try argReduce(max: false, axis: axis, keepdims: keepdims) }

    private func argReduce(max isMax: Bool, axis: Int?, keepdims: Bool) throws -> NDArray {
        let name = isMax ? "argmax" : "argmin"
        let src: NDArray, ax: Int?
        if let axis {
            let a = try Shape.normalizeAxis(axis, ndim: ndim)
            ax = a
            src = try moveaxis([a], [-1])
        } else {
            ax = nil
            src = try ravel()
        }
        let n = src.shape.last ?? 1
        guard n > 0 else { throw TensorError.value("attempt to get \(name) of an empty sequence") }
        let outShape = Array(src.shape.dropLast())
        let out = try NDArray.uninitialized(outShape, dtype: .int64)
        let keptView = src.view(shape: outShape, strides: Array(src.strides.dropLast()), offset: src.offset)
        let step = src.strides.last ?? 1
        var starts: [Int] = []
        keptView.forEachOffset { starts.append($0) }
        let po = out.base(Int64.self)
        switch dtype {
        case .bool: Self.argRows(src.base(Bool.self), starts, n, step, po) { isMax ? ($0 && !$1) : (!$0 && $1) }
        case .uint8: Self.argRows(src.base(UInt8.self), starts, n, step, po) { isMax ? $0 > $1 : $0 < $1 }
        case .int64: Self.argRows(src.base(Int64.self), starts, n, step, po) { isMax ? $0 > $1 : $0 < $1 }
        case .float32: Self.argRowsFloat(src.base(Float.self), starts, n, step, po, isMax)
        case .float64: Self.argRowsFloat(src.base(Double.self), starts, n, step, po, isMax)
        }
        var r = out
        if keepdims {
            if let ax { r = try r.expandDims([ax]) } else { r = try r.reshape([Int](repeating: 1, count: ndim)) }
        }
        return r
    }

    private static func argRows<T>(_ p: UnsafeMutablePointer<T>, _ starts: [Int], _ n: Int, _ step: Int,
                                   _ out: UnsafeMutablePointer<Int64>, _ better: (T, T) -> Bool) {
        for (k, s) in starts.enumerated() {
            var best = p[s], bi = 0
            for i in 1..<n where better(p[s + i * step], best) { best = p[s + i * step]; bi = i }
            out[k] = Int64(bi)
        }
    }

    private static func argRowsFloat<T: FloatElement>(_ p: UnsafeMutablePointer<T>, _ starts: [Int], _ n: Int, _ step: Int,
                                                      _ out: UnsafeMutablePointer<Int64>, _ isMax: Bool) {
        for (k, s) in starts.enumerated() {
            if step == 1 && n >= 64 {
                if T.self == Float.self {
                    out[k] = Int64(SIMDExtrema.argExtreme(UnsafeRawPointer(p + s).assumingMemoryBound(to: Float.self), n, max: isMax))
                    continue
                }
                if T.self == Double.self {
                    out[k] = Int64(SIMDExtrema.argExtreme(UnsafeRawPointer(p + s).assumingMemoryBound(to: Double.self), n, max: isMax))
                    continue
                }
            }
            var best = p[s], bi = 0
            if !best.isNaN {
                for i in 1..<n {
                    let v = p[s + i * step]
                    if v.isNaN { bi = i; break }
                    if isMax ? v > best : v < best { best = v; bi = i }
                }
            }
            out[k] = Int64(bi)
        }
    }
}
