import Foundation
import Language

/// `%time`, `%%time`, `%timeit` and `%%timeit`, with IPython's options and output.
///
///     %time total = sum(range(10**6))
///     # CPU times: user 41.2 ms, sys: 0 ns, total: 41.2 ms
///     # Wall time: 41.3 ms
///     %timeit -n 1000 -r 5 sum(range(100))
///     # 2.31 μs ± 12.1 ns per loop (mean ± std. dev. of 5 runs, 1,000 loops each)
enum TimeMagics {
    /// Runs `code` once in the session's globals and prints the CPU and wall time, even when it
    /// fails (the exception follows); returns the value of a final expression.
    static func time(_ code: String, interp: Interpreter) throws -> Value {
        let compiled = try interp.compiled(code, filename: "<timed exec>")
        let cpuStart = cpuTimes()
        let wallStart = DispatchTime.now().uptimeNanoseconds
        let outcome = Result { try compiled.run() }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9
        let cpuEnd = cpuTimes()
        let user = cpuEnd.user - cpuStart.user
        let system = cpuEnd.system - cpuStart.system
        interp.writeStdout("CPU times: user \(TimeFormat.duration(user)), sys: \(TimeFormat.duration(system)), "
                           + "total: \(TimeFormat.duration(user + system))\nWall time: \(TimeFormat.duration(wall))\n")
        return try outcome.get() ?? .none
    }

    /// This process's user and system CPU seconds, all threads, as IPython's `clock2` reads them.
    static func cpuTimes() -> (user: Double, system: Double) {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return (seconds(usage.ru_utime), seconds(usage.ru_stime))
    }

    /// `%timeit [-n N] [-r R] [-p P] [-q] [-o] [-v NAME] statement`, or as a cell magic the
    /// options and a setup statement on the first line and the timed code below.
    static func timeit(_ line: String, cell: String?, interp: Interpreter) throws -> Value {
        let options = try TimeitOptions(parsing: line)
        let setup = cell == nil ? "" : options.statement
        let body = cell ?? options.statement
        if body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && cell == nil { return .none }

        // As IPython does, the statement runs inside a function, so its assignments are local and
        // the loop is measured without the setup.
        let function = "__cellgrad_timeit__"
        let source = "def \(function)(__cellgrad_n, __cellgrad_clock):\n"
            + indented(setup, by: 4) + "    __cellgrad_t0 = __cellgrad_clock()\n"
            + "    for __cellgrad_i in range(__cellgrad_n):\n" + indented(body, by: 8) + "        pass\n"
            + "    return __cellgrad_clock() - __cellgrad_t0\n"
        let compileStart = DispatchTime.now().uptimeNanoseconds
        _ = try interp.compiled(source, filename: "<magic-timeit>").run()
        let compileTime = Double(DispatchTime.now().uptimeNanoseconds - compileStart) / 1e9
        guard let inner = interp.globals.get(Symbol(function)) else { return .none }
        interp.globals.set(Symbol(function), nil)
        let clock = Value.object(PyNativeFunction(name: "perf_counter") { _, _ in
            .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9)
        })
        func measure(_ loops: Int) throws -> Double {
            let elapsed = try interp.call(inner, .int(loops), clock)
            if case .float(let seconds) = elapsed { return seconds }
            return 0
        }

        var loops = options.loops
        if loops == 0 {
            // As IPython: the smallest power of ten whose loops take at least 0.2 s.
            for power in 0..<10 {
                loops = Int(pow(10.0, Double(power)))
                if try measure(loops) >= 0.2 { break }
            }
        }
        var runs: [Double] = []
        for _ in 0..<options.runs {
            try interp.checkInterrupt()
            runs.append(try measure(loops))
        }
        let result = TimeitResult(loops: loops, runs: options.runs, allRuns: runs, compileTime: compileTime,
                                  precision: options.precision)
        if !options.quiet {
            if result.worst > 4 * result.best && result.best > 0 && result.worst > 1e-6 {
                interp.writeStdout(String(format: "The slowest run took %0.2f times longer than the fastest. ", result.worst / result.best)
                                   + "This could mean that an intermediate result is being cached.\n")
            }
            interp.writeStdout(result.summary + "\n")
            if compileTime > 0.1 { interp.writeStdout(String(format: "Compiler time: %.2f s\n", compileTime)) }
        }
        if let name = options.saveName { interp.globals.set(Symbol(name), result.pythonObject()) }
        return options.returnResult ? result.pythonObject() : .none
    }

    /// Each non-blank line of `code`, without the indentation they all share, indented by
    /// `spaces` and ending in a newline.
    static func indented(_ code: String, by spaces: Int) -> String {
        let pad = String(repeating: " ", count: spaces)
        return InputCleanup.dedent(InputCleanup.splitLines(code + "\n")).joined()
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { pad + $0 + "\n" }.joined()
    }
}
