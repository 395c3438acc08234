import Foundation
import Language
import Tensor

/// The legacy distributions of `RandomState` (and so of `np.random`): NumPy's parameter checks
/// and messages, parameters broadcast against each other and `size`, a Python number back for
/// one draw.
extension NumPyRandomState {
    static func installDistributions(_ t: PyType) {
        method(t, "standard_exponential(size=None)", "Samples of the exponential distribution with scale 1.") { interp, r, b in
            let shape = try size(b, interp)
            return NumPyRandom.result(try r.state.draw(shape ?? []) { s, _ in s.nextStandardExponential() }, shape)
        }
        method(t, "exponential(scale=1.0, size=None)", "Exponential samples with mean `scale` (1/lambda).") { interp, r, b in
            let p = try parameters([b["scale"] ?? .float(1)], size: try size(b, interp), interp)
            try check(p.columns[0], "scale < 0") { $0 >= 0 }
            return NumPyRandom.result(try r.state.draw(p.shape ?? []) { s, i in p.columns[0][i] * s.nextStandardExponential() }, p.shape)
        }
        method(t, "standard_gamma(shape, size=None)", "Gamma samples with scale 1.") { interp, r, b in
            let p = try parameters([b["shape"] ?? .none], size: try size(b, interp), interp)
            try check(p.columns[0], "shape < 0") { $0 >= 0 }
            return NumPyRandom.result(try r.state.draw(p.shape ?? []) { s, i in s.nextStandardGamma(p.columns[0][i]) }, p.shape)
        }
        method(t, "gamma(shape, scale=1.0, size=None)", "Gamma(shape k, scale theta) samples; the mean is k * theta.") { interp, r, b in
            let p = try parameters([b["shape"] ?? .none, b["scale"] ?? .float(1)], size: try size(b, interp), interp)
            try check(p.columns[0], "shape < 0") { $0 >= 0 }
            try check(p.columns[1], "scale < 0") { $0 >= 0 }
            return NumPyRandom.result(try r.state.draw(p.shape ?? []) { s, i in p.columns[1][i] * s.nextStandardGamma(p.columns[0][i]) }, p.shape)
        }
        method(t, "beta(a, b, size=None)", "Beta(a, b) samples in [0, 1].") { interp, r, b in
            let p = try parameters([b["a"] ?? .none, b["b"] ?? .none], size: try size(b, interp), interp)
            try check(p.columns[0], "a <= 0") { $0 > 0 }
            try check(p.columns[1], "b <= 0") { $0 > 0 }
            return NumPyRandom.result(try r.state.draw(p.shape ?? []) { s, i in s.nextBeta(p.columns[0][i], p.columns[1][i]) }, p.shape)
        }
        method(t, "lognormal(mean=0.0, sigma=1.0, size=None)", "exp(N(mean, sigma**2)) samples.") { interp, r, b in
            let p = try parameters([b["mean"] ?? .float(0), b["sigma"] ?? .float(1)], size: try size(b, interp), interp)
            try check(p.columns[1], "sigma < 0") { $0 >= 0 }
            return NumPyRandom.result(try r.state.draw(p.shape ?? []) { s, i in
                exp(p.columns[0][i] + p.columns[1][i] * s.nextGauss())
            }, p.shape)
        }
        method(t, "binomial(n, p, size=None)", "Binomial(n, p) counts: successes in n trials of probability p.") { interp, r, b in
            let p = try parameters([b["n"] ?? .none, b["p"] ?? .none], size: try size(b, interp), interp)
            try check(p.columns[1], "p < 0, p > 1 or p is NaN") { $0 >= 0 && $0 <= 1 }
            try check(p.columns[0], "n < 0") { $0 >= 0 }
            try check(p.columns[0], "Python int too large to convert to C long") { $0 < 9.2e18 }
            return NumPyRandom.result(try r.state.drawIntegers(p.shape ?? []) { s, i in
                s.nextBinomial(Int(p.columns[0][i]), p.columns[1][i])
            }, p.shape)
        }
        method(t, "poisson(lam=1.0, size=None)", "Poisson(lam) counts.") { interp, r, b in
            let p = try parameters([b["lam"] ?? .float(1)], size: try size(b, interp), interp)
            try check(p.columns[0], "lam < 0 or lam is NaN") { $0 >= 0 }
            // NumPy's bound: past it PTRS's integer arithmetic overflows.
            try check(p.columns[0], "lam value too large") { $0 <= 9.223372006484771e18 }
            return NumPyRandom.result(try r.state.drawIntegers(p.shape ?? []) { s, i in s.nextPoisson(p.columns[0][i]) }, p.shape)
        }
        method(t, "multinomial(n, pvals, size=None)", "Counts of n draws over len(pvals) categories; shape size + (len(pvals),).") { interp, r, b in
            let n = try interp.toInt(b["n"] ?? .none)
            let pvals = try NumPyBridge.toArray(b["pvals"] ?? .none, dtype: .float64, interp)
            guard pvals.ndim == 1 else {
                throw PyError.value("pvals must be a 1-d sequence")
            }
            let pv = pvals.doubles
            if n < 0 { throw PyError.value("n < 0") }
            try check(pv, "pvals < 0, pvals > 1 or pvals contains NaNs") { $0 >= 0 && $0 <= 1 }
            // Kahan sum of all but the last, as NumPy checks it.
            var sum = 0.0, compensation = 0.0
            for x in pv.dropLast() {
                let y = x - compensation, t = sum + y
                compensation = (t - sum) - y
                sum = t
            }
            if sum > 1 + 1e-12 { throw PyError.value("sum(pvals[:-1]) > 1.0") }
            let shape = try size(b, interp) ?? []
            let draws = try Shape.checkedSize(shape + [pv.count], dtype: .int64) / Swift.max(pv.count, 1)
            var values: [Int64] = []
            values.reserveCapacity(draws * pv.count)
            for _ in 0..<draws { values += pv.isEmpty ? [] : r.state.nextMultinomial(n, pv) }
            return NumPyBridge.wrapArray(try NDArray(values, shape: shape + [pv.count]))
        }
    }
}
