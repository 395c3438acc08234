/// Methods of `list`, `tuple`, `dict` and `set`.
extension Builtins {
    static func list(_ v: Value) throws -> PyList {
        guard case .object(let o) = v, let l = o as? PyList else { throw PyError.type("descriptor requires a 'list' object but received a '\(v.typeName)'") }
        return l
    }
    static func dict(_ v: Value) throws -> PyDict {
        guard case .object(let o) = v, let d = o as? PyDict else { throw PyError.type("descriptor requires a 'dict' object but received a '\(v.typeName)'") }
        return d
    }
    static func set(_ v: Value) throws -> PySet {
        guard case .object(let o) = v, let s = o as? PySet else { throw PyError.type("descriptor requires a 'set' object but received a '\(v.typeName)'") }
        return s
    }
    static func argument(_ a: Arguments, _ i: Int, _ method: String) throws -> Value {
        guard i < a.count else { throw PyError.type("\(method)() takes exactly one argument (0 given)") }
        return try a[i]
    }

    static func installListMethods() {
        let t = BuiltinTypes.list
        t.define("append") { _, a in
            try list(a.receiver).items.append(try argument(a, 1, "list.append"))
            return .none
        }
        t.define("extend") { interp, a in
            let l = try list(a.receiver)
            l.items.append(contentsOf: try interp.iterateToArray(try argument(a, 1, "list.extend")))
            return .none
        }
        t.define("insert") { interp, a in
            let l = try list(a.receiver)
            guard a.count == 3 else { throw PyError.type("insert expected 2 arguments, got \(a.count - 1)") }
            var i = try interp.toInt(a[1])
            if i < 0 { i = max(0, i + l.items.count) }
            l.items.insert(try a[2], at: min(i, l.items.count))
            return .none
        }
        t.define("pop") { interp, a in
            let l = try list(a.receiver)
            if l.items.isEmpty { throw PyError.index("pop from empty list") }
            let i = a.count > 1 ? try interp.toInt(a[1]) : -1
            let j = i < 0 ? i + l.items.count : i
            guard j >= 0 && j < l.items.count else { throw PyError.index("pop index out of range") }
            return l.items.remove(at: j)
        }
        t.define("remove") { interp, a in
            let l = try list(a.receiver)
            let x = try argument(a, 1, "list.remove")
            guard let i = try l.items.firstIndex(where: { try interp.equals($0, x) }) else {
                throw PyError.value("list.remove(x): x not in list")
            }
            l.items.remove(at: i)
            return .none
        }
        t.define("index") { interp, a in
            let l = try list(a.receiver)
            let x = try argument(a, 1, "list.index")
            guard a.count <= 4 else { throw PyError.type("index expected at most 3 arguments, got \(a.count - 1)") }
            let w = try SearchWindow(interp, a, count: l.items.count, allowsNone: false)
            guard let i = try l.items[w.range].firstIndex(where: { try interp.equals($0, x) }) else {
                throw PyError.value("\(try interp.repr(x)) is not in list")
            }
            return .int(i)
        }
        t.define("count") { interp, a in
            let l = try list(a.receiver)
            let x = try argument(a, 1, "list.count")
            return .int(try l.items.filter { try interp.equals($0, x) }.count)
        }
        t.define("clear") { _, a in try list(a.receiver).items.removeAll(); return .none }
        t.define("copy") { _, a in .list(try list(a.receiver).items) }
        t.define("reverse") { _, a in try list(a.receiver).items.reverse(); return .none }
        t.define("sort") { interp, a in
            let l = try list(a.receiver)
            let p = try BuiltinSignatures.listSort.bind(a, skipReceiver: true)
            var items = l.items
            try interp.sortValues(&items, key: p.optional("key"), reverse: try p["reverse"].map { try interp.isTruthy($0) } ?? false)
            l.items = items
            return .none
        }
        t.define("__len__") { _, a in .int(try list(a.receiver).items.count) }
        t.define("__getitem__") { interp, a in try interp.builtinGetItem(a.receiver, try argument(a, 1, "__getitem__")) }
        t.define("__setitem__") { interp, a in
            guard a.count == 3 else { throw PyError.type("__setitem__ expected 2 arguments") }
            try interp.builtinSetItem(a.receiver, a[1], a[2])
            return .none
        }
        t.define("__contains__") { interp, a in .bool(try interp.contains(a.receiver, try argument(a, 1, "__contains__"))) }
        t.define("__iter__") { interp, a in .object(try interp.iterator(a.receiver)) }
        t.define("__init__") { interp, a in
            let l = try list(a.receiver)
            guard a.count <= 2, a.keywords.isEmpty else {
                throw PyError.type(a.keywords.isEmpty ? "list expected at most 1 argument, got \(a.count - 1)" : "list() takes no keyword arguments")
            }
            l.items = a.count == 2 ? try interp.iterateToArray(a[1]) : []
            return .none
        }
        t.define("__delitem__") { interp, a in
            _ = try list(a.receiver)
            try interp.builtinDeleteItem(a.receiver, try argument(a, 1, "__delitem__"))
            return .none
        }
        t.define("__add__") { interp, a in
            try interp.builtinBinary(.add, a.receiver, try argument(a, 1, "__add__")) ?? .object(PyNotImplemented.shared.value)
        }

        // list.__new__(cls), dict.__new__(cls), set.__new__(cls): an empty instance of a
        // subclass, which __init__ then fills (how copy rebuilds a Counter or a list subclass).
        for (base, make) in [(BuiltinTypes.list, { PyList() as PyObject }), (BuiltinTypes.dict, { PyDict() as PyObject }),
                             (BuiltinTypes.set, { PySet() as PyObject })] {
            base.define("__new__") { _, a in
                guard case .object(let o) = a.receiver, let cls = o as? PyType, cls.isSubtype(of: base) else {
                    throw PyError.type("\(base.name).__new__(X): X is not a subtype of \(base.name)")
                }
                let instance = make()
                if cls !== base { instance.setType(cls) }
                return .object(instance)
            }
        }
        let tuple = BuiltinTypes.tuple
        // tuple.__new__(cls, iterable=()): how a subclass's own __new__ (a namedtuple's) makes
        // its instance.
        tuple.define("__new__") { interp, a in
            guard case .object(let o) = a.receiver, let cls = o as? PyType else {
                throw PyError.type("tuple.__new__(X): X is not a type object (\(a.receiver.typeName))")
            }
            guard cls.isSubtype(of: tuple) else {
                throw PyError.type("tuple.__new__(\(cls.name)): \(cls.name) is not a subtype of tuple")
            }
            guard a.count <= 2, a.keywords.isEmpty else {
                throw PyError.type("tuple expected at most 1 argument, got \(a.count - 1)")
            }
            let items = a.count == 2 ? try interp.iterateToArray(a[1]) : []
            return .object(cls === tuple ? PyTuple(items) : PyTuple(items, type: cls))
        }
        tuple.define("index") { interp, a in
            guard case .object(let o) = a.receiver, let t = o as? PyTuple else { throw PyError.type("expected tuple") }
            let x = try argument(a, 1, "tuple.index")
            guard a.count <= 4 else { throw PyError.type("index expected at most 3 arguments, got \(a.count - 1)") }
            let w = try SearchWindow(interp, a, count: t.items.count, allowsNone: false)
            guard let i = try t.items[w.range].firstIndex(where: { try interp.equals($0, x) }) else {
                throw PyError.value("tuple.index(x): x not in tuple")
            }
            return .int(i)
        }
        tuple.define("count") { interp, a in
            guard case .object(let o) = a.receiver, let t = o as? PyTuple else { throw PyError.type("expected tuple") }
            let x = try argument(a, 1, "tuple.count")
            return .int(try t.items.filter { try interp.equals($0, x) }.count)
        }
        tuple.define("__len__") { interp, a in .int(try interp.length(a.receiver)) }
        tuple.define("__getitem__") { interp, a in try interp.builtinGetItem(a.receiver, try argument(a, 1, "__getitem__")) }
    }

