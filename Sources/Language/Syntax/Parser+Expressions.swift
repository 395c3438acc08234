/// Expression grammar, lowest precedence first:
/// test (lambda, if-else) > or > and > not > comparison > | > ^ > & > shifts > + - > * / // % @
/// > unary > ** > await/primary (calls, subscripts, attributes) > atoms.
extension Parser {
    /// `a, b, *c` as a tuple, or a single expression.
    mutating func parseTestListStarred() throws(SyntaxError) -> Expr {
        let loc = current.location
        let first = try parseStarOrTest()
        guard check(.comma) else {
            if case .starred = first { throw SyntaxError("can't use starred expression here", at: loc) }
            return first
        }
        var items = [first]
        while accept(.comma) {
            if isExpressionEnd { break }
            items.append(try parseStarOrTest())
        }
        return .tuple(items, loc)
    }

    mutating func parseTestList() throws(SyntaxError) -> Expr { try parseTestListStarred() }

    var isExpressionEnd: Bool {
        switch kind {
        case .newline, .eof, .op(.assign), .op(.rparen), .op(.rbracket), .op(.rbrace), .op(.colon),
             .op(.semicolon), .keyword(.in): return true
        case .op(let op): return Parser.augmentedOps[op] != nil
        default: return false
        }
    }

    mutating func parseStarOrTest() throws(SyntaxError) -> Expr {
        if check(.star) {
            let loc = current.location
            advance()
            return .starred(try parseBitOr(), loc)
        }
        return try parseNamedTest()
    }

    /// `name := value` or a plain test.
    mutating func parseNamedTest() throws(SyntaxError) -> Expr {
        if case .name(let n) = kind, peekKind() == .op(.walrus) {
            let loc = current.location
            advance(); advance()
            return .walrus(n, try parseTest(), loc)
        }
        return try parseTest()
    }

    mutating func parseTest() throws(SyntaxError) -> Expr {
        if check(.lambda) { return try parseLambda() }
        let loc = current.location
        let body = try parseOr()
        if accept(.if) {
            let test = try parseOr()
            guard accept(.else) else { throw error("expected 'else' after 'if' expression") }
            return .ifExp(test: test, body: body, orElse: try parseTest(), loc)
        }
        return body
    }

    mutating func parseTestNoCond() throws(SyntaxError) -> Expr {
        if check(.lambda) { return try parseLambda() }
        return try parseOr()
    }

    mutating func parseLambda() throws(SyntaxError) -> Expr {
        let loc = current.location
        advance()
        let params = try parseParameters(closing: .colon)
        try expect(.colon)
        return .lambda(params, try parseTest(), loc)
    }

    mutating func parseOr() throws(SyntaxError) -> Expr {
        let loc = current.location
        let first = try parseAnd()
        guard check(.or) else { return first }
        var items = [first]
        while accept(.or) { items.append(try parseAnd()) }
        return .boolOp(isAnd: false, items, loc)
    }

    mutating func parseAnd() throws(SyntaxError) -> Expr {
        let loc = current.location
        let first = try parseNot()
        guard check(.and) else { return first }
        var items = [first]
        while accept(.and) { items.append(try parseNot()) }
        return .boolOp(isAnd: true, items, loc)
    }

    mutating func parseNot() throws(SyntaxError) -> Expr {
        let loc = current.location
        if accept(.not) { return .unary(.not, try parseNot(), loc) }
        return try parseComparison()
    }

    mutating func parseComparison() throws(SyntaxError) -> Expr {
        let loc = current.location
        let first = try parseBitOr()
        var rest: [(CompareOp, Expr)] = []
        while true {
            let op: CompareOp
            switch kind {
            case .op(.lt): op = .lt
            case .op(.le): op = .le
            case .op(.gt): op = .gt
            case .op(.ge): op = .ge
            case .op(.eq): op = .eq
            case .op(.ne): op = .ne
            case .keyword(.in): op = .in
            case .keyword(.is):
                if peekKind() == .keyword(.not) { advance(); op = .isNot } else { op = .is }
            case .keyword(.not) where peekKind() == .keyword(.in):
                advance(); op = .notIn
            default:
                return rest.isEmpty ? first : .compare(first, rest, loc)
            }
            advance()
            rest.append((op, try parseBitOr()))
        }
    }

