/// A recursive-descent parser for Cellgrad Python. Statements live here; expressions in
/// Parser+Expressions.swift, f-strings in Parser+FString.swift.
///
///     let module = try Parser.parse("x = 1\nprint(x)\n")   // [Stmt]
public struct Parser {
    var tokens: [Token]
    var index = 0
    /// Nesting of brackets and unary operators; bounded so hostile input cannot exhaust the stack.
    var depth = 0
    static let maxDepth = 200

    public init(tokens: [Token]) { self.tokens = tokens }

    /// Lexes and parses a whole cell.
    public static func parse(_ source: String) throws(SyntaxError) -> [Stmt] {
        var lexer = Lexer(source)
        var parser = Parser(tokens: try lexer.tokenize())
        return try parser.parseModule()
    }

    var current: Token { tokens[min(index, tokens.count - 1)] }
    var kind: TokenKind { current.kind }
    func peekKind(_ offset: Int = 1) -> TokenKind { tokens[min(index + offset, tokens.count - 1)].kind }

    mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    func check(_ op: Op) -> Bool { kind == .op(op) }
    func check(_ kw: Keyword) -> Bool { kind == .keyword(kw) }

    mutating func accept(_ op: Op) -> Bool {
        if check(op) { advance(); return true }
        return false
    }

    mutating func accept(_ kw: Keyword) -> Bool {
        if check(kw) { advance(); return true }
        return false
    }

    func error(_ message: String) -> SyntaxError {
        SyntaxError(message, at: current.location, incomplete: kind == .eof)
    }

    mutating func expect(_ op: Op, _ what: String? = nil) throws(SyntaxError) {
        guard accept(op) else {
            if kind == .eof || (kind == .newline && peekKind() == .eof && (op == .rparen || op == .rbracket || op == .rbrace)) {
                throw SyntaxError("unexpected EOF while parsing", at: current.location, incomplete: true)
            }
            throw error(what ?? "expected '\(op.rawValue)'")
        }
    }

    mutating func expectName() throws(SyntaxError) -> String {
        if case .name(let n) = kind { advance(); return n }
        throw error("invalid syntax")
    }

    mutating func parseModule() throws(SyntaxError) -> [Stmt] {
        var body: [Stmt] = []
        while true {
            if kind == .eof { break }
            if kind == .newline { advance(); continue }
            if kind == .indent { throw SyntaxError("unexpected indent", at: current.location, kind: "IndentationError") }
            body.append(contentsOf: try parseStatement())
        }
        return body
    }

    /// One statement line may hold several simple statements separated by `;`.
    mutating func parseStatement() throws(SyntaxError) -> [Stmt] {
        switch kind {
        case .keyword(.if): return [try parseIf()]
        case .keyword(.while): return [try parseWhile()]
        case .keyword(.for): return [try parseFor()]
        case .keyword(.def): return [try parseFunctionDef(decorators: [])]
        case .keyword(.class): return [try parseClassDef(decorators: [])]
        case .keyword(.try): return [try parseTry()]
        case .keyword(.with): return [try parseWith()]
        case .op(.at): return [try parseDecorated()]
        case .keyword(.async):
            throw error("async functions are not supported in Cellgrad Python")
        default: return try parseSimpleStatements()
        }
    }

    mutating func parseSimpleStatements() throws(SyntaxError) -> [Stmt] {
        var result = [try parseSmallStatement()]
        while accept(.semicolon) {
            if kind == .newline || kind == .eof { break }
            result.append(try parseSmallStatement())
        }
        if kind == .eof { return result }
        guard kind == .newline else { throw error("invalid syntax") }
        advance()
        return result
    }

