/// One token as Python's `tokenize` module sees it, reduced to what `is_complete` looks at.
/// IPython judges completeness from `tokenize`'s stream (NL and COMMENT tokens, INDENT and
/// DEDENT, an ENDMARKER only when the input did not end inside brackets or a string), which
/// the interpreter's own lexer does not produce, so the judge gets its own small scanner.
struct CompletenessToken: Equatable {
    enum Kind: Equatable {
        case name, number, string, op, comment
        /// The end of a logical line.
        case newline
        /// A line break that ends no statement: blank lines, comment lines, inside brackets.
        case nl
        case indent, dedent
        /// Something `tokenize` cannot read (a lone quote, `$`, `?`); the parser judges it later.
        case error
        case endmarker
    }

    var kind: Kind
    var text: String
    /// The column of the first character, counted in Unicode scalars (a tab counts one), as
    /// `tokenize` reports it.
    var column: Int
}
