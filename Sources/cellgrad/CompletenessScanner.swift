/// Splits source lines into tokens the way CPython 3.11's `tokenize` module does, as far as
/// `is_complete` needs: where logical lines end (NEWLINE against NL), brackets, strings that run
/// over several lines, INDENT/DEDENT, and whether the input ended inside a bracket or a string
/// (then `tokenize` raises instead of yielding an ENDMARKER, and IPython answers "incomplete").
///
///     CompletenessScanner.scan(["x = (1,\n", " 2\n"]).endedInside   // true
struct CompletenessScanner {
    let lines: [[Unicode.Scalar]]
    var tokens: [CompletenessToken] = []
    /// Bracket depth as `tokenize` counts it: a stray closer makes it negative.
    var depth = 0
    var indents = [0]
    /// The previous line ended with a backslash.
    var continued = false
    /// An open string that spans lines: its closing quote, and whether it is a single-quoted
    /// string continued by a backslash (which must end or continue on the next line).
    var openString: (quote: [Unicode.Scalar], needsBackslash: Bool)?

    /// The tokens, and true when the input ended inside brackets, a continued line or a string.
    static func scan(_ lines: [String]) -> (tokens: [CompletenessToken], endedInside: Bool) {
        var s = CompletenessScanner(lines: lines.map { Array($0.unicodeScalars) })
        let inside = s.run()
        return (s.tokens, inside)
    }

    /// For each line, whether it starts a statement: not inside brackets, a string or a
    /// backslash continuation. Only such lines can be IPython escapes (`%magic`, `!cmd`).
    static func statementStarts(_ lines: [String]) -> [Bool] {
        var s = CompletenessScanner(lines: lines.map { Array($0.unicodeScalars) })
        var starts: [Bool] = []
        for line in s.lines {
            let start = s.openString == nil && s.depth == 0 && !s.continued
            starts.append(start)
            // An escape line ends at its line break, whatever brackets its text opens.
            let body = line.drop { $0 == " " || $0 == "\t" }
            if start, let first = body.first, first == "%" || (first == "!" && body.dropFirst().first != "=") { continue }
            s.scanLine(line)
        }
        return starts
    }

    static let stringPrefixes: Set<String> = ["r", "u", "b", "f", "br", "rb", "fr", "rf"]
    static let threeCharOps: Set<String> = ["**=", "//=", ">>=", "<<=", "..."]
    static let twoCharOps: Set<String> = ["**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", ":=",
                                          "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="]
    static let oneCharOps: Set<Unicode.Scalar> = ["(", ")", "[", "]", "{", "}", ":", ";", ",", ".", "@", "=",
                                                  "+", "-", "*", "/", "%", "&", "|", "^", "~", "<", ">"]

    mutating func emit(_ kind: CompletenessToken.Kind, _ text: [Unicode.Scalar], _ column: Int) {
        tokens.append(CompletenessToken(kind: kind, text: String(String.UnicodeScalarView(text)), column: column))
    }

    mutating func run() -> Bool {
        for line in lines { scanLine(line) }
        if openString != nil || depth != 0 || continued { return true }
        if let last = lines.last, !last.isEmpty, last.last != "\n" { emit(.newline, [], last.count) }
        for _ in indents.dropFirst() { emit(.dedent, [], 0) }
        emit(.endmarker, [], 0)
        return false
    }

    mutating func scanLine(_ line: [Unicode.Scalar]) {
        var pos = 0
        if let open = openString {
            guard let end = CompletenessScanner.closing(open.quote, in: line, from: 0) else {
                if open.needsBackslash && !CompletenessScanner.endsWithBackslash(line) {
                    // A single-quoted string whose line does not continue: an error token,
                    // and scanning goes on with the next line.
                    openString = nil
                    emit(.error, [], 0)
                }
                return
            }
            openString = nil
            emit(.string, Array(line[0..<end]), 0)
            pos = end
        } else if depth == 0 && !continued {
            guard let start = startLine(line) else { return }
            pos = start
        } else {
            continued = false
        }
        scanRest(line, from: pos)
    }

    /// Handles the indentation at the start of a statement line. Returns where its tokens
    /// start, or nil for a blank or comment-only line (already emitted as COMMENT and NL).
    mutating func startLine(_ line: [Unicode.Scalar]) -> Int? {
        var column = 0
        var pos = 0
        while pos < line.count {
            switch line[pos] {
            case " ": column += 1
            case "\t": column = (column / 8 + 1) * 8
            case "\u{0C}": column = 0
            default: break
            }
            if line[pos] != " " && line[pos] != "\t" && line[pos] != "\u{0C}" { break }
            pos += 1
        }
        if pos == line.count { return nil }
        if line[pos] == "#" || line[pos] == "\n" || line[pos] == "\r" {
            if line[pos] == "#" {
                var end = line.count
                while end > pos, line[end - 1] == "\n" || line[end - 1] == "\r" { end -= 1 }
                emit(.comment, Array(line[pos..<end]), pos)
            }
            emit(.nl, ["\n"], pos)
            return nil
        }
        if column > indents[indents.count - 1] {
            indents.append(column)
            emit(.indent, Array(line[0..<pos]), 0)
        }
        while column < indents[indents.count - 1] {
            indents.removeLast()
            emit(.dedent, [], pos)
        }
        // An unindent that matches no outer level: `tokenize` raises IndentationError there;
        // the parser reports the same mistake, so an error token is enough.
        if column != indents[indents.count - 1] { emit(.error, [], pos) }
        return pos
    }