    mutating func parseBinaryLevel(_ ops: [Op: BinaryOp], next: (inout Parser) throws(SyntaxError) -> Expr) throws(SyntaxError) -> Expr {
        var left = try next(&self)
        while case .op(let op) = kind, let binary = ops[op] {
            let loc = current.location
            advance()
            left = .binary(binary, left, try next(&self), loc)
        }
        return left
    }

    mutating func parseBitOr() throws(SyntaxError) -> Expr {
        try parseBinaryLevel([.pipe: .or]) { (p: inout Parser) throws(SyntaxError) in try p.parseBitXor() }
    }
    mutating func parseBitXor() throws(SyntaxError) -> Expr {
        try parseBinaryLevel([.caret: .xor]) { (p: inout Parser) throws(SyntaxError) in try p.parseBitAnd() }
    }
    mutating func parseBitAnd() throws(SyntaxError) -> Expr {
        try parseBinaryLevel([.amp: .and]) { (p: inout Parser) throws(SyntaxError) in try p.parseShift() }
    }
    mutating func parseShift() throws(SyntaxError) -> Expr {
        try parseBinaryLevel([.lshift: .lshift, .rshift: .rshift]) { (p: inout Parser) throws(SyntaxError) in try p.parseArith() }
    }
    mutating func parseArith() throws(SyntaxError) -> Expr {
        try parseBinaryLevel([.plus: .add, .minus: .sub]) { (p: inout Parser) throws(SyntaxError) in try p.parseTerm() }
    }
    mutating func parseTerm() throws(SyntaxError) -> Expr {
        try parseBinaryLevel([.star: .mul, .slash: .truediv, .doubleSlash: .floordiv, .percent: .mod, .at: .matmul]) {
            (p: inout Parser) throws(SyntaxError) in try p.parseFactor()
        }
    }

    mutating func parseFactor() throws(SyntaxError) -> Expr {
        let loc = current.location
        depth += 1
        defer { depth -= 1 }
        if depth > Parser.maxDepth { throw SyntaxError("too many nested parentheses", at: loc) }
        switch kind {
        case .op(.minus):
            advance()
            let operand = try parseFactor()
            // Fold negative literals so `-1` is a constant (and `-9223372036854775808` fits).
            if case .constant(.int(let v), _) = operand { return .constant(.int(-v), loc) }
            if case .constant(.float(let v), _) = operand { return .constant(.float(-v), loc) }
            return .unary(.neg, operand, loc)
        case .op(.plus): advance(); return .unary(.pos, try parseFactor(), loc)
        case .op(.tilde): advance(); return .unary(.invert, try parseFactor(), loc)
        default: return try parsePower()
        }
    }

    mutating func parsePower() throws(SyntaxError) -> Expr {
        let base = try parsePrimary()
        if check(.doubleStar) {
            let loc = current.location
            advance()
            return .binary(.pow, base, try parseFactor(), loc)
        }
        return base
    }

    mutating func parsePrimary() throws(SyntaxError) -> Expr {
        if check(.await) { throw error("'await' is not supported in Cellgrad Python") }
        var expr = try parseAtom()
        while true {
            let loc = current.location
            if accept(.lparen) {
                let args = try parseArguments()
                try expect(.rparen)
                expr = .call(expr, args, loc)
            } else if accept(.lbracket) {
                let index = try parseSubscriptList()
                try expect(.rbracket)
                expr = .subscription(expr, index, loc)
            } else if accept(.dot) {
                guard case .name(let n) = kind else { throw error("invalid syntax") }
                advance()
                expr = .attribute(expr, n, loc)
            } else {
                return expr
            }
        }
    }