    /// The indented block after a `:` (or a simple statement on the same line).
    mutating func parseBlock() throws(SyntaxError) -> [Stmt] {
        depth += 1
        defer { depth -= 1 }
        if depth > Parser.maxDepth { throw SyntaxError("too many statically nested blocks", at: current.location) }
        try expect(.colon, "expected ':'")
        if kind != .newline {
            if kind == .eof {
                throw SyntaxError("expected an indented block", at: current.location, incomplete: true, kind: "IndentationError")
            }
            return try parseSimpleStatements()
        }
        advance()
        guard kind == .indent else {
            throw SyntaxError("expected an indented block", at: current.location, incomplete: kind == .eof,
                              kind: "IndentationError")
        }
        advance()
        var body: [Stmt] = []
        while kind != .dedent && kind != .eof {
            if kind == .newline { advance(); continue }
            body.append(contentsOf: try parseStatement())
        }
        if kind == .dedent { advance() }
        return body
    }

    mutating func parseSmallStatement() throws(SyntaxError) -> [Stmt].Element {
        let loc = current.location
        switch kind {
        case .keyword(.pass): advance(); return .pass(loc)
        case .keyword(.break): advance(); return .break(loc)
        case .keyword(.continue): advance(); return .continue(loc)
        case .keyword(.return):
            advance()
            if kind == .newline || kind == .eof || check(.semicolon) { return .return(nil, loc) }
            return .return(try parseTestListStarred(), loc)
        case .keyword(.raise):
            advance()
            if kind == .newline || kind == .eof || check(.semicolon) { return .raise(nil, cause: nil, loc) }
            let exc = try parseTest()
            let cause = accept(.from) ? try parseTest() : nil
            return .raise(exc, cause: cause, loc)
        case .keyword(.global):
            advance()
            return .global(try parseNameList(), loc)
        case .keyword(.nonlocal):
            advance()
            return .nonlocal(try parseNameList(), loc)
        case .keyword(.del):
            advance()
            var targets = [try parseBitOr()]
            while accept(.comma) {
                if kind == .newline { break }
                targets.append(try parseBitOr())
            }
            return .delete(targets, loc)
        case .keyword(.assert):
            advance()
            let test = try parseTest()
            let message = accept(.comma) ? try parseTest() : nil
            return .assert(test, message: message, loc)
        case .keyword(.import): return try parseImport()
        case .keyword(.from): return try parseFromImport()
        default: return try parseExpressionStatement()
        }
    }

    mutating func parseNameList() throws(SyntaxError) -> [String] {
        var names = [try expectName()]
        while accept(.comma) { names.append(try expectName()) }
        return names
    }

    mutating func parseExpressionStatement() throws(SyntaxError) -> Stmt {
        let loc = current.location
        let first = try parseTestListStarred()
        if case .op(let op) = kind, let binary = Parser.augmentedOps[op] {
            advance()
            try checkAssignable(first, augmented: true)
            let value = kind == .keyword(.yield) ? try parseYield() : try parseTestList()
            return .augAssign(first, binary, value, loc)
        }
        if accept(.colon) {
            let annotation = try parseTest()
            let value = accept(.assign) ? try parseTestListStarred() : nil
            return .annAssign(first, annotation: annotation, value: value, loc)
        }
        guard check(.assign) else { return .expr(first, loc) }
        var targets = [first]
        var value = first
        while accept(.assign) {
            value = kind == .keyword(.yield) ? try parseYield() : try parseTestListStarred()
            targets.append(value)
        }
        targets.removeLast()
        for t in targets { try checkAssignable(t, augmented: false) }
        return .assign(targets: targets, value: value, loc)
    }

    static let augmentedOps: [Op: BinaryOp] = [
        .plusEq: .add, .minusEq: .sub, .starEq: .mul, .slashEq: .truediv, .doubleSlashEq: .floordiv,
        .percentEq: .mod, .doubleStarEq: .pow, .atEq: .matmul, .ampEq: .and, .pipeEq: .or,
        .caretEq: .xor, .lshiftEq: .lshift, .rshiftEq: .rshift,
    ]

    func checkAssignable(_ e: Expr, augmented: Bool) throws(SyntaxError) {
        switch e {
        case .name, .attribute, .subscription: return
        case .tuple(let items, _), .list(let items, _):
            if augmented { throw SyntaxError("'tuple' is an illegal expression for augmented assignment", at: e.location) }
            for item in items { try checkAssignable(item, augmented: false) }
        case .starred(let inner, _): try checkAssignable(inner, augmented: augmented)
        case .call:
            throw SyntaxError("cannot assign to function call here. Maybe you meant '==' instead of '='?", at: e.location)
        case .constant:
            throw SyntaxError("cannot assign to literal here. Maybe you meant '==' instead of '='?", at: e.location)
        default:
            throw SyntaxError("cannot assign to expression here. Maybe you meant '==' instead of '='?", at: e.location)
        }
    }

