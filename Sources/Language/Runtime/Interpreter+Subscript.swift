/// `x[i]`, `x[i] = v` and `del x[i]` for built-in sequences and mappings, and through
/// `__getitem__`/`__setitem__`/`__delitem__` for everything else.
extension Interpreter {
    public func getItem(_ container: Value, _ index: Value) throws -> Value {
        if let f = userOverride(container, Dunder.getitem) { return try call(f, Arguments([container, index])) }
        return try builtinGetItem(container, index)
    }

    /// `container[index]` by the built-in rules, ignoring Python overrides (what
    /// `list.__getitem__(obj, i)` does).
    func builtinGetItem(_ container: Value, _ index: Value) throws -> Value {
        if case .object(let o) = container {
            switch o {
            case let l as PyList:
                if case .int(let i) = index { return l.items[try normalize(i, l.items.count, "list")] }
                if case .object(let so) = index, let s = so as? PySlice {
                    let (start, stop, step) = try s.indices(length: l.items.count, self)
                    return .list(PySlice.select(l.items, start: start, stop: stop, step: step))
                }
                return l.items[try normalize(try sequenceIndex(index, "list"), l.items.count, "list")]
            case let t as PyTuple:
                if case .int(let i) = index { return t.items[try normalize(i, t.items.count, "tuple")] }
                if case .object(let so) = index, let s = so as? PySlice {
                    let (start, stop, step) = try s.indices(length: t.items.count, self)
                    return .tuple(PySlice.select(t.items, start: start, stop: stop, step: step))
                }
                return t.items[try normalize(try sequenceIndex(index, "tuple"), t.items.count, "tuple")]
            case let s as PyStr:
                if case .object(let so) = index, let sl = so as? PySlice {
                    let (start, stop, step) = try sl.indices(length: s.count, self)
                    return .str(s.slice(start: start, stop: stop, step: step))
                }
                let scalars = s.scalars
                let i = try normalize(try sequenceIndex(index, "string"), scalars.count, "string")
                return PyStr.character(scalars[i])
            case let d as PyDict:
                if let v = d[try hashKey(index)] { return v }
                if d.type !== BuiltinTypes.dict, let missing = d.type.lookup(Dunder.missing) {
                    return try call(missing, Arguments([container, index]))
                }
                throw PyError.key(index)
            case let r as PyRange:
                if case .object(let so) = index, let sl = so as? PySlice {
                    let (start, stop, step) = try sl.indices(length: r.count, self)
                    // CPython's range keeps an arbitrarily large step; this one holds 64 bits.
                    // The step as written: indices() keeps it above Int.min, a range need not.
                    let written: Int
                    if case .int(let raw) = sl.step { written = raw } else { written = step }
                    let (product, overflow) = r.step.multipliedReportingOverflow(by: written)
                    if overflow || PyBigInt.of(sl.step) != nil {
                        throw PyError.overflow("range slice step too large: a Cellgrad range holds 64-bit integers")
                    }
                    return .object(PyRange(start: r.element(start), stop: r.element(stop), step: product))
                }
                return .int(r.element(try normalize(try sequenceIndex(index, "range"), r.count, "range object")))
            case let t as PyType:
                // Generic aliases such as list[int] in annotations.
                if t.isBuiltin { return container }
                // `Stack[int]` on a class defining __class_getitem__ (typing.Generic's
                // subclasses), which Python makes an implicit classmethod.
                if let f = t.lookup(Dunder.classGetitem) {
                    if case .object(let fo) = f, let cm = fo as? PyClassMethod {
                        return try call(cm.function, Arguments([container, index]))
                    }
                    return try call(f, Arguments([container, index]))
                }
            default: break
            }
            if let f = o.type.lookup(Dunder.getitem) { return try call(f, Arguments([container, index])) }
        }
        throw PyError.type("'\(container.typeName)' object is not subscriptable")
    }

    func sequenceIndex(_ index: Value, _ what: String) throws -> Int {
        switch index {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default:
            // An int beyond 64 bits is out of every sequence's range, as CPython says it.
            if case .object(let o) = index, o is PyBigInt {
                throw PyError.index(what == "range" ? "range object index out of range" : "cannot fit 'int' into an index-sized integer")
            }
            if index.type.lookup(Dunder.index) != nil { return try toInt(index) }
            // CPython 3.11 words the str case differently from lists and tuples.
            if what == "string" { throw PyError.type("string indices must be integers, not '\(index.typeName)'") }
            throw PyError.type("\(what) indices must be integers or slices, not \(index.typeName)")
        }
    }

