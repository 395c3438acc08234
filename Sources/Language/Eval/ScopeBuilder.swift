/// Walks the syntax tree once to build the Scope tree (bindings and uses), then resolves
/// captures. Nested scopes are keyed by their source location.
struct ScopeBuilder {
    var current: Scope
    var expressionDepth = 0
    /// Long operator chains (`1+1+…`) nest deeply; CPython stops them at compile time too.
    static let maxExpressionDepth = 2000

    static func analyze(module body: [Stmt]) throws -> Scope {
        let root = Scope(kind: .module, parent: nil, name: "<module>")
        var builder = ScopeBuilder(current: root)
        for s in body { try builder.visit(s) }
        try root.resolveCaptures()
        return root
    }

    mutating func enter(_ kind: Scope.Kind, _ name: String, key: String, _ body: (inout ScopeBuilder) throws -> Void) rethrows {
        let scope = Scope(kind: kind, parent: current, name: name)
        current.children[key] = scope
        let saved = current
        current = scope
        try body(&self)
        current = saved
    }

    mutating func bindTarget(_ e: Expr) throws {
        switch e {
        case .name(let n, _): current.bind(n)
        case .tuple(let items, _), .list(let items, _): for i in items { try bindTarget(i) }
        case .starred(let inner, _): try bindTarget(inner)
        case .attribute(let obj, _, _): try visit(obj)
        case .subscription(let obj, let index, _): try visit(obj); try visit(index)
        default: try visit(e)
        }
    }

    mutating func visitParameters(_ p: Parameters) throws {
        for param in p.positionalOnly + p.regular + p.keywordOnly {
            if let d = param.defaultValue { try visit(d) }
        }
        for a in Compiler.annotations(of: p) { try visit(a.annotation) }
    }

    func parameterNames(_ p: Parameters) -> [String] {
        var names = (p.positionalOnly + p.regular).map(\.name)
        if let v = p.varArgs { names.append(v) }
        names += p.keywordOnly.map(\.name)
        if let k = p.varKeywords { names.append(k) }
        return names
    }

    mutating func visit(_ s: Stmt) throws {
        switch s {
        case .expr(let e, _): try visit(e)
        case .assign(let targets, let value, _):
            try visit(value)
            for t in targets { try bindTarget(t) }
        case .augAssign(let t, _, let v, _):
            try visit(v)
            if case .name(let n, _) = t { current.used.insert(n) }
            try bindTarget(t)
        case .annAssign(let t, let ann, let v, _):
            try visit(ann)
            if let v = v { try visit(v); try bindTarget(t) }
        case .if(let test, let body, let orElse, _):
            try visit(test)
            for b in body + orElse { try visit(b) }
        case .while(let test, let body, let orElse, _):
            try visit(test)
            for b in body + orElse { try visit(b) }
        case .for(let target, let iterable, let body, let orElse, _):
            try visit(iterable)
            try bindTarget(target)
            for b in body + orElse { try visit(b) }
        case .break, .continue, .pass: break
        case .return(let v, _): if let v = v { try visit(v) }
        case .functionDef(let name, let params, let body, let decorators, _, let loc):
            for d in decorators { try visit(d) }
            try visitParameters(params)
            current.bind(name)
            let names = parameterNames(params)
            try enter(.function, name, key: Scope.key(loc, "def")) { b in
                b.current.params = names
                for n in names { b.current.bind(n) }
                for st in body { try b.visit(st) }
            }
        case .classDef(let name, let bases, let body, let decorators, _, let loc):
            for d in decorators { try visit(d) }
            for a in bases { try visit(a.value) }
            current.bind(name)
            try enter(.classBody, name, key: Scope.key(loc, "class")) { b in
                for st in body { try b.visit(st) }
            }
        case .try(let body, let handlers, let orElse, let finally, _):
            for b in body { try visit(b) }
            for h in handlers {
                if let t = h.type { try visit(t) }
                if let n = h.name { current.bind(n) }
                for b in h.body { try visit(b) }
            }
            for b in orElse + finally { try visit(b) }
        case .raise(let e, let cause, _):
            if let e = e { try visit(e) }
            if let c = cause { try visit(c) }
        case .with(let items, let body, _):
            for item in items {
                try visit(item.context)
                if let t = item.target { try bindTarget(t) }
            }
            for b in body { try visit(b) }
        case .import(let names, _):
            for n in names { current.bind(n.asName ?? String(n.name.split(separator: ".").first ?? "")) }
        case .importFrom(_, let names, _):
            for n in names where n.name != "*" { current.bind(n.asName ?? n.name) }
        case .global(let names, let loc):
            if current.kind == .module { return }
            for n in names {
                if current.params.contains(n) { throw SyntaxError("name '\(n)' is parameter and global", at: loc) }
                current.globals.insert(n)
            }
        case .nonlocal(let names, let loc):
            if current.kind == .module { throw SyntaxError("nonlocal declaration not allowed at module level", at: loc) }
            for n in names { current.nonlocals.insert(n) }
        case .delete(let targets, _):
            for t in targets { try bindTarget(t) }
        case .assert(let test, let message, _):
            try visit(test)
            if let m = message { try visit(m) }
        }
    }

