/// Calls: positional fast path, keywords, `*args`/`**kwargs` expansion, method calls without
/// a bound-method allocation, and zero-argument `super()`.
extension Compiler {
    func call(_ callee: Expr, _ args: [Argument], _ loc: SourceLocation) throws -> ExprCode {
        let interp = self.interp
        let column = loc.column
        if case .name("super", _) = callee, args.isEmpty, let superCode = zeroArgumentSuper() {
            return superCode
        }
        let simple = args.allSatisfy { if case .positional = $0.kind { return true }; return false }
        if case .attribute(let objExpr, let name, _) = callee {
            let receiver = try operand(objExpr)
            let sym = Symbol(mangle(name))
            if simple {
                let constants = try args.map { a -> Value? in
                    if case .constant(let c, let loc) = a.value { return try constant(c, loc) }
                    return nil
                }
                return methodCall(receiver, sym, try args.map { try operand($0.value) }, constants: constants, column)
            }
            let buildArgs = try argumentsBuilder(args)
            return { f in
                let receiver = try receiver.read(f)
                let a = try buildArgs(f)
                do { return try interp.callMethod(receiver, sym, a) } catch let e as PyError { Compiler.mark(e, column); throw e }
            }
        }
        let calleeOperand = try operand(callee)
        let calleeCode = calleeOperand.code
        if simple && args.count <= 3 {
            // Calls of Python functions with plain positional arguments skip the Arguments array.
            // One closure per arity: optional closures would be called through a thunk. The
            // argument codes are captured one by one (called from the closure's own context, they
            // need no retain); everything else sits in the call site object, so the closure's
            // entry passes a few captured values, not a dozen.
            let codes = try args.map { ExprBox(run: try expr($0.value)) }
            var argumentStep: (slot: Int, operation: LocalIntOperation, constant: Int)?
            if codes.count == 1, let chain = intChain(args[0].value), chain.rest.isEmpty {
                argumentStep = (chain.slot, chain.operation, chain.constant)
            }
            let site = CallSite(callee: calleeOperand, arity: codes.count, interp: interp, column: column,
                                argumentStep: argumentStep, argumentCodes: codes, arguments: positionalArguments(codes))
            if argumentStep != nil {
                // `fib(n - 1)`: the argument is computed here, not by a closure of its own; any
                // case but an int in range goes to its code, which reads the local again.
                let c0 = codes[0].run
                return { f in
                    if let pyFunction = site.directCallee(f) {
                        let a0: Value
                        if case .int(let x)? = f.slots[site.argumentSlot], let r = site.argumentOperation.apply(x, site.argumentConstant) {
                            a0 = .int(r)
                        } else {
                            a0 = try c0(f)
                        }
                        do { return try pyFunction.invoke1(site.interp, consume a0) } catch let e as PyError { Compiler.mark(e, site.column); throw e }
                    }
                    return try site.generalCall(f)
                }
            }
            switch codes.count {
            // A class whose instances are built by a Python `__init__` (`Vec(x, y)`) takes the
            // same direct path, one argument more: the new instance.
            case 0:
                return { f in
                    if let pyFunction = site.directCallee(f) {
                        do { return try pyFunction.invoke0(site.interp) } catch let e as PyError { Compiler.mark(e, site.column); throw e }
                    }
                    if let (type, initializer) = site.plainClass(f) {
                        return try site.construct(type) { try initializer.invoke1(site.interp, $0) }
                    }
                    let callee = try site.callee.read(f)
                    if let pyFunction = site.plainFunction(callee) {
                        do { return try pyFunction.invoke0(site.interp) } catch let e as PyError { Compiler.mark(e, site.column); throw e }
                    }
                    return try site.generalCall(f, callee: callee)
                }
            case 1:
                let c0 = codes[0].run
                return { f in
                    if let pyFunction = site.directCallee(f) {
                        let a0 = try c0(f)
                        do { return try pyFunction.invoke1(site.interp, consume a0) } catch let e as PyError { Compiler.mark(e, site.column); throw e }
                    }
                    if let (type, initializer) = site.plainClass(f) {
                        let a0 = try c0(f)
                        return try site.construct(type) { try initializer.invoke2(site.interp, $0, a0) }
                    }
                    let callee = try site.callee.read(f)
                    if let pyFunction = site.plainFunction(callee) {
                        let a0 = try c0(f)
                        do { return try pyFunction.invoke1(site.interp, consume a0) } catch let e as PyError { Compiler.mark(e, site.column); throw e }
                    }
                    return try site.generalCall(f, callee: callee)
                }
            case 2:
                let c0 = codes[0].run, c1 = codes[1].run
                return { f in
                    if let pyFunction = site.directCallee(f) {
                        let a0 = try c0(f), a1 = try c1(f)
                        do { return try pyFunction.invoke2(site.interp, consume a0, consume a1) } catch let e as PyError { Compiler.mark(e, site.column); throw e }
                    }
                    if let (type, initializer) = site.plainClass(f) {
                        let a0 = try c0(f), a1 = try c1(f)
                        return try site.construct(type) { try initializer.invoke3(site.interp, $0, a0, a1) }
                    }
                    let callee = try site.callee.read(f)
                    if let pyFunction = site.plainFunction(callee) {
                        let a0 = try c0(f), a1 = try c1(f)
                        do { return try pyFunction.invoke2(site.interp, consume a0, consume a1) } catch let e as PyError { Compiler.mark(e, site.column); throw e }
                    }
                    return try site.generalCall(f, callee: callee)
                }
            default:
                let c0 = codes[0].run, c1 = codes[1].run, c2 = codes[2].run
                return { f in
                    if let pyFunction = site.directCallee(f) {
                        let a0 = try c0(f), a1 = try c1(f), a2 = try c2(f)
                        do { return try pyFunction.invoke3(site.interp, consume a0, consume a1, consume a2) } catch let e as PyError { Compiler.mark(e, site.column); throw e }
                    }
                    if let (type, initializer) = site.plainClass(f) {
                        let a0 = try c0(f), a1 = try c1(f), a2 = try c2(f)
                        return try site.construct(type) { try initializer.invoke(site.interp, Arguments([$0, a0, a1, a2])) }
                    }
                    let callee = try site.callee.read(f)
                    if let pyFunction = site.plainFunction(callee) {
                        let a0 = try c0(f), a1 = try c1(f), a2 = try c2(f)
                        do { return try pyFunction.invoke3(site.interp, consume a0, consume a1, consume a2) } catch let e as PyError { Compiler.mark(e, site.column); throw e }
                    }
                    return try site.generalCall(f, callee: callee)
                }
            }
        }
        let buildArgs = try argumentsBuilder(args)
        return { f in
            let function = try calleeCode(f)
            let a = try buildArgs(f)
            do { return try interp.call(function, a) } catch let e as PyError { Compiler.mark(e, column); throw e }
        }
    }

