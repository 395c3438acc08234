import Foundation

/// `Float` and `Double`: the element types the transcendental ufuncs run on.
///
/// ```python
/// np.exp(np.float32([0, 1]))   # computed in Float, result float32
/// np.exp(np.arange(2))         # int64 input is cast to Double first
/// ```
public protocol FloatElement: TensorElement, BinaryFloatingPoint {
    static func mExp(_ x: Self) -> Self
    static func mLog(_ x: Self) -> Self
    static func mLog2(_ x: Self) -> Self
    static func mLog10(_ x: Self) -> Self
    static func mLog1p(_ x: Self) -> Self
    static func mExpm1(_ x: Self) -> Self
    static func mSin(_ x: Self) -> Self
    static func mCos(_ x: Self) -> Self
    static func mTan(_ x: Self) -> Self
    static func mAsin(_ x: Self) -> Self
    static func mAcos(_ x: Self) -> Self
    static func mAtan(_ x: Self) -> Self
    static func mSinh(_ x: Self) -> Self
    static func mCosh(_ x: Self) -> Self
    static func mTanh(_ x: Self) -> Self
    static func mPow(_ x: Self, _ y: Self) -> Self
    static func mAtan2(_ y: Self, _ x: Self) -> Self
    static func mFmod(_ x: Self, _ y: Self) -> Self
}

extension Float: FloatElement {
    @inline(__always) public static func mExp(_ x: Float) -> Float { Foundation.exp(x) }
    @inline(__always) public static func mLog(_ x: Float) -> Float { Foundation.log(x) }
    @inline(__always) public static func mLog2(_ x: Float) -> Float { Foundation.log2(x) }
    @inline(__always) public static func mLog10(_ x: Float) -> Float { Foundation.log10(x) }
    @inline(__always) public static func mLog1p(_ x: Float) -> Float { Foundation.log1p(x) }
    @inline(__always) public static func mExpm1(_ x: Float) -> Float { Foundation.expm1(x) }
    @inline(__always) public static func mSin(_ x: Float) -> Float { Foundation.sin(x) }
    @inline(__always) public static func mCos(_ x: Float) -> Float { Foundation.cos(x) }
    @inline(__always) public static func mTan(_ x: Float) -> Float { Foundation.tan(x) }
    @inline(__always) public static func mAsin(_ x: Float) -> Float { Foundation.asin(x) }
    @inline(__always) public static func mAcos(_ x: Float) -> Float { Foundation.acos(x) }
    @inline(__always) public static func mAtan(_ x: Float) -> Float { Foundation.atan(x) }
    @inline(__always) public static func mSinh(_ x: Float) -> Float { Foundation.sinh(x) }
    @inline(__always) public static func mCosh(_ x: Float) -> Float { Foundation.cosh(x) }
    @inline(__always) public static func mTanh(_ x: Float) -> Float { Foundation.tanh(x) }
    @inline(__always) public static func mPow(_ x: Float, _ y: Float) -> Float { Foundation.pow(x, y) }
    @inline(__always) public static func mAtan2(_ y: Float, _ x: Float) -> Float { Foundation.atan2(y, x) }
    @inline(__always) public static func mFmod(_ x: Float, _ y: Float) -> Float { Foundation.fmod(x, y) }
}

