/// Calling any callable: functions, native functions, bound methods, classes and objects
/// with `__call__`.
extension Interpreter {
    public func call(_ callee: Value, _ args: Arguments) throws -> Value {
        guard case .object(let o) = callee else {
            throw PyError.type("'\(callee.typeName)' object is not callable")
        }
        switch o {
        case let f as PyFunction: return try f.invoke(self, args)
        case let n as PyNativeFunction: return try callNative(n, args)
        case let m as PyBoundMethod:
            if case .object(let fo) = m.function, let f = fo as? PyFunction {
                return try f.invoke(self, args.prepending(m.receiver))
            }
            return try call(m.function, args.prepending(m.receiver))
        case let t as PyType: return try instantiate(t, args)
        default:
            if let f = o.type.lookup(Dunder.call) { return try call(f, args.prepending(callee)) }
            throw PyError.type("'\(o.type.messageName)' object is not callable")
        }
    }

    /// Runs a native function. Native work does not poll the interrupt flag line by line, so
    /// an interrupt that arrived while it ran stops the cell as soon as it returns, before the
    /// next statement: the flag is never lost.
    @inline(__always)
    public func callNative(_ f: PyNativeFunction, _ args: Arguments) throws -> Value {
        let result = try f.body(self, args)
        if interrupt.isSet { try checkInterrupt() }
        return result
    }

    /// Runs a native function on `values` as its positional arguments, then hands the array
    /// back emptied with its capacity kept: a call site that keeps it allocates no argument
    /// array on its next call (when the function kept the array, emptying it allocates anew).
    @inline(__always)
    func callNative(_ f: PyNativeFunction, recycling values: inout [Value]) throws -> Value {
        try Arguments.recycling(&values) { try callNative(f, $0) }
    }

    /// `callee(argument)`, as a `key=`, `map` or `filter` function is called once per item: a
    /// Python function of one parameter goes straight into its frame, without an argument array.
    public func call(_ callee: Value, one argument: Value) throws -> Value {
        if case .object(let o) = callee, let function = o as? PyFunction, function.acceptsPositionalOnly(1) {
            return try function.invoke1(self, argument)
        }
        return try call(callee, Arguments([argument]))
    }

    /// `callee(a, b)`, as an operator dunder or a property setter is called: a Python function
    /// of two parameters goes straight into its frame.
    public func call(_ callee: Value, two a: Value, _ b: Value) throws -> Value {
        if case .object(let o) = callee, let function = o as? PyFunction, function.acceptsPositionalOnly(2) {
            return try function.invoke2(self, a, b)
        }
        return try call(callee, Arguments([a, b]))
    }

    /// Convenience for native code: `interp.call(f, v1, v2)`.
    public func call(_ callee: Value, _ positional: Value...) throws -> Value {
        try call(callee, Arguments(positional))
    }

