import Foundation

/// IPython's input syntax, turned into plain Cellgrad Python before a cell runs (after
/// InputCleanup has removed pasted prompts and a shared indentation): `name?` / `name??` (help in the pager), `exit` / `quit` alone (called, as IPython's autocall
/// does), `%magic args` lines, `x = %magic args`, `!command`, and `%%magic` cells. A magic
/// becomes a call of the built-in `__cellgrad_magic__(name, line, cell)` (MagicCommands), so
/// `%time f(x)` as the last line shows its value and `t = %timeit -o f(x)` assigns the result.
enum Magics {
    static let runner = "__cellgrad_magic__"

    /// Returns the code to run, or the expression whose help to page.
    static func rewrite(_ cell: String) -> (String, String?) {
        // Pasted prompts and a shared indentation go first, as in IPython.
        let code = InputCleanup.clean(cell)
        let trimmed = code.trimmingCharacters(in: .whitespacesAndNewlines)
        // `exit` and `quit` alone are called, as IPython's autocall does for them.
        if trimmed == "exit" || trimmed == "quit" { return (trimmed + "()", nil) }
        if trimmed.hasSuffix("?"), !trimmed.contains("\n") {
            let target = String(trimmed.drop { $0 == "?" }.reversed().drop { $0 == "?" }.reversed())
            if !target.isEmpty, target.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) {
                return (code, target)
            }
        }
        var lines = code.components(separatedBy: "\n")
        // A cell magic names itself on the first line (after blank ones) and takes the rest.
        if let first = lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }),
           lines[first].hasPrefix("%%") {
            let (name, args) = split(lines[first].dropFirst(2))
            let body = lines[(first + 1)...].joined(separator: "\n")
            return ("\(runner)(\(literal(name)), \(literal(args)), \(literal(body)))", nil)
        }
        let fresh = CompletenessScanner.statementStarts(lines.map { $0 + "\n" })
        for (i, line) in lines.enumerated() where i < fresh.count && fresh[i] {
            lines[i] = rewriteLine(line)
        }
        return (lines.joined(separator: "\n"), nil)
    }

    /// One statement line: `%magic args`, `!command`, or `target = %magic args` / `target = !command`.
    static func rewriteLine(_ line: String) -> String {
        let indent = String(line.prefix { $0 == " " || $0 == "\t" })
        let body = line.dropFirst(indent.count)
        if body.hasPrefix("%") {
            let (name, args) = split(body.dropFirst())
            return indent + call(name, args)
        }
        if body.hasPrefix("!") && !body.hasPrefix("!=") {
            return indent + call("system", String(body.dropFirst()).trimmingCharacters(in: .whitespaces))
        }
        if let match = body.range(of: #"^[A-Za-z_][A-Za-z0-9_.]*(\s*,\s*[A-Za-z_][A-Za-z0-9_.]*)*\s*=\s*[%!]"#, options: .regularExpression) {
            let target = body[..<match.upperBound].dropLast().trimmingCharacters(in: .whitespaces)
            let escape = body[body.index(before: match.upperBound)]
            let rest = body[match.upperBound...]
            let magic = escape == "%" ? split(rest) : ("system", rest.trimmingCharacters(in: .whitespaces))
            return indent + target + " " + call(magic.0, magic.1)
        }
        return line
    }

    static func call(_ name: String, _ args: String) -> String {
        "\(runner)(\(literal(name)), \(literal(args)))"
    }

    /// `time  x = 1` -> ("time", "x = 1").
    static func split(_ text: Substring) -> (String, String) {
        let name = text.prefix { !$0.isWhitespace }
        return (String(name), text.dropFirst(name.count).trimmingCharacters(in: .whitespaces))
    }

    /// A Python string literal holding `text` exactly.
    static func literal(_ text: String) -> String {
        var out = "'"
        for c in text.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if c.value < 0x20 || c.value == 0x7F {
                    out += String(format: "\\x%02x", c.value)
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "'"
    }
}
