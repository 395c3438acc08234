import Foundation

/// print, input, open, help.
extension Builtins {
    nonisolated(unsafe) static let ioFunctions: [(String, NativeBody)] = [
        ("print", { interp, args in
            var sep = " ", end = "\n"
            var file = Value.none
            var flush = false
            for (k, v) in args.keywords {
                switch k.name {
                case "sep": if !v.isNone { sep = try interp.toStringValue(v, what: "sep") }
                case "end": if !v.isNone { end = try interp.toStringValue(v, what: "end") }
                case "flush": flush = try interp.isTruthy(v)
                case "file": file = v
                default: throw Signature.invalidKeyword(k.name, forCFunction: "print")
                }
            }
            if file.isNone { file = interp.sysModule?.attribute(Symbol.stdout) ?? .none }
            if !file.isNone, !(file.asObject is PyStandardStream), !(file.asObject is PyTextFile) {
                // Another file object gets each piece through its write(), as CPython sends them.
                var pieces: [String] = []
                for (i, v) in args.positional.enumerated() {
                    if i > 0 { pieces.append(sep) }
                    pieces.append(try interp.str(v))
                }
                pieces.append(end)
                try interp.writePieces(pieces, to: file, flush: flush)
                return .none
            }
            var text = ""
            for (i, v) in args.positional.enumerated() {
                if i > 0 { text += sep }
                text += try interp.str(v)
            }
            text += end
            try interp.writeText(text, to: file)
            return .none
        }),
        ("input", { interp, args in
            try arity("input", args, 0, 1)
            let prompt = args.count > 0 ? try interp.str(args[0]) : ""
            guard let io = interp.io else { throw PyError(BuiltinTypes.eofError, "EOF when reading a line") }
            return .str(try io.readLine(prompt: prompt, password: false))
        }),
        ("open", { interp, args in
            let a = try BuiltinSignatures.open.bind(args)
            let path = try interp.toStringValue(a.value(0) ?? Value.none, what: "file")
            let mode = try a["mode"].map { try interp.toStringValue($0) } ?? "r"
            if mode.contains("b") {
                // Binary files are io's BufferedReader/BufferedWriter, written in Cellgrad Python.
                let io = try interp.importModule("io")
                guard let opener = io.attribute(Symbol("_open_binary")) else {
                    throw PyError.notImplemented("binary file mode '\(mode)' is not supported")
                }
                return try interp.call(opener, Arguments([.str(path), .str(mode)]))
            }
            let newline = try a["newline"].flatMap { $0.isNone ? nil : try interp.toStringValue($0) }
            return .object(try PyTextFile(path: path, mode: mode, newline: newline))
        }),
        ("help", { interp, args in
            if args.count == 0 {
                try interp.writeToSysStdout("Type help(object) for help about object.\n")
                return .none
            }
            try interp.writeToSysStdout(interp.helpText(args.positional[0]) + "\n")
            return .none
        }),
    ]
}

extension Interpreter {
    /// The text `help(obj)` and `obj?` show: signature and docstring.
    public func helpText(_ v: Value) -> String {
        guard case .object(let o) = v else {
            return "Help on \(v.typeName) object:\n\n\(Formatter.repr(v))"
        }
        switch o {
        case let f as PyFunction:
            return "Help on function \(f.name):\n\n\(f.signatureText)\n" + (f.doc.map { "    " + $0 } ?? "")
        case let f as PyNativeFunction:
            let line = f.signature.map { f.name + $0.text.drop { $0 != "(" } } ?? "\(f.name)(...)"
            return "Help on built-in function \(f.name):\n\n" + (f.doc.map { $0.hasPrefix(f.name + "(") ? $0 : line + "\n\n" + $0 } ?? line)
        case let m as PyBoundMethod:
            return helpText(m.function)
        case let t as PyType:
            var text = "Help on class \(t.name):\n\nclass \(t.name)(\(t.bases.map(\.name).joined(separator: ", ")))\n"
            if let line = initSignatureLine(t), !(t.doc?.hasPrefix(t.name + "(") ?? false) { text += " |  " + line + "\n |  \n" }
            if let d = t.doc { text += d.split(separator: "\n", omittingEmptySubsequences: false).map { " |  " + $0 }.joined(separator: "\n") + "\n" }
            let methods = t.namespace.keys.map(\.name).filter { !$0.hasPrefix("_") || $0 == "__init__" }.sorted()
            if !methods.isEmpty { text += " |\n |  Methods:\n" + methods.map { " |      " + $0 }.joined(separator: "\n") }
            return text
        case let m as PyModule:
            var text = "Help on module \(m.name):\n\n"
            if let d = m.attribute(Dunder.doc)?.asString { text += d + "\n\n" }
            let names = (m.attributes?.keys.map(\.name) ?? []).filter { !$0.hasPrefix("_") }.sorted()
            text += "Contents: " + names.joined(separator: ", ")
            return text
        default:
            return "Help on \(o.type.name) object:\n\n" + (o.type.doc ?? (try? repr(v)) ?? "")
        }
    }
}

