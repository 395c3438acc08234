/// Source compiled once to run, perhaps many times, in the session's globals from inside a
/// running cell: IPython's `%time` and `%timeit` run their statement this way, so the timing
/// measures the statement and not the compiler.
///
///     let code = try interp.compiled("total = sum(xs)", filename: "<timeit>")
///     for _ in 0..<1000 { _ = try code.run() }
public struct CompiledSource {
    let cell: Compiler.CompiledCell
    let filename: String
    // Strong: the session is immortal (ThreadBoundary), and an unowned count on it overflows.
    let interp: Interpreter

    /// Runs the code once; the value of a final expression statement, or nil.
    public func run() throws -> Value? {
        let frame = Frame.make(info: cell.info, closure: [], interp: interp)
        // Noted while it runs, so warnings and frame walks see the cell; %timeit's code runs
        // inside a cell, whose own note comes back after it.
        let depth = min(interp.callDepth, RunningFrames.capacity - 1)
        let outer = interp.runningFrames.byDepth[depth]
        interp.runningFrames.note(frame, at: depth)
        defer { interp.runningFrames.byDepth[depth] = outer }
        do {
            _ = try cell.body(frame)
            return try cell.result?(frame)
        } catch let e as PyError {
            e.exception.traceback.append(TracebackEntry(function: "<module>", file: filename, line: frame.line,
                                                        column: e.exception.pendingColumn))
            e.exception.pendingColumn = nil
            throw e
        }
    }
}

extension Interpreter {
    /// Compiles `source` as a cell named `filename` in tracebacks; a SyntaxError is thrown as
    /// the Python exception.
    public func compiled(_ source: String, filename: String) throws -> CompiledSource {
        sources[filename] = source.components(separatedBy: "\n")
        return CompiledSource(cell: try compile(source, filename: filename), filename: filename, interp: self)
    }
}
