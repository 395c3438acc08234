import Foundation
import Language

/// `import random`: seedable, and value-for-value identical to CPython for a given seed.
enum RandomModule {
    final class State: @unchecked Sendable {
        var generator = PythonRandom(seed: Int(Date().timeIntervalSince1970 * 1000))
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "random", doc: "Random numbers (Mersenne Twister, CPython-compatible).")
        let state = State()
        m.define("seed", doc: "seed(a=None, version=2)\n\nInitializes the generator; the same seed gives the same sequence of numbers.") { interp, args in
            if args.count == 0 || args.positional[0].isNone {
                state.generator.seed(Int(Date().timeIntervalSince1970 * 1e6))
            } else if let s = try args[0].asString {
                state.generator.seed(abs(s.hashValue))
            } else {
                state.generator.seed(try interp.toInt(args[0]))
            }
            return .none
        }
        m.define("random", doc: "random()\n\nA random float in the half-open interval [0.0, 1.0).") { _, _ in .float(state.generator.random()) }
        m.define("uniform", doc: "uniform(a, b)\n\nA random float N with a <= N <= b.") { interp, args in
            let a = try interp.toDouble(args[0]), b = try interp.toDouble(args[1])
            return .float(a + (b - a) * state.generator.random())
        }
        m.define("randint", doc: "randint(a, b)\n\nA random integer N with a <= N <= b (both ends included).") { interp, args in
            guard args.count == 2 else { throw PyError.type("randint() takes 2 positional arguments but \(args.count) were given") }
            let a = try interp.toInt(args[0]), b = try interp.toInt(args[1])
            // In 128 bits: b - a + 1 passes Int.max for randint(-2**63, 9).
            let width = Int128(b) - Int128(a) + 1
            if b < a { throw PyError.value("empty range for randrange() (\(a), \(Int128(b) + 1), \(width))") }
            guard width <= Int128(Int.max) else { throw PyError.overflow("randint() range is too large") }
            return .int(a &+ state.generator.randbelow(Int(width)))
        }
        m.define("randrange", doc: "randrange(start, stop=None, step=1)\n\nA random item of range(start, stop, step); randrange(n) is one of 0..n-1.") { interp, args in
            let v = try args.positional.map { try interp.toInt($0) }
            guard (1...3).contains(v.count) else {
                throw PyError.type("randrange expected 1 to 3 arguments, got \(v.count)")
            }
            let (start, stop, step) = v.count == 1 ? (0, v[0], 1) : (v[0], v[1], v.count > 2 ? v[2] : 1)
            if step == 0 { throw PyError.value("zero step for randrange()") }
            let (width, overflow) = stop.subtractingReportingOverflow(start)
            if overflow || width.magnitude > UInt(Int.max / 2) || step.magnitude > UInt(Int.max / 2) {
                throw PyError.overflow("randrange() range is too large")
            }
            let n = step > 0 ? (width + step - 1) / step : (width + step + 1) / step
            if n <= 0 { throw PyError.value("empty range for randrange() (\(start), \(stop), \(n))") }
            return .int(start + step * state.generator.randbelow(n))
        }
        m.define("choice", doc: "choice(seq)\n\nA random item of the non-empty sequence seq.") { interp, args in
            let items = try interp.iterateToArray(args.count > 0 ? args[0] : .none)
            if items.isEmpty { throw PyError.index("Cannot choose from an empty sequence") }
            return items[state.generator.randbelow(items.count)]
        }
        m.define("shuffle", doc: "shuffle(x)\n\nShuffles the list x in place.") { interp, args in
            guard args.count == 1, case .object(let o) = try args[0], let l = o as? PyList else {
                throw PyError.type("shuffle() expects a list")
            }
            for i in stride(from: l.items.count - 1, to: 0, by: -1) {
                let j = state.generator.randbelow(i + 1)
                l.items.swapAt(i, j)
            }
            _ = interp
            return .none
        }
        m.define("sample", doc: "sample(population, k, *, counts=None)\n\nk distinct items chosen from population without replacement, as a list.") { interp, args in
            let pool = try interp.iterateToArray(args.count > 0 ? args[0] : .none)
            let k = try interp.toInt(args.count > 1 ? args[1] : (args.keyword("k") ?? Value.none))
            guard k >= 0 && k <= pool.count else { throw PyError.value("Sample larger than population or is negative") }
            // CPython picks the set-based or pool-based method by size; the pool method is used
            // for small k relative to n, and both draw with _randbelow.
            var setsize = 21
            if k > 5 { setsize += Int(pow(4.0, ceil(log(Double(k * 3)) / log(4.0)))) }
            var result: [Value] = []
            if pool.count <= setsize {
                var p = pool
                for i in 0..<k {
                    let j = state.generator.randbelow(pool.count - i)
                    result.append(p[j])
                    p[j] = p[pool.count - i - 1]
                }
            } else {
                var selected = Set<Int>()
                for _ in 0..<k {
                    var j = state.generator.randbelow(pool.count)
                    while selected.contains(j) { j = state.generator.randbelow(pool.count) }
                    selected.insert(j)
                    result.append(pool[j])
                }
            }
            return .list(result)
        }
        m.define("gauss", doc: "gauss(mu=0.0, sigma=1.0)\n\nA normally distributed float with mean mu and standard deviation sigma (faster than normalvariate, not thread-safe).") { interp, args in
            let mu = args.count > 0 ? try interp.toDouble(args[0]) : 0, sigma = args.count > 1 ? try interp.toDouble(args[1]) : 1
            return .float(state.generator.gauss(mu: mu, sigma: sigma))
        }
        m.define("normalvariate", doc: "normalvariate(mu=0.0, sigma=1.0)\n\nA normally distributed float with mean mu and standard deviation sigma.") { interp, args in
            let mu = args.count > 0 ? try interp.toDouble(args[0]) : 0, sigma = args.count > 1 ? try interp.toDouble(args[1]) : 1
            return .float(state.generator.normalvariate(mu: mu, sigma: sigma))
        }
        m.define("getrandbits", doc: "getrandbits(k, /)\n\nA non-negative int with k random bits.") { interp, args in
            let k = try interp.toInt(args.count > 0 ? args[0] : .none)
            guard k >= 0 && k <= 63 else { throw PyError.value("getrandbits() supports 0 to 63 bits in Cellgrad") }
            return .int(Int(state.generator.getrandbits(k)))
        }
        defineDistributions(m, state)
        return m
    }
}
