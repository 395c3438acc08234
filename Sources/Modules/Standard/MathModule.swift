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
            let x = try interp.toDouble(args[0])
            if x <= 0 { throw PyError.value("math domain error") }
            if args.count == 2 {
                let b = try interp.toDouble(args[1])
                if b <= 0 || b == 1 { throw b == 1 ? PyError.zeroDivision("float division by zero") : PyError.value("math domain error") }
                return .float(Foundation.log(x) / Foundation.log(b))
            }
            return .float(Foundation.log(x))
        }
        for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
            m.define(name) { interp, args in
                guard args.count == 1 else { throw PyError.type("math.\(name)() takes exactly one argument (\(args.count) given)") }
                if case .int(let i) = try args[0] { return .int(i) }
                let x = try interp.toDouble(args[0])
                guard x.isFinite else {
                    throw x.isNaN ? PyError.value("cannot convert float NaN to integer") : PyError.overflow("cannot convert float infinity to integer")
                }
                guard let r = Int(exactly: x.rounded(rule)) else { throw PyError.overflow("int too large: Cellgrad ints are 64-bit") }
                return .int(r)
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
            let n = try interp.toInt(args[0])
            if n < 0 { throw PyError.value("factorial() not defined for negative values") }
            var r = 1
            for i in stride(from: 2, through: n, by: 1) {
                let (p, o) = r.multipliedReportingOverflow(by: i)
                if o { throw PyError.overflow("factorial(\(n)) exceeds Cellgrad's 64-bit integers") }
                r = p
            }
            return .int(r)
        }
        m.define("gcd") { interp, args in
            var g = 0
            for v in args.positional {
                var a = Swift.abs(try interp.toInt(v)), b = g
                while b != 0 { (a, b) = (b, a % b) }
                g = a
            }
            return .int(g)
        }
        m.define("lcm") { interp, args in
            var l = 1
            for v in args.positional {
                let x = Swift.abs(try interp.toInt(v))
                if x == 0 { return .int(0) }
                var a = l, b = x
                while b != 0 { (a, b) = (b, a % b) }
                l = l / a * x
            }
            return .int(l)
        }
        m.define("comb") { interp, args in
            let n = try interp.toInt(args[0]), k = try interp.toInt(args[1])
            if n < 0 || k < 0 { throw PyError.value("n must be a non-negative integer") }
            if k > n { return .int(0) }
            var r = 1
            for i in 0..<Swift.min(k, n - k) { r = r * (n - i) / (i + 1) }
            return .int(r)
        }
        m.define("perm") { interp, args in
            let n = try interp.toInt(args[0]), k = args.count > 1 ? try interp.toInt(args[1]) : n
            if k > n { return .int(0) }
            var r = 1
            for i in 0..<k { r *= (n - i) }
            return .int(r)
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
