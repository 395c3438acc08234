/// Truth, hashing, equality and conversions to Swift numbers and strings.
extension Interpreter {
    public func isTruthy(_ v: Value) throws -> Bool {
        switch v {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .object(let o):
            // A plain instance of a class (the commonest object tested, `if node.left:`) is none
            // of the built-in containers: straight to its class's hooks, without the casts.
            if Swift.type(of: o) == PyObject.self { return try instanceTruth(o, v) }
            switch o {
            case let s as PyStr: return !s.value.isEmpty
            case let l as PyList: return !l.items.isEmpty
            case let t as PyTuple: return !t.items.isEmpty
            case let d as PyDict: return d.count > 0
            case let s as PySet: return s.count > 0
            case let r as PyRange: return r.count > 0
            case let view as PyDictView: return view.dict.count > 0
            default: break
            }
            return try instanceTruth(o, v)
        }
    }

    /// `__bool__`, else `__len__`, else true.
    private func instanceTruth(_ o: PyObject, _ v: Value) throws -> Bool {
        let type = o.type
        guard type.definesTruth else { return true }
        if let f = type.lookup(Dunder.bool) {
            let r = try call(f, one: v)
            guard case .bool(let b) = r else {
                throw PyError.type("__bool__ should return bool, returned \(r.typeName)")
            }
            return b
        }
        if let f = type.lookup(Dunder.len) {
            return try toInt(call(f, one: v)) != 0
        }
        return true
    }

    /// A dict key or set element; `TypeError: unhashable type: 'list'` for mutable values.
    public func hashKey(_ v: Value) throws -> HashKey {
        if case .object(let o) = v, o.hasCellDefinedType {
            // `__hash__ = None` in a class body (or a class with __eq__ and no __hash__) marks
            // its instances unhashable.
            if let f = o.type.lookup(Dunder.hash), f.isNone {
                throw PyError.type("unhashable type: '\(o.type.name)'")
            }
            // A class defined in a cell hashes with its own `__hash__`; a subclass of str, int or
            // tuple that defines only `__eq__` hashes as its value. Either way a Python `__eq__`
            // compares the keys, as in Python.
            if let f = o.type.lookup(Dunder.hash), isCellDefined(f) {
                let userEq = o.type.lookup(Dunder.eq).map { !isObjectDefault($0) } ?? false
                return HashKey(value: v, hash: try toInt(call(f, Arguments([v]))), custom: userEq && installCustomEquality())
            }
            if o.type.lookup(Dunder.eq).map(isCellDefined) ?? false, let h = HashKey.builtinHash(v) {
                return HashKey(value: v, hash: h, custom: installCustomEquality())
            }
        }
        if let h = HashKey.builtinHash(v) { return HashKey(value: v, hash: h) }
        guard case .object(let o) = v else { return HashKey(value: v, hash: 0) }
        if o is PyList || o is PyDict || o.type === BuiltinTypes.set || o.type === BuiltinTypes.bytearray {
            throw PyError.type("unhashable type: '\(o.type.name)'")
        }
        if let t = o as? PyTuple {
            // A tuple holding instances (a memo key `(obj, 1)`, a cache key of arguments): each
            // item hashes by its own rules, and an unhashable item names its own type.
            return try nested(" while calling a Python object") {
                var hasher = Hasher()
                var custom = false
                for item in t.items {
                    let key = try hashKey(item)
                    hasher.combine(key.hash)
                    custom = custom || key.custom
                }
                return HashKey(value: v, hash: hasher.finalize(), custom: custom && installCustomEquality())
            }
        }
        if let s = o as? PySet {
            var h = 0
            for e in s.storage { h ^= e.hash }
            return HashKey(value: v, hash: h)
        }
        if !o.type.isBuiltin, o.type.lookup(Dunder.eq) != nil, o.type.lookup(Dunder.hash) == nil {
            throw PyError.type("unhashable type: '\(o.type.name)'")
        }
        return HashKey(value: v, hash: ObjectIdentifier(o).hashValue)
    }

    /// A dunder defined in a cell, not a built-in method inherited from a native base.
    func isCellDefined(_ f: Value) -> Bool {
        if case .object(let o) = f, !(o is PyNativeFunction) { return true }
        return false
    }

