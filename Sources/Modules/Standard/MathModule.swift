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
        func unary(_ name: String, domain: ((Double) -> Bool)? = nil, _ f: @escaping (Double) -> Double) {
            m.define(name) { interp, args in
                guard args.count == 1 else { throw PyError.type("math.\(name)() takes exactly one argument (\(args.count) given)") }
                let x = try interp.toDouble(args[0])
                if let ok = domain, !ok(x) { throw PyError.value("math domain error") }
                let r = f(x)
                if r.isInfinite && x.isFinite { throw PyError.overflow("math range error") }
                return .float(r)
            }
        }
        unary("sqrt", domain: { $0 >= 0 || $0.isNaN }, Foundation.sqrt)
        unary("exp", Foundation.exp)
        unary("expm1", Foundation.expm1)
        unary("log2", domain: { $0 > 0 || $0.isNaN }, Foundation.log2)
        unary("log10", domain: { $0 > 0 || $0.isNaN }, Foundation.log10)
        unary("log1p", domain: { $0 > -1 || $0.isNaN }, Foundation.log1p)
        unary("sin", Foundation.sin)
        unary("cos", Foundation.cos)
        unary("tan", Foundation.tan)
        unary("asin", domain: { abs($0) <= 1 || $0.isNaN }, Foundation.asin)
        unary("acos", domain: { abs($0) <= 1 || $0.isNaN }, Foundation.acos)
        unary("atan", Foundation.atan)
        unary("sinh", Foundation.sinh)
        unary("cosh", Foundation.cosh)
        unary("tanh", Foundation.tanh)
        unary("asinh", Foundation.asinh)
        unary("acosh", domain: { $0 >= 1 || $0.isNaN }, Foundation.acosh)
        unary("atanh", domain: { abs($0) < 1 || $0.isNaN }, Foundation.atanh)
        unary("fabs", Swift.abs)
        unary("erf", Foundation.erf)
        unary("erfc", Foundation.erfc)
        unary("gamma", domain: { !($0 <= 0 && $0 == $0.rounded()) }, Foundation.tgamma)
        unary("lgamma", domain: { !($0 <= 0 && $0 == $0.rounded()) }, Foundation.lgamma)
        unary("degrees") { $0 * 180 / Double.pi }
        unary("radians") { $0 * Double.pi / 180 }
        m.define("log") { interp, args in
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
        for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
            m.define(name) { interp, args in
                guard args.count == 1 else { throw PyError.type("math.\(name)() takes exactly one argument (\(args.count) given)") }
                if case .int = try args[0] { return try args[0] }
                if try args[0].type === BuiltinTypes.int { return try args[0] }
                return try PyBigInt.integer(interp.toDouble(args[0]).rounded(rule))
            }
        }
        m.define("pow") { interp, args in
            guard args.count == 2 else { throw PyError.type("pow expected 2 arguments, got \(args.count)") }
            return .float(Foundation.pow(try interp.toDouble(args[0]), try interp.toDouble(args[1])))
        }
        m.define("atan2") { interp, args in .float(Foundation.atan2(try interp.toDouble(args[0]), try interp.toDouble(args[1]))) }
        m.define("hypot") { interp, args in .float(Foundation.sqrt(try args.positional.map { try interp.toDouble($0) }.reduce(0) { $0 + $1 * $1 })) }
        m.define("copysign") { interp, args in .float(Foundation.copysign(try interp.toDouble(args[0]), try interp.toDouble(args[1]))) }
        m.define("fmod") { interp, args in
            let y = try interp.toDouble(args[1])
            if y == 0 { throw PyError.value("math domain error") }
            return .float(Foundation.fmod(try interp.toDouble(args[0]), y))
        }
        m.define("isnan") { interp, args in .bool(try interp.toDouble(args[0]).isNaN) }
        m.define("isinf") { interp, args in .bool(try interp.toDouble(args[0]).isInfinite) }
        m.define("isfinite") { interp, args in .bool(try interp.toDouble(args[0]).isFinite) }
        let iscloseSignature = Signature("isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)")  // parsed once, not per call
        m.define("isclose") { interp, args in
            let a = try iscloseSignature.bind(args)
            let x = try interp.toDouble(a.value(0) ?? Value.none), y = try interp.toDouble(a.value(1) ?? Value.none)
            let rel = try a["rel_tol"].map { try interp.toDouble($0) } ?? 1e-9
            let absTol = try a["abs_tol"].map { try interp.toDouble($0) } ?? 0
            if x == y { return .bool(true) }
            if x.isInfinite || y.isInfinite { return .bool(false) }
            let diff = Swift.abs(x - y)
            return .bool(diff <= Swift.max(rel * Swift.max(Swift.abs(x), Swift.abs(y)), absTol))
        }
        m.define("factorial") { interp, args in
            guard args.count == 1 else { throw PyError.type("factorial() takes exactly one argument") }
            if case .float = try args[0] { throw PyError.type("'float' object cannot be interpreted as an integer") }
            if try interp.toInteger(args[0]).type === BuiltinTypes.int, case .object = try interp.toInteger(args[0]) {
                throw PyError.overflow("factorial() argument should not exceed \(Int.max)")
            }
            let n = try interp.toInt(args[0])
            if n < 0 { throw PyError.value("factorial() not defined for negative values") }
            return try PyBigInt.factorial(of: n)
        }
        m.define("gcd") { interp, args in
            var g: Value = .int(0)
            for v in args.positional { g = PyBigInt.gcd(g, try interp.toInteger(v)) }
            return g
        }
        m.define("isqrt") { interp, args in
            guard args.count == 1 else { throw PyError.type("isqrt() takes exactly one argument (\(args.count) given)") }
            return try PyBigInt.integerSquareRoot(interp.toInteger(args[0]))
        }
        m.define("lcm") { interp, args in
            var l: Value = .int(1)
            for v in args.positional {
                let x = try interp.toInteger(v)
                if try !interp.isTruthy(x) { return .int(0) }
                l = try interp.binary(.mul, interp.binary(.floordiv, l, PyBigInt.gcd(l, x)), x)
            }
            return try interp.isTruthy(interp.compare(.lt, l, .int(0))) ? interp.unary(.neg, l) : l
        }
        m.define("comb") { interp, args in
            guard args.count == 2 else { throw PyError.type("comb expected 2 arguments, got \(args.count)") }
            let n = try interp.toInteger(args[0]), k = try interp.toInteger(args[1])
            if try interp.isTruthy(interp.compare(.lt, n, .int(0))) { throw PyError.value("n must be a non-negative integer") }
            if try interp.isTruthy(interp.compare(.lt, k, .int(0))) { throw PyError.value("k must be a non-negative integer") }
            if try interp.isTruthy(interp.compare(.gt, k, n)) { return .int(0) }
            // C(n, k) = C(n, n - k): the smaller of the two fits a machine word.
            let smaller = try interp.isTruthy(interp.compare(.gt, k, interp.binary(.sub, n, k))) ? try interp.binary(.sub, n, k) : k
            return try PyBigInt.combinations(n, try interp.toInt(smaller))
        }
        m.define("perm") { interp, args in
            guard args.count == 1 || args.count == 2 else { throw PyError.type("perm expected at most 2 arguments, got \(args.count)") }
            let n = try interp.toInteger(args[0])
            if try interp.isTruthy(interp.compare(.lt, n, .int(0))) { throw PyError.value("n must be a non-negative integer") }
            guard args.count == 2, !(try args[1]).isNone else { return try PyBigInt.factorial(of: interp.toInt(n)) }
            let k = try interp.toInteger(args[1])
            if try interp.isTruthy(interp.compare(.lt, k, .int(0))) { throw PyError.value("k must be a non-negative integer") }
            if try interp.isTruthy(interp.compare(.gt, k, n)) { return .int(0) }
            return try PyBigInt.permutations(n, try interp.toInt(k))
        }
        m.define("prod") { interp, args in
            var r: Value = .int(1)
            for v in try interp.iterateToArray(args[0]) { r = try interp.binary(.mul, r, v) }
            return r
        }
        m.define("fsum") { interp, args in
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
        m.define("dist") { interp, args in
            let p = try interp.iterateToArray(args[0]).map { try interp.toDouble($0) }
            let q = try interp.iterateToArray(args[1]).map { try interp.toDouble($0) }
            return .float(Foundation.sqrt(zip(p, q).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }))
        }
        return m
    }
}
