/// `receiver.name(a, b)` with plain positional arguments. The commonest container methods
/// (`dict.get`, `list.append`) run inline on plain dicts and lists; other methods of built-in
/// types go through a per-call-site cache of the resolved native function, valid because a
/// built-in type's namespace never changes. Everything else takes `callMethod`.
extension Compiler {
    func methodCall(_ receiverOperand: Operand, _ sym: Symbol, _ codes: [Operand], constants: [Value?], _ column: Int) -> ExprCode {
        let interp = self.interp
        let cache = NativeMethodCache()
        let methods = PlainMethodCache()
        /// Fills the argument array (the receiver first) once: the cached built-in method's
        /// spare array, or a new one for the general path.
        @inline(__always) func general(_ receiver: Value, _ fill: (inout [Value]) throws -> Void) throws -> Value {
            do {
                if case .object(let o) = receiver, let type = cache.type, o.hasType(identifiedBy: type), o.attributes == nil, let native = cache.function {
                    return try cache.call(native, interp, fill)
                }
                if cache.type == nil { cache.remember(receiver, sym) }
                var values: [Value] = []
                // Appending into an empty array would grow it once per argument.
                values.reserveCapacity(codes.count + 1)
                try fill(&values)
                return try interp.callMethod(receiver, sym, withReceiver: Arguments(values))
            } catch let e as PyError { Compiler.mark(e, column); throw e }
        }
        switch (sym.name, codes.count) {
        case ("get", 2) where constants[1] != nil:
            // `counts.get(w, 0)`: the constant default is captured as a value, not read through code.
            // (Kept apart from the general `get` below: one closure for both captures more, and
            // its entry costs the word count about 1% more instructions.)
            let keyCode = codes[0]
            let fallback = constants[1] ?? Value.none
            let slow: ExprCode = { f in
                let receiver = try receiverOperand.read(f)
                let key = try keyCode.read(f)
                if case .object(let o) = receiver, let d = o.asPlainDict {
                    do { return d[try interp.hashKey(key)] ?? fallback } catch let e as PyError { Compiler.mark(e, column); throw e }
                }
                return try general(receiver) { $0.append(receiver); $0.append(key); $0.append(fallback) }
            }
            guard receiverOperand.isVariable, keyCode.isVariable else { return slow }
            let site = DictStrKeySite(receiver: receiverOperand, key: keyCode)
            return { f in
                if let value = site.get(f, fallback: fallback) { return value }
                return try slow(f)
            }
        case ("get", 1), ("get", 2):
            let keyCode = codes[0]
            let defaultCode = codes.count == 2 ? codes[1] : Operand.constant(.none)
            return { f in
                let receiver = try receiverOperand.read(f)
                let key = try keyCode.read(f)
                let fallback = try defaultCode.read(f)
                if case .object(let o) = receiver, let d = o.asPlainDict {
                    do { return d[try interp.hashKey(key)] ?? fallback } catch let e as PyError { Compiler.mark(e, column); throw e }
                }
                return try general(receiver) {
                    $0.append(receiver)
                    $0.append(key)
                    if codes.count == 2 { $0.append(fallback) }
                }
            }
        case ("append", 1):
            let itemCode = codes[0]
            return { f in
                let receiver = try receiverOperand.read(f)
                let item = try itemCode.read(f)
                if case .object(let o) = receiver, let l = o.asPlainList {
                    l.items.append(item)
                    return .none
                }
                return try general(receiver) { $0.append(receiver); $0.append(item) }
            }
        case (_, 0):
            return { f in
                let receiver = try receiverOperand.read(f)
                if let method = Compiler.plainMethod(receiver, sym, arity: 1, methods) {
                    do { return try method.invoke1(interp, receiver) } catch let e as PyError { Compiler.mark(e, column); throw e }
                }
                if let function = Compiler.moduleFunction(receiver, sym) {
                    do { return try cache.call(function, interp) { _ in } } catch let e as PyError { Compiler.mark(e, column); throw e }
                }
                return try general(receiver) { $0.append(receiver) }
            }
        case (_, 1):
            // Operands captured one by one: read out of an array, each closure would be
            // retained around its call.
            let a0 = codes[0]
            return { f in
                let receiver = try receiverOperand.read(f)
                let v0 = try a0.read(f)
                if let method = Compiler.plainMethod(receiver, sym, arity: 2, methods) {
                    do { return try method.invoke2(interp, receiver, consume v0) } catch let e as PyError { Compiler.mark(e, column); throw e }
                }
                if let function = Compiler.moduleFunction(receiver, sym) {
                    do { return try cache.call(function, interp) { $0.append(v0) } } catch let e as PyError { Compiler.mark(e, column); throw e }
                }
                return try general(receiver) { $0.append(receiver); $0.append(v0) }
            }
        case (_, 2):
            let a0 = codes[0], a1 = codes[1]
            return { f in
                let receiver = try receiverOperand.read(f)
                let v0 = try a0.read(f), v1 = try a1.read(f)
                if let method = Compiler.plainMethod(receiver, sym, arity: 3, methods) {
                    do { return try method.invoke3(interp, receiver, consume v0, consume v1) } catch let e as PyError { Compiler.mark(e, column); throw e }
                }
                if let function = Compiler.moduleFunction(receiver, sym) {
                    do { return try cache.call(function, interp) { $0.append(v0); $0.append(v1) } } catch let e as PyError { Compiler.mark(e, column); throw e }
                }
                return try general(receiver) { $0.append(receiver); $0.append(v0); $0.append(v1) }
            }
        default:
            return { f in
                let receiver = try receiverOperand.read(f)
                return try general(receiver) { values in
                    values.append(receiver)
                    for c in codes { values.append(try c.read(f)) }
                }
            }
        }
    }
}