extension Interpreter {
    /// `Name(params)` from the nearest native `__init__` declared by a signature: the line
    /// pydoc shows first for a class whose docstring does not start with one.
    func initSignatureLine(_ t: PyType) -> String? {
        for klass in t.mro {
            guard let initializer = klass.namespace[Dunder.`init`] else { continue }
            guard let sig = (initializer.asObject as? PyNativeFunction)?.signature else { return nil }
            return t.name + sig.text.drop { $0 != "(" }
        }
        return nil
    }

    /// Writes `text` to the session's own streams or to an open() file: where print sends it.
    func writeText(_ text: String, to file: Value) throws {
        if let s = file.asObject as? PyStandardStream {
            if s.isStderr { writeStderr(text) } else { writeStdout(text) }
        } else if let f = file.asObject as? PyTextFile {
            try f.write(text)
        } else {
            writeStdout(text)
        }
    }

    /// Writes to whatever `sys.stdout` is now, as `print(text, end='')` would: the session's
    /// stream, an open() file, or a cell's own object (a StringIO, contextlib.redirect_stdout).
    /// help(), display's text fallback and the progress bars write here, as CPython's do.
    public func writeToSysStdout(_ text: String) throws {
        let file = sysModule?.attribute(Symbol.stdout) ?? .none
        if file.isNone || file.asObject is PyStandardStream || file.asObject is PyTextFile {
            try writeText(text, to: file)
        } else {
            try writePieces([text], to: file, flush: false)
        }
    }

    /// Shows a rich value: to the front end, or, where output is text only, its text/plain
    /// written to sys.stdout.
    public func display(_ bundle: MimeBundle, displayID: String?, update: Bool) throws {
        guard let io else { return }
        if io.displaysAsText {
            try writeToSysStdout((bundle.data["text/plain"] ?? "") + "\n")
        } else {
            io.display(bundle, displayID: displayID, update: update)
        }
    }

    /// True when a cell has put its own object in `sys.stdout` (so rich output, which goes
    /// to the front end, gives way to text written there).
    public var stdoutIsRedirected: Bool {
        guard let file = sysModule?.attribute(Symbol.stdout) else { return false }
        if let s = file.asObject as? PyStandardStream { return s.isStderr }
        return !file.isNone
    }

    /// Writes each piece through the file object's `write` method, then `flush()` if asked.
    func writePieces(_ pieces: [String], to file: Value, flush: Bool) throws {
        guard let write = try lookupAttribute(file, Symbol.write) else {
            throw PyError.attribute("'\(file.typeName)' object has no attribute 'write'")
        }
        for piece in pieces { _ = try call(write, Arguments([.str(piece)])) }
        if flush, let f = try lookupAttribute(file, Symbol("flush")) { _ = try call(f, Arguments([])) }
    }
}

/// `sys.stdout` / `sys.stderr`.
public final class PyStandardStream: PyObject {
    public let isStderr: Bool
    public init(stderr: Bool) {
        isStderr = stderr
        super.init(type: BuiltinTypes.file)
    }
}

/// A text file opened with `open()`; reads whole files, writes through on close.
public final class PyTextFile: PyObject {
    let path: String
    let mode: String
    var content: String = ""
    var position: String.Index
    var closed = false

