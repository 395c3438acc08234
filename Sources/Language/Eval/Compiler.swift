/// Turns a syntax tree into a tree of Swift closures, with every name resolved to a slot.
/// One compiler instance per code unit (cell, function, class body); nested units get their
/// own. Expressions are in Compiler+Expressions.swift, statements in Compiler+Statements.swift
/// and so on, one construct per file.
final class Compiler {
    let interp: Interpreter
    let filename: String
    var scope: Scope
    let qualifiedPrefix: String
    /// The class whose body (or method) is being compiled, for zero-argument super().
    var currentClassHolder: ClassHolder?
    /// How many loops enclose the code being compiled, for `break`/`continue` checks.
    var loopDepth = 0
    /// The enclosing class's name, for private-name mangling (`self.__x` -> `_Cls__x`).
    var className: String?

    /// Python's private name mangling inside a class body and its methods.
    func mangle(_ name: String) -> String {
        guard let cls = className, name.hasPrefix("__"), !name.hasSuffix("__") else { return name }
        let stripped = cls.drop { $0 == "_" }
        return stripped.isEmpty ? name : "_" + stripped + name
    }

    /// The module-level namespace the code's global names resolve to: the session's for a
    /// cell, a module's own for the source of a bundled module (`collections`, `json`).
    let globals: Globals
    /// `__module__` of the functions and classes defined here ("__main__" for a cell).
    let moduleName: String

    init(interp: Interpreter, filename: String, scope: Scope, qualifiedPrefix: String,
         globals: Globals, moduleName: String) {
        self.interp = interp
        self.filename = filename
        self.scope = scope
        self.qualifiedPrefix = qualifiedPrefix
        self.globals = globals
        self.moduleName = moduleName
    }

    /// A compiler for a unit nested in this one (a function or class body): same file, same
    /// module namespace.
    func nested(scope: Scope, qualifiedPrefix: String) -> Compiler {
        Compiler(interp: interp, filename: filename, scope: scope, qualifiedPrefix: qualifiedPrefix,
                 globals: globals, moduleName: moduleName)
    }

    /// A compiled cell: its statements and, when the cell ends with an expression, that
    /// expression's code (the cell's result).
    struct CompiledCell {
        let info: CodeInfo
        let body: StmtCode
        let result: ExprCode?
    }

    static func compileCell(_ body: [Stmt], interp: Interpreter, filename: String,
                            globals: Globals? = nil, moduleName: String = "__main__") throws -> CompiledCell {
        let root = try ScopeBuilder.analyze(module: body)
        let compiler = Compiler(interp: interp, filename: filename, scope: root, qualifiedPrefix: "",
                                globals: globals ?? interp.globals, moduleName: moduleName)
        var statements = body
        var result: ExprCode?
        if case .expr(let e, let loc)? = statements.last {
            statements.removeLast()
            let code = try compiler.expr(e)
            let line = loc.line
            result = { f in
                f.line = line
                return try code(f)
            }
        }
        let block = try compiler.block(statements)
        let info = CodeInfo(name: "<module>", filename: filename, slotCount: root.slotTable.count)
        return CompiledCell(info: info, body: block, result: result)
    }

    /// Records the failing expression's column for the traceback's caret.
    @inline(__always)
    static func mark(_ e: PyError, _ column: Int) {
        if e.exception.pendingColumn == nil { e.exception.pendingColumn = column }
    }

    /// `e`, marked at `column`, to throw.
    static func marked(_ e: PyError, _ column: Int) -> PyError {
        mark(e, column)
        return e
    }
}
