/// Methods of `object`, exceptions, iterators and generators, and the constructors of the
/// built-in types (`int("3")`, `list(x)`, `range(5)` …).
extension Builtins {
    static func installObjectMethods() {
        let object = BuiltinTypes.object
        object.define("__init__") { _, _ in .none }
        object.define("__repr__") { _, args in
            guard case .object(let o) = args.receiver else { return .str(Formatter.repr(args.receiver)) }
            return .str(Formatter.defaultRepr(o))
        }
        object.define("__str__") { interp, args in .str(try interp.repr(args.receiver)) }
        object.define("__eq__") { _, args in
            args.count > 1 && args.positional[0].isIdentical(to: args.positional[1]) ? .bool(true) : .object(PyNotImplemented.shared.value)
        }
        object.define("__ne__") { _, args in
            args.count > 1 && args.positional[0].isIdentical(to: args.positional[1]) ? .bool(false) : .object(PyNotImplemented.shared.value)
        }
        object.define("__hash__") { interp, args in .int(try interp.hashKey(args.receiver).hash) }
        object.define("__setattr__") { interp, args in
            guard args.count == 3, case .object(let o) = try args[0] else { throw PyError.type("__setattr__ expected 2 arguments") }
            try interp.genericSetAttribute(o, Symbol(try interp.toStringValue(args[1])), args[2])
            return .none
        }
        object.define("__delattr__") { interp, args in
            guard args.count == 2 else { throw PyError.type("__delattr__ expected 1 argument, got \(max(0, args.count - 1))") }
            try interp.genericDeleteAttribute(args[0], Symbol(try interp.toStringValue(args[1])))
            return .none
        }
        object.define("__getattribute__") { interp, args in
            try interp.getAttribute(args.receiver, Symbol(try interp.toStringValue(args.count > 1 ? args[1] : .none)))
        }
        object.define("__format__") { interp, args in
            .str(try interp.format(.str(try interp.str(args.receiver)), args.count > 1 ? try interp.toStringValue(args[1]) : ""))
        }
        object.define("__init_subclass__") { _, _ in .none }
        object.define("__dir__") { _, args in .list(args.receiver.type.mro.flatMap { $0.namespace.keys.map { .str($0.name) } }) }
        object.define("__new__") { interp, args in
            guard case .object(let o) = args.receiver, let t = o as? PyType, let alloc = t.allocator else {
                throw PyError.type("object.__new__(X): X is not a type object")
            }
            _ = interp
            return .object(alloc(t))
        }
        object.constructor = { _, t, args in
            if !args.positional.isEmpty { throw PyError.type("object() takes no arguments") }
            return .object(PyObject.instance(of: t))
        }
        object.doc = "The base class of the class hierarchy."

        let type = BuiltinTypes.type
        type.constructor = { interp, _, args in
            if args.count == 1 { return .object(try args[0].type) }
            guard args.count == 3, let name = try args[0].asString, case .object(let bo) = try args[1], let bases = bo as? PyTuple,
                  case .object(let dobj) = try args[2], let ns = dobj as? PyDict else {
                throw PyError.type("type() takes 1 or 3 arguments")
            }
            let baseTypes = bases.items.compactMap { ($0.asObject as? PyType) }
            let t = PyType(name: name, bases: baseTypes.isEmpty ? [BuiltinTypes.object] : baseTypes, module: "__main__", mutable: true)
            for (k, v) in ns.entries { t.namespace[Symbol(try interp.toStringValue(k))] = v }
            return .object(t)
        }
        type.define("mro") { _, args in
            guard case .object(let o) = args.receiver, let t = o as? PyType else { return .list([]) }
            return .list(t.mro.map { .object($0) })
        }

        let property = BuiltinTypes.property
        property.constructor = { _, _, args in
            let a = try BuiltinSignatures.property.bind(args)
            var doc = a.optional("doc")?.asString
            if doc == nil, case .object(let g)? = a.optional("fget"), let f = g as? PyFunction { doc = f.doc }
            return .object(PyProperty(getter: a.optional("fget"), setter: a.optional("fset"), doc: doc))
        }
        property.define("setter") { _, args in
            guard case .object(let o) = args.receiver, let p = o as? PyProperty, args.count > 1 else { throw PyError.type("setter() expects a function") }
            return .object(PyProperty(getter: p.getter, setter: try args[1], doc: p.doc))
        }
        property.define("getter") { _, args in
            guard case .object(let o) = args.receiver, let p = o as? PyProperty, args.count > 1 else { throw PyError.type("getter() expects a function") }
            return .object(PyProperty(getter: try args[1], setter: p.setter, doc: p.doc))
        }
        BuiltinTypes.staticmethod.constructor = { _, _, args in
            guard args.count == 1 else { throw PyError.type("staticmethod expected 1 argument, got \(args.count)") }
            return .object(PyStaticMethod(try args[0]))
        }
        BuiltinTypes.classmethod.constructor = { _, _, args in
            guard args.count == 1 else { throw PyError.type("classmethod expected 1 argument, got \(args.count)") }
            return .object(PyClassMethod(try args[0]))
        }
        BuiltinTypes.superType.constructor = { _, _, args in
            guard args.count == 2, case .object(let o) = try args[0], let t = o as? PyType else {
                throw PyError.runtime("super(): no arguments")
            }
            return .object(PySuper(type: t, object: try args[1]))
        }
        PyTextFile.installMethods()
    }

