/// NumPy's pairwise summation, reproduced operation for operation so float32 sums round
/// exactly as NumPy's do: blocks of at most 128 elements are summed with eight running
/// accumulators combined as `((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7))`; longer runs split at
/// `n/2` rounded down to a multiple of 8 and recurse. Runs under 8 start from `-0.0`.
///
/// ```python
/// np.float32(np.ones(10**8, np.float32).sum())   # 1e8, where a running float32 sum stalls at 2**24
/// ```
/// The top two levels of a long run are computed as four parts on the two cores; the result is
/// bit-identical to the one-thread result because the tree is fixed by `n` alone.
enum PairwiseSum {
    static func sum<T: FloatElement>(_ p: UnsafePointer<T>, _ n: Int, _ stride: Int) -> T {
        if n >= 1 << 18 {
            // the first two levels of the tree as four independent quarters (more parts than
            // cores, so a busy core does not stall the sum), combined exactly as the recursion would
            var n2 = n / 2
            n2 -= n2 % 8
            var q1 = n2 / 2, q3 = (n - n2) / 2
            q1 -= q1 % 8
            q3 -= q3 % 8
            let starts = [0, q1, n2, n2 + q3], counts = [q1, n2 - q1, q3, n - n2 - q3]
            var quarters: [T] = [0, 0, 0, 0]
            quarters.withUnsafeMutableBufferPointer { h in
                let hp = h.baseAddress
                Parallel.forEach(4) { i in
                    hp?[i] = recurse(p + starts[i] * stride, counts[i], stride)
                }
            }
            return (quarters[0] + quarters[1]) + (quarters[2] + quarters[3])
        }
        return recurse(p, n, stride)
    }

    @inline(__always)
    static func recurse<T: FloatElement>(_ p: UnsafePointer<T>, _ n: Int, _ stride: Int) -> T {
        if n < 8 {
            var res: T = -0.0
            for i in 0..<n { res += p[i * stride] }
            return res
        }
        if n <= 128 {
            return stride == 1 ? block8(p, n) : block8Strided(p, n, stride)
        }
        var n2 = n / 2
        n2 -= n2 % 8
        return recurse(p, n2, stride) + recurse(p + n2 * stride, n - n2, stride)
    }

    @inline(__always)
    static func block8<T: FloatElement>(_ p: UnsafePointer<T>, _ n: Int) -> T {
        var r0 = p[0], r1 = p[1], r2 = p[2], r3 = p[3]
        var r4 = p[4], r5 = p[5], r6 = p[6], r7 = p[7]
        var i = 8
        let end = n - n % 8
        while i < end {
            r0 += p[i]; r1 += p[i + 1]; r2 += p[i + 2]; r3 += p[i + 3]
            r4 += p[i + 4]; r5 += p[i + 5]; r6 += p[i + 6]; r7 += p[i + 7]
            i += 8
        }
        var res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
        while i < n { res += p[i]; i += 1 }
        return res
    }

    static func block8Strided<T: FloatElement>(_ p: UnsafePointer<T>, _ n: Int, _ s: Int) -> T {
        var r0 = p[0], r1 = p[s], r2 = p[2 * s], r3 = p[3 * s]
        var r4 = p[4 * s], r5 = p[5 * s], r6 = p[6 * s], r7 = p[7 * s]
        var i = 8
        let end = n - n % 8
        while i < end {
            r0 += p[i * s]; r1 += p[(i + 1) * s]; r2 += p[(i + 2) * s]; r3 += p[(i + 3) * s]
            r4 += p[(i + 4) * s]; r5 += p[(i + 5) * s]; r6 += p[(i + 6) * s]; r7 += p[(i + 7) * s]
            i += 8
        }
        var res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
        while i < n { res += p[i * s]; i += 1 }
        return res
    }
}
