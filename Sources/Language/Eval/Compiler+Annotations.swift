/// `x: int = 0`. In a class body the annotation is evaluated and recorded in the class's
/// `__annotations__`, in order, as Python does: that is what `dataclasses`, `typing.NamedTuple`
/// and `TypedDict` read. Elsewhere annotations are not evaluated (a cell's `n: int = 3` costs
/// nothing).
extension Compiler {
    func annotatedAssignment(_ target: Expr, _ annotation: Expr, _ value: Expr?, _ loc: SourceLocation) throws -> StmtCode {
        let assign: StmtCode? = try value.map { try assignment([target], $0, loc) }
        guard scope.kind == .classBody, case .name(let name, _) = target else {
            return assign ?? { _ in .normal }
        }
        let annotationCode = try expr(annotation)
        let key = Value.str(mangle(name))
        let annotationsName = Symbol("__annotations__")
        let interp = self.interp
        let line = loc.line
        return { f in
            f.line = line
            if let assign { _ = try assign(f) }
            let annotationValue = try annotationCode(f)
            let table: PyDict
            if case .object(let o)? = f.classNamespace?[annotationsName], let d = o as? PyDict {
                table = d
            } else {
                table = PyDict()
                f.classNamespace?[annotationsName] = .object(table)
            }
            try interp.setItem(.object(table), key, annotationValue)
            return .normal
        }
    }
}