    static func installDictMethods() {
        let t = BuiltinTypes.dict
        t.define("keys") { _, a in .object(PyDictView(try dict(a.receiver), .keys)) }
        t.define("values") { _, a in .object(PyDictView(try dict(a.receiver), .values)) }
        t.define("items") { _, a in .object(PyDictView(try dict(a.receiver), .items)) }
        t.define("get") { interp, a in
            let d = try dict(a.receiver)
            guard a.count >= 2 else { throw PyError.type("get expected at least 1 argument, got 0") }
            return d[try interp.hashKey(a[1])] ?? (a.count > 2 ? a.positional[2] : .none)
        }
        t.define("setdefault") { interp, a in
            let d = try dict(a.receiver)
            let key = try interp.hashKey(try argument(a, 1, "setdefault"))
            if let v = d[key] { return v }
            let v = a.count > 2 ? try a[2] : .none
            d[key] = v
            return v
        }
        t.define("pop") { interp, a in
            let d = try dict(a.receiver)
            let k = try argument(a, 1, "pop")
            let key = try interp.hashKey(k)
            if let v = d[key] { d[key] = nil; return v }
            if a.count > 2 { return try a[2] }
            throw PyError.key(k)
        }
        t.define("popitem") { _, a in
            guard let (k, v) = try dict(a.receiver).popLast() else { throw PyError(BuiltinTypes.keyError, "popitem(): dictionary is empty") }
            return .tuple([k, v])
        }
        t.define("update") { interp, a in
            let d = try dict(a.receiver)
            if a.count > 1 { try interp.updateDict(d, a[1]) }
            for (k, v) in a.keywords { d[try interp.hashKey(.str(k.name))] = v }
            return .none
        }
        t.define("clear") { _, a in try dict(a.receiver).removeAll(); return .none }
        t.define("copy") { interp, a in
            let d = PyDict()
            for (k, v) in try dict(a.receiver).entries { d[try interp.hashKey(k)] = v }
            return .object(d)
        }
        t.namespace[Symbol("fromkeys")] = .object(PyClassMethod(.object(PyNativeFunction(name: "fromkeys") { interp, a in
            let d = PyDict()
            let value = a.count > 2 ? try a[2] : .none
            for k in try interp.iterateToArray(try argument(a, 1, "fromkeys")) { d[try interp.hashKey(k)] = value }
            return .object(d)
        })))
        t.define("__len__") { _, a in .int(try dict(a.receiver).count) }
        t.define("__getitem__") { interp, a in
            let d = try dict(a.receiver)
            let k = try argument(a, 1, "__getitem__")
            if let v = d[try interp.hashKey(k)] { return v }
            throw PyError.key(k)
        }
        t.define("__setitem__") { interp, a in
            guard a.count == 3 else { throw PyError.type("__setitem__ expected 2 arguments") }
            try dict(a.receiver)[try interp.hashKey(a[1])] = a[2]
            return .none
        }
        t.define("__contains__") { interp, a in .bool(try dict(a.receiver)[try interp.hashKey(try argument(a, 1, "__contains__"))] != nil) }
        t.define("__iter__") { interp, a in .object(try interp.iterator(a.receiver)) }
        // What a subclass's `super().__init__(*args, **kwargs)` and `dict.__delitem__(self, k)`
        // reach (collections.defaultdict, Counter, a cell's own dict subclass).
        t.define("__init__") { interp, a in
            let d = try dict(a.receiver)
            guard a.count <= 2 else { throw PyError.type("dict expected at most 1 argument, got \(a.count - 1)") }
            if a.count == 2 { try interp.updateDict(d, a[1]) }
            for (k, v) in a.keywords { d[try interp.hashKey(.str(k.name))] = v }
            return .none
        }
        t.define("__delitem__") { interp, a in
            _ = try dict(a.receiver)
            try interp.builtinDeleteItem(a.receiver, try argument(a, 1, "__delitem__"))
            return .none
        }
        // dict == dict compares contents; this is the reflected side of `counter == {...}`
        // after the subclass's own __eq__ declines.
        for (name, negate) in [("__eq__", false), ("__ne__", true)] {
            t.define(name) { interp, a in
                _ = try dict(a.receiver)
                let other = try argument(a, 1, name)
                guard case .object(let o) = other, o is PyDict else { return .object(PyNotImplemented.shared.value) }
                let equal = try interp.builtinCompare(.eq, a.receiver, other) ?? false
                return .bool(equal != negate)
            }
        }
        for view in [BuiltinTypes.dictKeys, BuiltinTypes.dictValues, BuiltinTypes.dictItems] {
            view.define("__repr__") { interp, a in
                guard case .object(let o) = a.receiver, let v = o as? PyDictView else { return .str("") }
                return .str("\(v.type.name)(\(try interp.repr(.list(v.values))))")
            }
            view.define("__len__") { _, a in .int((a.receiver.asObject as? PyDictView)?.dict.count ?? 0) }
            view.define("__contains__") { interp, a in
                guard case .object(let o) = a.receiver, let v = o as? PyDictView else { return .bool(false) }
                let x = try argument(a, 1, "__contains__")
                if v.kind == .keys { return .bool(v.dict[try interp.hashKey(x)] != nil) }
                return .bool(try v.values.contains { try interp.equals($0, x) })
            }
        }
    }