    mutating func scanRest(_ line: [Unicode.Scalar], from start: Int) {
        var pos = start
        while pos < line.count {
            let c = line[pos]
            if c == " " || c == "\t" || c == "\u{0C}" { pos += 1; continue }
            if c == "\n" || c == "\r" {
                if c == "\r" && pos + 1 < line.count && line[pos + 1] == "\n" { pos += 1 }
                emit(depth > 0 ? .nl : .newline, ["\n"], pos)
                pos += 1
                continue
            }
            if c == "#" {
                var end = pos
                while end < line.count && line[end] != "\n" && line[end] != "\r" { end += 1 }
                emit(.comment, Array(line[pos..<end]), pos)
                pos = end
                continue
            }
            if c == "\\" && pos + 1 < line.count && (line[pos + 1] == "\n" || line[pos + 1] == "\r") {
                continued = true
                return
            }
            if c == "'" || c == "\"" {
                pos = scanString(line, from: pos, prefixLength: 0)
                continue
            }
            if c.properties.isXIDStart || c == "_" {
                var end = pos + 1
                while end < line.count && (line[end].properties.isXIDContinue || line[end] == "_") { end += 1 }
                let word = String(String.UnicodeScalarView(line[pos..<end])).lowercased()
                if end < line.count, line[end] == "'" || line[end] == "\"", CompletenessScanner.stringPrefixes.contains(word) {
                    pos = scanString(line, from: pos, prefixLength: end - pos)
                } else {
                    emit(.name, Array(line[pos..<end]), pos)
                    pos = end
                }
                continue
            }
            if ("0"..."9").contains(c) || (c == "." && pos + 1 < line.count && ("0"..."9").contains(line[pos + 1])) {
                pos = scanNumber(line, from: pos)
                continue
            }
            pos = scanOperator(line, from: pos)
        }
    }

    /// A string literal starting at `start` (its prefix is `prefixLength` scalars long).
    mutating func scanString(_ line: [Unicode.Scalar], from start: Int, prefixLength: Int) -> Int {
        let q = start + prefixLength
        let quoteChar = line[q]
        let triple = q + 2 < line.count && line[q + 1] == quoteChar && line[q + 2] == quoteChar
        let quote: [Unicode.Scalar] = triple ? [quoteChar, quoteChar, quoteChar] : [quoteChar]
        if let end = CompletenessScanner.closing(quote, in: line, from: q + quote.count) {
            emit(.string, Array(line[start..<end]), start)
            return end
        }
        if triple {
            openString = (quote, false)
            return line.count
        }
        if CompletenessScanner.endsWithBackslash(line) {
            openString = (quote, true)
            return line.count
        }
        // An unterminated single-quoted string: `tokenize` yields the quote as an error token
        // and reads on after it.
        emit(.error, Array(line[start...q]), start)
        return q + 1
    }

    /// The index just past the closing quote, honouring backslash escapes; nil if the line
    /// does not close the string.
    static func closing(_ quote: [Unicode.Scalar], in line: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start
        while i < line.count {
            if line[i] == "\\" { i += 2; continue }
            if quote.count == 1 && line[i] == "\n" { return nil }
            if line[i] == quote[0] && i + quote.count <= line.count && Array(line[i..<(i + quote.count)]) == quote {
                return i + quote.count
            }
            i += 1
        }
        return nil
    }

    static func endsWithBackslash(_ line: [Unicode.Scalar]) -> Bool {
        var end = line.count
        while end > 0, line[end - 1] == "\n" || line[end - 1] == "\r" { end -= 1 }
        return end > 0 && line[end - 1] == "\\"
    }

    mutating func scanNumber(_ line: [Unicode.Scalar], from start: Int) -> Int {
        var end = start
        while end < line.count {
            let c = line[end]
            if c.properties.isXIDContinue || c == "." {
                end += 1
            } else if (c == "+" || c == "-") && end > start && (line[end - 1] == "e" || line[end - 1] == "E")
                        && !(line[start] == "0" && end > start + 1 && "xXbBoO".unicodeScalars.contains(line[start + 1])) {
                end += 1
            } else {
                break
            }
        }
        emit(.number, Array(line[start..<end]), start)
        return end
    }

    mutating func scanOperator(_ line: [Unicode.Scalar], from start: Int) -> Int {
        for length in [3, 2] where start + length <= line.count {
            let text = String(String.UnicodeScalarView(line[start..<(start + length)]))
            if (length == 3 ? CompletenessScanner.threeCharOps : CompletenessScanner.twoCharOps).contains(text) {
                emit(.op, Array(line[start..<(start + length)]), start)
                return start + length
            }
        }
        let c = line[start]
        guard CompletenessScanner.oneCharOps.contains(c) else {
            emit(.error, [c], start)
            return start + 1
        }
        if c == "(" || c == "[" || c == "{" { depth += 1 }
        if c == ")" || c == "]" || c == "}" { depth -= 1 }
        emit(.op, [c], start)
        return start + 1
    }
}