    /// `newline` as open() takes it: nil reads "\r\n" and "\r" as "\n" (universal newlines).
    public init(path: String, mode: String, newline: String? = nil) throws {
        self.path = path
        self.mode = mode
        if mode.contains("b") { throw PyError.notImplemented("binary file mode '\(mode)' is not supported; use text mode") }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue { throw PyError.system(EISDIR, path: path) }
        if mode.contains("r") || mode.contains("a") || mode.contains("+") {
            if exists {
                content = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
                if newline == nil, !mode.contains("a"), !mode.contains("+"), content.unicodeScalars.contains("\r") {
                    content = content.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                }
            } else if mode.contains("r") {
                throw PyError.system(ENOENT, path: path)
            }
        }
        if mode.contains("x") && exists { throw PyError.system(EEXIST, path: path) }
        // 'a' and 'x' create the file on open, as Python does ('w' truncates it below).
        if (mode.contains("a") || mode.contains("x")) && !exists {
            guard FileManager.default.createFile(atPath: path, contents: Data()) else {
                throw PyError.system(ENOENT, path: path)
            }
        }
        if mode.contains("w") {
            content = ""
            guard FileManager.default.createFile(atPath: path, contents: Data()) else {
                throw PyError.system(ENOENT, path: path)
            }
        }
        position = mode.contains("a") ? content.endIndex : content.startIndex
        super.init(type: BuiltinTypes.file)
    }

    func checkOpen() throws { if closed { throw PyError.value("I/O operation on closed file.") } }

    func write(_ text: String) throws {
        try checkOpen()
        guard mode.contains("w") || mode.contains("a") || mode.contains("x") || mode.contains("+") else {
            throw PyError(PyExceptionObject(type: BuiltinTypes.osError, args: [.str("not writable")]))
        }
        content += text
        position = content.endIndex
        try flush()
    }

    func flush() throws {
        do { try content.write(toFile: path, atomically: false, encoding: .utf8) } catch {
            throw PyError.os("[Errno 5] could not write '\(path)'")
        }
    }

    func read() throws -> String {
        try checkOpen()
        let s = String(content[position...])
        position = content.endIndex
        return s
    }

    func readLine() throws -> String? {
        try checkOpen()
        guard position < content.endIndex else { return nil }
        // By scalars: "\r\n" is one Character, and a line ends at its "\n".
        let scalars = content.unicodeScalars
        let end = scalars[position...].firstIndex(of: "\n").map { scalars.index(after: $0) } ?? content.endIndex
        defer { position = end }
        return String(content[position..<end])
    }

    func close() { closed = true }

    static func installMethods() {
        let t = BuiltinTypes.file
        func file(_ v: Value) throws -> PyTextFile {
            guard case .object(let o) = v, let f = o as? PyTextFile else { throw PyError.type("expected a file") }
            return f
        }
        t.define("read") { _, args in .str(try file(args.receiver).read()) }
        t.define("readline") { _, args in .str(try file(args.receiver).readLine() ?? "") }
        t.define("readlines") { _, args in
            let f = try file(args.receiver)
            var lines: [Value] = []
            while let l = try f.readLine() { lines.append(.str(l)) }
            return .list(lines)
        }
        t.define("write") { interp, args in
            if case .object(let o) = args.receiver, let s = o as? PyStandardStream {
                let text = try interp.toStringValue(args.positional.count > 1 ? args[1] : .none)
                if s.isStderr { interp.writeStderr(text) } else { interp.writeStdout(text) }
                return .int(text.unicodeScalars.count)
            }
            let text = try interp.toStringValue(args.positional.count > 1 ? args[1] : .none, what: "write() argument")
            try file(args.receiver).write(text)
            return .int(text.unicodeScalars.count)
        }
        t.define("writelines") { interp, args in
            let f = try file(args.receiver)
            for line in try interp.iterateToArray(args.positional.count > 1 ? args[1] : .none) {
                try f.write(try interp.toStringValue(line))
            }
            return .none
        }
        t.define("flush") { _, _ in .none }
        t.define("close") { _, args in
            if case .object(let o) = args.receiver, let f = o as? PyTextFile { f.close() }
            return .none
        }
        t.define("__enter__") { _, args in args.receiver }
        t.define("__exit__") { _, args in
            if case .object(let o) = args.receiver, let f = o as? PyTextFile { f.close() }
            return .bool(false)
        }
        t.define("__iter__") { _, args in
            let f = try file(args.receiver)
            return .object(PyIterator { _ in try f.readLine().map { .str($0) } })
        }
        t.property("closed") { _, v in .bool((try? file(v))?.closed ?? false) }
        t.property("name") { _, v in .str((try? file(v))?.path ?? "<stdout>") }
    }
}