extension Double: FloatElement {
    @inline(__always) public static func mExp(_ x: Double) -> Double { Foundation.exp(x) }
    @inline(__always) public static func mLog(_ x: Double) -> Double { Foundation.log(x) }
    @inline(__always) public static func mLog2(_ x: Double) -> Double { Foundation.log2(x) }
    @inline(__always) public static func mLog10(_ x: Double) -> Double { Foundation.log10(x) }
    @inline(__always) public static func mLog1p(_ x: Double) -> Double { Foundation.log1p(x) }
    @inline(__always) public static func mExpm1(_ x: Double) -> Double { Foundation.expm1(x) }
    @inline(__always) public static func mSin(_ x: Double) -> Double { Foundation.sin(x) }
    @inline(__always) public static func mCos(_ x: Double) -> Double { Foundation.cos(x) }
    @inline(__always) public static func mTan(_ x: Double) -> Double { Foundation.tan(x) }
    @inline(__always) public static func mAsin(_ x: Double) -> Double { Foundation.asin(x) }
    @inline(__always) public static func mAcos(_ x: Double) -> Double { Foundation.acos(x) }
    @inline(__always) public static func mAtan(_ x: Double) -> Double { Foundation.atan(x) }
    @inline(__always) public static func mSinh(_ x: Double) -> Double { Foundation.sinh(x) }
    @inline(__always) public static func mCosh(_ x: Double) -> Double { Foundation.cosh(x) }
    @inline(__always) public static func mTanh(_ x: Double) -> Double { Foundation.tanh(x) }
    @inline(__always) public static func mPow(_ x: Double, _ y: Double) -> Double { Foundation.pow(x, y) }
    @inline(__always) public static func mAtan2(_ y: Double, _ x: Double) -> Double { Foundation.atan2(y, x) }
    @inline(__always) public static func mFmod(_ x: Double, _ y: Double) -> Double { Foundation.fmod(x, y) }
}

/// NumPy's scalar rules for the ops whose sign conventions differ from Swift's.
enum ScalarMath {
    /// `np.floor_divide` on floats (NumPy's `npy_divmod`): `7.0 // -2.0 == -4.0`, `x // 0 == ±inf`.
    @inline(__always)
    static func floorDivide<T: FloatElement>(_ a: T, _ b: T) -> T {
        if b == 0 { return a / b }
        var mod = T.mFmod(a, b)
        var div = (a - mod) / b
        if mod != 0 && ((b < 0) != (mod < 0)) { div -= 1; mod += b }
        if div != 0 {
            var fl = div.rounded(.down)
            if div - fl > 0.5 { fl += 1 }
            return fl
        }
        return T(signOf: a / b, magnitudeOf: 0)
    }

    /// `np.remainder` on floats: result has the sign of the divisor, as Python's `%`.
    @inline(__always)
    static func remainder<T: FloatElement>(_ a: T, _ b: T) -> T {
        if b == 0 { return T.mFmod(a, b) }
        let mod = T.mFmod(a, b)
        if mod != 0 {
            return (b < 0) != (mod < 0) ? mod + b : mod
        }
        return b < 0 ? -0.0 : 0.0
    }

    /// Integer `//`: floors; division by zero gives 0 as NumPy does (it only warns).
    @inline(__always)
    static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        if b == 0 { return 0 }
        if b == -1 { return 0 &- a }
        let q = a / b
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q
    }

    /// Integer `%` with Python's sign rule; `x % 0 == 0`.
    @inline(__always)
    static func remainder(_ a: Int64, _ b: Int64) -> Int64 {
        if b == 0 || b == -1 { return 0 }
        let r = a % b
        return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r
    }

    /// Integer power by squaring, wrapping on overflow as NumPy's int64 does.
    @inline(__always)
    static func power(_ base: Int64, _ exp: Int64) -> Int64 {
        var result: Int64 = 1, b = base, e = exp
        while e > 0 {
            if e & 1 == 1 { result = result &* b }
            b = b &* b
            e >>= 1
        }
        return result
    }

    /// `np.maximum` for floats: NaN wins; between equal values (`-0.0`, `0.0`) the second, as
    /// NumPy's SIMD loops return.
    @inline(__always)
    static func maximum<T: FloatElement>(_ a: T, _ b: T) -> T { (a > b || a.isNaN) ? a : b }

    /// `np.minimum` for floats: NaN wins; between equal values the second.
    @inline(__always)
    static func minimum<T: FloatElement>(_ a: T, _ b: T) -> T { (a < b || a.isNaN) ? a : b }

    /// `np.sign`: -1, 0, 1, NaN for NaN.
    @inline(__always)
    static func sign<T: FloatElement>(_ a: T) -> T { a > 0 ? 1 : (a < 0 ? -1 : (a == 0 ? 0 : a)) }

    /// `np.rint`: round half to even.
    @inline(__always)
    static func rint<T: FloatElement>(_ a: T) -> T { a.rounded(.toNearestOrEven) }
}