    mutating func parseSubscriptList() throws(SyntaxError) -> Expr {
        let loc = current.location
        let first = try parseSubscriptItem()
        guard check(.comma) else { return first }
        var items = [first]
        while accept(.comma) {
            if check(.rbracket) { break }
            items.append(try parseSubscriptItem())
        }
        return .tuple(items, loc)
    }

    mutating func parseSubscriptItem() throws(SyntaxError) -> Expr {
        let loc = current.location
        var lower: Expr?
        if !check(.colon) {
            if check(.star) { advance(); return .starred(try parseBitOr(), loc) }
            lower = try parseNamedTest()
            if !check(.colon) { return lower! }
        }
        advance()
        var upper: Expr?
        if !check(.colon) && !check(.comma) && !check(.rbracket) { upper = try parseTest() }
        var step: Expr?
        if accept(.colon) {
            if !check(.comma) && !check(.rbracket) { step = try parseTest() }
        }
        return .slice(lower, upper, step, loc)
    }

    mutating func parseArguments() throws(SyntaxError) -> [Argument] {
        var args: [Argument] = []
        var seenKeyword = false
        while !check(.rparen) {
            let loc = current.location
            if accept(.star) {
                args.append(Argument(kind: .star, value: try parseTest()))
            } else if accept(.doubleStar) {
                args.append(Argument(kind: .doubleStar, value: try parseTest()))
                seenKeyword = true
            } else if case .name(let n) = kind, peekKind() == .op(.assign) {
                advance(); advance()
                args.append(Argument(kind: .keyword(n), value: try parseTest()))
                seenKeyword = true
            } else {
                let value = try parseNamedTest()
                if check(.for) {
                    let clauses = try parseComprehensionClauses()
                    args.append(Argument(kind: .positional, value: .generator(value, clauses, loc)))
                } else {
                    if seenKeyword {
                        throw SyntaxError("positional argument follows keyword argument", at: loc)
                    }
                    if case .op(.assign) = kind {
                        throw SyntaxError("expression cannot contain assignment, perhaps you meant \"==\"?", at: loc)
                    }
                    args.append(Argument(kind: .positional, value: value))
                }
            }
            if !accept(.comma) { break }
        }
        return args
    }

    mutating func parseComprehensionClauses() throws(SyntaxError) -> [ComprehensionClause] {
        var clauses: [ComprehensionClause] = []
        while accept(.for) {
            let target = try parseTargetList()
            guard accept(.in) else { throw error("expected 'in'") }
            let iterable = try parseOr()
            var conditions: [Expr] = []
            while accept(.if) { conditions.append(try parseTestNoCond()) }
            clauses.append(ComprehensionClause(target: target, iterable: iterable, conditions: conditions))
        }
        return clauses
    }

