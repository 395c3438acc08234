/// Modules written in Cellgrad Python (`collections`, `itertools`, `json`, …): their source is
/// bundled in the binary and compiled on first import, like a cell, but with a namespace of
/// their own, so a module's globals never mix with the session's and its classes and
/// functions report the module's name in `__module__` and reprs (`<class 'collections.deque'>`).
extension Interpreter {
    public func sourceModule(_ name: String, source: String) throws -> PyModule {
        let filename = "<cellgrad>/" + name.split(separator: ".").joined(separator: "/") + ".py"
        sources[filename] = source.components(separatedBy: "\n")
        let namespace = Globals()
        namespace.set(Symbol("__name__"), .str(name))
        let body: [Stmt]
        switch Result(catching: { () throws(SyntaxError) -> [Stmt] in try Parser.parse(source) }) {
        case .success(let b): body = b
        case .failure(let e): throw syntaxError(e, filename: filename)
        }
        let unit: Compiler.CompiledCell
        do {
            unit = try Compiler.compileCell(body, interp: self, filename: filename, globals: namespace, moduleName: name)
        } catch let e as SyntaxError {
            throw syntaxError(e, filename: filename)
        }
        let frame = Frame.make(info: unit.info, closure: [], interp: self)
        do {
            _ = try unit.body(frame)
            _ = try unit.result?(frame)
        } catch let e as PyError {
            e.exception.traceback.append(TracebackEntry(function: "<module>", file: filename, line: frame.line,
                                                        column: e.exception.pendingColumn))
            e.exception.pendingColumn = nil
            throw e
        }
        let module = PyModule(name: name)
        for (key, value) in namespace.entries { module.setAttribute(key, value) }
        return module
    }
}