    /// Makes keys with a Python `__eq__` compare through this interpreter; always true.
    private func installCustomEquality() -> Bool {
        if HashKey.customEquality == nil {
            HashKey.customEquality = { [weak self] a, b in (try? self?.equals(a, b)) ?? false }
        }
        return true
    }

    /// `a == b` as a Swift Bool.
    public func equals(_ a: Value, _ b: Value) throws -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y
        case (.none, .none): return true
        case (.object(let x), .object(let y)):
            if !x.hasCellDefinedType, !y.hasCellDefinedType, let s = x as? PyStr, let t = y as? PyStr { return s.value == t.value }
            if x === y && !(x.type.lookup(Dunder.eq).map { _ in !x.type.isBuiltin } ?? false) { return true }
        default: break
        }
        return try isTruthy(compare(.eq, a, b))
    }

    /// An integer from an int, a bool, or an object with `__index__`.
    public func toInt(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if o is PyBigInt { throw PyError.overflow("Python int too large to convert to C ssize_t") }
            if let f = o.type.lookup(Dunder.index) { return try toInt(call(f, Arguments([v]))) }
            throw PyError.type("'\(o.type.name)' object cannot be interpreted as an integer")
        default:
            throw PyError.type("'\(v.typeName)' object cannot be interpreted as an integer")
        }
    }

    /// An int of any size from an int, a bool, or an object with `__index__`.
    public func toInteger(_ v: Value) throws -> Value {
        switch v {
        case .int: return v
        case .bool(let b): return .int(b ? 1 : 0)
        case .object(let o):
            if o is PyBigInt { return v }
            if let f = o.type.lookup(Dunder.index) { return try toInteger(call(f, Arguments([v]))) }
            throw PyError.type("'\(o.type.name)' object cannot be interpreted as an integer")
        default:
            throw PyError.type("'\(v.typeName)' object cannot be interpreted as an integer")
        }
    }

    /// A Double from an int, float, bool, or an object with `__float__`.
    public func toDouble(_ v: Value) throws -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if let big = o as? PyBigInt { return try PyBigInt.toDouble(big.mpz) }
            if let f = o.type.lookup(Dunder.float) { return try toDouble(call(f, Arguments([v]))) }
            if let f = o.type.lookup(Dunder.index) { return try Double(toInt(call(f, Arguments([v])))) }
            throw PyError.type("must be real number, not \(o.type.name)")
        default:
            throw PyError.type("must be real number, not \(v.typeName)")
        }
    }

    public func toStringValue(_ v: Value, what: String = "argument") throws -> String {
        if let s = v.asString { return s }
        throw PyError.type("\(what) must be str, not \(v.typeName)")
    }

    /// `repr(v)`, calling `__repr__` of user classes.
    public func repr(_ v: Value) throws -> String {
        try Formatter.repr(v, depthLimit: max(1, recursionLimit - callDepth)) { o in try self.customRepr(o) }
    }

    func customRepr(_ o: PyObject) throws -> String? {
        guard let f = o.type.lookup(Dunder.repr) else { return nil }
        if case .object(let fo) = f, let native = fo as? PyNativeFunction, native.owner === BuiltinTypes.object { return nil }
        let r = try call(f, Arguments([.object(o)]))
        guard let s = r.asString else { throw PyError.type("__repr__ returned non-string (type \(r.typeName))") }
        return s
    }

    /// `str(v)`, calling `__str__` (or `__repr__`) of user classes.
    public func str(_ v: Value) throws -> String {
        switch v {
        case .object(let o):
            if let s = o as? PyStr { return s.value }
            if let e = o as? PyExceptionObject, e.type.lookup(Dunder.str).map({ isNativeObjectMethod($0) }) ?? true {
                if e.args.count == 1 && e.type.isSubtype(of: BuiltinTypes.keyError) { return try repr(e.args[0]) }
                return e.args.count == 1 ? try str(e.args[0]) : e.message
            }
            if let f = o.type.lookup(Dunder.str), !isNativeObjectMethod(f) {
                let r = try call(f, Arguments([v]))
                guard let s = r.asString else { throw PyError.type("__str__ returned non-string (type \(r.typeName))") }
                return s
            }
            return try repr(v)
        default:
            return try repr(v)
        }
    }

    func isNativeObjectMethod(_ f: Value) -> Bool {
        if case .object(let fo) = f, let native = fo as? PyNativeFunction {
            return native.owner === BuiltinTypes.object || native.owner === BuiltinTypes.baseException
        }
        return false
    }
}
