import Foundation
import Language

/// random.choices and the continuous distributions built on random(), drawing from the
/// generator exactly as CPython does, so a seeded lesson gets CPython's numbers.
extension RandomModule {
    static let choicesSignature = Signature("choices(population, weights=None, *, cum_weights=None, k=1)")

    static func defineDistributions(_ m: PyModule, _ state: State) {
        m.define("choices", doc: "choices(population, weights=None, *, cum_weights=None, k=1)\n\nA list of k items chosen from population with replacement, optionally weighted.") { interp, args in
            let a = try choicesSignature.bind(args)
            let population = try interp.iterateToArray(a.value(0) ?? .none)
            let k = try interp.toInt(a["k"] ?? .int(1))
            let n = population.count
            // CPython grows the list until memory runs out (answering an interrupt meanwhile):
            // refuse past the ceiling at once, and look for an interrupt while filling.
            func picks(_ pick: () -> Value) throws -> Value {
                try MemoryCeiling.check(bytes: max(0, k), times: MemoryLayout<Value>.stride)
                var out: [Value] = []
                out.reserveCapacity(max(0, k))
                for i in 0..<max(0, k) {
                    if i & 0xFFFF == 0xFFFF { try interp.checkInterrupt() }
                    out.append(pick())
                }
                return .list(out)
            }
            var cumulative: [Double]
            if let cum = a["cum_weights"], !cum.isNone {
                if let w = a["weights"], !w.isNone { throw PyError.type("Cannot specify both weights and cumulative weights") }
                cumulative = try interp.iterateToArray(cum).map { try interp.toDouble($0) }
            } else if let weights = a["weights"], !weights.isNone {
                var running = 0.0
                cumulative = try interp.iterateToArray(weights).map { running += try interp.toDouble($0); return running }
            } else {
                if n == 0 && k > 0 { throw PyError.index("list index out of range") }
                // Unweighted: floor(random() * n) per pick.
                return try picks { population[Int(state.generator.random() * Double(n))] }
            }
            guard cumulative.count == n else { throw PyError.value("The number of weights does not match the population") }
            guard let total = cumulative.last, total > 0 else {
                if n == 0 { throw PyError.index("list index out of range") }
                throw PyError.value("Total of weights must be greater than zero")
            }
            guard total.isFinite else { throw PyError.value("Total of weights must be finite") }
            return try picks {
                // The first cumulative weight above random() * total (bisect_right over [0, n-1)).
                let x = state.generator.random() * total
                var lo = 0, hi = n - 1
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if x < cumulative[mid] { hi = mid } else { lo = mid + 1 }
                }
                return population[lo]
            }
        }
        m.define("expovariate", doc: "expovariate(lambd=1.0)\n\nAn exponentially distributed float with rate lambd (mean 1/lambd).") { interp, args in
            let lambd = args.count > 0 ? try interp.toDouble(args[0]) : 1.0
            if lambd == 0 { throw PyError.zeroDivision("float division by zero") }
            return .float(-log(1.0 - state.generator.random()) / lambd)
        }
        m.define("triangular", doc: "triangular(low=0.0, high=1.0, mode=None)\n\nA float between low and high from the triangular distribution peaking at mode (the midpoint by default).") { interp, args in
            var low = args.count > 0 ? try interp.toDouble(args[0]) : 0.0
            var high = args.count > 1 ? try interp.toDouble(args[1]) : 1.0
            let mode = args.count > 2 ? args.positional[2] : (args.keyword("mode") ?? .none)
            var u = state.generator.random()
            var c = 0.5
            if !mode.isNone {
                if high == low { return .float(low) }
                c = (try interp.toDouble(mode) - low) / (high - low)
            }
            if u > c {
                u = 1.0 - u
                c = 1.0 - c
                swap(&low, &high)
            }
            return .float(low + (high - low) * (u * c).squareRoot())
        }
        m.define("lognormvariate", doc: "lognormvariate(mu, sigma)\n\nA log-normally distributed float: its natural logarithm is normal with mean mu and deviation sigma.") { interp, args in
            let mu = try interp.toDouble(args.count > 0 ? args[0] : .none), sigma = try interp.toDouble(args.count > 1 ? args[1] : .none)
            return .float(exp(state.generator.normalvariate(mu: mu, sigma: sigma)))
        }
    }
}
