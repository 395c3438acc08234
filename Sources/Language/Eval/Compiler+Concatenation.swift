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
            // Only tests before `c` is evaluated: a str bound across that call would be
            // retained around it, and its text is read once all three are known.
            if Compiler.isPlainStr(x), Compiler.isPlainStr(y) {
                let z = try cc(f)
                if Compiler.isPlainStr(z) { return .str(Compiler.text(x) + Compiler.text(y) + Compiler.text(z)) }
                return try Compiler.add(.str(Compiler.text(x) + Compiler.text(y)), z, interp, column: outerColumn)
            }
            let ab = try Compiler.add(x, y, interp, column: innerColumn)
            return try Compiler.add(ab, try cc(f), interp, column: outerColumn)
        }
    }

    @inline(__always)
    static func isPlainStr(_ v: Value) -> Bool {
        if case .object(let o) = v { return o.asPlainStr != nil }
        return false
    }

    /// The text of a value `isPlainStr` accepted.
    @inline(__always)
    static func text(_ v: Value) -> String {
        guard case .object(let o) = v else { return "" }
        return unsafeDowncast(o, to: PyStr.self).value
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
