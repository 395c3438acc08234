import Language

/// `import itertools`: lazy iterators over iterables. Native, because a lesson's
/// hyper-parameter grid (`product`) or sliding window (`pairwise`) sits in its inner loop, and
/// each tool is a few lines of state over `PyIterator`. Arguments are checked when the tool is
/// called, as CPython does (`cycle(1)` fails at once, `chain(1)` only when iterated).
enum ItertoolsModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "itertools", doc: "Functional tools for creating and using iterators.")
        func define(_ text: String, doc: String, _ body: @escaping (Interpreter, BoundArguments) throws -> Value) {
            let signature = Signature(text)
            m.define(signature.functionName, doc: text + "\n\n" + doc) { interp, args in try body(interp, signature.bind(args)) }
        }
        define("count(start=0, step=1)", doc: "An endless iterator of start, start + step, start + 2*step, ...") { interp, a in
            let start = a["start"] ?? .int(0), step = a["step"] ?? .int(1)
            for v in [start, step] where !isNumber(v) { throw PyError.type("a number is required") }
            var current = start
            return .object(PyIterator { interp in
                defer { current = (try? interp.binary(.add, current, step)) ?? current }
                return current
            })
        }
        define("cycle(iterable, /)", doc: "The items of iterable repeated endlessly.") { interp, a in
            let it = try interp.iterator(a.value(0) ?? .none)
            var saved: [Value] = []
            var exhausted = false
            var i = 0
            return .object(PyIterator { interp in
                if !exhausted {
                    if let v = try it.next(interp) { saved.append(v); return v }
                    exhausted = true
                }
                guard !saved.isEmpty else { return nil }
                defer { i = (i + 1) % saved.count }
                return saved[i]
            })
        }
        define("repeat(object, times=None)", doc: "object again and again, endlessly or times times.") { interp, a in
            let object = a["object"] ?? .none
            guard let times = a["times"] else { return .object(PyIterator { _ in object }) }
            var left = try index(interp, times)
            return .object(PyIterator { _ in
                guard left > 0 else { return nil }
                left -= 1
                return object
            })
        }
        define("accumulate(iterable, func=None, *, initial=None)", doc: "Running totals of iterable (or running results of the two-argument func): accumulate([1, 2, 3]) gives 1, 3, 6.") { interp, a in
            let it = try interp.iterator(a.value(0) ?? .none)
            let function = a.optional("func")
            var total: Value? = a.optional("initial")
            var started = false
            return .object(PyIterator { interp in
                if !started, let first = total { started = true; return first }
                started = true
                guard let v = try it.next(interp) else { return nil }
                if let t = total {
                    total = try function.map { try interp.call($0, t, v) } ?? interp.binary(.add, t, v)
                } else {
                    total = v
                }
                return total
            })
        }
        let chain = Signature("chain(*iterables)")
        func chained(_ sources: PyIterator) -> PyIterator {
            var current: PyIterator?
            return PyIterator { interp in
                while true {
                    if let c = current, let v = try c.next(interp) { return v }
                    guard let next = try sources.next(interp) else { return nil }
                    current = try interp.iterator(next)
                }
            }
        }
        let chainFunction = PyNativeFunction(name: "chain", doc: "chain(*iterables)\n\nThe items of the first iterable, then of the second, and so on; chain.from_iterable takes one iterable of iterables.") { interp, args in
            .object(chained(PyIterator(values: try chain.bind(args).extraPositional)))
        }
        chainFunction.setAttribute(Symbol("from_iterable"), .object(PyNativeFunction(name: "from_iterable") { interp, args in
            guard args.count == 1 else { throw PyError.type("chain.from_iterable() takes exactly one argument (\(args.count) given)") }
            return .object(chained(try interp.iterator(args[0])))
        }))
        m["chain"] = .object(chainFunction)
        define("compress(data, selectors)", doc: "The items of data whose matching selector is true.") { interp, a in
            let data = try interp.iterator(a.value(0) ?? .none), selectors = try interp.iterator(a.value(1) ?? .none)
            return .object(PyIterator { interp in
                while let v = try data.next(interp), let s = try selectors.next(interp) {
                    if try interp.isTruthy(s) { return v }
                }
                return nil
            })
        }
        define("dropwhile(predicate, iterable, /)", doc: "The items of iterable from the first one for which predicate is false.") { interp, a in
            let predicate = a.value(0) ?? .none, it = try interp.iterator(a.value(1) ?? .none)
            var dropping = true
            return .object(PyIterator { interp in
                while let v = try it.next(interp) {
                    if dropping, try interp.isTruthy(interp.call(predicate, one: v)) { continue }
                    dropping = false
                    return v
                }
                return nil
            })
        }
        define("takewhile(predicate, iterable, /)", doc: "The items of iterable as long as predicate is true of them.") { interp, a in
            let predicate = a.value(0) ?? .none, it = try interp.iterator(a.value(1) ?? .none)
            var taking = true
            return .object(PyIterator { interp in
                guard taking, let v = try it.next(interp) else { return nil }
                if try interp.isTruthy(interp.call(predicate, one: v)) { return v }
                taking = false
                return nil
            })
        }
        define("filterfalse(function, iterable, /)", doc: "The items of iterable for which predicate is false (false items when predicate is None).") { interp, a in
            let function = a.value(0) ?? .none, it = try interp.iterator(a.value(1) ?? .none)
            return .object(PyIterator { interp in
                while let v = try it.next(interp) {
                    let keep = function.isNone ? try interp.isTruthy(v) : try interp.isTruthy(interp.call(function, one: v))
                    if !keep { return v }
                }
                return nil
            })
        }
        define("starmap(function, iterable, /)", doc: "function(*args) for each tuple args of iterable.") { interp, a in
            let function = a.value(0) ?? .none, it = try interp.iterator(a.value(1) ?? .none)
            return .object(PyIterator { interp in
                guard let v = try it.next(interp) else { return nil }
                return try interp.call(function, Arguments(interp.iterateToArray(v)))
            })
        }
        define("pairwise(iterable, /)", doc: "Overlapping pairs of consecutive items: pairwise('ABC') gives ('A', 'B'), ('B', 'C').") { interp, a in
            let it = try interp.iterator(a.value(0) ?? .none)
            var previous: Value?
            return .object(PyIterator { interp in
                if previous == nil { previous = try it.next(interp) }
                guard let p = previous, let v = try it.next(interp) else { return nil }
                previous = v
                return .tuple([p, v])
            })
        }
        define("batched(iterable, n)", doc: "Tuples of n consecutive items of iterable; the last may be shorter (an error with strict=True).") { interp, a in
            let n = try index(interp, a.value(1) ?? .none)
            guard n >= 1 else { throw PyError.value("n must be at least one") }
            let it = try interp.iterator(a.value(0) ?? .none)
            return .object(PyIterator { interp in
                var batch: [Value] = []
                while batch.count < n, let v = try it.next(interp) { batch.append(v) }
                return batch.isEmpty ? nil : .tuple(batch)
            })
        }
        define("islice(iterable, *args)", doc: "The items of iterable selected like seq[start:stop:step], lazily.") { interp, a in
            let bounds = a.extraPositional
            guard (1...3).contains(bounds.count) else {
                throw PyError.type(bounds.isEmpty ? "islice expected at least 2 arguments, got 1"
                                                  : "islice expected at most 4 arguments, got \(bounds.count + 1)")
            }
            func bound(_ v: Value, _ what: String) throws -> Int? {
                if v.isNone { return nil }
                guard case .int(let i) = v, i >= 0 else {
                    if case .bool(let b) = v { return b ? 1 : 0 }
                    throw PyError.value("\(what) argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
                }
                return i
            }
            let start = bounds.count == 1 ? 0 : try bound(bounds[0], "Indices") ?? 0
            let stop = try bound(bounds.count == 1 ? bounds[0] : bounds[1], bounds.count == 1 ? "Stop" : "Stop")
            var step = 1
            if bounds.count == 3, !bounds[2].isNone {
                guard case .int(let s) = bounds[2], s >= 1 else {
                    throw PyError.value("Step for islice() must be a positive integer or None.")
                }
                step = s
            }
            let it = try interp.iterator(a.value(0) ?? .none)
            var position = 0
            var nextWanted = start
            return .object(PyIterator { interp in
                while true {
                    if let stop, nextWanted >= stop {
                        // Consume up to stop, as CPython does, then end.
                        while position < stop, try it.next(interp) != nil { position += 1 }
                        return nil
                    }
                    guard let v = try it.next(interp) else { return nil }
                    position += 1
                    if position - 1 == nextWanted {
                        nextWanted += step
                        return v
                    }
                }
            })
        }
        define("tee(iterable, n=2, /)", doc: "n independent iterators over the items of one iterable.") { interp, a in
            let n = try index(interp, a.value(1) ?? .int(2))
            guard n >= 0 else { throw PyError.value("n must be >= 0") }
            // n iterator objects of about 100 bytes each: checked before they are made.
            try MemoryCeiling.check(bytes: n, times: 128)
            let it = try interp.iterator(a.value(0) ?? .none)
            let buffer = TeeBuffer(it)
            return .tuple((0..<n).map { _ in
                var i = 0
                return .object(PyIterator { interp in
                    guard let v = try buffer.value(at: i, interp) else { return nil }
                    i += 1
                    return v
                })
            })
        }
        define("zip_longest(*iterables, fillvalue=None)", doc: "Tuples of the items at each position, as long as the longest iterable, the shorter ones padded with fillvalue.") { interp, a in
            let fill = a["fillvalue"] ?? .none
            let its = try a.extraPositional.map { try interp.iterator($0) }
            var active = its.map { _ in true }
            return .object(PyIterator { interp in
                guard active.contains(true) else { return nil }
                var row: [Value] = []
                for (k, it) in its.enumerated() {
                    if active[k], let v = try it.next(interp) {
                        row.append(v)
                    } else {
                        active[k] = false
                        row.append(fill)
                    }
                }
                return active.contains(true) ? .tuple(row) : nil
            })
        }
        define("groupby(iterable, key=None)", doc: "Pairs (key, group iterator) for each run of consecutive items with the same key; sort first to group all equal keys.") { interp, a in
            let it = try interp.iterator(a.value(0) ?? .none)
            let keyFunction = a.optional("key")
            let state = GroupState(it, keyFunction)
            return .object(PyIterator { interp in
                guard let (key, group) = try state.nextGroup(interp) else { return nil }
                return .tuple([key, .object(group)])
            })
        }
        define("product(*iterables, repeat=1)", doc: "The Cartesian product of the iterables as tuples, like nested for loops.") { interp, a in
            let times = try index(interp, a["repeat"] ?? .int(1))
            guard times >= 0 else { throw PyError.value("repeat argument cannot be negative") }
            let pools = try a.extraPositional.map { try interp.iterateToArray($0) }
            // CPython's limits: the wheels' index array must be addressable, then allocatable.
            if times > 0 && pools.count > Int.max / MemoryLayout<Int>.stride / times {
                throw PyError.overflow("repeat argument too large")
            }
            try MemoryCeiling.check(bytes: pools.count * times, times: MemoryLayout<Int>.stride)
            let all = pools.isEmpty ? [] : Array((0..<times).map { _ in pools }.joined())
            var indices = all.map { _ in 0 }
            var done = all.contains { $0.isEmpty }
            return .object(PyIterator { _ in
                guard !done else { return nil }
                let row = Value.tuple(indices.enumerated().map { all[$0.offset][$0.element] })
                // Advance like an odometer, the rightmost wheel fastest.
                var k = all.count - 1
                while k >= 0 {
                    indices[k] += 1
                    if indices[k] < all[k].count { break }
                    indices[k] = 0
                    k -= 1
                }
                if k < 0 { done = true }
                return row
            })
        }
        define("permutations(iterable, r=None)", doc: "Tuples of r items of iterable in every order (all items when r is None).") { interp, a in
            let pool = try interp.iterateToArray(a.value(0) ?? .none)
            let r = try a.optional("r").map { try index(interp, $0) } ?? pool.count
            guard r >= 0 else { throw PyError.value("r must be non-negative") }
            var order = Selection.permutations(n: pool.count, r: r)
            return .object(PyIterator { _ in order.next().map { .tuple($0.map { pool[$0] }) } })
        }
        define("combinations(iterable, r)", doc: "Tuples of r items of iterable in every combination, without repeats, in input order.") { interp, a in
            let pool = try interp.iterateToArray(a.value(0) ?? .none)
            let r = try index(interp, a.value(1) ?? .none)
            guard r >= 0 else { throw PyError.value("r must be non-negative") }
            var order = Selection.combinations(n: pool.count, r: r, withReplacement: false)
            return .object(PyIterator { _ in order.next().map { .tuple($0.map { pool[$0] }) } })
        }
        define("combinations_with_replacement(iterable, r)", doc: "Tuples of r items of iterable in every combination, an item allowed several times.") { interp, a in
            let pool = try interp.iterateToArray(a.value(0) ?? .none)
            let r = try index(interp, a.value(1) ?? .none)
            guard r >= 0 else { throw PyError.value("r must be non-negative") }
            var order = Selection.combinations(n: pool.count, r: r, withReplacement: true)
            return .object(PyIterator { _ in order.next().map { .tuple($0.map { pool[$0] }) } })
        }
        return m
    }

    static func isNumber(_ v: Value) -> Bool {
        switch v {
        case .int, .float, .bool: return true
        default: return false
        }
    }

    /// An integer argument, with CPython's message for anything else.
    static func index(_ interp: Interpreter, _ v: Value) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: throw PyError.type("'\(v.typeName)' object cannot be interpreted as an integer")
        }
    }
}
