import Foundation

/// The legacy distributions of `np.random` / `RandomState` beyond uniform and normal, each the
/// same algorithm NumPy's `legacy-distributions.c` runs so a seed gives NumPy's numbers:
/// exponential by inversion, Marsaglia–Tsang gamma (Johnk below shape 1), beta from two gammas
/// (Johnk when both parameters are at most 1), binomial by inversion or BTPE, Poisson by
/// multiplication or PTRS, multinomial by conditional binomials.
///
/// ```python
/// np.random.seed(0); np.random.binomial(10, 0.5, 5)   # [5 6 5 5 5]
/// np.random.seed(0); np.random.poisson(3.0, 5)        # [2 4 2 1 4]
/// ```
extension RandomState {
    /// `legacy_standard_exponential`: `-log(1 - U)`.
    public mutating func nextStandardExponential() -> Double { -_log(1.0 - mt.nextDouble()) }

    /// `legacy_standard_gamma(shape)`.
    public mutating func nextStandardGamma(_ shape: Double) -> Double {
        if shape == 1 { return nextStandardExponential() }
        if shape == 0 { return 0 }
        if shape < 1 {
            while true {
                let u = mt.nextDouble(), v = nextStandardExponential()
                if u <= 1 - shape {
                    let x = pow(u, 1 / shape)
                    if x <= v { return x }
                } else {
                    let y = -_log((1 - u) / shape)
                    let x = pow(1 - shape + shape * y, 1 / shape)
                    if x <= v + y { return x }
                }
            }
        }
        let b = shape - 1.0 / 3.0, c = 1 / (9 * b).squareRoot()
        while true {
            var x = 0.0, v = 0.0
            repeat {
                x = nextGauss()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = mt.nextDouble()
            if u < 1 - 0.0331 * (x * x) * (x * x) { return b * v }
            if _log(u) < 0.5 * x * x + b * (1 - v + _log(v)) { return b * v }
        }
    }

    /// `legacy_beta(a, b)`.
    public mutating func nextBeta(_ a: Double, _ b: Double) -> Double {
        guard a <= 1 && b <= 1 else {
            let ga = nextStandardGamma(a), gb = nextStandardGamma(b)
            return ga / (ga + gb)
        }
        while true {
            let u = mt.nextDouble(), v = mt.nextDouble()
            let x = pow(u, 1 / a), y = pow(v, 1 / b)
            if x + y <= 1 {
                if x + y > 0 { return x / (x + y) }
                // Both underflowed: compare in log space.
                var logX = _log(u) / a, logY = _log(v) / b
                let logM = Swift.max(logX, logY)
                logX -= logM; logY -= logM
                return exp(logX - _log(exp(logX) + exp(logY)))
            }
        }
    }

    /// `random_binomial(p, n)`: inversion while `n * min(p, 1-p) <= 30`, BTPE above.
    public mutating func nextBinomial(_ n: Int, _ p: Double) -> Int {
        if n == 0 || p == 0 { return 0 }
        if p <= 0.5 {
            return p * Double(n) <= 30 ? binomialInversion(n, p) : binomialBTPE(n, p)
        }
        let q = 1 - p
        return n - (q * Double(n) <= 30 ? binomialInversion(n, q) : binomialBTPE(n, q))
    }

    private mutating func binomialInversion(_ n: Int, _ p: Double) -> Int {
        let q = 1 - p
        let qn = exp(Double(n) * _log(q))
        let np = Double(n) * p
        let bound = Swift.min(Double(n), np + 10 * (np * q + 1).squareRoot())
        var x = 0
        var px = qn
        var u = mt.nextDouble()
        while u > px {
            x += 1
            if Double(x) > bound.rounded(.towardZero) {
                x = 0
                px = qn
                u = mt.nextDouble()
            } else {
                u -= px
                px = (Double(n - x + 1) * p * px) / (Double(x) * q)
            }
        }
        return x
    }

    /// Kachitvichyanukul and Schmeiser's BTPE, step for step as NumPy runs it.
    private mutating func binomialBTPE(_ n: Int, _ p: Double) -> Int {
        let r = Swift.min(p, 1 - p), q = 1 - r
        let fm = Double(n) * r + r
        let m = Int(fm.rounded(.down))
        let p1 = (2.195 * (Double(n) * r * q).squareRoot() - 4.6 * q).rounded(.down) + 0.5
        let xm = Double(m) + 0.5, xl = xm - p1, xr = xm + p1
        let c = 0.134 + 20.5 / (15.3 + Double(m))
        var a = (fm - xl) / (fm - xl * r)
        let laml = a * (1 + a / 2)
        a = (xr - fm) / (xr * q)
        let lamr = a * (1 + a / 2)
        let p2 = p1 * (1 + 2 * c), p3 = p2 + c / laml, p4 = p3 + c / lamr
        let nrq = Double(n) * r * q
        while true {
            let u = mt.nextDouble() * p4
            var v = mt.nextDouble()
            var y: Int
            if u <= p1 {
                y = Int((xm - p1 * v + u).rounded(.down))
                return p > 0.5 ? n - y : y
            }
            if u <= p2 {
                let x = xl + (u - p1) / c
                v = v * c + 1 - abs(Double(m) - x + 0.5) / p1
                if v > 1 { continue }
                y = Int(x.rounded(.down))
            } else if u <= p3 {
                let yy = (xl + _log(v) / laml).rounded(.down)
                if yy < 0 || v == 0 { continue }
                y = Int(yy)
                v = v * (u - p2) * laml
            } else {
                let yy = (xr - _log(v) / lamr).rounded(.down)
                if yy > Double(n) || v == 0 { continue }
                y = Int(yy)
                v = v * (u - p3) * lamr
            }
            let k = abs(y - m)
            if !(k > 20 && Double(k) < nrq / 2 - 1) {
                // Explicit evaluation of f(y) / f(m).
                let s = r / q, aa = s * Double(n + 1)
                var f = 1.0
                if m < y {
                    for i in (m + 1)...y { f *= (aa / Double(i) - s) }
                } else if m > y {
                    for i in (y + 1)...m { f /= (aa / Double(i) - s) }
                }
                if v > f { continue }
                return p > 0.5 ? n - y : y
            }
            // Squeeze with Stirling's formula.
            let kd = Double(k)
            let rho = (kd / nrq) * ((kd * (kd / 3 + 0.625) + 0.1666666666666) / nrq + 0.5)
            let t = -kd * kd / (2 * nrq)
            let A = _log(v)
            if A < t - rho { return p > 0.5 ? n - y : y }
            if A > t + rho { continue }
            let x1 = Double(y + 1), f1 = Double(m + 1), z = Double(n + 1 - m), w = Double(n - y + 1)
            let x2 = x1 * x1, f2 = f1 * f1, z2 = z * z, w2 = w * w
            func stirling(_ s: Double, _ s2: Double) -> Double {
                (13680.0 - (462.0 - (132.0 - (99.0 - 140.0 / s2) / s2) / s2) / s2) / s / 166320.0
            }
            let bound = xm * _log(f1 / x1) + (Double(n - m) + 0.5) * _log(z / w) + Double(y - m) * _log(w * r / (x1 * q))
                + stirling(f1, f2) + stirling(z, z2) + stirling(x1, x2) + stirling(w, w2)
            if A > bound { continue }
            return p > 0.5 ? n - y : y
        }
    }

    /// `random_poisson(lam)`: multiplication of uniforms below 10, PTRS from 10.
    public mutating func nextPoisson(_ lam: Double) -> Int {
        if lam >= 10 { return poissonPTRS(lam) }
        if lam == 0 { return 0 }
        let enlam = exp(-lam)
        var x = 0
        var product = 1.0
        while true {
            product *= mt.nextDouble()
            if product > enlam { x += 1 } else { return x }
        }
    }

    /// Hörmann's transformed rejection with squeeze.
    private mutating func poissonPTRS(_ lam: Double) -> Int {
        let slam = lam.squareRoot(), loglam = _log(lam)
        let b = 0.931 + 2.53 * slam
        let a = -0.059 + 0.02483 * b
        let invalpha = 1.1239 + 1.1328 / (b - 3.4)
        let vr = 0.9277 - 3.6224 / (b - 2)
        while true {
            let u = mt.nextDouble() - 0.5
            let v = mt.nextDouble()
            let us = 0.5 - abs(u)
            let k = ((2 * a / us + b) * u + lam + 0.43).rounded(.down)
            if us >= 0.07 && v <= vr { return Int(k) }
            if k < 0 || (us < 0.013 && v > us) { continue }
            if _log(v) + _log(invalpha) - _log(a / (us * us) + b) <= -lam + k * loglam - Self.logGamma(k + 1) {
                return Int(k)
            }
        }
    }

    /// `random_loggam`: log Γ(x) by Stirling's series, shifted up to x >= 7.
    static func logGamma(_ x: Double) -> Double {
        let coefficients = [8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04, -5.952380952380952e-04,
                            8.417508417508418e-04, -1.917526917526918e-03, 6.410256410256410e-03, -2.955065359477124e-02,
                            1.796443723688307e-01, -1.39243221690590e+00]
        if x == 1 || x == 2 { return 0 }
        let n = x < 7 ? Int(7 - x) : 0
        var x0 = x + Double(n)
        let x2 = (1 / x0) * (1 / x0)
        var gl0 = coefficients[9]
        for k in stride(from: 8, through: 0, by: -1) {
            gl0 *= x2
            gl0 += coefficients[k]
        }
        var gl = gl0 / x0 + 0.5 * 1.8378770664093453 + (x0 - 0.5) * _log(x0) - x0
        if x < 7 {
            for _ in 0..<n {
                gl -= _log(x0 - 1)
                x0 -= 1
            }
        }
        return gl
    }

    /// One `multinomial(n, pvals)` draw: a binomial per category on what remains.
    public mutating func nextMultinomial(_ n: Int, _ pvals: [Double]) -> [Int64] {
        let d = pvals.count
        var out = [Int64](repeating: 0, count: d)
        var remainingP = 1.0
        var dn = n
        for j in 0..<(d - 1) {
            let drawn = nextBinomial(dn, pvals[j] / remainingP)
            out[j] = Int64(drawn)
            dn -= drawn
            if dn <= 0 { break }
            remainingP -= pvals[j]
        }
        if dn > 0 { out[d - 1] = Int64(dn) }
        return out
    }

    /// Fills `shape` with draws of a one-parameter-set distribution; `parameters` are already
    /// broadcast to `shape` (C order).
    public mutating func draw(_ shape: [Int], _ next: (inout RandomState, Int) -> Double) throws -> NDArray {
        let n = try Shape.checkedSize(shape, dtype: .float64)
        var values = [Double](repeating: 0, count: n)
        for i in 0..<n {
            if i & 0xFFFFF == 0xFFFFF { try Interrupt.checkpoint() }
            values[i] = next(&self, i)
        }
        return try NDArray(values, shape: shape)
    }

    /// Integer twin of ``draw(_:_:)``.
    public mutating func drawIntegers(_ shape: [Int], _ next: (inout RandomState, Int) -> Int) throws -> NDArray {
        let n = try Shape.checkedSize(shape, dtype: .int64)
        var values = [Int64](repeating: 0, count: n)
        for i in 0..<n {
            if i & 0xFFFFF == 0xFFFFF { try Interrupt.checkpoint() }
            values[i] = Int64(next(&self, i))
        }
        return try NDArray(values, shape: shape)
    }
}
