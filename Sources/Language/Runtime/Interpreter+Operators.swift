import Foundation

/// Binary, unary and comparison operators, dispatched as Python does: a fast path for
/// built-in pairs, then the left operand's dunder, then the right operand's reflected dunder,
/// then `TypeError`.
extension Interpreter {
    static let binaryDunders: [BinaryOp: (Symbol, Symbol)] = [
        .add: (Symbol("__add__"), Symbol("__radd__")), .sub: (Symbol("__sub__"), Symbol("__rsub__")),
        .mul: (Symbol("__mul__"), Symbol("__rmul__")), .truediv: (Symbol("__truediv__"), Symbol("__rtruediv__")),
        .floordiv: (Symbol("__floordiv__"), Symbol("__rfloordiv__")), .mod: (Symbol("__mod__"), Symbol("__rmod__")),
        .pow: (Symbol("__pow__"), Symbol("__rpow__")), .matmul: (Symbol("__matmul__"), Symbol("__rmatmul__")),
        .and: (Symbol("__and__"), Symbol("__rand__")), .or: (Symbol("__or__"), Symbol("__ror__")),
        .xor: (Symbol("__xor__"), Symbol("__rxor__")), .lshift: (Symbol("__lshift__"), Symbol("__rlshift__")),
        .rshift: (Symbol("__rshift__"), Symbol("__rrshift__")),
    ]
    static let inplaceDunders: [BinaryOp: Symbol] = [
        .add: Symbol("__iadd__"), .sub: Symbol("__isub__"), .mul: Symbol("__imul__"),
        .truediv: Symbol("__itruediv__"), .floordiv: Symbol("__ifloordiv__"), .mod: Symbol("__imod__"),
        .pow: Symbol("__ipow__"), .matmul: Symbol("__imatmul__"), .and: Symbol("__iand__"),
        .or: Symbol("__ior__"), .xor: Symbol("__ixor__"), .lshift: Symbol("__ilshift__"), .rshift: Symbol("__irshift__"),
    ]

