/// `def` and `lambda`: compiles the body in its own scope and builds the function object,
/// with defaults evaluated and closure cells captured at definition time.
extension Compiler {
    struct FunctionTemplate {
        let code: FunctionCode
        let defaults: [ExprCode]
        let keywordDefaults: [(String, ExprCode)]
        /// Evaluated at definition time, as Python does, into `__annotations__`.
        let annotations: [(String, ExprCode)]
        let closure: [(Frame) -> PyCell]
    }

    /// A function's annotated names in `__annotations__` order, `return` last.
    static func annotations(of p: Parameters) -> [(name: String, annotation: Expr)] {
        var out: [(name: String, annotation: Expr)] = []
        for param in p.positionalOnly + p.regular { if let a = param.annotation { out.append((param.name, a)) } }
        if let v = p.varArgs, let a = p.varArgsAnnotation { out.append((v, a)) }
        for param in p.keywordOnly { if let a = param.annotation { out.append((param.name, a)) } }
        if let k = p.varKeywords, let a = p.varKeywordsAnnotation { out.append((k, a)) }
        if let a = p.returnAnnotation { out.append(("return", a)) }
        return out
    }

    func functionTemplate(name: String, params: Parameters, key: String, loc: SourceLocation,
                          compileBody: (Compiler, _ isGenerator: Bool) throws -> FunctionBody) throws -> FunctionTemplate {
        guard let child = scope.children[key] else {
            throw SyntaxError("internal: no scope for \(name)", at: loc)
        }
        let qualified = qualifiedPrefix.isEmpty ? name : qualifiedPrefix + "." + name
        let compiler = nested(scope: child, qualifiedPrefix: qualified + ".<locals>")
        compiler.currentClassHolder = currentClassHolder
        compiler.className = className
        // Parameters take the first slots, in order.
        var names = (params.positionalOnly + params.regular).map(\.name)
        let positionalCount = names.count
        if let v = params.varArgs { names.append(v) }
        names += params.keywordOnly.map(\.name)
        if let k = params.varKeywords { names.append(k) }
        let slots = names.map { child.slot(for: $0) }
        let cellParams = names.enumerated().filter { child.cells.contains($0.element) }.map { slots[$0.offset] }
        let body = try compileBody(compiler, child.isGenerator)
        let paramSet = Set(names)
        let cellSlots = child.bound.filter { child.cells.contains($0) && !paramSet.contains($0) && child.isLocal($0) }
            .map { child.slot(for: $0) }
        let info = CodeInfo(name: name, filename: filename, slotCount: child.slotTable.count)
        let code = FunctionCode(
            info: info, positionalNames: Array(names.prefix(positionalCount)),
            positionalOnlyCount: params.positionalOnly.count,
            keywordOnlyNames: params.keywordOnly.map(\.name), parameterSlots: slots,
            varArgsSlot: params.varArgs.map { child.slot(for: $0) },
            varKeywordsSlot: params.varKeywords.map { child.slot(for: $0) },
            cellParameterSlots: cellParams, cellSlots: cellSlots, body: body)
        info.slotCount = child.slotTable.count
        let defaults = try (params.positionalOnly + params.regular).compactMap { try $0.defaultValue.map { try expr($0) } }
        let keywordDefaults = try params.keywordOnly.compactMap { p in try p.defaultValue.map { (p.name, try expr($0)) } }
        let annotations = try Compiler.annotations(of: params).map { ($0.name, try expr($0.annotation)) }
        let closure = child.frees.map { cellGetter($0) }
        return FunctionTemplate(code: code, defaults: defaults, keywordDefaults: keywordDefaults,
                                annotations: annotations, closure: closure)
    }

    /// Reads the cell of a captured variable from the defining frame.
    func cellGetter(_ name: String) -> (Frame) -> PyCell {
        switch scope.ref(name, globals) {
        case .cell(let s):
            return { f in
                if case .object(let o)? = f.slots[s], let c = o as? PyCell { return c }
                return PyCell(nil)
            }
        case .free(let i): return { f in f.closure[i] }
        default: return { _ in PyCell(nil) }
        }
    }