    /// `Cls(args)`: a native constructor, or allocate + `__init__`.
    public func instantiate(_ t: PyType, _ args: Arguments) throws -> Value {
        if let ctor = t.constructor { return try ctor(self, t, args) }
        // A user class deriving from a built-in type with a native constructor (class
        // MyDict(dict), class Tag(str)) is built by that constructor and retargeted, when the
        // constructor yields a new object. (Every type inherits object's allocator, so the
        // allocator does not tell native bases apart.)
        if t.isMutable, let base = t.nativeConstructorBase, let ctor = base.constructor {
            // A class of the cell's own __new__ (a namedtuple, `class Celsius(float)` with
            // __new__) makes its instance itself, through the base's __new__.
            if let newFn = t.customNew {
                let instance = try call(newFn, args.prepending(.object(t)))
                if instance.type.isSubtype(of: t), let initFn = t.lookup(Dunder.`init`), !isNativeInit(initFn) {
                    _ = try call(initFn, args.prepending(instance))
                }
                return instance
            }
            let initFn = t.lookup(Dunder.`init`)
            let userInit = initFn.map { !isNativeInit($0) } ?? false
            // An immutable base (str, int, tuple…) gets its value from the call's arguments, as
            // its __new__ does; a list, dict or set is filled by __init__, which the class's own
            // __init__ replaces.
            let filledByInit = [BuiltinTypes.list, BuiltinTypes.dict, BuiltinTypes.set].contains { $0 === base }
            let constructorArgs = userInit && filledByInit ? Arguments() : args
            var v = try ctor(self, t, constructorArgs)
            // tuple(t) may hand back its argument; the subclass instance must be a new object.
            if constructorArgs.positional.contains(where: { $0.isIdentical(to: v) }),
               case .object(let o) = v, let tuple = o as? PyTuple {
                v = .object(PyTuple(tuple.items, type: t))
            }
            if case .object(let o) = v, !constructorArgs.positional.contains(where: { $0.isIdentical(to: v) }) {
                o.setType(t)
            } else {
                throw PyError.notImplemented("subclassing '\(base.name)' is not supported in Cellgrad")
            }
            if userInit, let f = initFn { _ = try call(f, args.prepending(v)) }
            return v
        }
        if let newFn = t.customNew {
            let instance = try call(newFn, args.prepending(.object(t)))
            if instance.type.isSubtype(of: t), let initFn = t.lookup(Dunder.`init`) {
                _ = try call(initFn, args.prepending(instance))
            }
            return instance
        }
        guard let allocate = t.allocator else {
            throw PyError.type("cannot create '\(t.name)' instances")
        }
        let instance = Value.object(allocate(t))
        if let initFn = t.lookup(Dunder.`init`), isObjectDefault(initFn), !args.positional.isEmpty || !args.keywords.isEmpty,
           t.lookup(Dunder.new).map(isObjectDefault) ?? true {
            throw PyError.type("\(t.name)() takes no arguments")
        }
        if let initFn = t.lookup(Dunder.`init`) {
            let r = try call(initFn, args.prepending(instance))
            if !r.isNone { throw PyError.type("__init__() should return None, not '\(r.typeName)'") }
        } else if !args.positional.isEmpty || !args.keywords.isEmpty {
            throw PyError.type("\(t.name)() takes no arguments")
        }
        return instance
    }

    func isNativeInit(_ f: Value) -> Bool {
        if case .object(let o) = f, o is PyNativeFunction { return true }
        return false
    }

    /// Like `callMethod`, with `args` already holding the receiver first.
    func callMethod(_ receiver: Value, _ name: Symbol, withReceiver args: Arguments) throws -> Value {
        // `super().method(a)`: the function found after the class in the MRO is called with
        // the instance first, without a bound method (CPython 3.12's LOAD_SUPER_ATTR).
        if case .object(let o) = receiver, let proxy = o as? PySuper, case .object(let instance) = proxy.object,
           !(instance is PyType), case .object(let fo)? = instance.type.lookup(name, after: proxy.startType),
           let fn = fo as? PyFunction {
            var positional = args.positional
            positional[0] = proxy.object
            return try fn.invoke(self, Arguments(positional, keywords: args.keywords))
        }
        if case .object(let o) = receiver, !(o is PyType), !(o is PySuper), o.attributes?[name] == nil, let f = o.type.lookup(name),
           case .object(let fo) = f {
            if let native = fo as? PyNativeFunction { return try callNative(native, args) }
            if let fn = fo as? PyFunction { return try fn.invoke(self, args) }
        } else if case .object = receiver {
        } else if let f = receiver.type.lookup(name), case .object(let fo) = f, let native = fo as? PyNativeFunction {
            return try callNative(native, args)
        }
        return try call(getAttribute(receiver, name), Arguments(Array(args.positional.dropFirst()), keywords: args.keywords))
    }

    /// Calls a method by name on a value: `interp.callMethod(x, "forward", args)`.
    public func callMethod(_ receiver: Value, _ name: Symbol, _ args: Arguments) throws -> Value {
        try callMethod(receiver, name, withReceiver: args.prepending(receiver))
    }
}
