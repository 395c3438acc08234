import Foundation

/// Vectorised `exp` kernels (libm's `exp` is a call per element).
///
/// The contiguous loops are written with explicit SIMD types (8 floats / 4 doubles per step,
/// i.e. two SSE registers, so consecutive operations overlap) because LLVM's auto-vectoriser
/// scalarises parts of the double kernel at the x86-64 baseline the package is built for.
///
/// - float32: `n = round(x / ln 2)`, `r = x - n ln 2` (Cody–Waite split constants), Taylor terms
///   to `r^7` on `|r| <= ln2/2`, times `2^n` built from exponent bits.
/// - float64: `N = round(64 x / ln 2)`, `r = x - N ln2/64` with `|r| <= ln2/128`, a degree-5
///   polynomial for `e^r - 1`, times `2^(N/64)` = `2^(N >> 6)` (added to the exponent bits) ·
///   `2^((N & 63)/64)` (a 64-entry table of correctly rounded doubles).
///
/// Both stay within 1 ulp of the correctly rounded result (checked against libm over millions
/// of values in ElementwiseTests). Inputs where the result leaves the normal range (|x| beyond
/// 87 / 708), and ±inf, take the exact scalar path with a two-step scale, so subnormal results
/// round once; NaN propagates. The scalar path used for tails and strided data computes
/// bit-identical values to the SIMD lanes, so results never depend on how work is split.
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
            let table = twoToJOver64
            try ElementwiseKernel.unary(a, into: out) { (x: Double) -> Double in expDouble(x, table) }
        }
    }

    // MARK: float32

    typealias Floats = SIMD8<Float>

    @inline(never)
    static func expLoop(_ a: UnsafePointer<Float>, _ o: UnsafeMutablePointer<Float>, _ n: Int) {
        let source = UnsafeRawPointer(a), target = UnsafeMutableRawPointer(o)
        var i = 0
        while i + Floats.scalarCount <= n {
            let x = source.loadUnaligned(fromByteOffset: i * 4, as: Floats.self)
            var y = expFloatInRange(x)
            let outside = (x .> floatFastMax) .| (x .< floatFastMin)
            if any(outside) {
                for k in 0..<Floats.scalarCount where outside[k] { y[k] = expFloatOutside(x[k]) }
            }
            target.storeBytes(of: y, toByteOffset: i * 4, as: Floats.self)
            i += Floats.scalarCount
        }
        while i < n { o[i] = expFloat(a[i]); i += 1 }
    }

    /// Where `2^n` is a normal float, so one scale factor suffices.
    static let floatFastMax: Float = 88, floatFastMin: Float = -87

    @inline(__always)
    static func expFloat(_ x: Float) -> Float {
        x <= floatFastMax && x >= floatFastMin ? expFloatInRange(Floats(repeating: x))[0] : expFloatOutside(x)
    }

    @inline(__always)
    static func expFloatInRange(_ x: Floats) -> Floats {
        let shifter: Float = 12582912.0  // 1.5 * 2^23: adding it rounds to an integer in the low bits
        let t = x * 1.44269504088896341 + shifter
        let n = t - shifter
        var r = x - n * 0.693145751953125
        r = r - n * 1.42860682030941723212e-6
        // e^r = 1 + r + r^2 * q(r), q = Taylor terms 1/2! ... 1/7! by Estrin's scheme
        let r2 = r * r
        let q01 = 0.5 + r * (1.0 / 6.0)
        let q23 = 1.0 / 24.0 + r * (1.0 / 120.0)
        let q45 = 1.0 / 720.0 + r * (1.0 / 5040.0)
        let q = q01 + r2 * (q23 + r2 * q45)
        let p = 1.0 + (r + r2 * q)
        // 2^n = (n + 127) << 23, with n = bits(t) - bits(shifter): integer add and shift only
        let bits = unsafeBitCast(t, to: SIMD8<Int32>.self)
        let bias = 127 &- Int32(bitPattern: shifter.bitPattern)
        return p * unsafeBitCast((bits &+ bias) &<< 23, to: Floats.self)
    }

    /// Overflow, underflow to subnormals or zero, ±inf: the scale is applied in two halves so
    /// a subnormal result is rounded once.
    static func expFloatOutside(_ x: Float) -> Float {
        let xc = x < -104.0 ? -104.0 : (x > 89.0 ? 89.0 : x)  // NaN passes through and propagates
        let shifter: Float = 12582912.0
        let t = xc * 1.44269504088896341 + shifter
        let n = t - shifter
        var r = xc - n * 0.693145751953125
        r = r - n * 1.42860682030941723212e-6
        let r2 = r * r
        let q = (0.5 + r * (1.0 / 6.0)) + r2 * ((1.0 / 24.0 + r * (1.0 / 120.0)) + r2 * (1.0 / 720.0 + r * (1.0 / 5040.0)))
        let p = 1.0 + (r + r2 * q)
        let ni = Int32(bitPattern: t.bitPattern) &- Int32(bitPattern: shifter.bitPattern)
        let h = ni &>> 1
        let s1 = Float(bitPattern: UInt32(bitPattern: (h &+ 127) &<< 23))
        let s2 = Float(bitPattern: UInt32(bitPattern: (ni &- h &+ 127) &<< 23))
        return p * s1 * s2
    }

    // MARK: float64

    typealias Doubles = SIMD4<Double>

    /// Bit patterns of `2^(j/64)`, j = 0..63.
    static let twoToJOver64: [UInt64] = (0..<64).map { Foundation.exp2(Double($0) / 64).bitPattern }

    @inline(never)
    static func expLoop(_ a: UnsafePointer<Double>, _ o: UnsafeMutablePointer<Double>, _ n: Int) {
        twoToJOver64.withUnsafeBufferPointer { tableBuffer in
            guard let table = tableBuffer.baseAddress else { return }
            let source = UnsafeRawPointer(a), target = UnsafeMutableRawPointer(o)
            var i = 0
            while i + Doubles.scalarCount <= n {
                let x = source.loadUnaligned(fromByteOffset: i * 8, as: Doubles.self)
                var y = expDoubleInRange(x, table)
                let outside = (x .> doubleFastMax) .| (x .< -doubleFastMax)
                if any(outside) {
                    for k in 0..<Doubles.scalarCount where outside[k] { y[k] = expDoubleOutside(x[k]) }
                }
                target.storeBytes(of: y, toByteOffset: i * 8, as: Doubles.self)
                i += Doubles.scalarCount
            }
            while i < n { o[i] = expDouble(a[i], table); i += 1 }
        }
    }

    /// Where `2^(N >> 6)` is a normal double.
    static let doubleFastMax: Double = 708

    @inline(__always)
    static func expDouble(_ x: Double, _ table: UnsafePointer<UInt64>) -> Double {
        Swift.abs(x) <= doubleFastMax ? expDoubleInRange(Doubles(repeating: x), table)[0] : expDoubleOutside(x)
    }

    @inline(__always)
    static func expDouble(_ x: Double, _ table: [UInt64]) -> Double {
        table.withUnsafeBufferPointer { expDouble(x, $0.baseAddress.unsafelyUnwrapped) }
    }

    @inline(__always)
    static func expDoubleInRange(_ x: Doubles, _ table: UnsafePointer<UInt64>) -> Doubles {
        let shifter: Double = 6755399441055744.0  // 1.5 * 2^52
        let t = x * (64 / M_LN2) + shifter
        let n = t - shifter
        // ln2/64 split so that n * hi is exact (hi has 32 significant bits)
        var r = x - n * (0x1.62e42fee00000p-1 / 64)
        r = r - n * (0x1.a39ef35793c76p-33 / 64)
        // e^r - 1 = r + r^2 (1/2 + r/6 + r^2 (1/24 + r/120)); |r| <= ln2/128
        let r2 = r * r
        let c0 = 0.5 + r * (1.0 / 6.0)
        let c1 = 1.0 / 24.0 + r * (1.0 / 120.0)
        let p = r + r2 * (c0 + r2 * c1)
        let bits = unsafeBitCast(t, to: SIMD4<UInt64>.self)
        let j = bits & 63
        let fraction = SIMD4<UInt64>(table[Int(j[0])], table[Int(j[1])], table[Int(j[2])], table[Int(j[3])])
        // 2^(N >> 6) joins the table entry's exponent: (N - j) << 46 == (N >> 6) << 52
        let scale = unsafeBitCast(fraction &+ ((bits & ~SIMD4<UInt64>(repeating: 63)) &<< 46), to: Doubles.self)
        return scale + scale * p
    }

    /// Overflow, underflow, ±inf: range reduction by ln 2 and a two-step scale.
    static func expDoubleOutside(_ x: Double) -> Double {
        let xc = x < -746.0 ? -746.0 : (x > 710.0 ? 710.0 : x)
        let shifter: Double = 6755399441055744.0
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
