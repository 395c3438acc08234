import Foundation

/// Running a cell or a file: parse, compile, execute, and turn failures into Python-style
/// tracebacks. Globals persist across cells, even when a cell fails.
public enum CellOutcome {
    case ok(result: Value?)
    case error(ExceptionReport)
}

/// An uncaught exception, ready for Jupyter's `error` message or a terminal.
public struct ExceptionReport: Sendable {
    public var name: String
    public var message: String
    public var traceback: [String]
}

extension Interpreter {
    /// Runs a cell. `filename` names it in tracebacks (`Cell In[3]`).
    /// `runHooks: false` leaves the end-of-cell hooks (figures) to `runCellEndHooks()`, so a
    /// kernel can publish the cell's result first, as IPython does.
    public func run(_ source: String, filename: String, runHooks: Bool = true) -> CellOutcome {
        callDepth = 0
        handling = []
        do {
            let result = try compiled(source, filename: filename).run()
            if let r = result, !r.isNone { globals.set(Symbol("_"), r) }
            if runHooks { for hook in cellEndHooks { try hook(self) } }
            return .ok(result: result.flatMap { $0.isNone ? nil : $0 })
        } catch let e as PyError {
            if runHooks { for hook in cellEndHooks { try? hook(self) } }
            return .error(report(e))
        } catch {
            return .error(ExceptionReport(name: "SystemError", message: "\(error)",
                                          traceback: ["SystemError: \(error)"]))
        }
    }

    func compile(_ source: String, filename: String) throws -> Compiler.CompiledCell {
        let body: [Stmt]
        switch Result(catching: { () throws(SyntaxError) -> [Stmt] in try Parser.parse(source) }) {
        case .success(let b): body = b
        case .failure(let e): throw syntaxError(e, filename: filename)
        }
        do {
            return try Compiler.compileCell(body, interp: self, filename: filename)
        } catch let e as SyntaxError {
            throw syntaxError(e, filename: filename)
        }
    }

    /// Runs the end-of-cell hooks (shows the cell's figures); a failure is reported, not thrown.
    public func runCellEndHooks() -> ExceptionReport? {
        var failure: ExceptionReport?
        for hook in cellEndHooks {
            do { try hook(self) } catch let e as PyError { failure = failure ?? report(e) } catch {}
        }
        return failure
    }

    /// Parses and compiles without running, for `cellgrad run --check` and `is_complete`: the
    /// compiler finds what the parser cannot (`return` outside a function, `break` outside a
    /// loop), as CPython's `compile` does.
    public func check(_ source: String, filename: String) -> ExceptionReport? {
        sources[filename] = source.components(separatedBy: "\n")
        do {
            _ = try compile(source, filename: filename)
            return nil
        } catch let e as PyError {
            return report(e)
        } catch {
            return ExceptionReport(name: "SyntaxError", message: "\(error)", traceback: [])
        }
    }

    func syntaxError(_ e: SyntaxError, filename: String) -> PyError {
        let error = PyError.syntax(e)
        error.exception.traceback = [TracebackEntry(function: "", file: filename, line: e.location.line,
                                                    column: e.location.column)]
        error.exception.setAttribute(Symbol("filename"), .str(filename))
        return error
    }

    /// Python's traceback text, one entry per line group, innermost call last.
    public func report(_ error: PyError) -> ExceptionReport {
        let exc = error.exception
        var lines: [String] = []
        var chain: [PyExceptionObject] = [exc]
        var seen: Set<ObjectIdentifier> = [ObjectIdentifier(exc)]
        var current = exc
        while let next = current.cause ?? (current.suppressContext ? nil : current.context), !seen.contains(ObjectIdentifier(next)) {
            chain.insert(next, at: 0)
            seen.insert(ObjectIdentifier(next))
            current = next
        }
        for (i, e) in chain.enumerated() {
            if i > 0 {
                let explicit = chain[i].cause === chain[i - 1]
                lines.append("")
                lines.append(explicit ? "The above exception was the direct cause of the following exception:"
                                      : "During handling of the above exception, another exception occurred:")
                lines.append("")
            }
            lines.append(contentsOf: traceLines(e))
        }
        return ExceptionReport(name: exc.type.name, message: (try? str(.object(exc))) ?? exc.message, traceback: lines)
    }

    func traceLines(_ e: PyExceptionObject) -> [String] {
        var lines: [String] = []
        let isSyntax = e.type.isSubtype(of: BuiltinTypes.syntaxError)
        if !isSyntax { lines.append("Traceback (most recent call last):") }
        for entry in e.traceback.reversed() {
            let place = entry.file.hasPrefix("Cell In[") ? "  \(entry.file), line \(entry.line)" : "  File \"\(entry.file)\", line \(entry.line)"
            lines.append(isSyntax || entry.function.isEmpty ? place : place + ", in \(entry.function)")
            if let source = sources[entry.file], entry.line >= 1, entry.line <= source.count {
                let text = source[entry.line - 1]
                let stripped = text.drop { $0 == " " || $0 == "\t" }
                let indent = text.unicodeScalars.count - stripped.unicodeScalars.count
                if !stripped.isEmpty {
                    lines.append("    " + String(stripped))
                    if let column = entry.column, column >= indent {
                        lines.append("    " + String(repeating: " ", count: column - indent) + "^")
                    }
                }
            }
        }
        let message = (try? str(.object(e))) ?? e.message
        lines.append(message.isEmpty ? e.type.name : "\(e.type.name): \(message)")
        return lines
    }

    /// The MIME bundle of a cell result or a `display()` argument.
    public func mimeBundle(_ v: Value) throws -> MimeBundle {
        var bundle = MimeBundle(["text/plain": try repr(v)])
        if case .object(let o) = v {
            if let f = o.type.lookup(Dunder.reprMimeBundle) {
                let r = try call(f, Arguments([v]))
                if case .object(let ro) = r, let d = ro as? PyDict {
                    for (k, val) in d.entries { if let key = k.asString, let s = try mimeText(key, val) { bundle.data[key] = s } }
                }
            }
            if let f = o.type.lookup(Symbol("_repr_json_")) {
                var r = try call(f, Arguments([v]))
                // IPython's JSON answers (data, metadata).
                if case .object(let ro) = r, let pair = ro as? PyTuple, let data = pair.items.first { r = data }
                if !r.isNone, let s = try mimeText("application/json", r) { bundle.data["application/json"] = s }
            }
            if let f = o.type.lookup(Dunder.reprHTML), let s = try call(f, Arguments([v])).asString {
                bundle.data["text/html"] = s
            }
            if let f = o.type.lookup(Dunder.reprPNG) {
                // A str is already base64; bytes are the file, encoded here as IPython does.
                switch try call(f, Arguments([v])) {
                case let r where r.asString != nil: bundle.data["image/png"] = r.asString
                case .object(let b as PyBytes): bundle.data["image/png"] = Data(b.bytes).base64EncodedString()
                default: break
                }
            }
        }
        return bundle
    }

    /// One entry of a MIME bundle as text: a str as it is; for a JSON MIME type
    /// (`application/json`, `…+json`), any other value as its JSON text; else nil.
    public func mimeText(_ mime: String, _ v: Value) throws -> String? {
        if let s = v.asString { return s }
        guard mime == "application/json" || mime.hasSuffix("+json"), let dumps = try importModule("json")["dumps"] else { return nil }
        return try call(dumps, Arguments([v])).asString
    }
}
