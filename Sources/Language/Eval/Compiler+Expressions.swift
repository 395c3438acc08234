/// Expressions: constants, operators, attribute and subscript access, displays.
extension Compiler {
    func expr(_ e: Expr) throws -> ExprCode {
        let interp = self.interp
        switch e {
        case .constant(let c, let loc):
            let v = try constant(c, loc)
            return { _ in v }
        case .name(let n, let loc):
            return load(n, loc)
        case .fstring(let parts, _):
            return try fstring(parts)
        case .tuple(let items, _):
            if items.contains(where: { if case .starred = $0 { return true }; return false }) {
                let build = try sequenceBuilder(items)
                return { f in .tuple(try build(f)) }
            }
            let codes = try items.map { ExprBox(run: try expr($0)) }
            return { f in
                var values: [Value] = []
                values.reserveCapacity(codes.count)
                for c in codes { values.append(try c.run(f)) }
                return .tuple(values)
            }
        case .list(let items, _):
            let build = try sequenceBuilder(items)
            return { f in .list(try build(f)) }
        case .set(let items, _):
            let build = try sequenceBuilder(items)
            return { f in
                let s = PySet()
                for v in try build(f) { s.insert(try interp.hashKey(v)) }
                return .object(s)
            }
        case .dict(let entries, _):
            let codes = try entries.map { (key: try $0.key.map { try expr($0) }, value: try expr($0.value)) }
            return { f in
                let d = PyDict()
                for (k, v) in codes {
                    if let k = k {
                        let key = try k(f)
                        d[try interp.hashKey(key)] = try v(f)
                    } else {
                        let other = try v(f)
                        try interp.mergeMapping(into: d, other)
                    }
                }
                return .object(d)
            }
        case .starred(_, let loc):
            throw SyntaxError("can't use starred expression here", at: loc)
        case .attribute(let obj, let name, let loc):
            let o = try operand(obj)
            let sym = Symbol(mangle(name))
            let column = loc.column
            let site = AttributeSite(sym)
            return { f in
                // `self.x`: the receiver is borrowed from its variable's slot, no retain of it.
                if let receiver = o.place(f)?.borrowedObject,
                   let value = receiver._withUnsafeGuaranteedRef({ site.read(object: $0) }) {
                    return value
                }
                let v = try o.read(f)
                if let value = site.read(v) { return value }
                do { return try interp.getAttribute(v, sym) } catch let e as PyError { Compiler.mark(e, column); throw e }
            }
        case .subscription(let obj, .slice(let a, let b, let c, _), let loc):
            return try sliceSubscription(obj, (a, b, c), loc)
        case .subscription(let obj, let index, let loc):
            let o = try operand(obj)
            let i = try operand(index)
            let column = loc.column
            let chain = intChain(index)
            let general: ExprCode = { f in
                let container = try o.read(f)
                let key: Value
                if let chain, let n = chain.evaluate(f) { key = .int(n) } else { key = try i.read(f) }
                do {
                    // Plain lists with an int index and plain dicts skip getItem's chain of casts.
                    if case .object(let obj) = container {
                        if case .int(let n) = key, let l = obj.asPlainList, n >= 0, n < l.items.count {
                            return l.items[n]
                        }
                        if let d = obj.asPlainDict {
                            if let v = d[try interp.hashKey(key)] { return v }
                            throw PyError.key(key)
                        }
                    }
                    return try interp.getItem(container, key)
                } catch let e as PyError { Compiler.mark(e, column); throw e }
            }
            guard o.isVariable else { return general }
            // `xs[i]` with a local index is a list item too: an int chain of no steps.
            let listIndex = chain ?? localSlot(index).map { IntChain(slot: $0, operation: .add, constant: 0, rest: []) }
            let dictSite = i.isVariable ? DictStrKeySite(receiver: o, key: i) : nil
            switch (listIndex.map { ListItemSite(container: o, index: $0) }, dictSite) {
            case (let listSite?, let dictSite?):
                // `table[k]` with a local `k`: a list and an int, or a dict and a str.
                return { f in
                    if let item = listSite.item(f) { return item }
                    if let value = dictSite.get(f, fallback: nil) { return value }
                    return try general(f)
                }
            case (let listSite?, nil):
                return { f in
                    if let item = listSite.item(f) { return item }
                    return try general(f)
                }
            case (nil, let dictSite?):
                // `counts[w]` with a global `w`: a dict and a str, both borrowed in place.
                return { f in
                    if let value = dictSite.get(f, fallback: nil) { return value }
                    return try general(f)
                }
            case (nil, nil):
                return general
            }
        case .slice(let a, let b, let c, _):
            // Absent bounds compile to a constant None: no optional closures on the hot path.
            func bound(_ e: Expr?) throws -> ExprCode { try e.map { try expr($0) } ?? { _ in Value.none } }
            let start = try bound(a), stop = try bound(b), step = try bound(c)
            return { f in
                let lower = try start(f), upper = try stop(f)
                return .object(PySlice(start: lower, stop: upper, step: try step(f)))
            }
        case .call(let callee, let args, let loc):
            return try call(callee, args, loc)
        case .binary(let op, let l, let r, let loc):
            if op == .add, case .binary(.add, let ll, let lr, let innerLoc) = l {
                if case .constant = r {} else {
                    return try threeWayAdd(ll, lr, innerColumn: innerLoc.column, r, outerColumn: loc.column)
                }
            }
            let lc = try expr(l), rc = try expr(r)
            let column = loc.column
            if case .constant(.int(let k), _) = r, let operation = LocalIntOperation(op, k) {
                // `n - 1`, `i * 3`, `i % 8`: the int case without calling out.
                let applied = operation.operand(k)
                let general: ExprCode = { f in
                    let a = try lc(f)
                    if case .int(let x) = a, let v = operation.apply(x, applied) { return .int(v) }
                    do { return try interp.binary(op, a, .int(k)) } catch let e as PyError { Compiler.mark(e, column); throw e }
                }
                if let chain = intChain(e) {
                    if chain.rest.isEmpty {
                        // One step (`n - 1`): the closure captures just that step, which keeps
                        // the hottest case of recursive calls as cheap as it can be.
                        let (slot, operation, k) = (chain.slot, chain.operation, chain.constant)
                        return { f in
                            if case .int(let x)? = f.slots[slot], let r = operation.apply(x, k) { return .int(r) }
                            return try general(f)
                        }
                    }
                    return { f in
                        if let n = chain.evaluate(f) { return .int(n) }
                        return try general(f)
                    }
                }
                return general
            }
            if op == .add {
                // `a + b` on two ints or two strs is done here; floats take binary's fast path.
                return { f in
                    let a = try lc(f)
                    let b = try rc(f)
                    if case .object(let x) = a, case .object(let y) = b, let s = x.asPlainStr, let t = y.asPlainStr {
                        return .str(s.value + t.value)
                    }
                    return try Compiler.add(a, b, interp, column: column)
                }
            }
            return { f in
                let a = try lc(f)
                let b = try rc(f)
                do { return try interp.binary(op, a, b) } catch let e as PyError { Compiler.mark(e, column); throw e }
            }
        case .unary(let op, let v, let loc):
            let c = try expr(v)
            let column = loc.column
            if op == .not {
                let test = try condition(v)
                return { f in .bool(!(try test(f))) }
            }
            return { f in
                let x = try c(f)
                do { return try interp.unary(op, x) } catch let e as PyError { Compiler.mark(e, column); throw e }
            }
        case .boolOp(let isAnd, let items, _):
            let codes = try items.map { ExprBox(run: try expr($0)) }
            return { f in
                var v: Value = .none
                for c in codes {
                    v = try c.run(f)
                    if try interp.isTruthy(v) != isAnd { return v }
                }
                return v
            }
        case .compare(let first, let rest, let loc):
            return try compare(first, rest, loc)
        case .ifExp(let test, let body, let orElse, _):
            let t = try condition(test), b = try expr(body), o = try expr(orElse)
            return { f in try t(f) ? try b(f) : try o(f) }
        case .lambda(let params, let body, let loc):
            return try lambda(params, body, loc)
        case .listComp(let elt, let clauses, let loc):
            return try listComprehension(elt, clauses, loc)
        case .setComp(let elt, let clauses, let loc):
            return try setComprehension(elt, clauses, loc)
        case .dictComp(let k, let v, let clauses, let loc):
            return try dictComprehension(k, v, clauses, loc)
        case .generator(let elt, let clauses, let loc):
            return try generatorExpression(elt, clauses, loc)
        case .yield(let v, let loc):
            return try yieldExpression(v, loc)
        case .yieldFrom(let v, let loc):
            return try yieldFrom(v, loc)
        case .walrus(let name, let value, _):
            let c = try expr(value)
            let target = walrusScopeStore(name)
            return { f in
                let v = try c(f)
                target(f, v)
                return v
            }
        }
    }