    mutating func parseDottedName() throws(SyntaxError) -> String {
        var name = try expectName()
        while accept(.dot) { name += "." + (try expectName()) }
        return name
    }

    mutating func parseImport() throws(SyntaxError) -> Stmt {
        let loc = current.location
        advance()
        var names: [ImportName] = []
        repeat {
            let name = try parseDottedName()
            let asName = accept(.as) ? try expectName() : nil
            names.append(ImportName(name: name, asName: asName))
        } while accept(.comma)
        return .import(names, loc)
    }

    mutating func parseFromImport() throws(SyntaxError) -> Stmt {
        let loc = current.location
        advance()
        var module = ""
        while check(.dot) || check(.ellipsis) {
            module += check(.dot) ? "." : "..."
            advance()
        }
        if case .name = kind { module += try parseDottedName() }
        guard accept(.import) else { throw error("invalid syntax") }
        var names: [ImportName] = []
        if accept(.star) { return .importFrom(module: module, names: [ImportName(name: "*", asName: nil)], loc) }
        let parenthesized = accept(.lparen)
        repeat {
            if parenthesized && check(.rparen) { break }
            let name = try expectName()
            let asName = accept(.as) ? try expectName() : nil
            names.append(ImportName(name: name, asName: asName))
        } while accept(.comma)
        if parenthesized { try expect(.rparen) }
        return .importFrom(module: module, names: names, loc)
    }

    mutating func parseIf() throws(SyntaxError) -> Stmt {
        let loc = current.location
        advance()
        let test = try parseNamedTest()
        let body = try parseBlock()
        var orElse: [Stmt] = []
        if check(.elif) {
            orElse = [try parseIf()]
        } else if accept(.else) {
            orElse = try parseBlock()
        }
        return .if(test, body, orElse: orElse, loc)
    }

    mutating func parseWhile() throws(SyntaxError) -> Stmt {
        let loc = current.location
        advance()
        let test = try parseNamedTest()
        let body = try parseBlock()
        let orElse = accept(.else) ? try parseBlock() : []
        return .while(test, body, orElse: orElse, loc)
    }

    mutating func parseFor() throws(SyntaxError) -> Stmt {
        let loc = current.location
        advance()
        let target = try parseTargetList()
        guard accept(.in) else { throw error("expected 'in'") }
        let iterable = try parseTestListStarred()
        let body = try parseBlock()
        let orElse = accept(.else) ? try parseBlock() : []
        return .for(target: target, iterable: iterable, body: body, orElse: orElse, loc)
    }

    /// `for a, (b, *c) in …` targets: expressions up to `in`, never comparisons.
    mutating func parseTargetList() throws(SyntaxError) -> Expr {
        let loc = current.location
        var items = [try parseTargetAtom()]
        var trailingComma = false
        while accept(.comma) {
            trailingComma = true
            if check(.in) || check(.assign) { break }
            items.append(try parseTargetAtom())
            trailingComma = false
        }
        let target: Expr = items.count == 1 && !trailingComma ? items[0] : .tuple(items, loc)
        try checkAssignable(target, augmented: false)
        return target
    }

    mutating func parseTargetAtom() throws(SyntaxError) -> Expr {
        if check(.star) {
            let loc = current.location
            advance()
            return .starred(try parseBitOr(), loc)
        }
        return try parseBitOr()
    }

    mutating func parseDecorated() throws(SyntaxError) -> Stmt {
        var decorators: [Expr] = []
        while accept(.at) {
            decorators.append(try parseNamedTest())
            guard kind == .newline else { throw error("invalid syntax") }
            advance()
        }
        if check(.def) { return try parseFunctionDef(decorators: decorators) }
        if check(.class) { return try parseClassDef(decorators: decorators) }
        throw error(kind == .eof ? "unexpected EOF while parsing" : "invalid syntax")
    }

