/// `a + b + c`, as in `syllables[i % 8] + syllables[j % 8] + syllables[k % 8]`: when all three
/// are strs they are joined into one new str, without building the intermediate `a + b`.
/// Order and errors are Python's: `a` and `b` are evaluated and added (an error there points
/// at the inner `+`) before `c` is evaluated.
extension Compiler {
    func threeWayAdd(_ a: Expr, _ b: Expr, innerColumn: Int, _ c: Expr, outerColumn: Int) throws -> ExprCode {
        let interp = self.interp
        let ac = try expr(a), bc = try expr(b), cc = try expr(c)
        @inline(__always) func addOuter(_ ab: Value, _ c: Value) throws -> Value {
            if case .int(let x) = ab, case .int(let y) = c {
                let (r, overflow) = x.addingReportingOverflow(y)
                if !overflow { return .int(r) }
            }
            do { return try interp.binary(.add, ab, c) } catch let e as PyError { Compiler.mark(e, outerColumn); throw e }
        }
        return { f in
            let x = try ac(f), y = try bc(f)
            if case .object(let xo) = x, case .object(let yo) = y, let s = xo.asPlainStr, let t = yo.asPlainStr {
                let z = try cc(f)
                if case .object(let zo) = z, let u = zo.asPlainStr { return .str(s.value + t.value + u.value) }
                return try addOuter(.str(s.value + t.value), z)
            }
            var ab: Value? = nil
            if case .int(let i) = x, case .int(let j) = y {
                let (r, overflow) = i.addingReportingOverflow(j)
                if !overflow { ab = .int(r) }
            }
            if ab == nil {
                do { ab = try interp.binary(.add, x, y) } catch let e as PyError { Compiler.mark(e, innerColumn); throw e }
            }
            return try addOuter(ab!, try cc(f))
        }
    }
}