    static func installSetMethods() {
        for t in [BuiltinTypes.set, BuiltinTypes.frozenset] {
            t.define("union") { interp, a in try setAlgebra(interp, a, .or) }
            t.define("intersection") { interp, a in try setAlgebra(interp, a, .and) }
            t.define("difference") { interp, a in try setAlgebra(interp, a, .sub) }
            t.define("symmetric_difference") { interp, a in try setAlgebra(interp, a, .xor) }
            t.define("issubset") { interp, a in
                let s = try set(a.receiver), other = try toSet(interp, try argument(a, 1, "issubset"))
                return .bool(s.storage.allSatisfy { other.contains($0) })
            }
            t.define("issuperset") { interp, a in
                let s = try set(a.receiver), other = try toSet(interp, try argument(a, 1, "issuperset"))
                return .bool(other.storage.allSatisfy { s.contains($0) })
            }
            t.define("isdisjoint") { interp, a in
                let s = try set(a.receiver), other = try toSet(interp, try argument(a, 1, "isdisjoint"))
                return .bool(!s.storage.contains { other.contains($0) })
            }
            t.define("copy") { _, a in
                let s = try set(a.receiver), r = PySet(frozen: s.type === BuiltinTypes.frozenset)
                for e in s.storage { r.insert(e) }
                return .object(r)
            }
            t.define("__len__") { _, a in .int(try set(a.receiver).count) }
            t.define("__contains__") { interp, a in .bool(try set(a.receiver).contains(try interp.hashKey(try argument(a, 1, "__contains__")))) }
        }
        let t = BuiltinTypes.set
        t.define("add") { interp, a in try set(a.receiver).insert(try interp.hashKey(try argument(a, 1, "set.add"))); return .none }
        t.define("remove") { interp, a in
            let x = try argument(a, 1, "set.remove")
            if !(try set(a.receiver).remove(try interp.hashKey(x))) { throw PyError.key(x) }
            return .none
        }
        t.define("discard") { interp, a in try set(a.receiver).remove(try interp.hashKey(try argument(a, 1, "set.discard"))); return .none }
        t.define("pop") { _, a in
            let s = try set(a.receiver)
            guard let first = s.storage.first else { throw PyError(BuiltinTypes.keyError, "pop from an empty set") }
            s.remove(first)
            return first.value
        }
        t.define("clear") { _, a in try set(a.receiver).removeAll(); return .none }
        t.define("update") { interp, a in
            let s = try set(a.receiver)
            for other in a.positional.dropFirst() { for v in try interp.iterateToArray(other) { s.insert(try interp.hashKey(v)) } }
            return .none
        }
        t.define("intersection_update") { interp, a in
            let s = try set(a.receiver), other = try toSet(interp, try argument(a, 1, "intersection_update"))
            for e in s.storage where !other.contains(e) { s.remove(e) }
            return .none
        }
        t.define("difference_update") { interp, a in
            let s = try set(a.receiver), other = try toSet(interp, try argument(a, 1, "difference_update"))
            for e in other.storage { s.remove(e) }
            return .none
        }
    }

    static func toSet(_ interp: Interpreter, _ v: Value) throws -> PySet {
        if case .object(let o) = v, let s = o as? PySet { return s }
        let s = PySet()
        for x in try interp.iterateToArray(v) { s.insert(try interp.hashKey(x)) }
        return s
    }

    static func setAlgebra(_ interp: Interpreter, _ a: Arguments, _ op: BinaryOp) throws -> Value {
        var result = try set(a.receiver)
        if a.count == 1 { return try interp.setOperation(.or, result, PySet()) ?? Value.none }
        for other in a.positional.dropFirst() {
            guard case .object(let o)? = try interp.setOperation(op, result, toSet(interp, other)), let s = o as? PySet else { break }
            result = s
        }
        return .object(result)
    }
}