    static func docstring(of body: [Stmt]) -> String? {
        if case .expr(.constant(.string(let s), _), _)? = body.first { return s }
        return nil
    }

    mutating func parseFunctionDef(decorators: [Expr]) throws(SyntaxError) -> Stmt {
        let loc = current.location
        advance()
        let name = try expectName()
        try expect(.lparen, "expected '('")
        var params = try parseParameters(closing: .rparen)
        try expect(.rparen)
        if accept(.arrow) { params.returnAnnotation = try parseTest() }
        let body = try parseBlock()
        return .functionDef(name: name, params, body: body, decorators: decorators,
                            docstring: Parser.docstring(of: body), loc)
    }

    mutating func parseClassDef(decorators: [Expr]) throws(SyntaxError) -> Stmt {
        let loc = current.location
        advance()
        let name = try expectName()
        var bases: [Argument] = []
        if accept(.lparen) {
            bases = try parseArguments()
            try expect(.rparen)
        }
        let body = try parseBlock()
        return .classDef(name: name, bases: bases, body: body, decorators: decorators,
                         docstring: Parser.docstring(of: body), loc)
    }

    /// Parameters of `def` (closing `)`, with annotations) and `lambda` (closing `:`).
    mutating func parseParameters(closing: Op) throws(SyntaxError) -> Parameters {
        var params = Parameters()
        var seenStar = false
        var seenDefault = false
        while !check(closing) {
            let loc = current.location
            if accept(.doubleStar) {
                params.varKeywords = try expectName()
                if closing == .rparen, accept(.colon) { params.varKeywordsAnnotation = try parseTest() }
                _ = accept(.comma)
                break
            } else if accept(.star) {
                seenStar = true
                if case .name = kind {
                    params.varArgs = try expectName()
                    if closing == .rparen, accept(.colon) { params.varArgsAnnotation = try parseTest() }
                }
            } else if accept(.slash) {
                params.positionalOnly = params.regular
                params.regular = []
            } else {
                let name = try expectName()
                var annotation: Expr?
                if closing == .rparen, accept(.colon) { annotation = try parseTest() }
                var value: Expr?
                if accept(.assign) { value = try parseTest() }
                let p = Parameter(name: name, defaultValue: value, location: loc, annotation: annotation)
                if seenStar {
                    params.keywordOnly.append(p)
                } else {
                    if value != nil { seenDefault = true } else if seenDefault {
                        throw SyntaxError("non-default argument follows default argument", at: loc)
                    }
                    params.regular.append(p)
                }
            }
            if !accept(.comma) { break }
        }
        return params
    }

    mutating func parseTry() throws(SyntaxError) -> Stmt {
        let loc = current.location
        advance()
        let body = try parseBlock()
        var handlers: [ExceptHandler] = []
        while check(.except) {
            let hloc = current.location
            advance()
            var type: Expr?
            var name: String?
            if !check(.colon) {
                type = try parseTest()
                if accept(.comma) {
                    // `except A, B:` is Python 2; Python 3 wants a tuple.
                    throw SyntaxError("multiple exception types must be parenthesized", at: hloc)
                }
                if accept(.as) { name = try expectName() }
            }
            handlers.append(ExceptHandler(type: type, name: name, body: try parseBlock(), location: hloc))
        }
        let orElse = accept(.else) ? try parseBlock() : []
        let finally = accept(.finally) ? try parseBlock() : []
        if handlers.isEmpty && finally.isEmpty {
            throw error(kind == .eof ? "unexpected EOF while parsing" : "expected 'except' or 'finally' block")
        }
        return .try(body: body, handlers: handlers, orElse: orElse, finally: finally, loc)
    }

    mutating func parseWith() throws(SyntaxError) -> Stmt {
        let loc = current.location
        advance()
        var items: [WithItem] = []
        repeat {
            let context = try parseTest()
            let target = accept(.as) ? try parseTargetAtom() : nil
            items.append(WithItem(context: context, target: target))
        } while accept(.comma)
        return .with(items, body: try parseBlock(), loc)
    }
}