    /// `:=` binds in the nearest enclosing non-comprehension scope.
    func walrusScopeStore(_ name: String) -> (Frame, Value) -> Void {
        let saved = scope
        while scope.kind == .comprehension, let p = scope.parent { scope = p }
        defer { scope = saved }
        return store(name)
    }

    func constant(_ c: Constant, _ loc: SourceLocation) throws -> Value {
        switch c {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigInt(let digits, let radix): return try PyBigInt.parse(digits: digits, radix: radix, negative: false)
        case .float(let d): return .float(d)
        case .string(let s): return .str(s)
        // The lexer keeps a bytes literal's escapes (\xff) as code points below 256, one per byte.
        case .bytes(let s): return .object(PyBytes(s.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }))
        case .ellipsis: return .object(PyEllipsis.shared.value)
        case .imaginary:
            throw SyntaxError("complex numbers are not supported in Cellgrad Python", at: loc)
        }
    }

    /// Evaluates display items, expanding `*iterable` entries.
    func sequenceBuilder(_ items: [Expr]) throws -> (Frame) throws -> [Value] {
        let interp = self.interp
        let codes: [(starred: Bool, code: ExprCode)] = try items.map { item in
            if case .starred(let inner, _) = item { return (true, try expr(inner)) }
            return (false, try expr(item))
        }
        return { f in
            var values: [Value] = []
            values.reserveCapacity(codes.count)
            for (starred, c) in codes {
                if starred { values.append(contentsOf: try interp.iterateToArray(c(f))) } else { values.append(try c(f)) }
            }
            return values
        }
    }

    func compare(_ first: Expr, _ rest: [(CompareOp, Expr)], _ loc: SourceLocation) throws -> ExprCode {
        let interp = self.interp
        let firstCode = try expr(first)
        let column = loc.column
        if rest.count == 1 {
            let (op, r) = rest[0]
            let rc = try expr(r)
            // Identity needs no call out and cannot raise.
            if op == .is { return { f in .bool(try firstCode(f).isIdentical(to: rc(f))) } }
            if op == .isNot { return { f in .bool(!(try firstCode(f).isIdentical(to: rc(f)))) } }
            if case .constant(.int(let k), _) = r, [.lt, .le, .gt, .ge, .eq, .ne].contains(op) {
                // `n < 2`: the int case without calling out.
                return { f in
                    let a = try firstCode(f)
                    if case .int(let x) = a { return .bool(Interpreter.ordered(op, x, k)) }
                    do { return try interp.compare(op, a, .int(k)) } catch let e as PyError { Compiler.mark(e, column); throw e }
                }
            }
            return { f in
                let a = try firstCode(f)
                let b = try rc(f)
                do { return try interp.compare(op, a, b) } catch let e as PyError { Compiler.mark(e, column); throw e }
            }
        }
        let steps = try rest.map { ($0.0, try expr($0.1)) }
        return { f in
            var left = try firstCode(f)
            var result: Value = .bool(true)
            for (op, code) in steps {
                let right = try code(f)
                do { result = try interp.compare(op, left, right) } catch let e as PyError { Compiler.mark(e, column); throw e }
                if !(try interp.isTruthy(result)) { return result }
                left = right
            }
            return result
        }
    }
}
