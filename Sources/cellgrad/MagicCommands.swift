import Foundation
import Language

/// The magics IPython users type, run by the built-in function that `Magics.rewrite` turns a
/// magic line into (`%who int` becomes `__cellgrad_magic__('who', 'int')`). Output and names
/// follow IPython's; what a kernel without a shell cannot do (`!ls`, `%pip`) says so plainly.
final class MagicCommands: @unchecked Sendable {
    /// Every cell run so far, as typed (magics included), with its execution count: `%history`.
    private(set) var inputs: [(count: Int, code: String)] = []

    static let lineMagics = ["history", "lsmagic", "matplotlib", "reset", "time", "timeit", "who", "whos"]
    static let cellMagics = ["time", "timeit"]
    /// Accepted and ignored: figures are always inline, and there is no configuration or
    /// extension system to load.
    static let ignored: Set<String> = ["matplotlib", "config", "load_ext", "reload_ext", "autoreload"]
    /// Things only a shell or a package manager does.
    static let unavailable: Set<String> = ["pip", "conda", "mamba", "system", "sx", "sh", "bash", "script", "cd", "ls", "run", "load"]

    /// Keeps a cell for `%history` if it took a new execution count: silent cells and
    /// `store_history: false` ones do not, and IPython leaves them out too.
    func record(_ code: String, count: Int) {
        if count <= (inputs.last?.count ?? 0) { return }
        inputs.append((count, code))
    }

    func install(into interp: Interpreter) {
        let runner = PyNativeFunction(name: Magics.runner, doc: "Runs an IPython magic; the kernel writes calls to it for %name lines.") { [self] interp, args in
            let name = try interp.str(try args[0])
            let line = args.count > 1 ? try interp.str(try args[1]) : ""
            let cell = args.count > 2 && !args.positional[2].isNone ? try interp.str(try args[2]) : nil
            return try run(name, line: line, cell: cell, interp: interp)
        }
        interp.builtins[Symbol(Magics.runner)] = .object(runner)
    }

    func run(_ name: String, line: String, cell: String?, interp: Interpreter) throws -> Value {
        if MagicCommands.unavailable.contains(name) { throw unavailable(name, line: line) }
        if let cell {
            switch name {
            case "time": return try TimeMagics.time(cell, interp: interp)
            case "timeit": return try TimeMagics.timeit(line, cell: cell, interp: interp)
            default: throw PyError(UsageError.type, "Cell magic `%%\(name)` not found.")
            }
        }
        if MagicCommands.ignored.contains(name) { return .none }
        switch name {
        case "time": return try TimeMagics.time(line, interp: interp)
        case "timeit": return try TimeMagics.timeit(line, cell: nil, interp: interp)
        case "who": try who(line, interp: interp)
        case "whos": try whos(line, interp: interp)
        case "reset": try reset(line, interp: interp)
        case "history": history(line, interp: interp)
        case "lsmagic": return MagicCommands.listing()
        default: throw PyError(UsageError.type, "Line magic function `%\(name)` not found.")
        }
        return .none
    }

    func unavailable(_ name: String, line: String) -> PyError {
        let what = name == "system" ? "shell commands (!\(line)) are" : "%\(name) is"
        let why = ["pip", "conda", "mamba"].contains(name)
            ? "packages cannot be installed into Cellgrad; numpy, torch, keras and matplotlib are built in"
            : "Cellgrad runs no shell; Python's own functions (open, print) work on files"
        return PyError(BuiltinTypes.notImplementedError, "\(what) not available in this kernel: \(why)")
    }

    /// The user's names, as IPython's `who_ls`: no names starting with `_`, sorted, and with
    /// arguments only those whose type's name is one of them.
    func userNames(_ line: String, interp: Interpreter) -> [(String, Value)] {
        let types = Set(line.split(separator: " ").map(String.init))
        return interp.globals.entries.map { ($0.0.name, $0.1) }
            .filter { !$0.0.hasPrefix("_") && $0.0 != Magics.runner && (types.isEmpty || types.contains($0.1.type.name)) }
            .sorted { $0.0 < $1.0 }
    }

    func who(_ line: String, interp: Interpreter) throws {
        let names = userNames(line, interp: interp)
        if names.isEmpty {
            interp.writeStdout(line.isEmpty ? "Interactive namespace is empty.\n" : "No variables match your requested type.\n")
            return
        }
        // IPython prints each name with a tab and a space, nine to a line.
        var text = ""
        for (i, (name, _)) in names.enumerated() {
            text += name + "\t "
            if i % 9 == 8 { text += "\n" }
        }
        interp.writeStdout(text + "\n")
    }

