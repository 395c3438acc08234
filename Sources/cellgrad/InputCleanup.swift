import Foundation

/// IPython's cleanup of a cell before it is judged or run (`cleanup_transforms` in
/// IPython/core/inputtransformer2.py): leading blank lines dropped, the indentation every line
/// shares removed (so a pasted indented block runs), and `>>>` / `...` doctest prompts or
/// `In [3]:` / `...:` IPython prompts stripped, so an example copied from documentation or
/// from an IPython console runs as it is.
///
///     InputCleanup.clean([">>> x = 1\n", ">>> print(x)\n"])   // ["x = 1\n", "print(x)\n"]
enum InputCleanup {
    static func clean(_ lines: [String]) -> [String] {
        ipythonPrompts(classicPrompts(dedent(droppingLeadingBlankLines(lines))))
    }

    /// `clean` on a whole cell.
    static func clean(_ code: String) -> String {
        clean(splitLines(code)).joined()
    }

    static func isBlank(_ line: String) -> Bool {
        line.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" || $0 == "\u{0B}" }
    }

    /// Lines with their line breaks kept.
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            current.append(c)
            if c == "\n" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }

    static func droppingLeadingBlankLines(_ lines: [String]) -> [String] {
        guard let first = lines.firstIndex(where: { !isBlank($0) }) else { return lines }
        return Array(lines[first...])
    }

    /// Removes the indentation all lines share and empties lines of only spaces, as IPython's
    /// cleanup does with `textwrap.dedent`; a pasted indented block then reads as top level.
    static func dedent(_ lines: [String]) -> [String] {
        let cleaned = lines.map { line -> String in
            let body = withoutNewline(line)
            let onlySpace = !body.isEmpty && body.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" }
            return onlySpace ? String(line.dropFirst(body.count)) : line
        }
        var margin: [Unicode.Scalar]?
        for line in cleaned where withoutNewline(line).unicodeScalars.contains(where: { $0 != " " && $0 != "\t" }) {
            let indent = Array(line.unicodeScalars.prefix { $0 == " " || $0 == "\t" })
            guard let m = margin else { margin = indent; continue }
            margin = Array(zip(m, indent).prefix { $0 == $1 }.map(\.0))
        }
        guard let m = margin, !m.isEmpty else { return cleaned.filter { !$0.isEmpty } }
        let text = cleaned.map { line -> String in
            Array(line.unicodeScalars.prefix(m.count)) == m ? String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(m.count))) : line
        }.joined()
        return splitLines(text)
    }

    static func withoutNewline(_ line: String) -> String {
        line.hasSuffix("\n") ? String(line.dropLast()) : line
    }

    static func matches(_ text: String, _ pattern: String) -> Range<String.Index>? {
        text.range(of: pattern, options: .regularExpression)
    }

    static let doctestFirst = #"^\s*>>>"#
    static let doctestPrompt = #"^\s*>>>[ \t]?"#
    static let doctestContinuation = #"^\s*\.\.\.[ \t]?"#
    static let tripleQuote = #"(?<!\\)("""|''')"#

    /// Doctest prompts: when a line outside a triple-quoted string starts with `>>>`, every
    /// `>>> ` and `... ` prompt outside such strings is removed, and what had prompts is
    /// dedented. A string the user opened before the prompts keeps them: it is data.
    static func classicPrompts(_ lines: [String]) -> [String] {
        let inString = tripleQuotedLines(lines)
        guard zip(lines, inString).contains(where: { !$1 && matches($0, doctestFirst) != nil }) else { return lines }
        var out: [String] = []
        var stripped: [Bool] = []
        for (line, quoted) in zip(lines, inString) {
            var new = line
            if !quoted, let r = matches(line, doctestPrompt) ?? matches(line, doctestContinuation) {
                new.removeSubrange(r)
            }
            out.append(new)
            stripped.append(new != line)
        }
        // Dedent each run of lines outside strings in which a prompt was removed.
        var result: [String] = []
        var i = 0
        while i < out.count {
            var j = i
            while j < out.count && inString[j] == inString[i] { j += 1 }
            let segment = Array(out[i..<j])
            result += !inString[i] && stripped[i..<j].contains(true) ? dedent(segment) : segment
            i = j
        }
        return result
    }

    /// For each line, whether it lies inside a triple-quoted string opened without a prompt on
    /// its line (IPython's heuristic: fast, and good enough for pasted examples).
    static func tripleQuotedLines(_ lines: [String]) -> [Bool] {
        var mask: [Bool] = []
        var open: String?
        var preserve = false
        var seenPrompt = false
        for line in lines {
            mask.append(open != nil && preserve)
            var rest = line[...]
            while let r = rest.range(of: tripleQuote, options: .regularExpression) {
                let quote = String(rest[r])
                if open == nil {
                    open = quote
                    let before = String(line[..<r.lowerBound])
                    var bare = before
                    if let p = matches(bare, doctestPrompt) { bare.removeSubrange(p) }
                    if let p = matches(bare, doctestContinuation) { bare.removeSubrange(p) }
                    let promptedCode = bare != before && seenPrompt
                    preserve = !promptedCode && matches(bare.trimmingCharacters(in: .whitespaces), "^[rubfRUBF]*$") != nil
                    mask[mask.count - 1] = preserve
                } else if open == quote {
                    open = nil
                    preserve = false
                }
                rest = rest[r.upperBound...]
            }
            seenPrompt = seenPrompt || matches(line, doctestFirst) != nil
        }
        return mask
    }

    static let ipythonPrompt = #"^(((\[nav\]|\[ins\])? )?In \[\d+\]: |\s*\.{3,}: ?)"#

    /// IPython prompts: if the first line starts with `In [n]: ` or the second with `...: `,
    /// that prompt is removed from every line that has one.
    static func ipythonPrompts(_ lines: [String]) -> [String] {
        guard let first = lines.first,
              matches(first, ipythonPrompt) != nil || (lines.count > 1 && matches(lines[1], ipythonPrompt) != nil) else { return lines }
        return lines.map { line in
            guard let r = matches(line, ipythonPrompt) else { return line }
            var new = line
            new.removeSubrange(r)
            return new
        }
    }
}