    func argumentsBuilder(_ args: [Argument]) throws -> (Frame) throws -> Arguments {
        let interp = self.interp
        let simple = args.allSatisfy { if case .positional = $0.kind { return true }; return false }
        if simple {
            return positionalArguments(try args.map { ExprBox(run: try expr($0.value)) })
        }
        enum Piece { case positional(ExprCode), star(ExprCode), keyword(Symbol, ExprCode), doubleStar(ExprCode) }
        let pieces: [Piece] = try args.map { a in
            switch a.kind {
            case .positional: return .positional(try expr(a.value))
            case .star: return .star(try expr(a.value))
            case .keyword(let n): return .keyword(Symbol(n), try expr(a.value))
            case .doubleStar: return .doubleStar(try expr(a.value))
            }
        }
        return { f in
            var result = Arguments()
            for p in pieces {
                switch p {
                case .positional(let c): result.positional.append(try c(f))
                case .star(let c): result.positional.append(contentsOf: try interp.iterateToArray(c(f)))
                case .keyword(let s, let c):
                    if result.keywords.contains(where: { $0.name == s }) {
                        throw PyError.type("keyword argument repeated: \(s.name)")
                    }
                    result.keywords.append((s, try c(f)))
                case .doubleStar(let c):
                    let mapping = try c(f)
                    guard case .object(let o) = mapping, let d = o as? PyDict else {
                        throw PyError.type("argument after ** must be a mapping, not \(mapping.typeName)")
                    }
                    for (k, v) in d.entries {
                        guard let key = k.asString else { throw PyError.type("keywords must be strings") }
                        let s = Symbol(key)
                        if result.keywords.contains(where: { $0.name == s }) {
                            throw PyError.type("got multiple values for keyword argument '\(key)'")
                        }
                        result.keywords.append((s, v))
                    }
                }
            }
            return result
        }
    }

