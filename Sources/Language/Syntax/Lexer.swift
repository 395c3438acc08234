/// Turns a cell's source into tokens, Python style: INDENT/DEDENT from leading whitespace,
/// NEWLINE only outside brackets, implicit and backslash line joining, comments dropped.
///
///     Lexer("if x:\n    y = 1\n").tokenize()
///     // name(if) … op(:) newline indent name(y) op(=) int(1) newline dedent eof
public struct Lexer {
    let chars: [Unicode.Scalar]
    var pos = 0
    var line = 1
    var lineStart = 0
    var indents: [Int] = [0]
    var bracketDepth = 0
    var tokens: [Token] = []
    var atLineStart = true

    public init(_ source: String) {
        chars = Array(source.unicodeScalars)
    }

    var location: SourceLocation { SourceLocation(line: line, column: pos - lineStart) }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let i = pos + offset
        return i < chars.count ? chars[i] : nil
    }

    mutating func newline() {
        line += 1
        lineStart = pos
    }

    public mutating func tokenize() throws(SyntaxError) -> [Token] {
        while true {
            if atLineStart && bracketDepth == 0 {
                if try handleIndentation() { continue }
            }
            guard let c = peek() else { break }
            if c == " " || c == "\t" || c == "\u{0C}" { pos += 1; continue }
            if c == "#" {
                while let d = peek(), d != "\n" { pos += 1 }
                continue
            }
            if c == "\\" {
                if peek(1) == "\n" { pos += 2; newline(); continue }
                if peek(1) == "\r" && peek(2) == "\n" { pos += 3; newline(); continue }
                throw SyntaxError("unexpected character after line continuation character", at: location)
            }
            if c == "\r" { pos += 1; continue }
            if c == "\n" {
                let loc = location
                pos += 1
                if bracketDepth == 0 {
                    tokens.append(Token(.newline, loc))
                    atLineStart = true
                }
                newline()
                continue
            }
            try lexToken(c)
        }
        if bracketDepth > 0 {
            throw SyntaxError("unexpected EOF while parsing (an opening bracket is not closed)",
                              at: location, incomplete: true)
        }
        if let last = tokens.last, last.kind != .newline {
            tokens.append(Token(.newline, location))
        }
        while indents.count > 1 {
            indents.removeLast()
            tokens.append(Token(.dedent, location))
        }
        tokens.append(Token(.eof, location))
        return tokens
    }

    /// Measures the indentation of a logical line and emits INDENT/DEDENT. Returns true when
    /// the line was blank or a comment, so the caller restarts.
    mutating func handleIndentation() throws(SyntaxError) -> Bool {
        var width = 0
        var i = pos
        while i < chars.count {
            if chars[i] == " " { width += 1 } else if chars[i] == "\t" { width = (width / 8 + 1) * 8 } else if chars[i] == "\u{0C}" { width = 0 } else { break }
            i += 1
        }
        if i >= chars.count { pos = i; return false }
        if chars[i] == "\n" || chars[i] == "#" || chars[i] == "\r" {
            // Blank or comment-only lines do not affect indentation.
            while i < chars.count && chars[i] != "\n" { i += 1 }
            pos = i
            if i < chars.count { pos += 1; newline() }
            return true
        }
        pos = i
        atLineStart = false
        let current = indents[indents.count - 1]
        if width > current {
            if tokens.isEmpty || tokens.last?.kind == .indent {
                throw SyntaxError("unexpected indent", at: location, kind: "IndentationError")
            }
            indents.append(width)
            tokens.append(Token(.indent, location))
        } else if width < current {
            while let top = indents.last, top > width {
                indents.removeLast()
                tokens.append(Token(.dedent, location))
            }
            if indents.last != width {
                throw SyntaxError("unindent does not match any outer indentation level", at: location,
                                  kind: "IndentationError")
            }
        }
        return false
    }

    mutating func lexToken(_ c: Unicode.Scalar) throws(SyntaxError) {
        let loc = location
        if isIdentifierStart(c) {
            if let prefix = stringPrefix() {
                try lexString(prefix: prefix, at: loc)
                return
            }
            let start = pos
            while let d = peek(), isIdentifierContinue(d) { pos += 1 }
            let word = String(String.UnicodeScalarView(chars[start..<pos]))
            if let kw = Keyword(rawValue: word) {
                tokens.append(Token(.keyword(kw), loc))
            } else {
                tokens.append(Token(.name(word), loc))
            }
            return
        }
        if c.properties.numericType != nil && c.isASCII || (c == "." && (peek(1).map { $0.isASCII && $0.properties.numericType != nil } ?? false)) {
            try lexNumber(at: loc)
            return
        }
        if c == "\"" || c == "'" {
            try lexString(prefix: "", at: loc)
            return
        }
        // Operators: longest match first.
        for length in stride(from: 3, through: 1, by: -1) where pos + length <= chars.count {
            let text = String(String.UnicodeScalarView(chars[pos..<pos + length]))
            if let op = Op(rawValue: text) {
                pos += length
                switch op {
                case .lparen, .lbracket, .lbrace: bracketDepth += 1
                case .rparen, .rbracket, .rbrace: bracketDepth = max(0, bracketDepth - 1)
                default: break
                }
                tokens.append(Token(.op(op), loc))
                return
            }
        }
        throw SyntaxError(Lexer.invalidCharacterMessage(c), at: loc)
    }

    /// CPython 3.11's message: the character and its code point (the caret under it shows where;
    /// a full-width comma from a Chinese input method reads `invalid character '，' (U+FF0C)`).
    static func invalidCharacterMessage(_ c: Unicode.Scalar) -> String {
        if c == "$" || c == "?" || c == "`" {
            return "invalid syntax"
        }
        let hex = String(c.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return "invalid character '\(Character(c))' (\(code))"
    }

    func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c == "_" || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }
        return c.properties.isXIDStart
    }

    func isIdentifierContinue(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            return c == "_" || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9")
        }
        return c.properties.isXIDContinue
    }

    /// Recognises string prefixes (r, b, f, rb, fr, u…) directly followed by a quote.
    mutating func stringPrefix() -> String? {
        var i = 0
        var prefix = ""
        while i < 3, let c = peek(i), "rRbBfFuU".unicodeScalars.contains(c) {
            prefix.unicodeScalars.append(c)
            i += 1
        }
        guard !prefix.isEmpty, let q = peek(i), q == "\"" || q == "'" else { return nil }
        pos += i
        return prefix.lowercased()
    }

    mutating func lexString(prefix: String, at loc: SourceLocation) throws(SyntaxError) {
        guard let quote = peek() else { return }
        let triple = peek(1) == quote && peek(2) == quote
        pos += triple ? 3 : 1
        let raw = prefix.contains("r")
        let isF = prefix.contains("f")
        var body = String.UnicodeScalarView()
        while true {
            guard let c = peek() else {
                throw SyntaxError(triple ? "unterminated triple-quoted string literal (detected at line \(line))"
                                         : "unterminated string literal (detected at line \(loc.line))",
                                  at: loc, incomplete: triple)
            }
            if c == quote {
                if !triple { pos += 1; break }
                if peek(1) == quote && peek(2) == quote { pos += 3; break }
            }
            if c == "\n" {
                if !triple { throw SyntaxError("unterminated string literal (detected at line \(loc.line))", at: loc) }
                pos += 1
                body.append(c)
                newline()
                continue
            }
            if c == "\\" {
                guard let next = peek(1) else { pos += 1; continue }
                if raw || isF {
                    // Raw strings keep the backslash; f-strings are unescaped after splitting.
                    body.append(c)
                    body.append(next)
                    pos += 2
                    if next == "\n" { newline() }
                    continue
                }
                pos += 2
                if let decoded = try decodeEscape(next, at: loc) { body.append(contentsOf: decoded.unicodeScalars) }
                continue
            }
            body.append(c)
            pos += 1
        }
        let text = String(body)
        if isF {
            tokens.append(Token(.fstring(text, raw: raw), loc))
        } else {
            tokens.append(Token(.string(text, bytes: prefix.contains("b")), loc))
        }
    }

    /// Decodes the escape after a backslash; `pos` is just past `next`. Returns nil for a
    /// line continuation inside a string.
    mutating func decodeEscape(_ next: Unicode.Scalar, at loc: SourceLocation) throws(SyntaxError) -> String? {
        switch next {
        case "n": return "\n"
        case "t": return "\t"
        case "r": return "\r"
        case "0" where !(peek().map { $0 >= "0" && $0 <= "7" } ?? false): return "\0"
        case "\\": return "\\"
        case "'": return "'"
        case "\"": return "\""
        case "a": return "\u{07}"
        case "b": return "\u{08}"
        case "f": return "\u{0C}"
        case "v": return "\u{0B}"
        case "\n": newline(); return nil
        case "N":
            guard peek() == "{", let close = chars[pos...].firstIndex(of: "}") else {
                throw SyntaxError("(unicode error) malformed \\N character escape", at: loc)
            }
            let name = String(String.UnicodeScalarView(chars[(pos + 1)..<close]))
            guard let scalar = UnicodeNames.scalar(named: name) else {
                throw SyntaxError("(unicode error) unknown Unicode character name", at: loc)
            }
            pos = close + 1
            return String(Character(scalar))
        case "x", "u", "U":
            let count = next == "x" ? 2 : (next == "u" ? 4 : 8)
            var value: UInt32 = 0
            for _ in 0..<count {
                guard let h = peek(), let d = h.properties.numericType != nil || "abcdefABCDEF".unicodeScalars.contains(h) ? UInt32(String(h), radix: 16) : nil else {
                    throw SyntaxError("(unicode error) truncated \\\(next) escape", at: loc)
                }
                value = value * 16 + d
                pos += 1
            }
            guard let scalar = Unicode.Scalar(value) else {
                throw SyntaxError("(unicode error) illegal Unicode character", at: loc)
            }
            return String(Character(scalar))
        case "0"..."7":
            var value = UInt32(String(next), radix: 8) ?? 0
            var n = 1
            while n < 3, let d = peek(), d >= "0" && d <= "7" {
                value = value * 8 + (UInt32(String(d), radix: 8) ?? 0)
                pos += 1
                n += 1
            }
            return Unicode.Scalar(value).map { String(Character($0)) } ?? ""
        default:
            return "\\" + String(Character(next))
        }
    }

    mutating func lexNumber(at loc: SourceLocation) throws(SyntaxError) {
        let start = pos
        if peek() == "0", let x = peek(1), "xXoObB".unicodeScalars.contains(x) {
            pos += 2
            let radix = (x == "x" || x == "X") ? 16 : ((x == "o" || x == "O") ? 8 : 2)
            var digits = ""
            while let d = peek(), d == "_" || d.properties.isASCIIHexDigit {
                if d != "_" { digits.unicodeScalars.append(d) }
                pos += 1
            }
            guard !digits.isEmpty, digits.unicodeScalars.allSatisfy({ Int(String($0), radix: radix) != nil }) else {
                throw SyntaxError("invalid \(radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary") literal", at: loc)
            }
            tokens.append(Token(Int(digits, radix: radix).map { TokenKind.int($0) } ?? TokenKind.bigInt(digits, radix: radix), loc))
            return
        }
        var isFloat = false
        func digits(_ lexer: inout Lexer) {
            while let d = lexer.peek(), (d >= "0" && d <= "9") || d == "_" { lexer.pos += 1 }
        }
        digits(&self)
        if peek() == "." {
            isFloat = true
            pos += 1
            digits(&self)
        }
        if let e = peek(), e == "e" || e == "E" {
            let sign = peek(1)
            if let s = sign, s >= "0" && s <= "9" {
                isFloat = true; pos += 1; digits(&self)
            } else if let s = sign, (s == "+" || s == "-"), let d = peek(2), d >= "0" && d <= "9" {
                isFloat = true; pos += 2; digits(&self)
            }
        }
        let text = String(String.UnicodeScalarView(chars[start..<pos])).replacingUnderscores()
        if let j = peek(), j == "j" || j == "J" {
            pos += 1
            tokens.append(Token(.imaginary(Double(text) ?? 0), loc))
            return
        }
        if let c = peek(), isIdentifierStart(c) {
            throw SyntaxError("invalid decimal literal", at: loc)
        }
        if isFloat {
            guard let value = Double(text) else { throw SyntaxError("invalid decimal literal", at: loc) }
            tokens.append(Token(.float(value), loc))
        } else {
            if text.count > 1 && text.hasPrefix("0") && text.contains(where: { $0 != "0" }) {
                throw SyntaxError("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", at: loc)
            }
            tokens.append(Token(Int(text).map { TokenKind.int($0) } ?? TokenKind.bigInt(text, radix: 10), loc))
        }
    }
}

extension String {
    func replacingUnderscores() -> String { String(unicodeScalars.filter { $0 != "_" }.map(Character.init)) }
}
