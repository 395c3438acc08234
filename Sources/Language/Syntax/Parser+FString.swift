/// Splits an f-string body into literal text and `{expression!conversion:spec}` fields.
/// Each field's expression is lexed and parsed by a nested parser.
extension Parser {
    mutating func parseFStringBody(_ body: String, raw: Bool, at loc: SourceLocation) throws(SyntaxError) -> [FStringPart] {
        let chars = Array(body.unicodeScalars)
        var i = 0
        return try Parser.fstringParts(chars, &i, raw: raw, loc: loc, inSpec: false)
    }

    static func fstringParts(_ chars: [Unicode.Scalar], _ i: inout Int, raw: Bool, loc: SourceLocation,
                             inSpec: Bool) throws(SyntaxError) -> [FStringPart] {
        var parts: [FStringPart] = []
        var literal = String.UnicodeScalarView()
        func flush() {
            if !literal.isEmpty {
                let text = String(literal)
                parts.append(.literal(raw ? text : unescape(text)))
                literal = String.UnicodeScalarView()
            }
        }
        while i < chars.count {
            let c = chars[i]
            if inSpec && c == "}" { break }
            if c == "{" {
                if !inSpec && i + 1 < chars.count && chars[i + 1] == "{" {
                    literal.append("{"); i += 2; continue
                }
                flush()
                i += 1
                parts.append(try fstringField(chars, &i, raw: raw, loc: loc))
                continue
            }
            if c == "}" {
                if i + 1 < chars.count && chars[i + 1] == "}" { literal.append("}"); i += 2; continue }
                throw SyntaxError("f-string: single '}' is not allowed", at: loc)
            }
            literal.append(c)
            i += 1
        }
        flush()
        return parts
    }

    /// Parses one replacement field; `i` is just past the `{`.
    static func fstringField(_ chars: [Unicode.Scalar], _ i: inout Int, raw: Bool, loc: SourceLocation) throws(SyntaxError) -> FStringPart {
        var depth = 0
        var quote: Unicode.Scalar?
        let start = i
        var exprEnd = -1
        while i < chars.count {
            let c = chars[i]
            if let q = quote {
                if c == q { quote = nil }
                i += 1
                continue
            }
            if c == "'" || c == "\"" { quote = c; i += 1; continue }
            if c == "(" || c == "[" || c == "{" { depth += 1 }
            if c == ")" || c == "]" || c == "}" {
                if depth == 0 { break }
                depth -= 1
            }
            if depth == 0 && (c == "!" || c == ":") {
                if c == "!" && i + 1 < chars.count && chars[i + 1] == "=" { i += 2; continue }
                break
            }
            i += 1
        }
        exprEnd = i
        var exprText = String(String.UnicodeScalarView(chars[start..<exprEnd]))
        var debugText: String?
        let trimmed = exprText.trimmingTrailingSpaces()
        if trimmed.hasSuffix("=") && !trimmed.hasSuffix("==") && !trimmed.hasSuffix("!=")
            && !trimmed.hasSuffix("<=") && !trimmed.hasSuffix(">=") {
            debugText = exprText
            exprText = String(trimmed.dropLast())
        }
        if exprText.allSatisfy({ $0 == " " }) {
            throw SyntaxError("f-string: empty expression not allowed", at: loc)
        }
        var conversion: Character?
        if i < chars.count && chars[i] == "!" {
            guard i + 1 < chars.count else { throw SyntaxError("f-string: expecting '}'", at: loc) }
            conversion = Character(chars[i + 1])
            guard conversion == "r" || conversion == "s" || conversion == "a" else {
                throw SyntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'", at: loc)
            }
            i += 2
        }
        var spec: [FStringPart]?
        if i < chars.count && chars[i] == ":" {
            i += 1
            spec = try fstringParts(chars, &i, raw: raw, loc: loc, inSpec: true)
        }
        guard i < chars.count && chars[i] == "}" else { throw SyntaxError("f-string: expecting '}'", at: loc) }
        i += 1
        var lexer = Lexer("(" + exprText + ")")
        var tokens = try lexer.tokenize()
        for k in tokens.indices { tokens[k].location = loc }
        var parser = Parser(tokens: tokens)
        let expr = try parser.parseTestListStarred()
        if debugText != nil && conversion == nil && spec == nil { conversion = "r" }
        return .field(expr, conversion: conversion, spec: spec, debugText: debugText)
    }

    /// Backslash escapes in the literal parts of a non-raw f-string.
    static func unescape(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var lexer = Lexer("")
        var out = String.UnicodeScalarView()
        let chars = Array(text.unicodeScalars)
        var k = 0
        while k < chars.count {
            if chars[k] == "\\" && k + 1 < chars.count {
                lexer = Lexer(String(String.UnicodeScalarView(chars[(k + 2)...])))
                if let decoded = try? lexer.decodeEscape(chars[k + 1], at: SourceLocation(line: 1, column: 0)) {
                    out.append(contentsOf: decoded.unicodeScalars)
                }
                k += 2 + lexer.pos
                continue
            }
            out.append(chars[k])
            k += 1
        }
        return String(out)
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
