import Foundation
import Jupyter

/// Answers `is_complete_request` the way ipykernel does, so `jupyter console` and other
/// front ends that ask before running behave as they do with Python: the same answer and the
/// same indent for the same text. ipykernel asks IPython's `TransformerManager.check_complete`,
/// which looks at `tokenize`'s tokens first (open brackets and strings, a trailing backslash, a
/// last line ending in `:`, a block the text ends inside) and asks the compiler only after;
/// this follows those rules, with our own scanner and parser in their place. A differential
/// test (Tests/conformance/test_is_complete.py) holds it to ipykernel's answers.
///
///     judge("x = [1,\n 2]")                        // complete
///     judge("def f(a):\n    return a * 2")         // incomplete, indent "    "
///     judge("def f(a):\n    return a * 2\n    ")   // complete: the console's empty line
enum CompletenessJudge {
    /// What the parser says of a whole text.
    enum ParseVerdict { case ok, incomplete, invalid }

    static func judge(_ code: String, parse: (String) -> ParseVerdict) -> Completeness {
        // The text ends with a newline if only spaces follow the last one; a text without one
        // gets one, as IPython appends it before tokenizing.
        let trailing = code.unicodeScalars.reversed().first { !($0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{0C}" || $0 == "\u{0B}") }
        let endsWithNewline = trailing == "\n"
        var lines = InputCleanup.splitLines(endsWithNewline ? code : code + "\n")
        if lines.isEmpty { return .complete }

        if let last = lines.last(where: { !InputCleanup.isBlank($0) }), last.trimmingSuffix("\n").hasSuffix("\\") {
            return incomplete(lines)
        }
        lines = InputCleanup.clean(lines)

        // A cell magic runs until an empty line.
        if lines[0].hasPrefix("%%") {
            return InputCleanup.isBlank(lines[lines.count - 1]) ? .complete : incomplete(lines)
        }
        let starts = CompletenessScanner.statementStarts(lines)
        lines = zip(lines, starts).map { line, start in start ? replacingEscapedLine(line) : line }

        let (tokens, endedInside) = CompletenessScanner.scan(lines)
        var groups = logicalLines(tokens)
        if lines.count == 1, let first = groups.first, hasSunkenBrackets(first) { return .invalid }
        guard let lastGroup = groups.last, let lastToken = lastGroup.last else { return incomplete(lines) }
        if endedInside && lastToken.kind != .error { return incomplete(lines) }

        // A final line of only DEDENTs and the ENDMARKER says the text ends inside a block.
        var closingLine: [CompletenessToken]?
        let finalKinds = Set(lastGroup.map(\.kind))
        if groups.count > 1 && (finalKinds == [.dedent, .endmarker] || finalKinds == [.endmarker]) {
            closingLine = groups.removeLast()
        }
        var statement = groups[groups.count - 1]
        while let k = statement.last?.kind, k == .newline || k == .comment || k == .endmarker { statement.removeLast() }
        guard !statement.isEmpty else { return incomplete(lines) }
        if statement.last?.kind == .op && statement.last?.text == ":" {
            let first = statement.first { $0.kind != .indent && $0.kind != .dedent } ?? statement[0]
            return .incomplete(indent: String(repeating: " ", count: first.column + 4))
        }

        switch parse(lines.joined()) {
        case .invalid: return .invalid
        // CPython stops at a closer without an opener ("unmatched ')'"); our lexer reads on,
        // and a later opener would make the text look unfinished.
        case .incomplete: return hasSunkenBrackets(tokens) ? .invalid : incomplete(lines)
        case .ok: break
        }
        if let closing = closingLine, closing.first?.kind == .dedent, !endsWithNewline { return incomplete(lines) }
        return .complete
    }

    static func incomplete(_ lines: [String]) -> Completeness {
        .incomplete(indent: String(repeating: " ", count: lastIndent(lines)))
    }

    /// The indentation of the last line, a tab counting four spaces.
    static func lastIndent(_ lines: [String]) -> Int {
        guard let last = lines.last else { return 0 }
        var width = 0
        for c in last.unicodeScalars {
            if c == " " { width += 1 } else if c == "\t" { width += 4 } else { break }
        }
        return width
    }

    /// IPython turns `%magic`, `!cmd`, `x = %magic`, `x = !cmd` and `obj?` statement lines into
    /// ordinary calls before judging, so they are complete whatever follows the escape.
    static func replacingEscapedLine(_ line: String) -> String {
        let indent = String(line.prefix { $0 == " " || $0 == "\t" })
        let body = String(line.dropFirst(indent.count)).trimmingSuffix("\n").trimmingCharacters(in: .whitespaces)
        let ending = line.hasSuffix("\n") ? "\n" : ""
        func placeholder() -> String { indent + "pass" + ending }
        if body.hasPrefix("%") || (body.hasPrefix("!") && !body.hasPrefix("!=")) || body.hasPrefix("?") { return placeholder() }
        if body.range(of: #"^[A-Za-z_][A-Za-z0-9_.]*\s*=\s*[%!]"#, options: .regularExpression) != nil { return placeholder() }
        if body.range(of: #"^[A-Za-z_][A-Za-z0-9_.]*(\(\))?\?{1,2}$"#, options: .regularExpression) != nil { return placeholder() }
        return line
    }

    /// Tokens grouped into logical lines: a NEWLINE ends one, and so does an NL outside
    /// brackets (a blank or comment line is a line of its own).
    static func logicalLines(_ tokens: [CompletenessToken]) -> [[CompletenessToken]] {
        var groups: [[CompletenessToken]] = [[]]
        var depth = 0
        for t in tokens {
            groups[groups.count - 1].append(t)
            if t.kind == .newline || (t.kind == .nl && depth <= 0) {
                groups.append([])
            } else if t.kind == .op && (t.text == "(" || t.text == "[" || t.text == "{") {
                depth += 1
            } else if t.kind == .op && (t.text == ")" || t.text == "]" || t.text == "}") && depth > 0 {
                depth -= 1
            }
        }
        if groups.last?.isEmpty ?? false { groups.removeLast() }
        return groups
    }

    /// A closing bracket with no opener before it: `def )(` can never become valid.
    static func hasSunkenBrackets(_ tokens: [CompletenessToken]) -> Bool {
        var depth = 0
        for t in tokens where t.kind == .op {
            if t.text == "(" || t.text == "[" || t.text == "{" { depth += 1 }
            if t.text == ")" || t.text == "]" || t.text == "}" {
                depth -= 1
                if depth < 0 { return true }
            }
        }
        return false
    }
}

fileprivate extension String {
    /// The string without one trailing `suffix`, if it has one.
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
