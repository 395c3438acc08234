/// Assignment targets: names, attributes, subscripts, and (nested, starred) unpacking.
extension Compiler {
    typealias Store = (Frame, Value) throws -> Void

    func target(_ e: Expr) throws -> Store {
        let interp = self.interp
        switch e {
        case .name(let n, _):
            // The store itself, not a closure around it: one call per assignment, not two.
            return store(n)
        case .attribute(let obj, let name, let loc):
            let o = try operand(obj)
            let sym = Symbol(mangle(name))
            let column = loc.column
            let site = AttributeSite(sym)
            return { f, v in
                // `self.x = v`: the receiver is borrowed from its local's slot. Only a local: a
                // replaced value's `__del__` runs Python code, which cannot rebind another
                // frame's local but could rebind a global.
                if o.localSlot >= 0, let receiver = (f.slots + o.localSlot).borrowedObject,
                   receiver._withUnsafeGuaranteedRef({ site.write(object: $0, v) }) {
                    return
                }
                let target = try o.read(f)
                if site.write(target, v) { return }
                do { try interp.setAttribute(target, sym, v) } catch let e as PyError { Compiler.mark(e, column); throw e }
            }
        case .subscription(let obj, let index, let loc):
            let o = try operand(obj), i = try operand(index)
            let column = loc.column
            let slow: Store = { f, v in
                let container = try o.read(f)
                let key = try i.read(f)
                do {
                    if case .object(let obj) = container {
                        // A plain list and an int index in range (`perm[i] = x`): the item is
                        // replaced in place; the old one is released after the list's access
                        // ends, since its `__del__` may touch the list.
                        if case .int(let n) = key, let l = obj.asPlainList {
                            let i = n < 0 ? n + l.items.count : n
                            if i >= 0 && i < l.items.count {
                                var replaced = v
                                swap(&l.items[i], &replaced)
                                return
                            }
                        }
                        if let d = obj.asPlainDict {
                            d[try interp.hashKey(key)] = v
                            return
                        }
                    }
                    try interp.setItem(container, key, v)
                } catch let e as PyError { Compiler.mark(e, column); throw e }
            }
            guard o.isVariable, i.isVariable else { return slow }
            // `counts[w] = …` with a dict and a str in variables: both borrowed in place.
            let site = DictStrKeySite(receiver: o, key: i)
            return { f, v in
                if site.set(f, v) { return }
                try slow(f, v)
            }
        case .tuple(let items, let loc), .list(let items, let loc):
            return try unpacking(items, loc)
        case .starred(_, let loc):
            throw SyntaxError("starred assignment target must be in a list or tuple", at: loc)
        default:
            throw SyntaxError("cannot assign to expression", at: e.location)
        }
    }

    func unpacking(_ items: [Expr], _ loc: SourceLocation) throws -> Store {
        let interp = self.interp
        let starIndex = items.firstIndex { if case .starred = $0 { return true }; return false }
        let stores: [StoreBox] = try items.map { item in
            if case .starred(let inner, _) = item { return StoreBox(run: try target(inner)) }
            return StoreBox(run: try target(item))
        }
        let count = items.count
        let general: Store = { f, value in
            let values: [Value]
            do {
                values = try interp.iterateToArray(value)
            } catch let e as PyError where e.isInstance(of: BuiltinTypes.typeError) && e.message.hasSuffix("is not iterable") {
                throw PyError.type("cannot unpack non-iterable \(value.typeName) object")
            }
            if let star = starIndex {
                let after = count - star - 1
                guard values.count >= count - 1 else {
                    throw PyError.value("not enough values to unpack (expected at least \(count - 1), got \(values.count))")
                }
                for i in 0..<star { try stores[i].run(f, values[i]) }
                try stores[star].run(f, .list(Array(values[star..<(values.count - after)])))
                for i in 0..<after { try stores[star + 1 + i].run(f, values[values.count - after + i]) }
                return
            }
            guard values.count == count else {
                if values.count < count {
                    throw PyError.value("not enough values to unpack (expected \(count), got \(values.count))")
                }
                throw PyError.value("too many values to unpack (expected \(count))")
            }
            for i in 0..<count { try stores[i].run(f, values[i]) }
        }
        if starIndex != nil { return general }
        // A plain tuple or list of the right length (`for k, v in d.items()`, `x, y = point`)
        // is unpacked from its own items: no iterator, no type tests beyond the exact class.
        // The items are held as one array value first, so a store that mutates the list
        // (a `__setitem__`, a `__del__`) cannot change what the later targets receive.
        return { f, value in
            if case .object(let o) = value {
                let items: [Value]?
                if let t = o.asPlainTuple { items = t.items } else if let l = o.asPlainList { items = l.items } else { items = nil }
                if let items, items.count == count {
                    for i in 0..<count { try stores[i].run(f, items[i]) }
                    return
                }
            }
            try general(f, value)
        }
    }

