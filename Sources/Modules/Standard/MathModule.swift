import Foundation
import Language

/// `import math`.
enum MathModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "math", doc: "Mathematical functions on floats, as Python's math module.")
        m["pi"] = .float(Double.pi)
        m["e"] = .float(M_E)
        m["tau"] = .float(2 * Double.pi)
        m["inf"] = .float(.infinity)
        m["nan"] = .float(.nan)
        func unary(_ name: String, doc: String, domain: ((Double) -> Bool)? = nil, _ f: @escaping (Double) -> Double) {
            m.define(name, doc: doc) { interp, args in
                guard args.count == 1 else { throw PyError.type("math.\(name)() takes exactly one argument (\(args.count) given)") }
                let x = try interp.toDouble(args[0])
                if let ok = domain, !ok(x) { throw PyError.value("math domain error") }
                let r = f(x)
                if r.isInfinite && x.isFinite { throw PyError.overflow("math range error") }
                return .float(r)
            }
        }
        unary("sqrt", doc: "sqrt(x, /)\n\nThe square root of x (ValueError for negative x).", domain: { $0 >= 0 || $0.isNaN }, Foundation.sqrt)
        unary("exp", doc: "exp(x, /)\n\ne raised to the power x.", Foundation.exp)
        unary("expm1", doc: "expm1(x, /)\n\nexp(x) - 1, accurate for small x.", Foundation.expm1)
        unary("log2", doc: "log2(x, /)\n\nThe base-2 logarithm of x.", domain: { $0 > 0 || $0.isNaN }, Foundation.log2)
        unary("log10", doc: "log10(x, /)\n\nThe base-10 logarithm of x.", domain: { $0 > 0 || $0.isNaN }, Foundation.log10)
        unary("log1p", doc: "log1p(x, /)\n\nThe natural logarithm of 1 + x, accurate for x near zero.", domain: { $0 > -1 || $0.isNaN }, Foundation.log1p)
        unary("sin", doc: "sin(x, /)\n\nThe sine of x, measured in radians.", Foundation.sin)
        unary("cos", doc: "cos(x, /)\n\nThe cosine of x, measured in radians.", Foundation.cos)
        unary("tan", doc: "tan(x, /)\n\nThe tangent of x, measured in radians.", Foundation.tan)
        unary("asin", doc: "asin(x, /)\n\nThe arc sine of x, in radians (-pi/2 to pi/2).", domain: { abs($0) <= 1 || $0.isNaN }, Foundation.asin)
        unary("acos", doc: "acos(x, /)\n\nThe arc cosine of x, in radians (0 to pi).", domain: { abs($0) <= 1 || $0.isNaN }, Foundation.acos)
        unary("atan", doc: "atan(x, /)\n\nThe arc tangent of x, in radians (-pi/2 to pi/2).", Foundation.atan)
        unary("sinh", doc: "sinh(x, /)\n\nThe hyperbolic sine of x.", Foundation.sinh)
        unary("cosh", doc: "cosh(x, /)\n\nThe hyperbolic cosine of x.", Foundation.cosh)
        unary("tanh", doc: "tanh(x, /)\n\nThe hyperbolic tangent of x.", Foundation.tanh)
        unary("asinh", doc: "asinh(x, /)\n\nThe inverse hyperbolic sine of x.", Foundation.asinh)
        unary("acosh", doc: "acosh(x, /)\n\nThe inverse hyperbolic cosine of x (x >= 1).", domain: { $0 >= 1 || $0.isNaN }, Foundation.acosh)
        unary("atanh", doc: "atanh(x, /)\n\nThe inverse hyperbolic tangent of x (-1 < x < 1).", domain: { abs($0) < 1 || $0.isNaN }, Foundation.atanh)
        unary("fabs", doc: "fabs(x, /)\n\nThe absolute value of x, as a float.", Swift.abs)
        unary("erf", doc: "erf(x, /)\n\nThe error function at x.", Foundation.erf)
        unary("erfc", doc: "erfc(x, /)\n\nThe complementary error function at x: 1 - erf(x), accurate for large x.", Foundation.erfc)
        unary("gamma", doc: "gamma(x, /)\n\nThe Gamma function at x (gamma(n) is (n-1)! for positive integers).", domain: { !($0 <= 0 && $0 == $0.rounded()) }, Foundation.tgamma)
        unary("lgamma", doc: "lgamma(x, /)\n\nThe natural logarithm of the absolute value of the Gamma function at x.", domain: { !($0 <= 0 && $0 == $0.rounded()) }, Foundation.lgamma)
        unary("degrees", doc: "degrees(x, /)\n\nx converted from radians to degrees.") { $0 * 180 / Double.pi }
        unary("radians", doc: "radians(x, /)\n\nx converted from degrees to radians.") { $0 * Double.pi / 180 }
        m.define("log", doc: "log(x[, base])\n\nThe logarithm of x to base (the natural logarithm, base e, when base is omitted).") { interp, args in
            guard args.count == 1 || args.count == 2 else { throw PyError.type("log expected 1 or 2 arguments, got \(args.count)") }
            // Ints past a float's range still have a logarithm (log(2**2000)).
            let lnX: Double
            if let ln = PyBigInt.logarithm(try args[0]) {
                lnX = ln
            } else {
                let x = try interp.toDouble(args[0])
                if x <= 0 { throw PyError.value("math domain error") }
                lnX = Foundation.log(x)
            }
            if args.count == 2 {
                let b = try interp.toDouble(args[1])
                if b <= 0 || b == 1 { throw b == 1 ? PyError.zeroDivision("float division by zero") : PyError.value("math domain error") }
                return .float(lnX / Foundation.log(b))
            }
            return .float(lnX)
        }
        for (name, rule, doc) in [("floor", FloatingPointRoundingRule.down, "The largest integer <= x, as an int."),
                                ("ceil", .up, "The smallest integer >= x, as an int."),
                                ("trunc", .towardZero, "x with its fractional part dropped (towards zero), as an int.")] {
            m.define(name, doc: "\(name)(x, /)\n\n" + doc) { interp, args in
                guard args.count == 1 else { throw PyError.type("math.\(name)() takes exactly one argument (\(args.count) given)") }
                if case .int = try args[0] { return try args[0] }
                if try args[0].type === BuiltinTypes.int { return try args[0] }
                return try PyBigInt.integer(interp.toDouble(args[0]).rounded(rule))
            }
        }
        m.define("pow", doc: "pow(x, y, /)\n\nx raised to the power y, as a float.") { interp, args in
            guard args.count == 2 else { throw PyError.type("pow expected 2 arguments, got \(args.count)") }
            return .float(Foundation.pow(try interp.toDouble(args[0]), try interp.toDouble(args[1])))
        }
        m.define("atan2", doc: "atan2(y, x, /)\n\nThe angle of the point (x, y) from the positive x axis, in radians (-pi to pi); the signs of both give the quadrant.") { interp, args in .float(Foundation.atan2(try interp.toDouble(args[0]), try interp.toDouble(args[1]))) }
        m.define("hypot", doc: "hypot(*coordinates)\n\nThe Euclidean norm sqrt(sum(x**2 for x in coordinates)): the distance from the origin.") { interp, args in .float(Foundation.sqrt(try args.positional.map { try interp.toDouble($0) }.reduce(0) { $0 + $1 * $1 })) }
        m.define("copysign", doc: "copysign(x, y, /)\n\nA float with the magnitude of x and the sign of y.") { interp, args in .float(Foundation.copysign(try interp.toDouble(args[0]), try interp.toDouble(args[1]))) }
        m.define("fmod", doc: "fmod(x, y, /)\n\nThe remainder of x / y as C computes it (its sign follows x, unlike x % y).") { interp, args in
            let y = try interp.toDouble(args[1])
            if y == 0 { throw PyError.value("math domain error") }
            return .float(Foundation.fmod(try interp.toDouble(args[0]), y))
        }
        m.define("isnan", doc: "isnan(x, /)\n\nTrue when x is a NaN (not a number).") { interp, args in .bool(try interp.toDouble(args[0]).isNaN) }
        m.define("isinf", doc: "isinf(x, /)\n\nTrue when x is positive or negative infinity.") { interp, args in .bool(try interp.toDouble(args[0]).isInfinite) }
        m.define("isfinite", doc: "isfinite(x, /)\n\nTrue when x is neither an infinity nor a NaN.") { interp, args in .bool(try interp.toDouble(args[0]).isFinite) }
        let iscloseSignature = Signature("isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)")  // parsed once, not per call
        m.define("isclose", doc: "isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)\n\nTrue when a and b are close: |a-b| <= max(rel_tol * max(|a|, |b|), abs_tol).") { interp, args in
            let a = try iscloseSignature.bind(args)
            let x = try interp.toDouble(a.value(0) ?? Value.none), y = try interp.toDouble(a.value(1) ?? Value.none)
            let rel = try a["rel_tol"].map { try interp.toDouble($0) } ?? 1e-9
            let absTol = try a["abs_tol"].map { try interp.toDouble($0) } ?? 0
            if x == y { return .bool(true) }
            if x.isInfinite || y.isInfinite { return .bool(false) }
            let diff = Swift.abs(x - y)
            return .bool(diff <= Swift.max(rel * Swift.max(Swift.abs(x), Swift.abs(y)), absTol))
        }
        m.define("factorial", doc: "factorial(n, /)\n\nn! for a non-negative integer n.") { interp, args in
            guard args.count == 1 else { throw PyError.type("factorial() takes exactly one argument") }
            if case .float = try args[0] { throw PyError.type("'float' object cannot be interpreted as an integer") }
            if try interp.toInteger(args[0]).type === BuiltinTypes.int, case .object = try interp.toInteger(args[0]) {
                throw PyError.overflow("factorial() argument should not exceed \(Int.max)")
            }
            let n = try interp.toInt(args[0])
            if n < 0 { throw PyError.value("factorial() not defined for negative values") }
            return try PyBigInt.factorial(of: n)
        }
        m.define("gcd", doc: "gcd(*integers)\n\nThe greatest common divisor of the integers (0 when all are 0).") { interp, args in
            var g: Value = .int(0)
            for v in args.positional { g = PyBigInt.gcd(g, try interp.toInteger(v)) }
            return g
        }
        m.define("isqrt", doc: "isqrt(n, /)\n\nThe integer square root of n: the largest integer a with a * a <= n.") { interp, args in
            guard args.count == 1 else { throw PyError.type("isqrt() takes exactly one argument (\(args.count) given)") }
            return try PyBigInt.integerSquareRoot(interp.toInteger(args[0]))
        }
        m.define("lcm", doc: "lcm(*integers)\n\nThe least common multiple of the integers (0 when one of them is 0).") { interp, args in
            var l: Value = .int(1)
            for v in args.positional {
                let x = try interp.toInteger(v)
                if try !interp.isTruthy(x) { return .int(0) }
                l = try interp.binary(.mul, interp.binary(.floordiv, l, PyBigInt.gcd(l, x)), x)
            }
            return try interp.isTruthy(interp.compare(.lt, l, .int(0))) ? interp.unary(.neg, l) : l
        }
        m.define("comb", doc: "comb(n, k, /)\n\nThe number of ways to choose k items from n without order: n! / (k! (n-k)!); 0 when k > n.") { interp, args in
            guard args.count == 2 else { throw PyError.type("comb expected 2 arguments, got \(args.count)") }
            let n = try interp.toInteger(args[0]), k = try interp.toInteger(args[1])
            if try interp.isTruthy(interp.compare(.lt, n, .int(0))) { throw PyError.value("n must be a non-negative integer") }
            if try interp.isTruthy(interp.compare(.lt, k, .int(0))) { throw PyError.value("k must be a non-negative integer") }
            if try interp.isTruthy(interp.compare(.gt, k, n)) { return .int(0) }
            // C(n, k) = C(n, n - k): the smaller of the two fits a machine word.
            let smaller = try interp.isTruthy(interp.compare(.gt, k, interp.binary(.sub, n, k))) ? try interp.binary(.sub, n, k) : k
            return try PyBigInt.combinations(n, try interp.toInt(smaller))
        }
        m.define("perm", doc: "perm(n, k=None, /)\n\nThe number of ways to choose k items from n in order: n! / (n-k)!; k defaults to n.") { interp, args in
            guard args.count == 1 || args.count == 2 else { throw PyError.type("perm expected at most 2 arguments, got \(args.count)") }
            let n = try interp.toInteger(args[0])
            if try interp.isTruthy(interp.compare(.lt, n, .int(0))) { throw PyError.value("n must be a non-negative integer") }
            guard args.count == 2, !(try args[1]).isNone else { return try PyBigInt.factorial(of: interp.toInt(n)) }
            let k = try interp.toInteger(args[1])
            if try interp.isTruthy(interp.compare(.lt, k, .int(0))) { throw PyError.value("k must be a non-negative integer") }
            if try interp.isTruthy(interp.compare(.gt, k, n)) { return .int(0) }
            return try PyBigInt.permutations(n, try interp.toInt(k))
        }
        m.define("prod", doc: "prod(iterable, /, *, start=1)\n\nThe product of start and the items of iterable.") { interp, args in
            var r: Value = .int(1)
            for v in try interp.iterateToArray(args[0]) { r = try interp.binary(.mul, r, v) }
            return r
        }
        m.define("fsum", doc: "fsum(seq, /)\n\nThe sum of the floats in seq without accumulated rounding error.") { interp, args in
            // Neumaier compensated summation: exact enough to match Python's fsum on typical data.
            var sum = 0.0, c = 0.0
            for v in try interp.iterateToArray(args[0]) {
                let x = try interp.toDouble(v)
                let t = sum + x
                c += Swift.abs(sum) >= Swift.abs(x) ? (sum - t) + x : (x - t) + sum
                sum = t
            }
            return .float(sum + c)
        }
        m.define("dist", doc: "dist(p, q, /)\n\nThe Euclidean distance between the points p and q (sequences of equal length).") { interp, args in
            let p = try interp.iterateToArray(args[0]).map { try interp.toDouble($0) }
            let q = try interp.iterateToArray(args[1]).map { try interp.toDouble($0) }
            return .float(Foundation.sqrt(zip(p, q).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }))
        }
        return m
    }
}