    mutating func parseAtom() throws(SyntaxError) -> Expr {
        let loc = current.location
        switch kind {
        case .name(let n): advance(); return .name(n, loc)
        case .int(let v): advance(); return .constant(.int(v), loc)
        case .bigInt(let digits, let radix): advance(); return .constant(.bigInt(digits, radix: radix), loc)
        case .float(let v): advance(); return .constant(.float(v), loc)
        case .imaginary(let v): advance(); return .constant(.imaginary(v), loc)
        case .string, .fstring: return try parseStrings()
        case .keyword(.None): advance(); return .constant(.none, loc)
        case .keyword(.True): advance(); return .constant(.bool(true), loc)
        case .keyword(.False): advance(); return .constant(.bool(false), loc)
        case .op(.ellipsis): advance(); return .constant(.ellipsis, loc)
        case .keyword(.yield): return try parseYield()
        case .op(.lparen):
            advance()
            if accept(.rparen) { return .tuple([], loc) }
            if check(.yield) {
                let y = try parseYield()
                try expect(.rparen)
                return y
            }
            let first = try parseStarOrTest()
            if check(.for) {
                let clauses = try parseComprehensionClauses()
                try expect(.rparen)
                return .generator(first, clauses, loc)
            }
            if accept(.rparen) {
                if case .starred = first { throw SyntaxError("cannot use starred expression here", at: loc) }
                return first
            }
            var items = [first]
            while accept(.comma) {
                if check(.rparen) { break }
                items.append(try parseStarOrTest())
            }
            try expect(.rparen)
            return .tuple(items, loc)
        case .op(.lbracket):
            advance()
            if accept(.rbracket) { return .list([], loc) }
            let first = try parseStarOrTest()
            if check(.for) {
                let clauses = try parseComprehensionClauses()
                try expect(.rbracket)
                return .listComp(first, clauses, loc)
            }
            var items = [first]
            while accept(.comma) {
                if check(.rbracket) { break }
                items.append(try parseStarOrTest())
            }
            try expect(.rbracket)
            return .list(items, loc)
        case .op(.lbrace):
            return try parseBraces()
        case .eof:
            throw SyntaxError("unexpected EOF while parsing", at: loc, incomplete: true)
        case .indent:
            throw SyntaxError("unexpected indent", at: loc, kind: "IndentationError")
        default:
            throw error("invalid syntax")
        }
    }

    mutating func parseBraces() throws(SyntaxError) -> Expr {
        let loc = current.location
        advance()
        if accept(.rbrace) { return .dict([], loc) }
        if accept(.doubleStar) {
            var entries: [(key: Expr?, value: Expr)] = [(nil, try parseBitOr())]
            try parseDictRest(&entries)
            return .dict(entries, loc)
        }
        let first = try parseStarOrTest()
        if accept(.colon) {
            let value = try parseTest()
            if check(.for) {
                let clauses = try parseComprehensionClauses()
                try expect(.rbrace)
                return .dictComp(first, value, clauses, loc)
            }
            var entries: [(key: Expr?, value: Expr)] = [(first, value)]
            try parseDictRest(&entries)
            return .dict(entries, loc)
        }
        if check(.for) {
            let clauses = try parseComprehensionClauses()
            try expect(.rbrace)
            return .setComp(first, clauses, loc)
        }
        var items = [first]
        while accept(.comma) {
            if check(.rbrace) { break }
            items.append(try parseStarOrTest())
        }
        try expect(.rbrace)
        return .set(items, loc)
    }

    mutating func parseDictRest(_ entries: inout [(key: Expr?, value: Expr)]) throws(SyntaxError) {
        while accept(.comma) {
            if check(.rbrace) { break }
            if accept(.doubleStar) {
                entries.append((nil, try parseBitOr()))
                continue
            }
            let key = try parseTest()
            try expect(.colon)
            entries.append((key, try parseTest()))
        }
        try expect(.rbrace)
    }

    mutating func parseYield() throws(SyntaxError) -> Expr {
        let loc = current.location
        advance()
        if accept(.from) { return .yieldFrom(try parseTest(), loc) }
        if isExpressionEnd || check(.rparen) { return .yield(nil, loc) }
        return .yield(try parseTestListStarred(), loc)
    }

    /// Adjacent string literals concatenate; any f-string among them makes the result an f-string.
    mutating func parseStrings() throws(SyntaxError) -> Expr {
        let loc = current.location
        var parts: [FStringPart] = []
        var isF = false
        var isBytes = false
        while true {
            switch kind {
            case .string(let s, let bytes):
                isBytes = isBytes || bytes
                parts.append(.literal(s))
            case .fstring(let body, let raw):
                isF = true
                parts.append(contentsOf: try parseFStringBody(body, raw: raw, at: current.location))
            default:
                if isF { return .fstring(parts, loc) }
                var text = ""
                for case .literal(let s) in parts { text += s }
                return .constant(isBytes ? .bytes(text) : .string(text), loc)
            }
            advance()
        }
    }
}