    func whos(_ line: String, interp: Interpreter) throws {
        let names = userNames(line, interp: interp)
        if names.isEmpty {
            interp.writeStdout(line.isEmpty ? "Interactive namespace is empty.\n" : "No variables match your requested type.\n")
            return
        }
        let types = names.map { $0.1.type.name }
        let nameWidth = max(names.map { $0.0.count }.max() ?? 0, "Variable".count) + 3
        let typeWidth = max(types.map(\.count).max() ?? 0, "Type".count) + 3
        func pad(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }
        var text = pad("Variable", nameWidth) + pad("Type", typeWidth) + " Data/Info\n"
            + String(repeating: "-", count: nameWidth + typeWidth + "Data/Info".count + 1) + "\n"
        for ((name, value), type) in zip(names, types) {
            text += pad(name, nameWidth) + pad(type, typeWidth) + " " + (try whosInfo(value, type: type, interp: interp)) + "\n"
        }
        interp.writeStdout(text)
    }

    /// The Data/Info column: a length for containers, shape, size, dtype and bytes for arrays,
    /// else `str()` on one line, cut in the middle past 50 characters.
    func whosInfo(_ value: Value, type: String, interp: Interpreter) throws -> String {
        if ["dict", "list", "tuple"].contains(type), let len = interp.builtins[Symbol("len")] {
            return "n=" + (try interp.str(try interp.call(len, value)))
        }
        if type == "ndarray" {
            let shape = try interp.repr(try interp.getAttribute(value, Symbol("shape")))
                .replacingOccurrences(of: ",", with: "").replacingOccurrences(of: " ", with: "x")
            let size = try interp.toInt(try interp.getAttribute(value, Symbol("size")))
            let itemsize = try interp.toInt(try interp.getAttribute(value, Symbol("itemsize")))
            let dtype = try interp.str(try interp.getAttribute(value, Symbol("dtype")))
            let bytes = size * itemsize
            var info = "\(shape.dropFirst().dropLast()): \(size) elems, type `\(dtype)`, \(bytes) bytes"
            if bytes >= 100_000 {
                let scaled = bytes < 1_048_576 ? (Double(bytes) / 1024, "kb") : (Double(bytes) / 1_048_576, "Mb")
                info += " (\(try interp.repr(.float(scaled.0))) \(scaled.1))"
            }
            return info
        }
        let text = ((try? interp.str(value)) ?? "<object (str() failed)>").replacingOccurrences(of: "\n", with: "\\n")
        return text.count < 50 ? text : String(text.prefix(25)) + "<...>" + String(text.suffix(25))
    }

    /// `%reset -f` empties the namespace; without `-f` it asks first, as IPython does.
    func reset(_ line: String, interp: Interpreter) throws {
        let force = line.split(separator: " ").contains { $0.hasPrefix("-") && $0.contains("f") }
        if !force {
            let answer = try interp.io?.readLine(prompt: "Once deleted, variables cannot be recovered. Proceed (y/[n])? ",
                                                 password: false) ?? "n"
            guard answer.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("y") else {
                interp.writeStdout("Nothing done.\n")
                return
            }
        }
        for (name, _) in interp.globals.entries { interp.globals.set(name, nil) }
        interp.globals.set(Symbol("__name__"), .str("__main__"))
        // As IPython's reset: cycles among the dropped values are collected now, and the
        // session hands the memory back when the cell ends.
        _ = GarbageCollector.collect()
        resetRequested = true
    }

    /// True once after a `%reset` ran (the session then releases free memory).
    func takeResetRequest() -> Bool {
        defer { resetRequested = false }
        return resetRequested
    }
    private var resetRequested = false

    /// `%history` prints the cells run so far as typed, ready to paste; `-n` numbers them.
    func history(_ line: String, interp: Interpreter) {
        let numbered = line.split(separator: " ").contains("-n")
        var text = ""
        for (count, code) in inputs {
            let body = code.replacingOccurrences(of: "\t", with: "    ").trimmingTrailingWhitespace()
            if numbered {
                let number = String(count)
                text += String(repeating: " ", count: max(0, 4 - number.count)) + number + ":" + (body.contains("\n") ? "\n" : " ")
            }
            text += body + "\n"
        }
        interp.writeStdout(text)
    }

    /// `%lsmagic`: shown as the cell's value, as IPython shows it.
    static func listing() -> Value {
        let text = "Available line magics:\n" + lineMagics.map { "%" + $0 }.joined(separator: "  ")
            + "\n\nAvailable cell magics:\n" + cellMagics.map { "%%" + $0 }.joined(separator: "  ")
            + "\n\nAutomagic is OFF, % prefix IS needed for line magics."
        return MagicListing.make(text)
    }
}

extension String {
    fileprivate func trimmingTrailingWhitespace() -> String {
        var s = self
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return s
    }
}