    /// A Python index (negatives count from the end) checked against `count`.
    public func normalize(_ i: Int, _ count: Int, _ what: String) throws -> Int {
        let j = i < 0 ? i + count : i
        guard j >= 0 && j < count else { throw PyError.index("\(what) index out of range") }
        return j
    }

    public func setItem(_ container: Value, _ index: Value, _ value: Value) throws {
        if let f = userOverride(container, Dunder.setitem) {
            _ = try call(f, Arguments([container, index, value]))
            return
        }
        try builtinSetItem(container, index, value)
    }

    func builtinSetItem(_ container: Value, _ index: Value, _ value: Value) throws {
        if case .object(let o) = container {
            switch o {
            case let l as PyList:
                if case .object(let so) = index, let s = so as? PySlice {
                    try assignSlice(l, s, value)
                    return
                }
                l.items[try normalize(try sequenceIndex(index, "list"), l.items.count, "list assignment")] = value
                return
            case let d as PyDict where d.type === BuiltinTypes.dict || d.type.lookup(Dunder.setitem).map(isNativeInit) ?? true:
                d[try hashKey(index)] = value
                return
            default: break
            }
            if let f = o.type.lookup(Dunder.setitem) {
                _ = try call(f, Arguments([container, index, value]))
                return
            }
        }
        throw PyError.type("'\(container.typeName)' object does not support item assignment")
    }

    func assignSlice(_ l: PyList, _ s: PySlice, _ value: Value) throws {
        let newItems = try iterateToArray(value)
        let (start, stop, step) = try s.indices(length: l.items.count, self)
        if step == 1 {
            let upper = max(start, stop)
            l.items.replaceSubrange(start..<upper, with: newItems)
            return
        }
        let positions = SlicePositions(start: start, stop: stop, step: step)
        guard positions.count == newItems.count else {
            throw PyError.value("attempt to assign sequence of size \(newItems.count) to extended slice of size \(positions.count)")
        }
        for (p, v) in zip(positions, newItems) { l.items[p] = v }
    }

    public func deleteItem(_ container: Value, _ index: Value) throws {
        if let f = userOverride(container, Dunder.delitem) {
            _ = try call(f, Arguments([container, index]))
            return
        }
        try builtinDeleteItem(container, index)
    }

    func builtinDeleteItem(_ container: Value, _ index: Value) throws {
        if case .object(let o) = container {
            switch o {
            case let l as PyList:
                if case .object(let so) = index, let s = so as? PySlice {
                    let remove = Set(try s.positions(length: l.items.count, self))
                    l.items = l.items.enumerated().filter { !remove.contains($0.offset) }.map(\.element)
                    return
                }
                l.items.remove(at: try normalize(try sequenceIndex(index, "list"), l.items.count, "list assignment"))
                return
            case let d as PyDict:
                let key = try hashKey(index)
                guard d[key] != nil else { throw PyError.key(index) }
                d[key] = nil
                return
            default: break
            }
            if let f = o.type.lookup(Dunder.delitem) {
                _ = try call(f, Arguments([container, index]))
                return
            }
        }
        throw PyError.type("'\(container.typeName)' object doesn't support item deletion")
    }

    /// `len(v)`.
    public func length(_ v: Value) throws -> Int {
        if case .object(let o) = v {
            switch o {
            case let s as PyStr: return s.count
            case let l as PyList: return l.items.count
            case let t as PyTuple: return t.items.count
            case let d as PyDict: return d.count
            case let s as PySet: return s.count
            case let r as PyRange:
                guard let n = r.exactCount else { throw PyError.overflow("Python int too large to convert to C ssize_t") }
                return n
            case let view as PyDictView: return view.dict.count
            default:
                if let f = o.type.lookup(Dunder.len) {
                    let n = try toInt(call(f, Arguments([v])))
                    if n < 0 { throw PyError.value("__len__() should return >= 0") }
                    return n
                }
            }
        }
        throw PyError.type("object of type '\(v.typeName)' has no len()")
    }
}

extension Interpreter {
    /// The method `name` of a subclass of a built-in when the subclass defines it: a cell's
    /// `class D(dict)` in Python, or a native subclass such as torch.Size (a tuple whose
    /// slices are Sizes) natively. It must win over the built-in fast paths.
    @inline(__always)
    func userOverride(_ v: Value, _ name: Symbol) -> Value? {
        guard case .object(let o) = v else { return nil }
        if o.hasCellDefinedType {
            guard let f = o.type.lookup(name), case .object(let fo) = f, !(fo is PyNativeFunction) else { return nil }
            return f
        }
        let t = o.type
        guard t.moduleName != "builtins", t.nativeConstructorBase != nil else { return nil }
        return t.nativeOverride(of: name)
    }
}

