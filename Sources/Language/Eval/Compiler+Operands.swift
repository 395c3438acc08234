/// Operands read without a load closure, for the hottest shapes of loops and recursive
/// functions. A variable operand (`syllables[i % 8]`, `counts.get(w, 0)`, `fib(n - 1)`) is
/// read straight from its slot; a local with an int constant (`n - 1`, `i % 8`, `n < 2`)
/// computes the int case in place. Anything else (a float, an overflow, an unbound name, a
/// built-in) goes to the general code, which reads the slot again and raises as Python does.
extension Compiler {
    /// The frame slot of `e` when it is a plain (not captured) local variable.
    func localSlot(_ e: Expr) -> Int? {
        guard case .name(let name, _) = e, case .fast(let slot) = scope.ref(name, globals) else {
            return nil
        }
        return slot
    }

    /// `local + k`, `local - k`, `local * k`, and `local % k`, `local // k` for `k > 0`, with an
    /// int constant `k`.
    func localIntArithmetic(_ op: BinaryOp, slot: Int, _ k: Int, general: @escaping ExprCode) -> ExprCode? {
        guard let operation = LocalIntOperation(op, k) else { return nil }
        return { f in
            if case .int(let x)? = f.slots[slot], let r = operation.apply(x, k) { return .int(r) }
            return try general(f)
        }
    }

    /// `local < k` and the other orderings, as a branch condition.
    func localIntComparison(_ op: CompareOp, slot: Int, _ k: Int, general: @escaping ConditionCode) -> ConditionCode? {
        switch op {
        case .lt: return { f in if case .int(let x)? = f.slots[slot] { return x < k }; return try general(f) }
        case .le: return { f in if case .int(let x)? = f.slots[slot] { return x <= k }; return try general(f) }
        case .gt: return { f in if case .int(let x)? = f.slots[slot] { return x > k }; return try general(f) }
        case .ge: return { f in if case .int(let x)? = f.slots[slot] { return x >= k }; return try general(f) }
        case .eq: return { f in if case .int(let x)? = f.slots[slot] { return x == k }; return try general(f) }
        case .ne: return { f in if case .int(let x)? = f.slots[slot] { return x != k }; return try general(f) }
        default: return nil
        }
    }
}

/// An operand that reads a variable straight from its slot (a function's local or a global)
/// instead of calling its load code. An empty slot (unbound, or a built-in name) falls back to
/// the load code, which finds the built-in or raises the right NameError.
struct Operand {
    let localSlot: Int
    let globalSlot: Int
    let globals: Globals
    let code: ExprCode

    @inline(__always)
    func read(_ f: Frame) throws -> Value {
        if localSlot >= 0, let v = f.slots[localSlot] { return v }
        if globalSlot >= 0, let v = globals.get(globalSlot) { return v }
        return try code(f)
    }

    /// The Python function held by this operand's variable, looked at in place: one retain of
    /// the function, no copy of the Value. Nil when the operand is not a variable, is unbound,
    /// or holds anything else.
    @inline(__always)
    func peekFunction(_ f: Frame, _ functionClass: ObjectIdentifier) -> PyFunction? {
        if localSlot >= 0 {
            if case .object(let o)? = f.slots[localSlot], ObjectIdentifier(type(of: o)) == functionClass {
                return unsafeDowncast(o, to: PyFunction.self)
            }
        } else if globalSlot >= 0 {
            if case .object(let o)? = globals.slots[globalSlot], ObjectIdentifier(type(of: o)) == functionClass {
                return unsafeDowncast(o, to: PyFunction.self)
            }
        }
        return nil
    }

    /// An operand that is always `value`.
    static func constant(_ value: Value) -> Operand {
        Operand(localSlot: -1, globalSlot: -1, globals: Globals(), code: { _ in value })
    }
}

extension Compiler {
    func operand(_ e: Expr) throws -> Operand {
        var local = -1, global = -1
        if case .name(let name, _) = e {
            switch scope.ref(name, globals) {
            case .fast(let slot): local = slot
            case .global(let slot, _): global = slot
            default: break
            }
        }
        return Operand(localSlot: local, globalSlot: global, globals: globals, code: try expr(e))
    }
}

/// `(i * 7) % 8`, `i // 8 % 8`, `n - 1`: int arithmetic with constants on one local, computed
/// in place by the code that uses it (a subscript's index, a binary operation) instead of one
/// closure call per operation. Nil when the local does not hold an int or a step overflows: the
/// general code then evaluates the expression and raises as Python does.
struct IntChain {
    let slot: Int
    let steps: [(operation: LocalIntOperation, constant: Int)]

    @inline(__always)
    func evaluate(_ f: Frame) -> Int? {
        guard case .int(var x)? = f.slots[slot] else { return nil }
        for step in steps {
            guard let r = step.operation.apply(x, step.constant) else { return nil }
            x = r
        }
        return x
    }
}

/// The int operations an int chain computes, with Python's results; nil on overflow.
enum LocalIntOperation {
    case add, sub, mul, mod, floordiv

    /// `mod` and `floordiv` are only made for a positive constant.
    init?(_ op: BinaryOp, _ k: Int) {
        switch op {
        case .add: self = .add
        case .sub: self = .sub
        case .mul: self = .mul
        case .mod where k > 0: self = .mod
        case .floordiv where k > 0: self = .floordiv
        default: return nil
        }
    }

    @inline(__always)
    func apply(_ x: Int, _ k: Int) -> Int? {
        switch self {
        case .add:
            let (r, overflow) = x.addingReportingOverflow(k)
            return overflow ? nil : r
        case .sub:
            let (r, overflow) = x.subtractingReportingOverflow(k)
            return overflow ? nil : r
        case .mul:
            let (r, overflow) = x.multipliedReportingOverflow(by: k)
            return overflow ? nil : r
        case .mod:
            let r = x % k
            return r < 0 ? r + k : r
        case .floordiv:
            let q = x / k
            return x % k != 0 && x < 0 ? q - 1 : q
        }
    }
}

extension Compiler {
    /// The chain of `e` when it is int arithmetic with constants on one local.
    func intChain(_ e: Expr) -> IntChain? {
        var steps: [(operation: LocalIntOperation, constant: Int)] = []
        var current = e
        while case .binary(let op, let left, .constant(.int(let k), _), _) = current, let operation = LocalIntOperation(op, k) {
            steps.append((operation, k))
            current = left
        }
        guard !steps.isEmpty, let slot = localSlot(current) else { return nil }
        return IntChain(slot: slot, steps: steps.reversed())
    }
}
