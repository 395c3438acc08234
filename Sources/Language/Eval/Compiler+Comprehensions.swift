/// List, set and dict comprehensions and generator expressions. They run inline in the
/// enclosing frame, with their own slots, so no function call is paid per comprehension.
/// A generator expression is lazy, as in Python: its first iterable is evaluated when it is
/// created, everything else one element per `next()`.
extension Compiler {
    /// Compiles the clauses in the comprehension's scope; `emit` runs for each element.
    func comprehension(_ clauses: [ComprehensionClause], _ loc: SourceLocation,
                       element: (Compiler) throws -> (Frame) throws -> Void) throws -> (Frame) throws -> Void {
        let interp = self.interp
        let (compiled, emit) = try inComprehensionScope(clauses, loc) { try element($0) }
        let (firstIterable, cellSlots, levels) = (compiled.firstIterable, compiled.cellSlots, compiled.levels)
        func run(_ level: Int) -> (Frame, Value) throws -> Void {
            let assign = levels[level].assign
            let conditions = levels[level].conditions
            let hasConditions = !conditions.isEmpty
            // One condition (the usual `if x > 0`) is called from this closure's context, with no
            // retain; more go through the array.
            let onlyCondition = conditions.count == 1 ? conditions[0].run : nil
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
                    if let onlyCondition {
                        if !(try interp.isTruthy(onlyCondition(f))) { return }
                    } else if hasConditions {
                        for c in conditions where !(try interp.isTruthy(c.run(f))) { return }
                    }
                    try inner(f)
                }
                try Compiler.forEachElement(of: source, interp, body)
            }
        }
        let outer = run(0)
        return { f in
            for s in cellSlots { f.slots[s] = .object(PyCell(nil)) }
            try outer(f, try firstIterable(f))
        }
    }

    func listComprehension(_ elt: Expr, _ clauses: [ComprehensionClause], _ loc: SourceLocation) throws -> ExprCode {
        if let simple = try simpleListComprehension(elt, clauses, loc) { return simple }
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

    /// `[elt for name in iterable]` and `[elt for name in iterable if test]`, with a plain
    /// name and nothing captured by a nested function: one closure runs the whole loop and
    /// builds the list in a local array, with no per-element assignment, emit or accumulator
    /// calls. Other shapes return nil and take the general path.
    func simpleListComprehension(_ elt: Expr, _ clauses: [ComprehensionClause], _ loc: SourceLocation) throws -> ExprCode? {
        guard clauses.count == 1, clauses[0].conditions.count <= 1, case .name(let name, _) = clauses[0].target,
              let child = scope.children[Scope.key(loc, "comp")], child.cells.isEmpty, child.isLocal(name) else {
            return nil
        }
        let interp = self.interp
        let slot = child.slot(for: name)
        let (compiled, element) = try inComprehensionScope(clauses, loc) { try $0.expr(elt) }
        let first = compiled.firstIterable
        let onlyCondition = compiled.levels[0].conditions.first?.run
        return { f in
            let source = try first(f)
            var items: [Value] = []
            @inline(__always) func add(_ v: Value) throws {
                f.slots[slot] = v
                if let onlyCondition, !(try interp.isTruthy(onlyCondition(f))) { return }
                items.append(try element(f))
            }
            try Compiler.forEachElement(of: source, interp, add)
            return .list(items)
        }
    }

    /// Runs `body` on each element of a comprehension's source: ranges and plain lists are
    /// walked without an iterator object. Inlined, with its body, into each comprehension loop.
    @inline(__always)
    static func forEachElement(of source: Value, _ interp: Interpreter, _ body: (Value) throws -> Void) throws {
        // Each element checks the interrupt flag, as a loop's back-edge does: a filter that
        // rejects everything (`[x for x in range(10**12) if x < 0]`) runs no other check.
        if case .object(let o) = source, let r = o as? PyRange {
            var i = r.start
            while r.step > 0 ? i < r.stop : i > r.stop {
                try body(.int(i))
                if interp.interrupt.isSet { try interp.checkInterrupt() }
                let (next, overflow) = i.addingReportingOverflow(r.step)
                if overflow { break }
                i = next
            }
        } else if case .object(let o) = source, let l = o as? PyList {
            var i = 0
            while i < l.items.count {
                try body(l.items[i])
                if interp.interrupt.isSet { try interp.checkInterrupt() }
                i += 1
            }
        } else {
            let it = try interp.iterator(source)
            while let v = try it.next(interp) {
                try body(v)
                if interp.interrupt.isSet { try interp.checkInterrupt() }
            }
        }
    }

    /// Compiles a comprehension's clauses, and with `element` its element, in its own scope. The
    /// first iterable belongs to the enclosing scope, as in Python.
    func inComprehensionScope<Element>(_ clauses: [ComprehensionClause], _ loc: SourceLocation,
                                       element: (Compiler) throws -> Element) throws -> (CompiledClauses, Element) {
        guard let first = clauses.first, let child = scope.children[Scope.key(loc, "comp")] else {
            throw SyntaxError("internal: no scope for comprehension", at: loc)
        }
        let firstIterable = try expr(first.iterable)
        let saved = scope
        scope = child
        defer { scope = saved }
        let cellSlots = child.bound.filter { child.cells.contains($0) }.map { child.slot(for: $0) }
        let levels = try clauses.enumerated().map { i, clause in
            ComprehensionLevel(iterable: i == 0 ? nil : try expr(clause.iterable), assign: try target(clause.target),
                               conditions: try clause.conditions.map { ExprBox(run: try expr($0)) })
        }
        return (CompiledClauses(firstIterable: firstIterable, cellSlots: cellSlots, levels: levels), try element(self))
    }

    func generatorExpression(_ elt: Expr, _ clauses: [ComprehensionClause], _ loc: SourceLocation) throws -> ExprCode {
        let interp = self.interp
        let (compiled, element) = try inComprehensionScope(clauses, loc) { try $0.expr(elt) }
        let (firstIterable, cellSlots, levels) = (compiled.firstIterable, compiled.cellSlots, compiled.levels)
        return { f in
            for s in cellSlots { f.slots[s] = .object(PyCell(nil)) }
            // One live iterator per nested `for`; the innermost is advanced first.
            var stack: [PyIterator] = [try interp.iterator(try firstIterable(f))]
            return .object(PyIterator { interp in
                do {
                    while let top = stack.last {
                        if interp.interrupt.isSet { try interp.checkInterrupt() }
                        guard let v = try top.next(interp) else {
                            stack.removeLast()
                            continue
                        }
                        let level = levels[stack.count - 1]
                        try level.assign(f, v)
                        if try !level.conditions.allSatisfy({ try interp.isTruthy($0.run(f)) }) { continue }
                        if stack.count < levels.count, let nextIterable = levels[stack.count].iterable {
                            stack.append(try interp.iterator(try nextIterable(f)))
                            continue
                        }
                        return try element(f)
                    }
                    return nil
                } catch {
                    stack.removeAll()  // a generator that raised is finished
                    throw error
                }
            })
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

/// A comprehension's clauses compiled: the first iterable (evaluated in the enclosing scope),
/// the slots that get fresh cells, and one level per `for`.
struct CompiledClauses {
    let firstIterable: ExprCode
    let cellSlots: [Int]
    let levels: [ComprehensionLevel]
}

/// One `for … in … if …` clause of a comprehension.
struct ComprehensionLevel {
    let iterable: ExprCode?
    let assign: Compiler.Store
    let conditions: [ExprBox]
}

/// The results being built by a running comprehension; a stack because a comprehension's
/// element may itself run the same comprehension (recursion).
final class ListAccumulator {
    var stack: [[Value]] = []
}

final class DictAccumulator {
    var stack: [PyDict] = []
}