    func makeFunction(_ t: FunctionTemplate, name: String, doc: String?) -> ExprCode {
        let qualified = qualifiedPrefix.isEmpty ? name : qualifiedPrefix + "." + name
        let moduleName = self.moduleName
        return { f in
            var defaults: [Value] = []
            for d in t.defaults { defaults.append(try d(f)) }
            var kwDefaults: [String: Value] = [:]
            for (n, d) in t.keywordDefaults { kwDefaults[n] = try d(f) }
            let fn = PyFunction(code: t.code, defaults: defaults, keywordDefaults: kwDefaults,
                                closure: t.closure.map { $0(f) }, name: name, qualifiedName: qualified, doc: doc)
            fn.moduleName = moduleName
            if !t.annotations.isEmpty {
                let table = PyDict()
                for (n, a) in t.annotations { table[HashKey.string(n)] = try a(f) }
                fn.annotations = table
            }
            return .object(fn)
        }
    }

    func functionDef(name: String, params: Parameters, body: [Stmt], decorators: [Expr], docstring: String?,
                     loc: SourceLocation) throws -> StmtCode {
        let interp = self.interp
        let template = try functionTemplate(name: name, params: params, key: Scope.key(loc, "def"), loc: loc) { c, isGenerator in
            isGenerator ? .generator(try c.block(body)) : .function(try c.functionValueBody(body))
        }
        let make = makeFunction(template, name: name, doc: docstring)
        let decoratorCodes = try decorators.map { try expr($0) }
        let bind = store(name)
        let line = loc.line
        let varArgsName = params.varArgs, varKeywordsName = params.varKeywords
        return { f in
            f.line = line
            var decoratorValues: [Value] = []
            for d in decoratorCodes { decoratorValues.append(try d(f)) }
            var value = try make(f)
            if case .object(let o) = value, let fn = o as? PyFunction {
                if let v = varArgsName { fn.varArgsName = v }
                if let k = varKeywordsName { fn.varKeywordsName = k }
            }
            for d in decoratorValues.reversed() { value = try interp.call(d, Arguments([value])) }
            bind(f, value)
            return .normal
        }
    }

    func lambda(_ params: Parameters, _ body: Expr, _ loc: SourceLocation) throws -> ExprCode {
        let template = try functionTemplate(name: "<lambda>", params: params, key: Scope.key(loc, "lambda"), loc: loc) { c, isGenerator in
            let e = try c.expr(body)
            // `lambda: (yield)` is a generator whose value is the lambda's return value.
            if isGenerator {
                return .generator({ f in
                    f.returnValue = try e(f)
                    return .returned
                })
            }
            return .function(e)
        }
        return makeFunction(template, name: "<lambda>", doc: nil)
    }

    func yieldExpression(_ value: Expr?, _ loc: SourceLocation) throws -> ExprCode {
        let v = try value.map { try expr($0) }
        return { f in
            return try f.yieldFromBody(try v?(f) ?? Value.none)
        }
    }

    /// `yield from source`: a generator source receives what is sent or thrown into this one
    /// and is closed with it; the expression's value is the source's return value.
    func yieldFrom(_ value: Expr, _ loc: SourceLocation) throws -> ExprCode {
        let interp = self.interp
        let v = try expr(value)
        return { f in
            let source = try v(f)
            if case .object(let o) = source, let inner = o as? PyGenerator {
                var next = try inner.next(interp)
                while let x = next {
                    // What `yieldValue` throws was thrown into this generator by its consumer.
                    let sent: Value
                    do {
                        sent = try f.yieldFromBody(x)
                    } catch let e as PyError where e.isInstance(of: BuiltinTypes.generatorExit) {
                        try inner.close(interp)
                        throw e
                    } catch let e as PyError {
                        next = try inner.throwInto(interp, e)
                        continue
                    }
                    next = try inner.next(interp, send: sent)
                }
                return inner.returnValue
            }
            let it = try interp.iterator(source)
            while let x = try it.next(interp) { _ = try f.yieldFromBody(x) }
            return .none
        }
    }
}