    static func installExceptionMethods() {
        let base = BuiltinTypes.baseException
        base.define("__init__") { _, args in
            if case .object(let o) = args.receiver, let e = o as? PyExceptionObject {
                e.args = Array(args.positional.dropFirst())
            }
            return .none
        }
        base.define("__str__") { interp, args in
            guard case .object(let o) = args.receiver, let e = o as? PyExceptionObject else { return .str("") }
            if e.type.isSubtype(of: BuiltinTypes.keyError), e.args.count == 1 { return .str(try interp.repr(e.args[0])) }
            return .str(e.args.count == 1 ? try interp.str(e.args[0]) : e.message)
        }
        base.define("__repr__") { interp, args in
            guard case .object(let o) = args.receiver, let e = o as? PyExceptionObject else { return .str("") }
            let inner = try e.args.map { try interp.repr($0) }.joined(separator: ", ")
            return .str("\(e.type.name)(\(inner)\(e.args.count == 1 && false ? "," : ""))")
        }
        base.define("with_traceback") { _, args in args.receiver }
        base.define("add_note") { _, _ in .none }
        installOSErrorMethods()
        BuiltinTypes.stopIteration.property("value") { _, v in
            (v.asObject as? PyExceptionObject)?.args.first ?? Value.none
        }
    }

    /// OSError(errno, strerror[, filename[, winerror[, filename2]]]): the attributes, and
    /// str() as "[Errno 2] No such file or directory: 'x'".
    static func installOSErrorMethods() {
        let os = BuiltinTypes.osError
        let fields = ["errno", "strerror", "filename", "filename2"]
        os.define("__init__") { _, args in
            guard case .object(let o) = args.receiver, let e = o as? PyExceptionObject else { return .none }
            let a = Array(args.positional.dropFirst())
            e.args = a
            if (2...5).contains(a.count), case .int = a[0] {
                for (field, index) in zip(fields, [0, 1, 2, 4]) where index < a.count {
                    e.setAttribute(Symbol(field), a[index])
                }
                e.args = [a[0], a[1]]
            }
            return .none
        }
        for field in fields {
            os.property(field, get: { _, v in (v.asObject as? PyExceptionObject)?.attribute(Symbol(field)) ?? .none },
                        set: { _, v, new in
                            if let e = v.asObject as? PyExceptionObject { e.setAttribute(Symbol(field), new) }
                        })
        }
        os.define("__str__") { interp, args in
            guard case .object(let o) = args.receiver, let e = o as? PyExceptionObject else { return .str("") }
            guard e.args.count == 2, case .int = e.args[0] else {
                return .str(e.args.count == 1 ? try interp.str(e.args[0]) : e.message)
            }
            var text = "[Errno \(try interp.str(e.args[0]))] \(try interp.str(e.args[1]))"
            if let filename = e.attribute(Symbol("filename")), !filename.isNone { text += ": " + (try interp.repr(filename)) }
            if let target = e.attribute(Symbol("filename2")), !target.isNone { text += " -> " + (try interp.repr(target)) }
            return .str(text)
        }
    }

    static func installIteratorMethods() {
        let it = BuiltinTypes.iterator
        it.define("__iter__") { _, args in args.receiver }
        it.define("__next__") { interp, args in
            if let v = try interp.next(args.receiver) { return v }
            throw PyError.stopIteration()
        }
        let gen = BuiltinTypes.generator
        gen.define("__iter__") { _, args in args.receiver }
        gen.define("__next__") { interp, args in
            if let v = try interp.next(args.receiver) { return v }
            throw PyError.stopIteration((args.receiver.asObject as? PyGenerator)?.returnValue ?? Value.none)
        }
        gen.define("send") { interp, args in
            guard case .object(let o) = args.receiver, let g = o as? PyGenerator else { throw PyError.type("send() on non-generator") }
            if let v = try g.next(interp, send: args.count > 1 ? args[1] : .none) { return v }
            throw PyError.stopIteration(g.returnValue)
        }
        gen.define("close") { interp, args in
            if case .object(let o) = args.receiver, let g = o as? PyGenerator { try g.close(interp) }
            return .none
        }
        gen.define("throw") { interp, args in
            guard case .object(let o) = args.receiver, let g = o as? PyGenerator, args.count > 1 else { throw PyError.type("throw() expects an exception") }
            let e = try interp.makeException(args[1])
            if let v = try g.throwInto(interp, PyError(e)) { return v }
            throw PyError.stopIteration(g.returnValue)
        }
    }
}