    /// `a, b = b, a` and `x, y, z = p, q, r`: the values are computed, then stored, with no
    /// tuple in between (CPython's compiler does the same for two and three names). Nil for
    /// other shapes of assignment.
    func parallelAssignment(_ target: Expr, _ value: Expr, line: Int) throws -> StmtCode? {
        guard case .tuple(let values, _) = value, values.count == 2 || values.count == 3 else { return nil }
        let targets: [Expr]
        switch target {
        case .tuple(let items, _), .list(let items, _): targets = items
        default: return nil
        }
        let starred = (targets + values).contains { if case .starred = $0 { return true }; return false }
        guard !starred, targets.count == values.count else { return nil }
        let c0 = try expr(values[0]), c1 = try expr(values[1])
        let s0 = try self.target(targets[0]), s1 = try self.target(targets[1])
        if values.count == 2 {
            return { f in
                f.line = line
                let v0 = try c0(f), v1 = try c1(f)
                try s0(f, v0)
                try s1(f, v1)
                return .normal
            }
        }
        let c2 = try expr(values[2]), s2 = try self.target(targets[2])
        return { f in
            f.line = line
            let v0 = try c0(f), v1 = try c1(f), v2 = try c2(f)
            try s0(f, v0)
            try s1(f, v1)
            try s2(f, v2)
            return .normal
        }
    }

    func deletion(_ e: Expr) throws -> (Frame) throws -> Void {
        let interp = self.interp
        switch e {
        case .name(let n, _): return delete(n)
        case .attribute(let obj, let name, _):
            let o = try expr(obj)
            let sym = Symbol(mangle(name))
            return { f in try interp.deleteAttribute(o(f), sym) }
        case .subscription(let obj, let index, _):
            let o = try expr(obj), i = try expr(index)
            return { f in
                let container = try o(f)
                try interp.deleteItem(container, i(f))
            }
        case .tuple(let items, _), .list(let items, _):
            let parts = try items.map { try deletion($0) }
            return { f in for p in parts { try p(f) } }
        default:
            throw SyntaxError("cannot delete expression", at: e.location)
        }
    }

    func assignment(_ targets: [Expr], _ value: Expr, _ loc: SourceLocation) throws -> StmtCode {
        let line = loc.line
        if targets.count == 1, let parallel = try parallelAssignment(targets[0], value, line: line) { return parallel }
        let v = try expr(value)
        if targets.count == 1 {
            if case .name(let n, _) = targets[0] {
                let s = store(n)
                return { f in
                    f.line = line
                    s(f, try v(f))
                    return .normal
                }
            }
            let t = try target(targets[0])
            return { f in
                f.line = line
                try t(f, try v(f))
                return .normal
            }
        }
        let stores = try targets.map { try target($0) }
        return { f in
            f.line = line
            let value = try v(f)
            for s in stores { try s(f, value) }
            return .normal
        }
    }

    /// An int or a plain str: hashing it runs no Python code.
    @inline(__always)
    static func hashesNatively(_ key: Value) -> Bool {
        if case .int = key { return true }
        if case .object(let o) = key, o.asPlainStr != nil { return true }
        return false
    }

    func augmentedAssignment(_ t: Expr, _ op: BinaryOp, _ value: Expr, _ loc: SourceLocation) throws -> StmtCode {
        let interp = self.interp
        let v = try expr(value)
        let line = loc.line
        let column = loc.column
        switch t {
        case .name(let n, let nloc):
            let read = load(n, nloc)
            let write = store(n)
            return { f in
                f.line = line
                let current = try read(f)
                let rhs = try v(f)
                do { write(f, try interp.inplaceBinary(op, current, rhs)) } catch let e as PyError { Compiler.mark(e, column); throw e }
                return .normal
            }
        case .attribute(let obj, let name, _):
            let o = try expr(obj)
            let sym = Symbol(mangle(name))
            let site = AttributeSite(sym)
            return { f in
                f.line = line
                let target = try o(f)
                let current = try site.read(target) ?? interp.getAttribute(target, sym)
                let rhs = try v(f)
                do {
                    let result = try interp.inplaceBinary(op, current, rhs)
                    if site.write(target, result) { return .normal }
                    try interp.setAttribute(target, sym, result)
                } catch let e as PyError { Compiler.mark(e, column); throw e }
                return .normal
            }
        case .subscription(let obj, let index, _):
            let o = try expr(obj), i = try expr(index)
            return { f in
                f.line = line
                let container = try o(f)
                let key = try i(f)
                // A plain list and an int index (`v[0] -= dx * m`), or a plain dict and an int
                // or str key (`counts[w] += 1`): the item is read and written in place, without
                // the general protocol's dunder checks; the key is hashed once.
                if case .object(let obj) = container {
                    if case .int(let n) = key, let l = obj.asPlainList, n >= 0, n < l.items.count {
                        let current = l.items[n]
                        let rhs = try v(f)
                        do {
                            let result = try interp.inplaceBinary(op, current, rhs)
                            if n < l.items.count { l.items[n] = result } else { try interp.setItem(container, key, result) }
                        } catch let e as PyError { Compiler.mark(e, column); throw e }
                        return .normal
                    }
                    if let d = obj.asPlainDict, Compiler.hashesNatively(key) {
                        let hashed = try interp.hashKey(key)
                        guard let current = d[hashed] else { throw PyError.key(key) }
                        let rhs = try v(f)
                        do { d[hashed] = try interp.inplaceBinary(op, current, rhs) } catch let e as PyError { Compiler.mark(e, column); throw e }
                        return .normal
                    }
                }
                let current = try interp.getItem(container, key)
                let rhs = try v(f)
                do { try interp.setItem(container, key, try interp.inplaceBinary(op, current, rhs)) } catch let e as PyError { Compiler.mark(e, column); throw e }
                return .normal
            }
        default:
            throw SyntaxError("'\(t)' is an illegal expression for augmented assignment", at: loc)
        }
    }
}
