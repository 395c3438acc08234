/// `class` statements: run the body in a namespace frame, then build the type.
extension Compiler {
    func classDef(name: String, bases: [Argument], body: [Stmt], decorators: [Expr], docstring: String?,
                  loc: SourceLocation) throws -> StmtCode {
        let interp = self.interp
        guard let child = scope.children[Scope.key(loc, "class")] else {
            throw SyntaxError("internal: no scope for class \(name)", at: loc)
        }
        let qualified = qualifiedPrefix.isEmpty ? name : qualifiedPrefix + "." + name
        let compiler = nested(scope: child, qualifiedPrefix: qualified)
        let holder = ClassHolder()
        compiler.currentClassHolder = holder
        compiler.className = name
        let bodyCode = try compiler.block(body)
        let info = CodeInfo(name: name, filename: filename, slotCount: child.slotTable.count)
        let closure = child.frees.map { cellGetter($0) }
        let baseCodes = try bases.compactMap { a -> ExprCode? in
            if case .positional = a.kind { return try expr(a.value) }
            return nil
        }
        let metaclassCode: ExprCode? = try bases.first { if case .keyword("metaclass") = $0.kind { return true }; return false }
            .map { try expr($0.value) }
        let decoratorCodes = try decorators.map { try expr($0) }
        let bind = store(name)
        let line = loc.line
        let moduleName = self.moduleName
        return { f in
            f.line = line
            var decoratorValues: [Value] = []
            for d in decoratorCodes { decoratorValues.append(try d(f)) }
            var baseTypes: [PyType] = []
            for c in baseCodes {
                let b = try c(f)
                guard case .object(let o) = b, let t = o as? PyType else {
                    throw PyError.type("bases must be types, not \(b.typeName)")
                }
                if t === BuiltinTypes.bool || t === BuiltinTypes.noneType {
                    throw PyError.type("type '\(t.name)' is not an acceptable base type")
                }
                baseTypes.append(t)
            }
            if baseTypes.isEmpty { baseTypes = [BuiltinTypes.object] }
            // The metaclass: given with `metaclass=`, else inherited from a base that has one.
            var metaclass: PyType?
            if let code = metaclassCode {
                guard case .object(let mo) = try code(f), let m = mo as? PyType, m.isSubtype(of: BuiltinTypes.type) else {
                    throw PyError.type("metaclass must be a subclass of type")
                }
                metaclass = m === BuiltinTypes.type ? nil : m
            } else {
                metaclass = baseTypes.lazy.map(\.type).first { $0 !== BuiltinTypes.type }
            }
            let frame = Frame.make(info: info, closure: closure.map { $0(f) }, interp: interp)
            frame.classNamespace = AttributeTable()
            frame.classNamespace?[Dunder.module] = .str(moduleName)
            frame.classNamespace?[Dunder.qualname] = .str(qualified)
            do {
                _ = try bodyCode(frame)
            } catch let e as PyError {
                e.exception.traceback.append(TracebackEntry(function: name, file: info.filename, line: frame.line,
                                                            column: e.exception.pendingColumn))
                e.exception.pendingColumn = nil
                throw e
            }
            // A body's own `__module__ = '…'` names the module, as in Python.
            let module = frame.classNamespace?[Dunder.module]?.asString ?? moduleName
            let type = PyType(name: name, bases: baseTypes, module: module, mutable: true, doc: docstring)
            type.qualifiedName = qualified
            type.namespace = frame.classNamespace ?? AttributeTable()
            if let metaclass { type.setType(metaclass) }
            holder.type = type
            try interp.classCreated(type)
            var value = Value.object(type)
            for d in decoratorValues.reversed() { value = try interp.call(d, Arguments([value])) }
            bind(f, value)
            return .normal
        }
    }
}

extension Interpreter {
    /// Hooks run when a class is created: `__set_name__` on descriptors, and the native
    /// base's `__init_subclass__` (how nn.Module learns about its subclasses).
    func classCreated(_ type: PyType) throws {
        for (name, value) in type.namespace.entries {
            if case .object(let o) = value, !(o is PyFunction), !(o is PyType), let hook = o.type.lookup(Dunder.setName) {
                _ = try call(hook, Arguments([value, .object(type), .str(name.name)]))
            }
        }
        for base in type.mro.dropFirst() {
            if let hook = base.namespace[Dunder.initSubclass] {
                _ = try call(hook, Arguments([.object(type)]))
                break
            }
        }
    }
}