/// The native function a call site found on a built-in type, for the next receivers of the
/// same type; the first receiver decides. Only immutable built-in types are remembered (their methods cannot change);
/// type objects and `super()` are left out, since their attribute lookup differs.
final class NativeMethodCache {
    var type: ObjectIdentifier?
    var function: PyNativeFunction?
    /// Built-in types live as long as the process.
    var pinnedType: PyType?
    /// The argument array of the last native call, emptied, for the next one (see CallSite).
    private var spareValues: [Value] = []

    /// Calls `native` on the arguments `fill` appends, in the spare array.
    @inline(__always)
    func call(_ native: PyNativeFunction, _ interp: Interpreter, _ fill: (inout [Value]) throws -> Void) throws -> Value {
        var values: [Value] = []
        swap(&values, &spareValues)
        try fill(&values)
        let result = try interp.callNative(native, recycling: &values)
        swap(&values, &spareValues)
        return result
    }

    func remember(_ receiver: Value, _ name: Symbol) {
        guard case .object(let o) = receiver, !(o is PyType), !(o is PySuper), o.attributes == nil else { return }
        let t = o.type
        guard t.isBuiltin, !t.isMutable, case .object(let fo)? = t.lookup(name), let native = fo as? PyNativeFunction else { return }
        pinnedType = t
        type = ObjectIdentifier(t)
        function = native
    }
}

/// What a method call site last found on a class defined in a cell: the Python function its
/// name resolves to (nil when it is not a plain function), kept while the receivers have that
/// class and no class namespace changed (PEP 659's method cache, keyed on the type): a method
/// rebound on any class is looked up again.
final class PlainMethodCache {
    var type: ObjectIdentifier?
    var generation = -1
    var function: PyFunction?
    /// Keeps the type alive while `type` names it.
    var pinnedType: PyType?

    func remember(_ type: PyType, _ function: PyFunction?) {
        pinnedType = type
        self.type = ObjectIdentifier(type)
        self.function = function
        generation = PyType.namespaceGeneration
    }
}

extension Compiler {
    /// The Python function `receiver.name` would bind, when the receiver is an instance of a
    /// class defined in a cell, no instance attribute hides the name, and the function takes
    /// exactly `arity` positional arguments (self included): the call can then go straight into
    /// its frame, without a bound method or an argument array.
    @inline(__always)
    static func plainMethod(_ receiver: Value, _ name: Symbol, arity: Int, _ cache: PlainMethodCache) -> PyFunction? {
        guard case .object(let o) = receiver, o.hasCellDefinedType, !o.hasOwnAttribute(name) else { return nil }
        if let type = cache.type, o.hasType(identifiedBy: type), cache.generation == PyType.namespaceGeneration { return cache.function }
        let function: PyFunction?
        if case .object(let f)? = o.type.lookup(name), let found = f as? PyFunction, found.acceptsPositionalOnly(arity) {
            function = found
        } else {
            function = nil
        }
        cache.remember(o.type, function)
        return function
    }

    /// The built-in function a module holds under `name` (`math.exp`, `np.zeros`): called with
    /// the arguments as they are, without looking the attribute up as a bound value first.
    @inline(__always)
    static func moduleFunction(_ receiver: Value, _ name: Symbol) -> PyNativeFunction? {
        guard case .object(let o) = receiver, let module = o as? PyModule,
              case .object(let f)? = module.attributes?[name], let function = f as? PyNativeFunction else { return nil }
        return function
    }
}
