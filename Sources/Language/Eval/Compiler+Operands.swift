/// Operands read without a load closure, for the hottest shapes of loops and recursive
/// functions. A variable operand (`syllables[i % 8]`, `counts.get(w, 0)`, `fib(n - 1)`) is
/// read straight from its slot; int arithmetic and comparisons of a local with constants
/// (`n - 1`, `(i * 7) % 8`, `n < 2`) compute the int case in place. Anything else (a float, an overflow, an unbound name, a
/// built-in) goes to the general code, which reads the slot again and raises as Python does.
extension Compiler {
    /// The frame slot of `e` when it is a plain (not captured) local variable.
    func localSlot(_ e: Expr) -> Int? {
        guard case .name(let name, _) = e, case .fast(let slot) = scope.ref(name, globals) else {
            return nil
        }
        return slot
    }

    /// `local < k` (or another ordering, `==`, `!=`) with an int constant `k`, as the pieces an
    /// int comparison decided in place needs.
    func localIntComparison(_ test: Expr) -> (slot: Int, op: CompareOp, k: Int)? {
        guard case .compare(let first, let rest, _) = test, rest.count == 1, rest[0].0.isOrdering,
              case .constant(.int(let k), _) = rest[0].1, let slot = localSlot(first) else { return nil }
        return (slot, rest[0].0, k)
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

    /// True when the operand is a variable read from its slot.
    var isVariable: Bool { localSlot >= 0 || globalSlot >= 0 }

    @inline(__always)
    func read(_ f: Frame) throws -> Value {
        if localSlot >= 0 {
            // An int, the commonest local, is returned without the Value's outlined copy.
            switch f.slots[localSlot] {
            case .int(let x)?: return .int(x)
            case .float(let x)?: return .float(x)
            default: break
            }
            if let v = f.slots[localSlot] { return v }
        }
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
            if case .object(let o)? = globals.storage[globalSlot], ObjectIdentifier(type(of: o)) == functionClass {
                return unsafeDowncast(o, to: PyFunction.self)
            }
        }
        return nil
    }

    /// The slot of a variable operand, valid until a new global is defined; nil otherwise.
    @inline(__always)
    func place(_ f: Frame) -> UnsafeMutablePointer<Value?>? {
        if localSlot >= 0 { return f.slots + localSlot }
        if globalSlot >= 0 { return globals.storage + globalSlot }
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
    /// The first step is held apart: most chains (`n - 1`, `i % 8`) have only that one.
    let operation: LocalIntOperation
    let constant: Int
    let rest: [(operation: LocalIntOperation, constant: Int)]

    @inline(__always)
    func evaluate(_ f: Frame) -> Int? {
        guard case .int(let value)? = f.slots[slot], var x = operation.apply(value, constant) else { return nil }
        for step in rest {
            guard let r = step.operation.apply(x, step.constant) else { return nil }
            x = r
        }
        return x
    }
}

/// The int operations an int chain computes, with Python's results; nil on overflow.
enum LocalIntOperation {
    case add, sub, mul, mod, floordiv
    /// `x % k` and `x // k` for a power of two `k`: a mask and an arithmetic shift give Python's
    /// floored results for negative `x` too, without a division. The constant is the mask or
    /// the shift.
    case maskMod, shiftFloordiv

    /// `mod` and `floordiv` are only made for a positive constant.
    init?(_ op: BinaryOp, _ k: Int) {
        let powerOfTwo = k > 0 && k & (k - 1) == 0
        switch op {
        case .add: self = .add
        case .sub: self = .sub
        case .mul: self = .mul
        case .mod where powerOfTwo: self = .maskMod
        case .floordiv where powerOfTwo: self = .shiftFloordiv
        case .mod where k > 0: self = .mod
        case .floordiv where k > 0: self = .floordiv
        default: return nil
        }
    }

    /// The constant `apply` takes for the Python constant `k`.
    func operand(_ k: Int) -> Int {
        switch self {
        case .maskMod: return k - 1
        case .shiftFloordiv: return k.trailingZeroBitCount
        default: return k
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
        case .maskMod:
            return x & k
        case .shiftFloordiv:
            return x >> k
        }
    }
}

extension Compiler {
    /// The chain of `e` when it is int arithmetic with constants on one local.
    func intChain(_ e: Expr) -> IntChain? {
        var steps: [(operation: LocalIntOperation, constant: Int)] = []
        var current = e
        while case .binary(let op, let left, .constant(.int(let k), _), _) = current, let operation = LocalIntOperation(op, k) {
            steps.append((operation, operation.operand(k)))
            current = left
        }
        guard let first = steps.last, let slot = localSlot(current) else { return nil }
        return IntChain(slot: slot, operation: first.operation, constant: first.constant, rest: steps.dropLast().reversed())
    }
}
