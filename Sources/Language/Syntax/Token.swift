/// A position in a cell: 1-based line, 0-based column counted in Unicode scalars.
public struct SourceLocation: Sendable, Equatable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
}

/// The kinds of token the lexer produces. Operators and keywords are decoded here once,
/// so the parser never compares strings.
public enum TokenKind: Equatable, Sendable {
    case name(String)
    case int(Int)
    /// An int literal beyond 64 bits: its digits (no prefix, no underscores) and radix.
    case bigInt(String, radix: Int)
    case float(Double)
    case imaginary(Double)
    case string(String, bytes: Bool)
    /// The raw body of an f-string (between the quotes); the parser splits it.
    case fstring(String, raw: Bool)
    case keyword(Keyword)
    case op(Op)
    case newline
    case indent
    case dedent
    case eof
}

public enum Keyword: String, Sendable, CaseIterable {
    case False, None, True, and, `as`, assert, async, await, `break`, `class`, `continue`, def, del,
         elif, `else`, except, finally, `for`, from, global, `if`, `import`, `in`, `is`, lambda,
         nonlocal, not, or, pass, raise, `return`, `try`, `while`, with, yield
}

public enum Op: String, Sendable, CaseIterable {
    case lparen = "(", rparen = ")", lbracket = "[", rbracket = "]", lbrace = "{", rbrace = "}"
    case comma = ",", colon = ":", dot = ".", semicolon = ";", at = "@", assign = "=", arrow = "->"
    case walrus = ":="
    case plus = "+", minus = "-", star = "*", slash = "/", doubleSlash = "//", percent = "%"
    case doubleStar = "**", tilde = "~", amp = "&", pipe = "|", caret = "^"
    case lshift = "<<", rshift = ">>"
    case lt = "<", gt = ">", le = "<=", ge = ">=", eq = "==", ne = "!="
    case plusEq = "+=", minusEq = "-=", starEq = "*=", slashEq = "/=", doubleSlashEq = "//="
    case percentEq = "%=", doubleStarEq = "**=", atEq = "@=", ampEq = "&=", pipeEq = "|="
    case caretEq = "^=", lshiftEq = "<<=", rshiftEq = ">>="
    case ellipsis = "..."
}

public struct Token: Sendable {
    public var kind: TokenKind
    public var location: SourceLocation
    public init(_ kind: TokenKind, _ location: SourceLocation) { self.kind = kind; self.location = location }
}
