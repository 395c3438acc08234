import Foundation
import Language

/// What `%timeit` measured, as IPython reports it: the mean and the population standard
/// deviation of the per-loop times of each run, with `-o` the object itself
/// (`<TimeitResult : 1.23 μs ± 4.5 ns per loop (mean ± std. dev. of 7 runs, 100,000 loops each)>`).
struct TimeitResult {
    var loops: Int
    var runs: Int
    /// Seconds per run of `loops` loops.
    var allRuns: [Double]
    var compileTime: Double
    var precision: Int

    var timings: [Double] { allRuns.map { $0 / Double(loops) } }
    var best: Double { timings.min() ?? 0 }
    var worst: Double { timings.max() ?? 0 }
    var average: Double { timings.isEmpty ? 0 : TimeitResult.exactSum(timings) / Double(timings.count) }
    var stdev: Double {
        let mean = average
        return timings.isEmpty ? 0 : (TimeitResult.exactSum(timings.map { ($0 - mean) * ($0 - mean) }) / Double(timings.count)).squareRoot()
    }

    /// IPython's one line: "1.23 μs ± 4.5 ns per loop (mean ± std. dev. of 7 runs, 100,000 loops each)".
    var summary: String {
        let mean = TimeFormat.duration(average, precision: precision)
        let deviation = TimeFormat.duration(stdev, precision: precision)
        return "\(mean) \u{B1} \(deviation) per loop (mean \u{B1} std. dev. of \(runs) run\(runs == 1 ? "" : "s"), "
            + "\(TimeitResult.grouped(loops)) loop\(loops == 1 ? "" : "s") each)"
    }

    /// 100000 -> "100,000", as Python's `{:,}` writes it.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// A compensated sum, standing in for IPython's `math.fsum`.
    static func exactSum(_ xs: [Double]) -> Double {
        var sum = 0.0
        var compensation = 0.0
        for x in xs {
            let y = x - compensation
            let t = sum + y
            compensation = (t - sum) - y
            sum = t
        }
        return sum
    }

    /// The Python type of `%timeit -o`'s result, with IPython's attribute names.
    nonisolated(unsafe) static let pythonType: PyType = {
        let t = PyType(name: "TimeitResult", bases: [BuiltinTypes.object], module: "IPython.core.magics.execution",
                       doc: "The result of %timeit -o: loops, repeat, best, worst, all_runs, timings, average, stdev.")
        t.define("__str__") { interp, args in
            .str(try interp.str(try interp.getAttribute(try args[0], Symbol("_summary"))))
        }
        t.define("__repr__") { interp, args in
            .str("<TimeitResult : " + (try interp.str(try interp.getAttribute(try args[0], Symbol("_summary")))) + ">")
        }
        return t
    }()

    /// The Python object for `-o` and `-v`.
    func pythonObject() -> Value {
        let o = PyObject(type: TimeitResult.pythonType)
        let values: [(String, Value)] = [
            ("loops", .int(loops)), ("repeat", .int(runs)), ("best", .float(best)), ("worst", .float(worst)),
            ("all_runs", .list(allRuns.map { .float($0) })), ("timings", .list(timings.map { .float($0) })),
            ("compile_time", .float(compileTime)), ("average", .float(average)), ("stdev", .float(stdev)),
            ("_summary", .str(summary)),
        ]
        for (name, value) in values { o.setAttribute(Symbol(name), value) }
        return .object(o)
    }
}
