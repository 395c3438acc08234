/// A function's body compiled to produce its return value directly, the shape calls run.
///
///     def fib(n):
///         if n < 2:          # a guard: its return leaves straight from here
///             return n
///         return fib(n - 1) + fib(n - 2)   # the final return is the body's value
///
/// Guards (`if test: return x` with no else) and the final `return` hand their value back
/// as the closure's result: no Flow, no trip through the frame's return-value field, no block
/// or statement closure around them. Every other statement runs as usual, and a `return` inside
/// it (in a loop, a try, an if/else) leaves through the frame's return value as before.
typealias ValueCode = (Frame) throws -> Value

extension Compiler {
    func functionValueBody(_ body: [Stmt]) throws -> ValueCode {
        enum Piece {
            case guarded(line: Int, test: ConditionCode, returnLine: Int, value: Operand)
            case statement(StmtCode)
        }
        var pieces: [Piece] = []
        /// The first guard's test, when it is `local < k` and the like.
        var guardTest: (slot: Int, op: CompareOp, k: Int)?
        var statements = body[...]
        let finalReturn: Stmt? = { if case .return? = body.last { return body.last } else { return nil } }()
        if finalReturn != nil { statements = statements.dropLast() }
        for s in statements {
            if case .if(let test, let then, let orElse, let loc) = s, orElse.isEmpty, then.count == 1,
               case .return(let value, let returnLoc) = then[0] {
                if pieces.isEmpty { guardTest = localIntComparison(test) }
                pieces.append(.guarded(line: loc.line, test: try condition(test), returnLine: returnLoc.line,
                                       value: try returnOperand(value)))
            } else {
                pieces.append(.statement(try statement(s)))
            }
        }
        // Falling off the end returns None; the final return returns its value.
        var next: ValueCode = { _ in Value.none }
        var final: (line: Int, value: Operand)?
        if case .return(let value, let loc)? = finalReturn {
            let v = try returnOperand(value), line = loc.line
            final = (line, v)
            next = { f in
                f.line = line
                return try v.read(f)
            }
        }
        // `if test: return x` then `return y`, the shape of a recursive function, is one
        // closure; an int comparison of a local in the test is decided in place.
        if pieces.count == 1, case .guarded(let line, let test, let returnLine, let value) = pieces[0], let final {
            if let (slot, op, k) = guardTest {
                // Everything but the final expression's code sits in one object: the closure
                // captures two things, so its entry does not shuffle a dozen captured values.
                let shape = GuardedReturn(line: line, returnLine: returnLine, finalLine: final.line, slot: slot, op: op,
                                          k: k, test: test, value: value, final: final.value)
                let finalCode = final.value.code
                return { f in
                    f.line = shape.line
                    let taken: Bool
                    if case .int(let x)? = f.slots[shape.slot] { taken = Interpreter.ordered(shape.op, x, shape.k) } else { taken = try shape.test(f) }
                    if taken {
                        f.line = shape.returnLine
                        return try shape.value.read(f)
                    }
                    f.line = shape.finalLine
                    if shape.final.isVariable { return try shape.final.read(f) }
                    return try finalCode(f)
                }
            }
            return { f in
                f.line = line
                if try test(f) {
                    f.line = returnLine
                    return try value.read(f)
                }
                f.line = final.line
                return try final.value.read(f)
            }
        }
        // Chained from the last piece to the first: each piece calls the rest.
        for piece in pieces.reversed() {
            let rest = next
            switch piece {
            case .guarded(let line, let test, let returnLine, let value):
                next = { f in
                    f.line = line
                    if try test(f) {
                        f.line = returnLine
                        return try value.read(f)
                    }
                    return try rest(f)
                }
            case .statement(let code):
                next = { f in
                    if case .returned = try code(f) { return f.takeReturnValue() }
                    return try rest(f)
                }
            }
        }
        return next
    }

    private func returnOperand(_ value: Expr?) throws -> Operand {
        guard let value else { return Operand.constant(.none) }
        return try operand(value)
    }
}

/// The fixed parts of a body made of `if local < k: return x` and a final `return y`.
final class GuardedReturn {
    let line: Int, returnLine: Int, finalLine: Int
    let slot: Int, op: CompareOp, k: Int
    let test: ConditionCode
    let value: Operand
    let final: Operand

    init(line: Int, returnLine: Int, finalLine: Int, slot: Int, op: CompareOp, k: Int, test: @escaping ConditionCode,
         value: Operand, final: Operand) {
        self.line = line
        self.returnLine = returnLine
        self.finalLine = finalLine
        self.slot = slot
        self.op = op
        self.k = k
        self.test = test
        self.value = value
        self.final = final
    }
}
