/// `a + b + c`, as in `syllables[i % 8] + syllables[j % 8] + syllables[k % 8]`: when all three
/// are strs they are joined into one new str, without building the intermediate `a + b`.
/// Order and errors are Python's: `a` and `b` are evaluated and added (an error there points
/// at the inner `+`) before `c` is evaluated.
extension Compiler {
    func threeWayAdd(_ a: Expr, _ b: Expr, innerColumn: Int, _ c: Expr, outerColumn: Int) throws -> ExprCode {
        let interp = self.interp
        let ac = try expr(a), bc = try expr(b), cc = try expr(c)
        return { f in
            let x = try ac(f), y = try bc(f)
            if case .object(let xo) = x, case .object(let yo) = y, let s = xo.asPlainStr, let t = yo.asPlainStr {
                let z = try cc(f)
                if case .object(let zo) = z, let u = zo.asPlainStr { return .str(s.value + t.value + u.value) }
                return try Compiler.add(.str(s.value + t.value), z, interp, column: outerColumn)
            }
            let ab = try Compiler.add(x, y, interp, column: innerColumn)
            return try Compiler.add(ab, try cc(f), interp, column: outerColumn)
        }
    }

    /// `a + b` once the str case is handled: two ints are added in place, anything else by
    /// `binary`, with an error marked at the operator's column.
    @inline(__always)
    static func add(_ a: Value, _ b: Value, _ interp: Interpreter, column: Int) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b {
            let (r, overflow) = x.addingReportingOverflow(y)
            if !overflow { return .int(r) }
        }
        do { return try interp.binary(.add, a, b) } catch let e as PyError { Compiler.mark(e, column); throw e }
    }
}