    mutating func visit(_ e: Expr) throws {
        expressionDepth += 1
        defer { expressionDepth -= 1 }
        if expressionDepth > ScopeBuilder.maxExpressionDepth {
            throw PyError.recursion("maximum recursion depth exceeded during compilation")
        }
        switch e {
        case .constant: break
        case .name(let n, _): current.used.insert(n)
        case .fstring(let parts, _): try visitFString(parts)
        case .tuple(let items, _), .list(let items, _), .set(let items, _): for i in items { try visit(i) }
        case .dict(let entries, _):
            for (k, v) in entries {
                if let k = k { try visit(k) }
                try visit(v)
            }
        case .starred(let inner, _): try visit(inner)
        case .attribute(let obj, _, _): try visit(obj)
        case .subscription(let obj, let index, _): try visit(obj); try visit(index)
        case .slice(let a, let b, let c, _):
            for part in [a, b, c] { if let p = part { try visit(p) } }
        case .call(let f, let args, _):
            try visit(f)
            for a in args { try visit(a.value) }
        case .binary(_, let l, let r, _): try visit(l); try visit(r)
        case .unary(_, let v, _): try visit(v)
        case .boolOp(_, let items, _): for i in items { try visit(i) }
        case .compare(let first, let rest, _):
            try visit(first)
            for (_, r) in rest { try visit(r) }
        case .ifExp(let t, let b, let o, _): try visit(t); try visit(b); try visit(o)
        case .lambda(let params, let body, let loc):
            try visitParameters(params)
            let names = parameterNames(params)
            try enter(.function, "<lambda>", key: Scope.key(loc, "lambda")) { b in
                b.current.params = names
                for n in names { b.current.bind(n) }
                try b.visit(body)
            }
        case .listComp(let elt, let clauses, let loc), .setComp(let elt, let clauses, let loc),
             .generator(let elt, let clauses, let loc):
            try visitComprehension(clauses, loc: loc) { b in try b.visit(elt) }
        case .dictComp(let k, let v, let clauses, let loc):
            try visitComprehension(clauses, loc: loc) { b in try b.visit(k); try b.visit(v) }
        case .yield(let v, let loc):
            try checkYieldInFunction(loc)
            current.isGenerator = true
            if let v = v { try visit(v) }
        case .yieldFrom(let v, let loc):
            try checkYieldInFunction(loc)
            current.isGenerator = true
            try visit(v)
        case .walrus(let name, let value, _):
            try visit(value)
            // Assignment expressions in a comprehension bind in the enclosing function.
            var target = current
            while target.kind == .comprehension, let p = target.parent { target = p }
            target.bind(name)
            current.used.insert(name)
        }
    }

    mutating func visitFString(_ parts: [FStringPart]) throws {
        for part in parts {
            if case .field(let e, _, let spec, _) = part {
                try visit(e)
                if let spec = spec { try visitFString(spec) }
            }
        }
    }

    mutating func visitComprehension(_ clauses: [ComprehensionClause], loc: SourceLocation,
                                     element: (inout ScopeBuilder) throws -> Void) throws {
        guard let first = clauses.first else { return }
        try visit(first.iterable)
        try enter(.comprehension, "<comprehension>", key: Scope.key(loc, "comp")) { b in
            for (i, clause) in clauses.enumerated() {
                if i > 0 { try b.visit(clause.iterable) }
                try b.bindTarget(clause.target)
                for c in clause.conditions { try b.visit(c) }
            }
            try element(&b)
        }
    }

    /// `yield` makes a function a generator; at module or class level it is CPython's
    /// compile-time SyntaxError, which `is_complete` reports as invalid.
    func checkYieldInFunction(_ loc: SourceLocation) throws(SyntaxError) {
        if current.kind == .module || current.kind == .classBody {
            throw SyntaxError("'yield' outside function", at: loc)
        }
    }
}

extension Scope {
    /// Marks captured variables as cells in their defining scope and as free in every function
    /// between the use and the definition. Runs over the whole tree.
    func resolveCaptures() throws {
        for name in used.union(nonlocals) where !isLocal(name) && !globals.contains(name) {
            if kind == .module { continue }
            try capture(name, requireBinding: nonlocals.contains(name))
        }
        for child in children.values { try child.resolveCaptures() }
    }

    /// Finds where `name` is defined for a use in this scope, marking cells and frees.
    /// Class bodies are crossed but never define names for nested scopes.
    func capture(_ name: String, requireBinding: Bool) throws {
        var crossed: [Scope] = []
        if kind == .function || kind == .classBody { crossed.append(self) }
        var scope: Scope = self
        while let p = scope.parent {
            if p.kind == .module { break }
            if p.kind == .classBody {
                crossed.append(p)
                scope = p
                continue
            }
            if p.globals.contains(name) { break }
            if p.isLocal(name) {
                let boundaryCrossed = crossed.contains { $0.frameOwner !== p.frameOwner }
                if boundaryCrossed {
                    p.cells.insert(name)
                    for f in crossed where f.frameOwner !== p.frameOwner && !f.frees.contains(name) {
                        f.frees.append(name)
                    }
                }
                return
            }
            if p.kind == .function { crossed.append(p) }
            scope = p
        }
        if requireBinding {
            throw SyntaxError("no binding for nonlocal '\(name)' found", at: SourceLocation(line: 1, column: 0))
        }
    }
}
