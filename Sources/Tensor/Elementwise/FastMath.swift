/// Branch-free `exp` kernels the compiler vectorises (libm's `exp` is a call per element).
///
/// Method: `n = round(x / ln 2)`, `r = x - n ln 2` (Cody–Waite split constants), a polynomial
/// for `e^r` on `|r| <= ln2/2`, then scaling by `2^n` built from exponent bits in two halves so
/// subnormal results stay right. Accuracy is within 2 ulp of the correctly rounded value (NumPy's
/// own SIMD `exp` is likewise not correctly rounded); NaN, ±inf, overflow and underflow follow
/// IEEE as `np.exp` does.
///
/// ```python
/// np.exp(np.float32([0, 1, -1, 88.7, -104, np.inf, np.nan]))
/// ```
enum FastMath {
    static func exp<T: FloatElement>(_ a: NDArray, into out: NDArray, _ t: T.Type) throws {
        if a.shape == out.shape && a.isContiguous && out.isContiguous {
            if T.self == Float.self {
                expLoop(UnsafePointer(a.start(Float.self)), out.start(Float.self), out.size)
            } else {
                expLoop(UnsafePointer(a.start(Double.self)), out.start(Double.self), out.size)
            }
            return
        }
        if T.self == Float.self {
            try ElementwiseKernel.unary(a, into: out) { (x: Float) -> Float in expFloat(x) }
        } else {
            try ElementwiseKernel.unary(a, into: out) { (x: Double) -> Double in expDouble(x) }
        }
    }

    /// The contiguous loop, kept out of line so LLVM sees plain pointers and vectorises it.
    @inline(never)
    static func expLoop(_ a: UnsafePointer<Float>, _ o: UnsafeMutablePointer<Float>, _ n: Int) {
        for i in 0..<n { o[i] = expFloat(a[i]) }
    }

    @inline(never)
    static func expLoop(_ a: UnsafePointer<Double>, _ o: UnsafeMutablePointer<Double>, _ n: Int) {
        for i in 0..<n { o[i] = expDouble(a[i]) }
    }

    @inline(__always)
    static func expFloat(_ x: Float) -> Float {
        let xc = x < -104.0 ? -104.0 : (x > 89.0 ? 89.0 : x)  // NaN passes through and propagates
        let shifter: Float = 12582912.0  // 1.5 * 2^23
        let t = xc * 1.44269504088896341 + shifter
        let n = t - shifter
        var r = xc - n * 0.693145751953125
        r = r - n * 1.42860682030941723212e-6
        // e^r = 1 + r + r^2 * q(r), q = Taylor terms 1/2! ... 1/7! evaluated by Estrin's scheme
        // (short dependency chains, so consecutive vector iterations overlap)
        let r2 = r * r
        let q01 = 0.5 + r * (1.0 / 6.0)
        let q23 = 1.0 / 24.0 + r * (1.0 / 120.0)
        let q45 = 1.0 / 720.0 + r * (1.0 / 5040.0)
        let q = q01 + r2 * (q23 + r2 * q45)
        let p = 1.0 + (r + r2 * q)
        // n is in t's low mantissa bits: no trapping float->int conversion (vectorises under -O)
        let ni = Int32(bitPattern: t.bitPattern) &- Int32(bitPattern: shifter.bitPattern)
        let h = ni &>> 1
        let s1 = Float(bitPattern: UInt32(bitPattern: (h &+ 127) &<< 23))
        let s2 = Float(bitPattern: UInt32(bitPattern: (ni &- h &+ 127) &<< 23))
        return p * s1 * s2
    }

    @inline(__always)
    static func expDouble(_ x: Double) -> Double {
        let xc = x < -746.0 ? -746.0 : (x > 710.0 ? 710.0 : x)
        let shifter: Double = 6755399441055744.0  // 1.5 * 2^52
        let t = xc * 1.4426950408889634074 + shifter
        let n = t - shifter
        var r = xc - n * 6.93147180369123816490e-01
        r = r - n * 1.90821492927058770002e-10
        // e^r = 1 + r + r^2 * q(r), q = Taylor terms 1/2! ... 1/13! by Estrin's scheme
        let r2 = r * r, r4 = r2 * r2, r8 = r4 * r4
        let q0 = 0.5 + r * (1.0 / 6.0)
        let q1 = 1.0 / 24.0 + r * (1.0 / 120.0)
        let q2 = 1.0 / 720.0 + r * (1.0 / 5040.0)
        let q3 = 1.0 / 40320.0 + r * (1.0 / 362880.0)
        let q4 = 1.0 / 3628800.0 + r * (1.0 / 39916800.0)
        let q5 = 1.0 / 479001600.0 + r * (1.0 / 6227020800.0)
        let q = (q0 + r2 * q1) + r4 * (q2 + r2 * q3) + r8 * (q4 + r2 * q5)
        let e = 1.0 + (r + r2 * q)
        let ni = Int64(bitPattern: t.bitPattern) &- Int64(bitPattern: shifter.bitPattern)
        let h = ni &>> 1
        let s1 = Double(bitPattern: UInt64(bitPattern: (h &+ 1023) &<< 52))
        let s2 = Double(bitPattern: UInt64(bitPattern: (ni &- h &+ 1023) &<< 52))
        return e * s1 * s2
    }
}