    @inline(__always)
    public func binary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        switch (a, b) {
        case (.int(let x), .int(let y)): return try intBinary(op, x, y)
        case (.float(let x), .float(let y)): return try floatBinary(op, x, y)
        case (.int(let x), .float(let y)): return try floatBinary(op, Double(x), y)
        case (.float(let x), .int(let y)): return try floatBinary(op, x, Double(y))
        default: return try slowBinary(op, a, b)
        }
    }

    func slowBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        // A subclass of a built-in that defines the operator in Python (class S(str) with
        // __add__) is asked before the built-in arithmetic.
        // (Built-in operands, numpy arrays among them, skip this with one flag test each.)
        if a.asObject?.hasCellDefinedType == true || b.asObject?.hasCellDefinedType == true,
           let (name, reflected) = Interpreter.binaryDunders[op],
           userOverride(a, name) != nil || userOverride(b, reflected) != nil {
            return try dunderBinary(op, a, b)
        }
        if let r = try builtinBinary(op, a, b) { return r }
        // After the str/list/tuple operators, which concatenation in loops takes.
        if PyBigInt.of(a) != nil || PyBigInt.of(b) != nil, let r = try bigBinary(op, a, b) { return r }
        return try dunderBinary(op, a, b)
    }

    /// `a op= b`: the in-place dunder when there is one (list +=, ndarray +=), else `a op b`.
    public func inplaceBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        if case .object(let o) = a {
            if let l = o as? PyList, op == .add {
                l.items.append(contentsOf: try iterateToArray(b))
                return a
            }
            if !(o is PyStr), let name = Interpreter.inplaceDunders[op], let f = o.type.lookup(name) {
                let r = try call(f, two: a, b)
                if case .object(let ro) = r, ro is PyNotImplemented {} else { return r }
            }
        }
        return try binary(op, a, b)
    }

    func dunderBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        guard let (name, reflected) = Interpreter.binaryDunders[op] else { throw unsupported(op, a, b) }
        let ta = a.type, tb = b.type
        // A subclass on the right that overrides the reflected method goes first.
        if tb !== ta, tb.isSubtype(of: ta), let rf = tb.lookup(reflected) {
            let r = try call(rf, two: b, a)
            if !isNotImplemented(r) { return r }
        }
        if let f = ta.lookup(name) {
            let r = try call(f, two: a, b)
            if !isNotImplemented(r) { return r }
        }
        if tb !== ta, let rf = tb.lookup(reflected) {
            let r = try call(rf, two: b, a)
            if !isNotImplemented(r) { return r }
        }
        throw unsupported(op, a, b)
    }

    func isNotImplemented(_ v: Value) -> Bool {
        if case .object(let o) = v, o is PyNotImplemented { return true }
        return false
    }

    func unsupported(_ op: BinaryOp, _ a: Value, _ b: Value) -> PyError {
        if op == .pow {
            return PyError.type("unsupported operand type(s) for ** or pow(): '\(a.typeName)' and '\(b.typeName)'")
        }
        if op == .add, a.asString != nil, !(b.asString != nil) {
            return PyError.type("can only concatenate str (not \"\(b.typeName)\") to str")
        }
        if op == .add, case .object(let o) = a, o is PyList, !(b.asObject is PyList) {
            return PyError.type("can only concatenate list (not \"\(b.typeName)\") to list")
        }
        if op == .mul, (a.asObject is PyStr || a.asObject is PyList || a.asObject is PyTuple) {
            return PyError.type("can't multiply sequence by non-int of type '\(b.typeName)'")
        }
        return PyError.type("unsupported operand type(s) for \(op.rawValue): '\(a.typeName)' and '\(b.typeName)'")
    }

    func intBinary(_ op: BinaryOp, _ x: Int, _ y: Int) throws -> Value {
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            if o { return try promoted(op, x, y) }
            return .int(r)
        case .sub:
            let (r, o) = x.subtractingReportingOverflow(y)
            if o { return try promoted(op, x, y) }
            return .int(r)
        case .mul:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            if o { return try promoted(op, x, y) }
            return .int(r)
        case .truediv:
            if y == 0 { throw PyError.zeroDivision("division by zero") }
            // Beyond 2**53 the operands themselves would round: divide exactly, round once.
            if x.magnitude > 1 << 53 || y.magnitude > 1 << 53 { return try promoted(op, x, y) }
            return .float(Double(x) / Double(y))
        case .floordiv:
            if y == 0 { throw PyError.zeroDivision("integer division or modulo by zero") }
            if x == Int.min && y == -1 { return try promoted(op, x, y) }
            let q = x / y
            return .int((x % y != 0 && ((x < 0) != (y < 0))) ? q - 1 : q)
        case .mod:
            if y == 0 { throw PyError.zeroDivision("integer modulo by zero") }
            if y == -1 { return .int(0) }
            let r = x % y
            return .int((r != 0 && ((r < 0) != (y < 0))) ? r + y : r)
        case .pow:
            if y < 0 {
                if x == 0 { throw PyError.zeroDivision("0.0 cannot be raised to a negative power") }
                return .float(Foundation.pow(Double(x), Double(y)))
            }
            var result = 1, base = x, e = y
            while e > 0 {
                if e & 1 == 1 {
                    let (r, o) = result.multipliedReportingOverflow(by: base)
                    if o { return try promoted(op, x, y) }
                    result = r
                }
                e >>= 1
                if e > 0 {
                    let (b2, o) = base.multipliedReportingOverflow(by: base)
                    if o { return try promoted(op, x, y) }
                    base = b2
                }
            }
            return .int(result)
        case .and: return .int(x & y)
        case .or: return .int(x | y)
        case .xor: return .int(x ^ y)
        case .lshift:
            if y < 0 { throw PyError.value("negative shift count") }
            if y >= 63 || (x << y) >> y != x { if x == 0 { return .int(0) }; return try promoted(op, x, y) }
            return .int(x << y)
        case .rshift:
            if y < 0 { throw PyError.value("negative shift count") }
            return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
        case .matmul:
            throw PyError.type("unsupported operand type(s) for @: 'int' and 'int'")
        }
    }

    /// A 64-bit operation that overflowed, redone on big ints.
    func promoted(_ op: BinaryOp, _ x: Int, _ y: Int) throws -> Value {
        try PyBigInt.withSmall(x) { a in try PyBigInt.withSmall(y) { b in try PyBigInt.binary(op, a, b) } }
    }

    /// Arithmetic with a big int on either side: exact with ints and bools, through float
    /// (which may overflow) with floats; nil for other operands.
    func bigBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        if case .float(let y) = b, let big = PyBigInt.of(a) { return try floatBinary(op, PyBigInt.toDouble(big.mpz), y) }
        if case .float(let x) = a, let big = PyBigInt.of(b) { return try floatBinary(op, x, PyBigInt.toDouble(big.mpz)) }
        return try PyBigInt.withInteger(a) { x in try PyBigInt.withInteger(b) { y in try PyBigInt.binary(op, x, y) } } ?? nil
    }

    func floatBinary(_ op: BinaryOp, _ x: Double, _ y: Double) throws -> Value {
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mul: return .float(x * y)
        case .truediv:
            if y == 0 { throw PyError.zeroDivision("float division by zero") }
            return .float(x / y)
        case .floordiv:
            if y == 0 { throw PyError.zeroDivision("float floor division by zero") }
            return .float(Interpreter.floatFloorDiv(x, y))
        case .mod:
            if y == 0 { throw PyError.zeroDivision("float modulo") }
            return .float(Interpreter.floatMod(x, y))
        case .pow:
            if x == 0 && y < 0 { throw PyError.zeroDivision("0.0 cannot be raised to a negative power") }
            if x < 0 && y != y.rounded() {
                throw PyError.value("math domain error: negative number to a fractional power gives a complex result, which Cellgrad does not support")
            }
            let r = Foundation.pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite { throw PyError.overflow("(34, 'Numerical result out of range')") }
            return .float(r)
        default:
            throw PyError.type("unsupported operand type(s) for \(op.rawValue): 'float' and 'float'")
        }
    }

    static func floatMod(_ x: Double, _ y: Double) -> Double {
        var m = fmod(x, y)
        if m != 0 {
            if (y < 0) != (m < 0) { m += y }
        } else {
            m = copysign(0, y)
        }
        return m
    }

    static func floatFloorDiv(_ x: Double, _ y: Double) -> Double {
        let m = fmod(x, y)
        var div = (x - m) / y
        if m != 0 && ((y < 0) != (m < 0)) { div -= 1 }
        if div != 0 {
            var floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1 }
            return floordiv
        }
        return copysign(0, x / y)
    }

    /// Sequence and container operators of the built-in types.
    func builtinBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        switch (a, b) {
        case (.bool, _), (_, .bool):
            if let x = boolAsInt(a), let y = boolAsInt(b) {
                if case .bool(let p) = a, case .bool(let q) = b, op == .and || op == .or || op == .xor {
                    return .bool(op == .and ? (p && q) : op == .or ? (p || q) : (p != q))
                }
                return try intBinary(op, x, y)
            }
            if case .float(let y) = b, let x = boolAsInt(a) { return try floatBinary(op, Double(x), y) }
            if case .float(let x) = a, let y = boolAsInt(b) { return try floatBinary(op, x, Double(y)) }
        case (.object(let x), _):
            if let s = x as? PyStr {
                if op == .add, let t = b.asString { return .str(s.value + t) }
                if op == .mul, let n = intOrBool(b) { return .str(try repeatString(s.value, n)) }
                if op == .mod { return .str(try percentFormat(s.value, b)) }
            } else if let l = x as? PyList {
                if op == .add, case .object(let y) = b, let m = y as? PyList { return .list(l.items + m.items) }
                if op == .mul, let n = intOrBool(b) { return .list(try repeatItems(l.items, n)) }
            } else if let t = x as? PyTuple {
                if op == .add, case .object(let y) = b, let u = y as? PyTuple { return .tuple(t.items + u.items) }
                if op == .mul, let n = intOrBool(b) { return .tuple(try repeatItems(t.items, n)) }
            } else if let s = x as? PySet, case .object(let y) = b, let t = y as? PySet {
                return try setOperation(op, s, t)
            } else if let d = x as? PyDict, op == .or, case .object(let y) = b, let e = y as? PyDict {
                let r = PyDict()
                for (k, v) in d.entries { r[try hashKey(k)] = v }
                for (k, v) in e.entries { r[try hashKey(k)] = v }
                return .object(r)
            }
        default: break
        }
        if op == .mul, let n = intOrBool(a), case .object(let y) = b {
            if let s = y as? PyStr { return .str(try repeatString(s.value, n)) }
            if let l = y as? PyList { return .list(try repeatItems(l.items, n)) }
            if let t = y as? PyTuple { return .tuple(try repeatItems(t.items, n)) }
        }
        return nil
    }

    func boolAsInt(_ v: Value) -> Int? {
        switch v {
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return i
        default: return nil
        }
    }

    func intOrBool(_ v: Value) -> Int? { boolAsInt(v) }

    func checkedRepeatCount(_ elementCount: Int, _ n: Int) throws -> Int {
        let count = max(0, n)
        try MemoryCeiling.check(bytes: elementCount, times: count)
        return count
    }

    func repeatString(_ s: String, _ n: Int) throws -> String {
        if n > 0 && s.utf8.count.multipliedReportingOverflow(by: n).overflow {
            throw PyError.overflow("repeated string is too long")
        }
        let count = try checkedRepeatCount(s.utf8.count, n)
        if s.isEmpty || count == 0 { return "" }
        return try TextFill.padded("", fill: s, left: count, right: 0, self)
    }

    /// `items * n`, answering an interrupt between chunks (`[0] * 10**9` fills 16 GB).
    func repeatItems(_ items: [Value], _ n: Int) throws -> [Value] {
        let count = try checkedRepeatCount(items.count * MemoryLayout<Value>.stride, n)
        if items.isEmpty { return [] }   // `() * 10**18` is instant
        var out: [Value] = []
        out.reserveCapacity(items.count * count)
        if items.count == 1 {
            var left = count
            while left > 0 {
                try checkInterrupt()
                let chunk = min(left, 1 << 20)
                out.append(contentsOf: repeatElement(items[0], count: chunk))
                left -= chunk
            }
            return out
        }
        for _ in 0..<count {
            try checkInterrupt()
            out.append(contentsOf: items)
        }
        return out
    }

    func setOperation(_ op: BinaryOp, _ s: PySet, _ t: PySet) throws -> Value? {
        let r = PySet(frozen: s.type === BuiltinTypes.frozenset)
        switch op {
        case .or: for e in s.storage { r.insert(e) }; for e in t.storage { r.insert(e) }
        case .and: for e in s.storage where t.contains(e) { r.insert(e) }
        case .sub: for e in s.storage where !t.contains(e) { r.insert(e) }
        case .xor:
            for e in s.storage where !t.contains(e) { r.insert(e) }
            for e in t.storage where !s.contains(e) { r.insert(e) }
        default: return nil
        }
        return .object(r)
    }

    public func unary(_ op: UnaryOp, _ v: Value) throws -> Value {
        switch (op, v) {
        case (.not, _): return .bool(!(try isTruthy(v)))
        case (.neg, .int(let i)):
            if i == Int.min { return PyBigInt.withSmall(i) { PyBigInt.unary(.neg, $0) } }
            return .int(-i)
        case (.neg, .float(let d)): return .float(-d)
        case (.neg, .bool(let b)): return .int(b ? -1 : 0)
        case (.pos, .int), (.pos, .float): return v
        case (.pos, .bool(let b)): return .int(b ? 1 : 0)
        case (.invert, .int(let i)): return .int(~i)
        case (.invert, .bool(let b)): return .int(~(b ? 1 : 0))
        default:
            if let big = PyBigInt.of(v) { return PyBigInt.unary(op, big.mpz) }
            let name = op == .neg ? Dunder.neg : (op == .pos ? Dunder.pos : Dunder.invert)
            if let f = v.type.lookup(name) { return try call(f, Arguments([v])) }
            throw PyError.type("bad operand type for unary \(op.rawValue): '\(v.typeName)'")
        }
    }
}
