import Foundation
import Language

/// What the cell being typed tells completion before it runs: names it binds above the cursor
/// (`import numpy as np` makes `np.zer` complete to `np.zeros`, which ipykernel cannot without
/// jedi), the call the cursor is inside (for `keyword=` names), and whether the cursor is in a
/// string (a dict key or a file path). Only built-in modules are imported; no cell code runs.
struct CellContext {
    let before: String
    let interp: Interpreter

    init(_ code: String, cursor: Int, interp: Interpreter) {
        let scalars = Array(code.unicodeScalars)
        before = String(String.UnicodeScalarView(scalars[0..<min(max(cursor, 0), scalars.count)]))
        self.interp = interp
    }

    /// Names bound above the cursor: modules imported by the cell (resolved), and assigned,
    /// defined or loop names (their values are unknown until the cell runs).
    var bindings: [String: Value?] {
        var names: [String: Value?] = [:]
        for raw in before.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let words = line.split(separator: " ").map(String.init)
            if words.first == "import" {
                for clause in line.dropFirst(7).split(separator: ",") {
                    let parts = clause.split(separator: " ").map(String.init)
                    guard let module = parts.first else { continue }
                    if parts.count == 3, parts[1] == "as" {
                        names[parts[2]] = builtinModule(module)
                    } else if let top = module.split(separator: ".").first.map(String.init) {
                        names[top] = builtinModule(top)
                    }
                }
            } else if words.first == "from", words.count >= 4, words[2] == "import" {
                let module = builtinModule(words[1])
                for clause in words[3...].joined(separator: " ").split(separator: ",") {
                    let parts = clause.split(separator: " ").map(String.init).filter { $0 != "(" && $0 != ")" }
                    guard let name = parts.first else { continue }
                    let value = module.flatMap { $0.asObject?.attribute(Symbol(name)) }
                    names[parts.count == 3 && parts[1] == "as" ? parts[2] : name] = value
                }
            } else if let name = CellContext.boundName(line) {
                names[name] = Value?.none
            }
        }
        return names
    }

    /// `x = …`, `def f(`, `class C`, `for x in`: the name the line binds.
    static func boundName(_ line: String) -> String? {
        for keyword in ["def ", "class ", "for "] where line.hasPrefix(keyword) {
            return identifier(at: line.dropFirst(keyword.count))
        }
        guard let name = identifier(at: Substring(line)) else { return nil }
        let rest = line.dropFirst(name.count).drop { $0 == " " }
        return rest.hasPrefix("=") && !rest.hasPrefix("==") ? name : nil
    }

    static func identifier(at s: Substring) -> String? {
        let name = s.prefix { $0 == "_" || $0.isLetter || $0.isNumber }
        guard let first = name.first, !first.isNumber else { return nil }
        return String(name)
    }

    private func builtinModule(_ name: String) -> Value? {
        guard interp.modules[name] != nil || interp.moduleProviders[name] != nil else { return nil }
        return (try? interp.importModule(name)).map { .object($0) }
    }

    /// The callee of the innermost call left open before the cursor: `np.zeros(3, dt` → `np.zeros`.
    var openCall: String? {
        var depth = 0
        let scalars = Array(before.unicodeScalars)
        var i = scalars.count - 1
        while i >= 0 {
            switch scalars[i] {
            case ")", "]", "}": depth += 1
            case "[", "{": if depth == 0 { return nil } else { depth -= 1 }
            case "(":
                if depth == 0 {
                    let name = Introspection.prefix(before, cursor: i).text
                    return name.isEmpty ? nil : name
                }
                depth -= 1
            case "\n" where depth == 0: return nil
            default: break
            }
            i -= 1
        }
        return nil
    }

    /// A string literal still open at the cursor: the text before it and the text typed in it.
    var openString: (head: String, text: String)? {
        var quote: Character?
        var start = before.startIndex
        var i = before.startIndex
        while i < before.endIndex {
            let c = before[i]
            if let q = quote {
                if c == "\\" { i = before.index(after: i) } else if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
                start = i
            } else if c == "#" {
                while i < before.endIndex, before[i] != "\n" { i = before.index(after: i) }
                continue
            }
            if i < before.endIndex { i = before.index(after: i) }
        }
        guard quote != nil else { return nil }
        return (String(before[..<start]), String(before[before.index(after: start)...]))
    }

    /// The keyword parameters of a callable, read from its signature line.
    static func parameterNames(_ value: Value, _ interp: Interpreter) -> [String] {
        var target = value
        if case .object(let o) = value, let t = o as? PyType, let initializer = t.lookup(Symbol("__init__")) { target = initializer }
        let help = interp.helpText(target)
        guard let open = help.firstIndex(of: "(") else { return [] }
        var depth = 0
        var current = ""
        var params: [String] = []
        for c in help[help.index(after: open)...] {
            if c == "(" || c == "[" || c == "{" { depth += 1 }
            if c == ")" || c == "]" || c == "}" {
                if depth == 0 { params.append(current); break }
                depth -= 1
            }
            if c == "," && depth == 0 { params.append(current); current = ""; continue }
            current.append(c)
        }
        return params.compactMap { p in
            let name = p.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == "=" || $0 == ":" }).first.map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard let name, !name.isEmpty, !name.hasPrefix("*"), name != "/", name != "self" else { return nil }
            return name
        }
    }
}
