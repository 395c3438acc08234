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
            } else if let key = PyBigInt.magnitudeWords(try interp.toInteger(args[0])) {
                state.generator.seed(key: key)
            }
            return .none
        }
        m.define("random", doc: "random()\n\nA random float in the half-open interval [0.0, 1.0).") { _, _ in .float(state.generator.random()) }
        m.define("uniform", doc: "uniform(a, b)\n\nA random float N with a <= N <= b.") { interp, args in
            let a = try interp.toDouble(args[0]), b = try interp.toDouble(args[1])
            return .float(a + (b - a) * state.generator.random())
        }
        m.define("randint", doc: "randint(a, b)\n\nA random integer N with a <= N <= b (both ends included).") { interp, args in
            guard args.count >= 2 else {
                throw PyError.type("Random.randint() missing \(2 - args.count) required positional argument\(args.count == 0 ? "s: 'a' and 'b'" : ": 'b'")")
            }
            guard args.count == 2 else { throw PyError.type("Random.randint() takes 3 positional arguments but \(args.count + 1) were given") }
            // The common case in 64 bits; wider ones (and errors) as randrange(a, b + 1).
            if case .int(let a) = args.positional[0], case .int(let b) = args.positional[1], a <= b {
                let (width, overflow) = b.subtractingReportingOverflow(a)
                if !overflow && width < Int.max { return .int(a + state.generator.randbelow(width + 1)) }
            }
            let b = try randrangeInteger(interp, args[1], "stop")
            return try randrange(interp, state, start: args[0], stop: interp.binary(.add, b, .int(1)), step: .int(1))
        }
        m.define("randrange", doc: "randrange(start, stop=None, step=1)\n\nA random item of range(start, stop, step); randrange(n) is one of 0..n-1.") { interp, args in
            guard (1...3).contains(args.count) else {
                throw PyError.type("randrange expected 1 to 3 arguments, got \(args.count)")
            }
            if args.count == 1 || args.positional[1].isNone {
                if args.count == 3 { throw PyError.type("Missing a non-None stop argument") }
                let n = try randrangeInteger(interp, args[0], "arg 1")
                guard try interp.isTruthy(interp.compare(.gt, n, .int(0))) else { throw PyError.value("empty range for randrange()") }
                return try state.generator.randbelow(n, interp)
            }
            return try randrange(interp, state, start: args[0], stop: args[1], step: args.count > 2 ? args[2] : .int(1))
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
            // A range is indexed, not listed: sample(range(10**18), 3) is instant, as in CPython.
            let population = args.count > 0 ? args.positional[0] : Value.none
            let range = population.asObject as? PyRange
            guard range == nil || range?.exactCount != nil else { throw PyError.overflow("Python int too large to convert to C ssize_t") }
            let pool = range == nil ? try interp.iterateToArray(population) : []
            let n = range?.count ?? pool.count
            func item(_ i: Int) -> Value { range.map { .int($0.element(i)) } ?? pool[i] }
            let k = try interp.toInt(args.count > 1 ? args[1] : (args.keyword("k") ?? Value.none))
            guard k >= 0 && k <= n else { throw PyError.value("Sample larger than population or is negative") }
            // CPython picks the set-based or pool-based method by size; the pool method is used
            // for small k relative to n, and both draw with _randbelow.
            var setsize = 21
            if k > 5 { setsize += Int(min(pow(4.0, ceil(log(Double(k) * 3) / log(4.0))), 0x1p62)) }
            try MemoryCeiling.check(bytes: k, times: MemoryLayout<Value>.stride)
            var result: [Value] = []
            result.reserveCapacity(k)
            if n <= setsize {
                var p = range == nil ? pool : (0..<n).map(item)
                for i in 0..<k {
                    let j = state.generator.randbelow(n - i)
                    result.append(p[j])
                    p[j] = p[n - i - 1]
                }
            } else {
                var selected = Set<Int>()
                for i in 0..<k {
                    if i & 0xFFFF == 0xFFFF { try interp.checkInterrupt() }
                    var j = state.generator.randbelow(n)
                    while selected.contains(j) { j = state.generator.randbelow(n) }
                    selected.insert(j)
                    result.append(item(j))
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
            guard args.count == 1 else { throw PyError.type("getrandbits() takes exactly one argument (\(args.count) given)") }
            let k = try interp.toInteger(args[0])
            guard case .int(let bits) = k, bits <= Int(Int32.max) else {
                throw PyError.overflow("Python int too large to convert to C int")
            }
            if bits < 0 { throw PyError.value("number of bits must be non-negative") }
            return try state.generator.getrandbits(value: bits)
        }
        defineDistributions(m, state)
        return m
    }

    /// randrange's `start, stop, step`, as exact ints of any size (CPython's `randrange`).
    static func randrange(_ interp: Interpreter, _ state: State, start: Value, stop: Value, step: Value) throws -> Value {
        let start = try randrangeInteger(interp, start, "arg 1"), stop = try randrangeInteger(interp, stop, "stop")
        let step = try randrangeInteger(interp, step, "step")
        func test(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Bool { try interp.isTruthy(interp.compare(op, a, b)) }
        let width = try interp.binary(.sub, stop, start)
        if case .int(1) = step {
            guard try test(.gt, width, .int(0)) else {
                throw PyError.value("empty range for randrange() (\(try interp.repr(start)), \(try interp.repr(stop)), \(try interp.repr(width)))")
            }
            return try interp.binary(.add, start, state.generator.randbelow(width, interp))
        }
        if case .int(0) = step { throw PyError.value("zero step for randrange()") }
        // ceil(width / step) for either sign of step.
        let nudge: Value = try test(.gt, step, .int(0)) ? interp.binary(.sub, step, .int(1)) : interp.binary(.add, step, .int(1))
        let n = try interp.binary(.floordiv, interp.binary(.add, width, nudge), step)
        guard try test(.gt, n, .int(0)) else { throw PyError.value("empty range for randrange()") }
        return try interp.binary(.add, start, interp.binary(.mul, step, state.generator.randbelow(n, interp)))
    }

    /// An int argument of randrange: ints and `__index__` objects.
    static func randrangeInteger(_ interp: Interpreter, _ v: Value, _ which: String) throws -> Value {
        do {
            return try interp.toInteger(v)
        } catch let e as PyError where e.isInstance(of: BuiltinTypes.typeError) {
            // Not an index: Python 3.11 still takes `int(v)` when it equals v (with a
            // DeprecationWarning), so 10.0 passes and 1.5 or '1' do not.
            let i = try interp.call(.object(BuiltinTypes.int), one: v)
            guard try interp.equals(i, v) else { throw PyError.value("non-integer \(which) for randrange()") }
            return i
        }
    }
}
