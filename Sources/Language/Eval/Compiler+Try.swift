/// `try/except/else/finally` and `with`.
extension Compiler {
    func tryStatement(_ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt], _ finally: [Stmt],
                      _ loc: SourceLocation) throws -> StmtCode {
        let interp = self.interp
        let b = try block(body)
        let compiled: [(type: ExprCode?, bind: ((Frame, Value) -> Void)?, unbind: ((Frame) throws -> Void)?, body: StmtCode)] =
            try handlers.map { h in
                (try h.type.map { try expr($0) }, h.name.map { store($0) }, h.name.map { delete($0) }, try block(h.body))
            }
        let e = try block(orElse)
        let fin = finally.isEmpty ? nil : try block(finally)

        let tryExcept: StmtCode = { f in
            let flow: Flow
            do {
                flow = try b(f)
            } catch let error as PyError {
                let exc = error.exception
                for h in compiled {
                    if let typeCode = h.type {
                        guard try interp.exceptionMatches(exc, try typeCode(f)) else { continue }
                    }
                    exc.pendingColumn = nil
                    h.bind?(f, .object(exc))
                    interp.handling.append(exc)
                    defer { interp.handling.removeLast() }
                    let r = try h.body(f)
                    try? h.unbind?(f)
                    return r
                }
                throw error
            }
            if case .normal = flow { return try e(f) }
            return flow
        }
        guard let fin = fin else { return tryExcept }
        return { f in
            let flow: Flow
            do {
                flow = try tryExcept(f)
            } catch let error as PyError {
                interp.handling.append(error.exception)
                let r = try fin(f)
                interp.handling.removeLast()
                if case .normal = r { throw error }
                return r
            }
            let saved = f.returnValue
            let r = try fin(f)
            if case .normal = r {
                f.returnValue = saved
                return flow
            }
            return r
        }
    }

    func with(_ items: [WithItem], _ body: [Stmt], _ loc: SourceLocation) throws -> StmtCode {
        guard let first = items.first else { return try block(body) }
        let interp = self.interp
        let context = try expr(first.context)
        let bind = try first.target.map { try target($0) }
        let inner = items.count > 1 ? try with(Array(items.dropFirst()), body, loc) : try block(body)
        let line = loc.line
        return { f in
            f.line = line
            let manager = try context(f)
            guard let enter = try interp.lookupAttribute(manager, Dunder.enter),
                  let exit = try interp.lookupAttribute(manager, Dunder.exit) else {
                throw PyError.type("'\(manager.typeName)' object does not support the context manager protocol")
            }
            let entered = try interp.call(enter, Arguments())
            let flow: Flow
            do {
                try bind?(f, entered)
                flow = try inner(f)
            } catch let error as PyError {
                let exc = error.exception
                let suppress = try interp.isTruthy(interp.call(exit, Arguments([.object(exc.type), .object(exc), .none])))
                if suppress { return .normal }
                throw error
            }
            _ = try interp.call(exit, Arguments([.none, .none, .none]))
            return flow
        }
    }
}

extension Interpreter {
    /// `except T:` matching: a class, or a tuple of classes.
    public func exceptionMatches(_ exc: PyExceptionObject, _ spec: Value) throws -> Bool {
        if case .object(let o) = spec {
            if let t = o as? PyType {
                guard t.isSubtype(of: BuiltinTypes.baseException) else {
                    throw PyError.type("catching classes that do not inherit from BaseException is not allowed")
                }
                return exc.type.isSubtype(of: t)
            }
            if let tuple = o as? PyTuple {
                for item in tuple.items where try exceptionMatches(exc, item) { return true }
                return false
            }
        }
        throw PyError.type("catching classes that do not inherit from BaseException is not allowed")
    }
}
