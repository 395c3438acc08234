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
        switch op {
        case .add:
            return { f in
                if case .int(let x)? = f.slots[slot] {
                    let (r, overflow) = x.addingReportingOverflow(k)
                    if !overflow { return .int(r) }
                }
                return try general(f)
            }
        case .sub:
            return { f in
                if case .int(let x)? = f.slots[slot] {
                    let (r, overflow) = x.subtractingReportingOverflow(k)
                    if !overflow { return .int(r) }
                }
                return try general(f)
            }
        case .mul:
            return { f in
                if case .int(let x)? = f.slots[slot] {
                    let (r, overflow) = x.multipliedReportingOverflow(by: k)
                    if !overflow { return .int(r) }
                }
                return try general(f)
            }
        case .mod where k > 0:
            return { f in
                if case .int(let x)? = f.slots[slot] {
                    let r = x % k
                    return .int(r < 0 ? r + k : r)
                }
                return try general(f)
            }
        case .floordiv where k > 0:
            return { f in
                if case .int(let x)? = f.slots[slot] {
                    let q = x / k
                    return .int(x % k != 0 && x < 0 ? q - 1 : q)
                }
                return try general(f)
            }
        default:
            return nil
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
