/// Statements and blocks. Each statement's code sets the frame's line first, for tracebacks.
extension Compiler {
    /// A block is a chain: each statement's code holds the rest of the block. Closures called
    /// from a closure's own context need no retain; read out of an array, each would be
    /// retained and released on every run.
    func block(_ body: [Stmt]) throws -> StmtCode {
        // Boxed: a bare closure kept in an Array is stored reabstracted and called through thunks.
        let codes = try body.map { StmtBox(run: try statement($0)) }
        guard var rest = codes.last?.run else { return { _ in .normal } }
        for box in codes.dropLast().reversed() {
            let code = box.run, next = rest
            rest = { f in
                let r = try code(f)
                if case .normal = r { return try next(f) }
                return r
            }
        }
        return rest
    }

    func statement(_ s: Stmt) throws -> StmtCode {
        let interp = self.interp
        switch s {
        case .expr(let e, let loc):
            let c = try expr(e)
            let line = loc.line
            return { f in
                f.line = line
                _ = try c(f)
                return .normal
            }
        case .assign(let targets, let value, let loc):
            return try assignment(targets, value, loc)
        case .augAssign(let t, let op, let v, let loc):
            return try augmentedAssignment(t, op, v, loc)
        case .annAssign(let t, let annotation, let value, let loc):
            return try annotatedAssignment(t, annotation, value, loc)
        case .if(let test, let body, let orElse, let loc):
            let t = try condition(test), b = try block(body)
            let line = loc.line
            if orElse.isEmpty {
                return { f in
                    f.line = line
                    return try t(f) ? try b(f) : .normal
                }
            }
            let o = try block(orElse)
            return { f in
                f.line = line
                return try t(f) ? try b(f) : try o(f)
            }
        case .while(let test, let body, let orElse, let loc):
            return try whileLoop(test, body, orElse, loc)
        case .for(let target, let iterable, let body, let orElse, let loc):
            return try forLoop(target, iterable, body, orElse, loc)
        case .break(let loc):
            if !inLoop { throw SyntaxError("'break' outside loop", at: loc) }
            return { _ in .breakLoop }
        case .continue(let loc):
            if !inLoop { throw SyntaxError("'continue' not properly in loop", at: loc) }
            return { _ in .continueLoop }
        case .pass:
            return { _ in .normal }
        case .return(let value, let loc):
            if scope.kind != .function { throw SyntaxError("'return' outside function", at: loc) }
            let line = loc.line
            guard let value = value else {
                return { f in
                    f.returnValue = .none
                    return .returned
                }
            }
            let v = try operand(value)
            return { f in
                f.line = line
                f.returnValue = try v.read(f)
                return .returned
            }
        case .functionDef(let name, let params, let body, let decorators, let doc, let loc):
            let saved = loopDepth
            loopDepth = 0
            defer { loopDepth = saved }
            return try functionDef(name: name, params: params, body: body, decorators: decorators, docstring: doc, loc: loc)
        case .classDef(let name, let bases, let body, let decorators, let doc, let loc):
            return try classDef(name: name, bases: bases, body: body, decorators: decorators, docstring: doc, loc: loc)
        case .try(let body, let handlers, let orElse, let finally, let loc):
            return try tryStatement(body, handlers, orElse, finally, loc)
        case .raise(let e, let cause, let loc):
            return try raise(e, cause, loc)
        case .with(let items, let body, let loc):
            return try with(items, body, loc)
        case .import(let names, let loc):
            return try importStatement(names, loc)
        case .importFrom(let module, let names, let loc):
            return try importFrom(module, names, loc)
        case .global, .nonlocal:
            return { _ in .normal }
        case .delete(let targets, let loc):
            let parts = try targets.map { try deletion($0) }
            let line = loc.line
            return { f in
                f.line = line
                for p in parts { try p(f) }
                return .normal
            }
        case .assert(let test, let message, let loc):
            let t = try condition(test)
            let m = try message.map { try expr($0) }
            let line = loc.line
            return { f in
                f.line = line
                if !(try t(f)) {
                    if let m = m { throw PyError(PyExceptionObject(type: BuiltinTypes.assertionError, args: [try m(f)])) }
                    throw PyError.assertion(nil)
                }
                return .normal
            }
        }
    }

