/// `seq[a:b:c]` read from a list, tuple or str: the bounds are clamped as `slice.indices` does
/// and the items copied, with no slice object made (CPython 3.12's BINARY_SLICE). Other
/// containers, subclasses among them, get a `slice` through the general subscription.
extension Compiler {
    func sliceSubscription(_ container: Expr, _ bounds: (Expr?, Expr?, Expr?), _ loc: SourceLocation) throws -> ExprCode {
        let interp = self.interp
        let column = loc.column
        let o = try operand(container)
        // Absent bounds compile to a constant None: no optional closures on the hot path.
        func bound(_ e: Expr?) throws -> ExprCode { try e.map { try expr($0) } ?? { _ in Value.none } }
        let start = try bound(bounds.0), stop = try bound(bounds.1), step = try bound(bounds.2)
        return { f in
            let sequence = try o.read(f)
            let lower = try start(f), upper = try stop(f), stride = try step(f)
            do {
                if case .object(let obj) = sequence {
                    if let l = obj.asPlainList {
                        let (a, b, c) = try PySlice.indices(start: lower, stop: upper, step: stride, length: l.items.count, interp)
                        return .list(PySlice.select(l.items, start: a, stop: b, step: c))
                    }
                    if let s = obj.asPlainStr {
                        let (a, b, c) = try PySlice.indices(start: lower, stop: upper, step: stride, length: s.count, interp)
                        return .str(s.slice(start: a, stop: b, step: c))
                    }
                    if let t = obj.asPlainTuple {
                        let (a, b, c) = try PySlice.indices(start: lower, stop: upper, step: stride, length: t.items.count, interp)
                        return .tuple(PySlice.select(t.items, start: a, stop: b, step: c))
                    }
                }
                return try interp.getItem(sequence, .object(PySlice(start: lower, stop: upper, step: stride)))
            } catch let e as PyError { Compiler.mark(e, column); throw e }
        }
    }
}
