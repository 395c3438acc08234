import Foundation

/// Scalar special functions in double precision, for ``Variable``'s `digamma`, `polygamma`
/// and `erfinv`.
public enum SpecialMath {
    /// ψ(x), the derivative of lgamma: recurrence up to x ≥ 6, then the asymptotic series;
    /// NaN at the poles (0, -1, -2, …), as torch gives.
    public static func digamma(_ x: Double) -> Double {
        if x <= 0 && x == x.rounded() { return .nan }
        if x < 0 { return digamma(1 - x) - Double.pi / tan(Double.pi * x) }
        var shift = 0.0, y = x
        while y < 6 { shift -= 1 / y; y += 1 }
        let inv2 = 1 / (y * y)
        return shift + log(y) - 0.5 / y - inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 / 132))))
    }

    /// ψ⁽ⁿ⁾(x) for n ≥ 1: (-1)ⁿ⁺¹ n! Σₖ 1/(x+k)ⁿ⁺¹, by the recurrence up to x ≥ 20 and then the
    /// asymptotic series (n-1)!/xⁿ + n!/(2xⁿ⁺¹) + Σ B₂ₖ (2k+n-1)!/((2k)! x²ᵏ⁺ⁿ).
    /// Negative x: trigamma (n = 1) by its reflection π²/sin²(πx) - ψ′(1 - x); higher orders
    /// at x ≤ 0 give NaN (their reflection is not reproduced).
    public static func polygamma(_ n: Int, _ x: Double) -> Double {
        if n == 0 { return digamma(x) }
        if x <= 0 && x == x.rounded() { return n == 1 ? .infinity : .nan }
        if x < 0 && n == 1 {
            let s = sin(Double.pi * x)
            return Double.pi * Double.pi / (s * s) - polygamma(1, 1 - x)
        }
        if x <= 0 || x.isNaN { return .nan }
        let sign: Double = n % 2 == 1 ? 1 : -1
        var factorial = 1.0
        for k in 1...n { factorial *= Double(k) }
        var sum = 0.0, y = x
        while y < 20 { sum += factorial / pow(y, Double(n + 1)); y += 1 }
        // Bernoulli numbers B2, B4, … B16.
        let bernoulli: [Double] = [1 / 6, -1 / 30, 1 / 42, -1 / 30, 5 / 66, -691 / 2730, 7 / 6, -3617 / 510]
        let leading: Double = factorial / Double(n) / pow(y, Double(n))
        var tail: Double = leading + factorial / (2 * pow(y, Double(n + 1)))
        for (i, b) in bernoulli.enumerated() {
            let k = i + 1
            // (2k+n-1)! / (2k)!
            var ratio = 1.0, j = 2 * k + 1
            while j <= 2 * k + n - 1 { ratio *= Double(j); j += 1 }
            tail += b * ratio / pow(y, Double(2 * k + n))
        }
        return sign * (sum + tail)
    }

    /// erf⁻¹ by Newton's method from a rational first guess.
    public static func inverseErf(_ y: Double) -> Double {
        if y <= -1 { return y == -1 ? -.infinity : .nan }
        if y >= 1 { return y == 1 ? .infinity : .nan }
        // A first guess good near 0 and growing like √(-log(1 - |y|)) towards ±1.
        let tail = (-log((1 - y) * (1 + y))).squareRoot()
        var x = Swift.abs(y) < 0.9 ? y * Double.pi.squareRoot() / 2 * (1 + Double.pi / 12 * y * y) : (y < 0 ? -tail : tail)
        for _ in 0..<60 {
            let step = (erf(x) - y) / (2 / Double.pi.squareRoot() * exp(-x * x))
            x -= step
            if Swift.abs(step) < 1e-15 * Swift.max(1, Swift.abs(x)) { break }
        }
        return x
    }
}
