/// Vectorised `max`/`min` over a contiguous run, and the first index of the extreme value
/// (`argmax`/`argmin`), with NumPy's NaN rule: any NaN makes the result NaN (its first index).
///
/// Eight lanes at a time keep a running extreme and a "saw NaN" mask, so the loop compiles to
/// packed compares and blends instead of a branch per element.
///
/// ```python
/// np.max(np.float32([1, 5, 2]))        # 5.0
/// np.argmax([1.0, np.nan, 7.0])        # 1
/// ```
enum SIMDExtrema {
    static func extreme(_ p: UnsafePointer<Float>, _ n: Int, max isMax: Bool) -> Float {
        var i = 0
        var result = p[0]
        if n >= 16 {
            let raw = UnsafeRawPointer(p)
            var acc = raw.loadUnaligned(as: SIMD8<Float>.self)
            var nanLanes = SIMD8<Int32>(repeating: 0)
            nanLanes &= unsafeBitCast(acc .!= acc, to: SIMD8<Int32>.self)
            i = 8
            if isMax {
                while i + 8 <= n {
                    let v = raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD8<Float>.self)
                    acc = acc.replacing(with: v, where: v .> acc)
                    nanLanes |= unsafeBitCast(v .!= v, to: SIMD8<Int32>.self)
                    i &+= 8
                }
            } else {
                while i + 8 <= n {
                    let v = raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD8<Float>.self)
                    acc = acc.replacing(with: v, where: v .< acc)
                    nanLanes |= unsafeBitCast(v .!= v, to: SIMD8<Int32>.self)
                    i &+= 8
                }
            }
            if nanLanes != SIMD8<Int32>(repeating: 0) || acc != acc { return .nan }
            result = isMax ? acc.max() : acc.min()
        } else {
            i = 1
        }
        while i < n {
            result = isMax ? ScalarMath.maximum(result, p[i]) : ScalarMath.minimum(result, p[i])
            i += 1
        }
        return result
    }

    static func extreme(_ p: UnsafePointer<Double>, _ n: Int, max isMax: Bool) -> Double {
        var i = 0
        var result = p[0]
        if n >= 16 {
            let raw = UnsafeRawPointer(p)
            var acc = raw.loadUnaligned(as: SIMD4<Double>.self)
            var nanLanes = SIMD4<Int64>(repeating: 0)
            nanLanes &= unsafeBitCast(acc .!= acc, to: SIMD4<Int64>.self)
            i = 4
            if isMax {
                while i + 4 <= n {
                    let v = raw.loadUnaligned(fromByteOffset: i &* 8, as: SIMD4<Double>.self)
                    acc = acc.replacing(with: v, where: v .> acc)
                    nanLanes |= unsafeBitCast(v .!= v, to: SIMD4<Int64>.self)
                    i &+= 4
                }
            } else {
                while i + 4 <= n {
                    let v = raw.loadUnaligned(fromByteOffset: i &* 8, as: SIMD4<Double>.self)
                    acc = acc.replacing(with: v, where: v .< acc)
                    nanLanes |= unsafeBitCast(v .!= v, to: SIMD4<Int64>.self)
                    i &+= 4
                }
            }
            if nanLanes != SIMD4<Int64>(repeating: 0) || acc != acc { return .nan }
            result = isMax ? acc.max() : acc.min()
        } else {
            i = 1
        }
        while i < n {
            result = isMax ? ScalarMath.maximum(result, p[i]) : ScalarMath.minimum(result, p[i])
            i += 1
        }
        return result
    }

    /// First index of the extreme value (first NaN if any).
    static func argExtreme(_ p: UnsafePointer<Float>, _ n: Int, max isMax: Bool) -> Int {
        firstIndex(p, n, of: extreme(p, n, max: isMax))
    }

    static func argExtreme(_ p: UnsafePointer<Double>, _ n: Int, max isMax: Bool) -> Int {
        firstIndex(p, n, of: extreme(p, n, max: isMax))
    }

    private static func firstIndex<T: FloatElement>(_ p: UnsafePointer<T>, _ n: Int, of m: T) -> Int {
        if m.isNaN {
            for i in 0..<n where p[i].isNaN { return i }
            return 0
        }
        for i in 0..<n where p[i] == m { return i }
        return 0
    }
}
