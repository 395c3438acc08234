/// Tests of `if`, `while`, `assert` and conditional expressions compiled straight to a Bool:
/// a comparison of two ints decides the branch without building a bool Value and asking for
/// its truth. Everything else evaluates the value and takes its truth, as Python does.
typealias ConditionCode = (Frame) throws -> Bool

extension Compiler {
    func condition(_ test: Expr) throws -> ConditionCode {
        let interp = self.interp
        switch test {
        case .compare(let first, let rest, let loc) where rest.count == 1 && rest[0].0.isOrdering:
            let (op, right) = rest[0]
            let left = try expr(first)
            let column = loc.column
            if case .constant(.int(let k), _) = right {
                let general: ConditionCode = { f in
                    let a = try left(f)
                    if case .int(let x) = a { return Interpreter.ordered(op, x, k) }
                    do { return try interp.isTruthy(interp.compare(op, a, .int(k))) } catch let e as PyError { Compiler.mark(e, column); throw e }
                }
                if let local = localIntComparison(test) {
                    return { f in
                        if case .int(let x)? = f.slots[local.slot] { return Interpreter.ordered(local.op, x, local.k) }
                        return try general(f)
                    }
                }
                return general
            }
            let rightCode = try expr(right)
            return { f in
                let a = try left(f)
                let b = try rightCode(f)
                if case .int(let x) = a, case .int(let y) = b { return Interpreter.ordered(op, x, y) }
                if case .float(let x) = a, case .float(let y) = b { return Interpreter.ordered(op, x, y) }
                do { return try interp.isTruthy(interp.compare(op, a, b)) } catch let e as PyError { Compiler.mark(e, column); throw e }
            }
        case .compare(let first, let rest, let loc) where rest.count == 1 && !rest[0].0.isOrdering:
            // `x is None`, `k in seen`: decided without a bool Value and a truth test of it.
            let (op, right) = rest[0]
            let left = try expr(first), rightCode = try expr(right)
            let column = loc.column
            switch op {
            case .is: return { f in try left(f).isIdentical(to: rightCode(f)) }
            case .isNot: return { f in !(try left(f).isIdentical(to: rightCode(f))) }
            default:
                let negated = op == .notIn
                return { f in
                    let item = try left(f), container = try rightCode(f)
                    do { return try interp.contains(container, item) != negated } catch let e as PyError { Compiler.mark(e, column); throw e }
                }
            }
        case .unary(.not, let operand, _):
            let inner = try condition(operand)
            return { f in !(try inner(f)) }
        case .boolOp(let isAnd, let items, _) where items.count == 2:
            // Only the truth of `a and b` matters here, so each side can be a condition too.
            let a = try condition(items[0]), b = try condition(items[1])
            if isAnd { return { f in try a(f) && b(f) } }
            return { f in try a(f) || b(f) }
        default:
            let value = try expr(test)
            return { f in
                // Bools (a call's or a flag's result) are decided here, without calling out.
                switch try value(f) {
                case .bool(let b): return b
                case .none: return false
                case let v: return try interp.isTruthy(v)
                }
            }
        }
    }
}

extension CompareOp {
    /// `<`, `<=`, `>`, `>=`, `==`, `!=`: the operators `Interpreter.ordered` decides for ints.
    var isOrdering: Bool {
        switch self {
        case .lt, .le, .gt, .ge, .eq, .ne: return true
        default: return false
        }
    }
}
