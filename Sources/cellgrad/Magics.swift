import Foundation

/// IPython conveniences a teacher types: `%matplotlib inline` (accepted, a no-op: figures are
/// always inline) and `name?` / `name??` (help in the pager).
enum Magics {
    /// Returns the code to run, or the expression whose help to page.
    static func rewrite(_ code: String) -> (String, String?) {
        let trimmed = code.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasSuffix("?"), !trimmed.contains("\n") {
            let target = String(trimmed.drop { $0 == "?" }.reversed().drop { $0 == "?" }.reversed())
            if !target.isEmpty, target.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) {
                return (code, target)
            }
        }
        var lines: [String] = []
        for line in code.components(separatedBy: "\n") {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("%matplotlib") || t.hasPrefix("%config") || t.hasPrefix("%load_ext") {
                lines.append("")
            } else if t.hasPrefix("%") && !t.hasPrefix("%%") {
                let name = t.dropFirst().prefix { !$0.isWhitespace }
                lines.append("raise NotImplementedError('the line magic %\(name) is not supported by Cellgrad')")
            } else {
                lines.append(line)
            }
        }
        return (lines.joined(separator: "\n"), nil)
    }
}

