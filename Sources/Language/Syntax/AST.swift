/// The syntax tree the parser builds: plain values, no behaviour. The compiler
/// (Eval/Compiler*.swift) resolves names to slots and turns it into executable code.
public indirect enum Expr: Sendable {
    case constant(Constant, SourceLocation)
    case name(String, SourceLocation)
    case fstring([FStringPart], SourceLocation)
    case tuple([Expr], SourceLocation)
    case list([Expr], SourceLocation)
    case set([Expr], SourceLocation)
    /// Keys are nil for `**mapping` entries.
    case dict([(key: Expr?, value: Expr)], SourceLocation)
    case starred(Expr, SourceLocation)
    case attribute(Expr, String, SourceLocation)
    case subscription(Expr, Expr, SourceLocation)
    case slice(Expr?, Expr?, Expr?, SourceLocation)
    case call(Expr, [Argument], SourceLocation)
    case binary(BinaryOp, Expr, Expr, SourceLocation)
    case unary(UnaryOp, Expr, SourceLocation)
    case boolOp(isAnd: Bool, [Expr], SourceLocation)
    case compare(Expr, [(CompareOp, Expr)], SourceLocation)
    case ifExp(test: Expr, body: Expr, orElse: Expr, SourceLocation)
    case lambda(Parameters, Expr, SourceLocation)
    case listComp(Expr, [ComprehensionClause], SourceLocation)
    case setComp(Expr, [ComprehensionClause], SourceLocation)
    case dictComp(Expr, Expr, [ComprehensionClause], SourceLocation)
    case generator(Expr, [ComprehensionClause], SourceLocation)
    case yield(Expr?, SourceLocation)
    case yieldFrom(Expr, SourceLocation)
    case walrus(String, Expr, SourceLocation)

    public var location: SourceLocation {
        switch self {
        case .constant(_, let l), .name(_, let l), .fstring(_, let l), .tuple(_, let l), .list(_, let l),
             .set(_, let l), .dict(_, let l), .starred(_, let l), .attribute(_, _, let l),
             .subscription(_, _, let l), .slice(_, _, _, let l), .call(_, _, let l), .binary(_, _, _, let l),
             .unary(_, _, let l), .boolOp(_, _, let l), .compare(_, _, let l), .ifExp(_, _, _, let l),
             .lambda(_, _, let l), .listComp(_, _, let l), .setComp(_, _, let l), .dictComp(_, _, _, let l),
             .generator(_, _, let l), .yield(_, let l), .yieldFrom(_, let l), .walrus(_, _, let l):
            return l
        }
    }
}

public enum Constant: Sendable {
    case none, bool(Bool), int(Int), float(Double), string(String), bytes(String), ellipsis
    /// An int literal beyond 64 bits: digits and radix, made into an int when compiled.
    case bigInt(String, radix: Int)
    case imaginary(Double)
}

public enum FStringPart: Sendable {
    case literal(String)
    /// `{expr!conversion:spec}`; the spec may itself contain replacement fields.
    case field(Expr, conversion: Character?, spec: [FStringPart]?, debugText: String?)
}

public struct Argument: Sendable {
    public enum Kind: Sendable { case positional, keyword(String), star, doubleStar }
    public var kind: Kind
    public var value: Expr
}

public struct Parameter: Sendable {
    public var name: String
    public var defaultValue: Expr?
    public var location: SourceLocation
    public var annotation: Expr? = nil
}

/// `def f(a, b=1, /, c=2, *args, d, e=3, **kwargs)`
public struct Parameters: Sendable {
    public var positionalOnly: [Parameter] = []
    public var regular: [Parameter] = []
    public var varArgs: String?
    public var keywordOnly: [Parameter] = []
    public var varKeywords: String?
    /// `*args: int`, `**kwargs: str` and `-> float` (a function's `__annotations__`).
    public var varArgsAnnotation: Expr?
    public var varKeywordsAnnotation: Expr?
    public var returnAnnotation: Expr?
    public init() {}
}

public struct ComprehensionClause: Sendable {
    public var target: Expr
    public var iterable: Expr
    public var conditions: [Expr]
}

public enum BinaryOp: String, Sendable {
    case add = "+", sub = "-", mul = "*", truediv = "/", floordiv = "//", mod = "%", pow = "**"
    case matmul = "@", and = "&", or = "|", xor = "^", lshift = "<<", rshift = ">>"
}

public enum UnaryOp: String, Sendable { case neg = "-", pos = "+", invert = "~", not = "not" }

public enum CompareOp: String, Sendable {
    case lt = "<", le = "<=", gt = ">", ge = ">=", eq = "==", ne = "!="
    case `in` = "in", notIn = "not in", `is` = "is", isNot = "is not"
}

public struct ExceptHandler: Sendable {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var location: SourceLocation
}

public struct WithItem: Sendable {
    public var context: Expr
    public var target: Expr?
}

public struct ImportName: Sendable {
    public var name: String
    public var asName: String?
}

public indirect enum Stmt: Sendable {
    case expr(Expr, SourceLocation)
    case assign(targets: [Expr], value: Expr, SourceLocation)
    case augAssign(Expr, BinaryOp, Expr, SourceLocation)
    case annAssign(Expr, annotation: Expr, value: Expr?, SourceLocation)
    case `if`(Expr, [Stmt], orElse: [Stmt], SourceLocation)
    case `while`(Expr, [Stmt], orElse: [Stmt], SourceLocation)
    case `for`(target: Expr, iterable: Expr, body: [Stmt], orElse: [Stmt], SourceLocation)
    case `break`(SourceLocation)
    case `continue`(SourceLocation)
    case pass(SourceLocation)
    case `return`(Expr?, SourceLocation)
    case functionDef(name: String, Parameters, body: [Stmt], decorators: [Expr], docstring: String?, SourceLocation)
    case classDef(name: String, bases: [Argument], body: [Stmt], decorators: [Expr], docstring: String?, SourceLocation)
    case `try`(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt], SourceLocation)
    case raise(Expr?, cause: Expr?, SourceLocation)
    case with([WithItem], body: [Stmt], SourceLocation)
    case `import`([ImportName], SourceLocation)
    case importFrom(module: String, names: [ImportName], SourceLocation)
    case global([String], SourceLocation)
    case nonlocal([String], SourceLocation)
    case delete([Expr], SourceLocation)
    case assert(Expr, message: Expr?, SourceLocation)

    public var location: SourceLocation {
        switch self {
        case .expr(_, let l), .assign(_, _, let l), .augAssign(_, _, _, let l), .annAssign(_, _, _, let l),
             .if(_, _, _, let l), .while(_, _, _, let l), .for(_, _, _, _, let l), .break(let l),
             .continue(let l), .pass(let l), .return(_, let l), .functionDef(_, _, _, _, _, let l),
             .classDef(_, _, _, _, _, let l), .try(_, _, _, _, let l), .raise(_, _, let l), .with(_, _, let l),
             .import(_, let l), .importFrom(_, _, let l), .global(_, let l), .nonlocal(_, let l),
             .delete(_, let l), .assert(_, _, let l):
            return l
        }
    }
}
