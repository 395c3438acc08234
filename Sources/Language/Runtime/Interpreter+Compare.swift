/// Rich comparison (`<`, `==` …), membership (`in`) and identity.
extension Interpreter {
    static let compareDunders: [CompareOp: (Symbol, Symbol)] = [
        .lt: (Dunder.lt, Dunder.gt), .le: (Dunder.le, Dunder.ge), .gt: (Dunder.gt, Dunder.lt),
        .ge: (Dunder.ge, Dunder.le), .eq: (Dunder.eq, Dunder.eq), .ne: (Dunder.ne, Dunder.ne),
    ]

    @inline(__always)
    public func compare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value {
        // Identity and membership never take the numeric fast path (`1 is 1.0` is False,
        // `x[0] is 2` compares identity, `1 in 2` is a TypeError).
        switch op {
        case .is, .isNot, .in, .notIn: return try slowCompare(op, a, b)
        default: break
        }
        switch (a, b) {
        case (.int(let x), .int(let y)): return .bool(Interpreter.ordered(op, x, y))
        case (.float(let x), .float(let y)): return .bool(Interpreter.ordered(op, x, y))
        case (.int(let x), .float(let y)) where x.magnitude <= 1 << 53: return .bool(Interpreter.ordered(op, Double(x), y))
        case (.float(let x), .int(let y)) where y.magnitude <= 1 << 53: return .bool(Interpreter.ordered(op, x, Double(y)))
        default: return try slowCompare(op, a, b)
        }
    }

    /// Comparisons with an int on one side and an int or float on the other, exact at any size
    /// (an int beyond 2**53 is not rounded to a float first); nil for other operands.
    func exactNumericCompare(_ op: CompareOp, _ a: Value, _ b: Value) -> Bool? {
        let order: Int?
        if case .float(let y) = b {
            order = PyBigInt.withInteger(a) { PyBigInt.compare($0, y) } ?? nil
        } else if case .float(let x) = a {
            order = (PyBigInt.withInteger(b) { PyBigInt.compare($0, x) } ?? nil).map { -$0 }
        } else {
            guard let o = PyBigInt.withInteger(a, { x in PyBigInt.withInteger(b) { y in PyBigInt.compare(x, y) } }) ?? nil else { return nil }
            order = o
        }
        guard let order else { return op == .ne }  // NaN
        return Interpreter.ordered(op, order, 0)
    }

    @inline(__always)
    static func ordered<T: Comparable>(_ op: CompareOp, _ x: T, _ y: T) -> Bool {
        switch op {
        case .lt: return x < y
        case .le: return x <= y
        case .gt: return x > y
        case .ge: return x >= y
        case .eq: return x == y
        case .ne: return x != y
        default: return false
        }
    }

