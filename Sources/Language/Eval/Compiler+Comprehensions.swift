/// List, set and dict comprehensions and generator expressions. They run inline in the
/// enclosing frame, with their own slots, so no function call is paid per comprehension.
/// A generator expression is evaluated eagerly into an iterator: the values and their order
/// match Python's; an infinite or side-effect-driven generator expression does not.
extension Compiler {
    /// Compiles the clauses in the comprehension's scope; `emit` runs for each element.
    func comprehension(_ clauses: [ComprehensionClause], _ loc: SourceLocation,
                       element: (Compiler) throws -> (Frame) throws -> Void) throws -> (Frame) throws -> Void {
        let interp = self.interp
        guard let first = clauses.first, let child = scope.children[Scope.key(loc, "comp")] else {
            throw SyntaxError("internal: no scope for comprehension", at: loc)
        }
        let firstIterable = try expr(first.iterable)
        let saved = scope
        scope = child
        defer { scope = saved }
        let cellSlots = child.bound.filter { child.cells.contains($0) }.map { child.slot(for: $0) }
        struct Level { let iterable: ExprCode?; let assign: Store; let conditions: [ExprBox] }
        var levels: [Level] = []
        for (i, clause) in clauses.enumerated() {
            let iterable = i == 0 ? nil : try expr(clause.iterable)
            let assign = try target(clause.target)
            let conditions = try clause.conditions.map { ExprBox(run: try expr($0)) }
            levels.append(Level(iterable: iterable, assign: assign, conditions: conditions))
        }
        let emit = try element(self)
        func run(_ level: Int) -> (Frame, Value) throws -> Void {
            let assign = levels[level].assign
            let conditions = levels[level].conditions
            let hasConditions = !conditions.isEmpty
            let inner: (Frame) throws -> Void
            if level + 1 < levels.count, let nextIterable = levels[level + 1].iterable {
                let next = run(level + 1)
                inner = { f in try next(f, try nextIterable(f)) }
            } else {
                inner = emit
            }
            return { f, source in
                @inline(__always) func body(_ v: Value) throws {
                    try assign(f, v)
                    if hasConditions {
                        for c in conditions where !(try interp.isTruthy(c.run(f))) { return }
                    }
                    try inner(f)
                }
                if case .object(let o) = source, let r = o as? PyRange {
                    var i = r.start
                    while r.step > 0 ? i < r.stop : i > r.stop {
                        try body(.int(i))
                        i += r.step
                    }
                } else if case .object(let o) = source, let l = o as? PyList {
                    var i = 0
                    while i < l.items.count {
                        try body(l.items[i])
                        i += 1
                    }
                } else {
                    let it = try interp.iterator(source)
                    while let v = try it.next(interp) { try body(v) }
                }
                if interp.interrupt.isSet { try interp.checkInterrupt() }
            }
        }
        let outer = run(0)
        return { f in
            for s in cellSlots { f.slots[s] = .object(PyCell(nil)) }
            try outer(f, try firstIterable(f))
        }
    }

    func listComprehension(_ elt: Expr, _ clauses: [ComprehensionClause], _ loc: SourceLocation) throws -> ExprCode {
        let accumulator = ListAccumulator()
        let loop = try comprehension(clauses, loc) { c in
            let e = try c.expr(elt)
            return { f in accumulator.stack[accumulator.stack.count - 1].append(try e(f)) }
        }
        return { f in
            accumulator.stack.append([])
            defer { accumulator.stack.removeLast() }
            try loop(f)
            return .list(accumulator.stack[accumulator.stack.count - 1])
        }
    }

    func generatorExpression(_ elt: Expr, _ clauses: [ComprehensionClause], _ loc: SourceLocation) throws -> ExprCode {
        let list = try listComprehension(elt, clauses, loc)
        return { f in
            guard case .object(let o) = try list(f), let l = o as? PyList else { return .none }
            return .object(PyIterator(values: l.items))
        }
    }

    func setComprehension(_ elt: Expr, _ clauses: [ComprehensionClause], _ loc: SourceLocation) throws -> ExprCode {
        let interp = self.interp
        let list = try listComprehension(elt, clauses, loc)
        return { f in
            let s = PySet()
            if case .object(let o) = try list(f), let l = o as? PyList {
                for v in l.items { s.insert(try interp.hashKey(v)) }
            }
            return .object(s)
        }
    }

    func dictComprehension(_ key: Expr, _ value: Expr, _ clauses: [ComprehensionClause], _ loc: SourceLocation) throws -> ExprCode {
        let interp = self.interp
        let holder = DictAccumulator()
        let loop = try comprehension(clauses, loc) { c in
            let k = try c.expr(key), v = try c.expr(value)
            return { f in
                let kv = try k(f)
                let vv = try v(f)
                holder.stack[holder.stack.count - 1][try interp.hashKey(kv)] = vv
            }
        }
        return { f in
            holder.stack.append(PyDict())
            defer { holder.stack.removeLast() }
            try loop(f)
            return .object(holder.stack[holder.stack.count - 1])
        }
    }
}

/// The results being built by a running comprehension; a stack because a comprehension's
/// element may itself run the same comprehension (recursion).
final class ListAccumulator {
    var stack: [[Value]] = []
}

final class DictAccumulator {
    var stack: [PyDict] = []
}