    var inLoop: Bool { loopDepth > 0 }

    func whileLoop(_ test: Expr, _ body: [Stmt], _ orElse: [Stmt], _ loc: SourceLocation) throws -> StmtCode {
        let interp = self.interp
        let t = try condition(test)
        loopDepth += 1
        let b = try block(body)
        loopDepth -= 1
        let o = try block(orElse)
        let line = loc.line
        return { f in
            while true {
                f.line = line
                guard try t(f) else { return try o(f) }
                switch try b(f) {
                case .breakLoop: return .normal
                case .returned: return .returned
                default: break
                }
                if interp.interrupt.isSet { try interp.checkInterrupt() }
            }
        }
    }

    func forLoop(_ target: Expr, _ iterable: Expr, _ body: [Stmt], _ orElse: [Stmt], _ loc: SourceLocation) throws -> StmtCode {
        let interp = self.interp
        let it = try expr(iterable)
        let assign = try self.target(target)
        loopDepth += 1
        let b = try block(body)
        loopDepth -= 1
        let o = try block(orElse)
        let line = loc.line
        return { f in
            f.line = line
            let source = try it(f)
            if case .object(let obj) = source {
                if let r = obj as? PyRange {
                    var i = r.start
                    while r.step > 0 ? i < r.stop : i > r.stop {
                        try assign(f, .int(i))
                        switch try b(f) {
                        case .breakLoop: return .normal
                        case .returned: return .returned
                        default: break
                        }
                        if interp.interrupt.isSet { try interp.checkInterrupt() }
                        let (next, overflow) = i.addingReportingOverflow(r.step)
                        if overflow { break }
                        i = next
                    }
                    return try o(f)
                }
                if let l = obj as? PyList {
                    var i = 0
                    while i < l.items.count {
                        try assign(f, l.items[i])
                        switch try b(f) {
                        case .breakLoop: return .normal
                        case .returned: return .returned
                        default: break
                        }
                        if interp.interrupt.isSet { try interp.checkInterrupt() }
                        i += 1
                    }
                    return try o(f)
                }
            }
            @inline(__always)
            func iterate(_ next: () throws -> Value?) throws -> Flow {
                while let v = try next() {
                    try assign(f, v)
                    switch try b(f) {
                    case .breakLoop: return .normal
                    case .returned: return .returned
                    default: break
                    }
                    if interp.interrupt.isSet { try interp.checkInterrupt() }
                }
                return try o(f)
            }
            // A generator is resumed directly, with no iterator object around it.
            if case .object(let obj) = source, let g = obj as? PyGenerator {
                return try iterate { try g.next(interp) }
            }
            let iterator = try interp.iterator(source)
            return try iterate { try iterator.next(interp) }
        }
    }

    func raise(_ e: Expr?, _ cause: Expr?, _ loc: SourceLocation) throws -> StmtCode {
        let interp = self.interp
        let line = loc.line
        guard let e = e else {
            return { f in
                f.line = line
                guard let current = interp.handling.last else {
                    throw PyError.runtime("No active exception to reraise")
                }
                throw PyError(current)
            }
        }
        let ec = try expr(e)
        let cc = try cause.map { try expr($0) }
        return { f in
            f.line = line
            let exc = try interp.makeException(ec(f))
            if let cc = cc {
                let c = try cc(f)
                if c.isNone {
                    exc.cause = nil
                } else {
                    exc.cause = try interp.makeException(c)
                }
                exc.suppressContext = true
            }
            if exc.context == nil, let ctx = interp.handling.last, ctx !== exc { exc.context = ctx }
            exc.traceback = []
            exc.pendingColumn = nil
            throw PyError(exc)
        }
    }
}

extension Interpreter {
    /// The exception object for `raise X` / `raise X(...)`.
    public func makeException(_ v: Value) throws -> PyExceptionObject {
        if case .object(let o) = v {
            if let e = o as? PyExceptionObject { return e }
            if let t = o as? PyType, t.isSubtype(of: BuiltinTypes.baseException) {
                let instance = try call(v, Arguments())
                if case .object(let io) = instance, let e = io as? PyExceptionObject { return e }
            }
        }
        throw PyError.type("exceptions must derive from BaseException")
    }
}