    /// The Arguments of plain positional arguments, from their compiled codes.
    func positionalArguments(_ codes: [ExprBox]) -> (Frame) throws -> Arguments {
        switch codes.count {
        case 0: return { _ in Arguments() }
        case 1:
            let c0 = codes[0].run
            return { f in Arguments([try c0(f)]) }
        case 2:
            let c0 = codes[0].run, c1 = codes[1].run
            return { f in
                let a = try c0(f)
                return Arguments([a, try c1(f)])
            }
        default:
            return { f in
                var values: [Value] = []
                values.reserveCapacity(codes.count)
                for c in codes { values.append(try c.run(f)) }
                return Arguments(values)
            }
        }
    }

    /// `super()` inside a method: the defining class and the first parameter.
    func zeroArgumentSuper() -> ExprCode? {
        var s: Scope? = scope
        while let cur = s, cur.kind == .comprehension { s = cur.parent }
        guard let function = s, function.kind == .function, let first = function.params.first else { return nil }
        let selfRef = function === scope ? scope.ref(first, globals) : function.ref(first, globals)
        let classHolder = currentClassHolder
        return { f in
            guard let cls = classHolder?.type else {
                throw PyError.runtime("super(): __class__ cell not found")
            }
            let receiver: Value?
            switch selfRef {
            case .fast(let slot): receiver = f.slots[slot]
            case .cell(let slot):
                if case .object(let o)? = f.slots[slot] { receiver = unsafeDowncast(o, to: PyCell.self).value } else { receiver = nil }
            case .free(let i): receiver = f.closure[i].value
            default: receiver = nil
            }
            guard let obj = receiver else { throw PyError.runtime("super(): no arguments") }
            return .object(PySuper(type: cls, object: obj))
        }
    }
}

/// Holds the class a method was defined in, filled when the class statement finishes.
/// Strong, though it makes a cycle (class -> method -> holder -> class): a weak reference
/// would send every retain of the class down the runtime's slow path, and classes of a
/// session are few.
final class ClassHolder {
    var type: PyType?
}

/// `super()` / `super(Cls, obj)`: attribute lookup that starts after `type` in obj's MRO.
public final class PySuper: PyObject {
    public let startType: PyType
    public let object: Value

    public init(type: PyType, object: Value) {
        self.startType = type
        self.object = object
        super.init(type: BuiltinTypes.superType)
    }

    func lookup(_ name: Symbol, _ interp: Interpreter) throws -> Value? {
        let ownerType: PyType
        if case .object(let o) = object, let t = o as? PyType { ownerType = t } else { ownerType = object.type }
        guard let v = ownerType.lookup(name, after: startType) else { return nil }
        if case .object(let d) = v {
            if d is PyFunction || d is PyNativeFunction {
                if case .object(let o) = object, o is PyType { return v }
                return .object(PyBoundMethod(function: v, receiver: object))
            }
            if let c = d as? PyClassMethod { return .object(PyBoundMethod(function: c.function, receiver: .object(ownerType))) }
            if let s = d as? PyStaticMethod { return s.function }
            if let p = d as? PyProperty, let g = p.getter { return try interp.call(g, Arguments([object])) }
            if let p = d as? PyNativeProperty { return try p.get(interp, object) }
        }
        return v
    }
}