    func slowCompare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value {
        switch op {
        case .is: return .bool(a.isIdentical(to: b))
        case .isNot: return .bool(!a.isIdentical(to: b))
        case .in: return .bool(try contains(b, a))
        case .notIn: return .bool(!(try contains(b, a)))
        default: break
        }
        // A cell subclass of str, int or tuple that defines the comparison is asked first.
        if !definesComparison(op, a) && !definesComparison(op, b), let r = try builtinCompare(op, a, b) {
            return .bool(r)
        }
        guard let (name, reflected) = Interpreter.compareDunders[op] else { return .bool(false) }
        let ta = a.type, tb = b.type
        if tb !== ta, tb.isSubtype(of: ta), let rf = tb.lookup(reflected), !isObjectDefault(rf) {
            let r = try call(rf, two: b, a)
            if !isNotImplemented(r) { return r }
        }
        if let f = ta.lookup(name), !isObjectDefault(f) {
            let r = try call(f, two: a, b)
            if !isNotImplemented(r) { return r }
        }
        if let rf = tb.lookup(reflected), !isObjectDefault(rf) {
            let r = try call(rf, two: b, a)
            if !isNotImplemented(r) { return r }
        }
        if op == .ne, let f = ta.lookup(Dunder.eq), !isObjectDefault(f) {
            let r = try call(f, two: a, b)
            if !isNotImplemented(r) { return .bool(!(try isTruthy(r))) }
        }
        switch op {
        case .eq: return .bool(a.isIdentical(to: b))
        case .ne: return .bool(!a.isIdentical(to: b))
        default:
            throw PyError.type("'\(op.rawValue)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
        }
    }

    /// True when `v`'s class, defined in a cell, has its own dunder for `op` or its reflection
    /// (not one inherited from a built-in type).
    func definesComparison(_ op: CompareOp, _ v: Value) -> Bool {
        guard case .object(let o) = v, o.hasCellDefinedType, let (name, reflected) = Interpreter.compareDunders[op] else {
            return false
        }
        return [name, reflected].contains { o.type.lookup($0).map(isCellDefined) ?? false }
    }

    func isObjectDefault(_ f: Value) -> Bool {
        if case .object(let o) = f, let n = o as? PyNativeFunction, n.owner === BuiltinTypes.object { return true }
        return false
    }

    /// Comparisons among built-in values; nil when the pair needs dunder dispatch.
    func builtinCompare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Bool? {
        if PyBigInt.of(a) != nil || PyBigInt.of(b) != nil || isWideIntAgainstFloat(a, b) {
            if let r = exactNumericCompare(op, a, b) { return r }
        }
        if let x = HashKey.numericValue(a), let y = HashKey.numericValue(b), isNumber(a), isNumber(b) {
            return Interpreter.ordered(op, x, y)
        }
        switch (a, b) {
        case (.none, .none):
            if op == .eq { return true }
            if op == .ne { return false }
        case (.object(let x), .object(let y)):
            if let s = x as? PyStr, let t = y as? PyStr {
                return Interpreter.ordered(op, Interpreter.compareCodePoints(s.value, t.value), 0)
            }
            if let s = x as? PyList, let t = y as? PyList {
                return try nested(" in comparison") { try sequenceCompare(op, s.items, t.items) }
            }
            if let s = x as? PyTuple, let t = y as? PyTuple {
                return try nested(" in comparison") { try sequenceCompare(op, s.items, t.items) }
            }
            if let s = x as? PyDict, let t = y as? PyDict, op == .eq || op == .ne {
                let equal = try nested(" in comparison") { try dictEquals(s, t) }
                return op == .eq ? equal : !equal
            }
            if let s = x as? PySet, let t = y as? PySet {
                let sub = s.storage.allSatisfy { t.contains($0) }
                let sup = t.storage.allSatisfy { s.contains($0) }
                switch op {
                case .eq: return sub && sup
                case .ne: return !(sub && sup)
                case .le: return sub
                case .lt: return sub && !sup
                case .ge: return sup
                case .gt: return sup && !sub
                default: return nil
                }
            }
        default: break
        }
        return nil
    }

    /// An int past 2**53 against a float: Double(int) would round.
    func isWideIntAgainstFloat(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.int(let x), .float), (.float, .int(let x)): return x.magnitude > 1 << 53
        default: return false
        }
    }

    func dictEquals(_ s: PyDict, _ t: PyDict) throws -> Bool {
        guard s.count == t.count else { return false }
        for (k, v) in s.entries {
            guard let w = t[try hashKey(k)], try equals(v, w) else { return false }
        }
        return true
    }

    func isNumber(_ v: Value) -> Bool {
        switch v {
        case .int, .float, .bool: return true
        default: return false
        }
    }

    func sequenceCompare(_ op: CompareOp, _ a: [Value], _ b: [Value]) throws -> Bool {
        for (x, y) in zip(a, b) where !(try equals(x, y)) {
            if op == .eq { return false }
            if op == .ne { return true }
            return try isTruthy(compare(op, x, y))
        }
        return Interpreter.ordered(op, a.count, b.count)
    }

    /// `item in container`.
    public func contains(_ container: Value, _ item: Value) throws -> Bool {
        if case .object(let o) = container {
            // Exact sets and dicts by one type comparison each, before the casts below: `x in seen`
            // is the membership test of most loops.
            if o.hasType(BuiltinTypes.set) { return unsafeDowncast(o, to: PySet.self).contains(try hashKey(item)) }
            if o.hasType(BuiltinTypes.dict) { return unsafeDowncast(o, to: PyDict.self)[try hashKey(item)] != nil }
            switch o {
            case let s as PyStr:
                guard let t = item.asString else {
                    throw PyError.type("'in <string>' requires string as left operand, not \(item.typeName)")
                }
                return SubstringSearch.contains(t, in: s.value)
            case let l as PyList: return try l.items.contains { try equals($0, item) }
            case let t as PyTuple: return try t.items.contains { try equals($0, item) }
            case let d as PyDict: return d[try hashKey(item)] != nil
            case let s as PySet: return s.contains(try hashKey(item))
            case let r as PyRange:
                let x: Int
                switch item {
                case .int(let i): x = i
                case .bool(let b): x = b ? 1 : 0
                case .float(let d) where d == d.rounded() && Swift.abs(d) < 9e18: x = Int(d)
                default: return false
                }
                let offset = x - r.start
                return offset % r.step == 0 && offset / r.step >= 0 && offset / r.step < r.count
            case let view as PyDictView:
                if view.kind == .keys { return view.dict[try hashKey(item)] != nil }
                return try view.values.contains { try equals($0, item) }
            default: break
            }
            if let f = o.type.lookup(Dunder.contains) {
                return try isTruthy(call(f, Arguments([container, item])))
            }
        }
        guard container.type.lookup(Dunder.iter) != nil || container.type.lookup(Dunder.getitem) != nil else {
            throw PyError.type("argument of type '\(container.typeName)' is not iterable")
        }
        let it = try iterator(container)
        while let v = try it.next(self) {
            if try equals(v, item) { return true }
        }
        return false
    }
}

extension Interpreter {
    /// Python orders strings by code point, not by Unicode collation.
    static func compareCodePoints(_ a: String, _ b: String) -> Int {
        var i = a.unicodeScalars.makeIterator(), j = b.unicodeScalars.makeIterator()
        while true {
            switch (i.next(), j.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let x?, let y?): if x != y { return x.value < y.value ? -1 : 1 }
            }
        }
    }
}
