import Foundation

/// len, isinstance, sorted, enumerate, zip, getattr … — the functions that are not about
/// numbers or I/O.
extension Builtins {
    static func arity(_ name: String, _ args: Arguments, _ min: Int, _ max: Int) throws {
        if !args.keywords.isEmpty {
            throw PyError.type("\(name)() takes no keyword arguments")
        }
        if args.count < min || args.count > max {
            if min == max {
                throw PyError.type("\(name)() takes exactly \(min == 1 ? "one argument" : "\(min) arguments") (\(args.count) given)")
            }
            if args.count < min {
                throw PyError.type("\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(args.count)")
            }
            throw PyError.type("\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(args.count)")
        }
    }

    nonisolated(unsafe) static let generalFunctions: [(String, NativeBody)] = [
        // __import__(name, globals, locals, fromlist, level): the top package, or with a
        // fromlist the named module itself, as in Python.
        ("__import__", { interp, args in
            guard args.count > 0 else { throw PyError.type("__import__() missing required argument 'name' (pos 1)") }
            let name = try interp.toStringValue(args.positional[0], what: "__import__() argument 1")
            let leaf = try interp.importModule(name)
            let fromlist = args.count > 3 ? args.positional[3] : (args.keyword("fromlist") ?? .none)
            if !fromlist.isNone, try interp.isTruthy(fromlist) { return .object(leaf) }
            guard let dot = name.firstIndex(of: ".") else { return .object(leaf) }
            return .object(try interp.importModule(String(name[..<dot])))
        }),
        ("len", { interp, args in
            try arity("len", args, 1, 1)
            return .int(try interp.length(args[0]))
        }),
        ("repr", { interp, args in
            try arity("repr", args, 1, 1)
            return .str(try interp.repr(args[0]))
        }),
        ("ascii", { interp, args in .str(try interp.ascii(args[0])) }),
        ("format", { interp, args in
            try arity("format", args, 1, 2)
            return .str(try interp.format(args[0], args.count > 1 ? try interp.toStringValue(args[1]) : ""))
        }),
        ("hash", { interp, args in
            try arity("hash", args, 1, 1)
            return .int(try interp.hashKey(args[0]).hash)
        }),
        ("id", { _, args in
            try arity("id", args, 1, 1)
            switch try args[0] {
            case .object(let o): return .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o).hashValue)) & Int.max)
            case .int(let i): return .int(i &* 32 &+ 0x1000)
            default: return .int(0x2A)
            }
        }),
        ("isinstance", { interp, args in
            try arity("isinstance", args, 2, 2)
            return .bool(try interp.isInstance(args[0], args[1]))
        }),
        ("issubclass", { interp, args in
            try arity("issubclass", args, 2, 2)
            guard case .object(let o) = try args[0], let t = o as? PyType else {
                throw PyError.type("issubclass() arg 1 must be a class")
            }
            return .bool(try interp.classMatches(t, args[1], function: "issubclass"))
        }),
        ("callable", { _, args in
            try arity("callable", args, 1, 1)
            guard case .object(let o) = try args[0] else { return .bool(false) }
            return .bool(o is PyFunction || o is PyNativeFunction || o is PyBoundMethod || o is PyType || o.type.lookup(Dunder.call) != nil)
        }),
        ("getattr", { interp, args in
            try arity("getattr", args, 2, 3)
            let name = try interp.toStringValue(args[1], what: "attribute name")
            if args.count == 3 {
                do { return try interp.lookupAttribute(args[0], Symbol(name)) ?? args[2] } catch let e as PyError where e.isInstance(of: BuiltinTypes.attributeError) { return try args[2] }
            }
            return try interp.getAttribute(args[0], Symbol(name))
        }),
        ("setattr", { interp, args in
            try arity("setattr", args, 3, 3)
            try interp.setAttribute(args[0], Symbol(try interp.toStringValue(args[1], what: "attribute name")), args[2])
            return .none
        }),
        ("hasattr", { interp, args in
            try arity("hasattr", args, 2, 2)
            let name = Symbol(try interp.toStringValue(args[1], what: "attribute name"))
            do { return .bool(try interp.lookupAttribute(args[0], name) != nil) } catch let e as PyError where e.isInstance(of: BuiltinTypes.attributeError) { return .bool(false) }
        }),
        ("delattr", { interp, args in
            try arity("delattr", args, 2, 2)
            try interp.deleteAttribute(args[0], Symbol(try interp.toStringValue(args[1])))
            return .none
        }),
        ("iter", { interp, args in
            try arity("iter", args, 1, 2)
            if args.count == 2 {
                let f = try args[0], sentinel = try args[1]
                return .object(PyIterator { interp in
                    let v = try interp.call(f, Arguments())
                    return try interp.equals(v, sentinel) ? nil : v
                })
            }
            if case .object(let o) = try args[0], let g = o as? PyGenerator { return .object(g) }
            return .object(try interp.iterator(args[0]))
        }),
        ("next", { interp, args in
            try arity("next", args, 1, 2)
            if let v = try interp.next(args[0]) { return v }
            if args.count == 2 { return try args[1] }
            if case .object(let o) = try args[0], let g = o as? PyGenerator { throw PyError.stopIteration(g.returnValue) }
            throw PyError.stopIteration()
        }),
        ("enumerate", { interp, args in
            let a = try BuiltinSignatures.enumerate.bind(args)
            let it = try interp.iterator(a.value(0) ?? Value.none)
            // The count is any int: past Int.max it goes on as a big int, as in CPython.
            var i = try a["start"].map { try interp.toInteger($0) } ?? .int(0)
            var last: PyTuple?
            return .object(PyIterator { interp in
                guard let v = try it.next(interp) else { return nil }
                let count = i
                if case .int(let n) = i, n < Int.max { i = .int(n + 1) } else { i = try interp.binary(.add, i, .int(1)) }
                if let t = PyTuple.reused(&last, { $0[0] = count; $0[1] = v }) { return .object(t) }
                let t = PyTuple([count, v])
                last = t
                return .object(t)
            })
        }),
        ("zip", { interp, args in
            let strict = try args.keyword("strict").map { try interp.isTruthy($0) } ?? false
            let its = try args.positional.map { try interp.iterator($0) }
            // The items are gathered in `scratch`; a reused tuple swaps its old items out for
            // them, so the two arrays take turns and no element allocates.
            var scratch = [Value](filledWith: .none, count: its.count)
            var last: PyTuple?
            return .object(PyIterator { interp in
                guard !its.isEmpty else { return nil }
                for k in its.indices {
                    guard let v = try its[k].next(interp) else {
                        let othersLeft = try its.dropFirst().contains { try $0.next(interp) != nil }
                        if strict && (k > 0 || othersLeft) {
                            throw PyError.value("zip() argument \(k + 1) is shorter than argument 1")
                        }
                        return nil
                    }
                    scratch[k] = v
                }
                if let t = PyTuple.reused(&last, { swap(&$0, &scratch) }) { return .object(t) }
                let t = PyTuple(scratch)
                last = t
                return .object(t)
            })
        }),
        ("map", { interp, args in
            guard args.count >= 2 else { throw PyError.type("map() must have at least two arguments.") }
            let f = try args[0]
            let its = try args.positional.dropFirst().map { try interp.iterator($0) }
            if its.count == 1, let it = its.first {
                // map(f, xs), the common case: one argument per call.
                return .object(PyIterator { interp in
                    guard let v = try it.next(interp) else { return nil }
                    return try interp.call(f, one: v)
                })
            }
            return .object(PyIterator { interp in
                var row: [Value] = []
                for it in its {
                    guard let v = try it.next(interp) else { return nil }
                    row.append(v)
                }
                return try interp.call(f, Arguments(row))
            })
        }),
        ("filter", { interp, args in
            try arity("filter", args, 2, 2)
            let f = try args[0]
            let it = try interp.iterator(args[1])
            return .object(PyIterator { interp in
                while let v = try it.next(interp) {
                    let keep = f.isNone ? try interp.isTruthy(v) : try interp.isTruthy(interp.call(f, one: v))
                    if keep { return v }
                }
                return nil
            })
        }),
        ("reversed", { interp, args in
            try arity("reversed", args, 1, 1)
            if case .object(let o) = try args[0], !(o is PyList || o is PyTuple || o is PyStr || o is PyRange || o is PyDict),
               let f = o.type.lookup(Dunder.reversed) {
                return try interp.call(f, Arguments([args[0]]))
            }
            if case .object(let o) = try args[0], o is PySet || o is PyIterator || o is PyGenerator {
                throw PyError.type("'\(o.type.name)' object is not reversible")
            }
            return .object(PyIterator(values: try interp.iterateToArray(args[0]).reversed()))
        }),
        ("sorted", { interp, args in
            let a = try BuiltinSignatures.sorted.bind(args)
            var items = try interp.iterateToArray(a.value(0) ?? Value.none)
            try interp.sortValues(&items, key: a.optional("key"), reverse: try a["reverse"].map { try interp.isTruthy($0) } ?? false)
            return .list(items)
        }),
        ("any", { interp, args in
            try arity("any", args, 1, 1)
            let it = try interp.iterator(args[0])
            while let v = try it.next(interp) { if try interp.isTruthy(v) { return .bool(true) } }
            return .bool(false)
        }),
        ("all", { interp, args in
            try arity("all", args, 1, 1)
            let it = try interp.iterator(args[0])
            while let v = try it.next(interp) { if !(try interp.isTruthy(v)) { return .bool(false) } }
            return .bool(true)
        }),
        ("dir", { interp, args in
            var names: Set<String> = []
            if args.count == 0 {
                names = Set(interp.globals.entries.map(\.0.name))
            } else {
                let v = args.positional[0]
                // PEP 562: a module's own `__dir__()` lists its names (lazily made ones too).
                if let m = v.asObject as? PyModule, let moduleDir = m.attribute(Symbol("__dir__")) {
                    let listed = try interp.iterateToArray(try interp.call(moduleDir, Arguments([])))
                    let sorted = try listed.map { try interp.toStringValue($0) }.sorted()
                    return .list(sorted.map { Value.str($0) })
                }
                if case .object(let o) = v {
                    names.formUnion(o.attributes?.keys.map(\.name) ?? [])
                    if let t = o as? PyType { names.formUnion(t.mro.flatMap { $0.namespace.keys.map(\.name) }) }
                }
                if !(v.asObject is PyType) { names.formUnion(v.type.mro.flatMap { $0.namespace.keys.map(\.name) }) }
            }
            return .list(names.sorted().map { .str($0) })
        }),
        ("vars", { interp, args in
            if args.count == 0 { return try interp.globalsDict() }
            guard case .object(let o) = args.positional[0],
                  o.hasCellDefinedType || o.attributes != nil || o is PyType || o is PyModule || o is PyFunction else {
                throw PyError.type("vars() argument must have __dict__ attribute")
            }
            return try interp.getAttribute(args.positional[0], Dunder.dict)
        }),
        ("globals", { interp, _ in try interp.globalsDict() }),
        ("locals", { interp, _ in try interp.globalsDict() }),
        ("exit", { _, _ in throw PyError(BuiltinTypes.systemExit, "") }),
        ("quit", { _, _ in throw PyError(BuiltinTypes.systemExit, "") }),
    ]
}

extension Interpreter {
    public func isInstance(_ v: Value, _ spec: Value) throws -> Bool {
        try classMatches(v.type, spec, function: "isinstance")
    }

    func classMatches(_ t: PyType, _ spec: Value, function: String) throws -> Bool {
        if case .object(let o) = spec {
            if let c = o as? PyType {
                if t.isSubtype(of: c) { return true }
                // An abstract class (collections.abc.Iterable) decides through its metaclass's
                // __subclasscheck__, as ABCMeta does in Python.
                if c.type !== BuiltinTypes.type, c.type.isMutable, let check = c.type.lookup(Symbol("__subclasscheck__")) {
                    return try isTruthy(call(check, Arguments([spec, .object(t)])))
                }
                return false
            }
            if let tuple = o as? PyTuple {
                for item in tuple.items where try classMatches(t, item, function: function) { return true }
                return false
            }
        }
        throw PyError.type("\(function)() arg 2 must be a type, a tuple of types, or a union")
    }

    /// `next(it)`: nil when exhausted.
    public func next(_ v: Value) throws -> Value? {
        if case .object(let o) = v {
            if let it = o as? PyIterator { return try it.next(self) }
            if let g = o as? PyGenerator { return try g.next(self) }
            if let f = o.type.lookup(Dunder.next) {
                do {
                    return try call(f, Arguments([v]))
                } catch let e as PyError where e.isInstance(of: BuiltinTypes.stopIteration) {
                    return nil
                }
            }
        }
        throw PyError.type("'\(v.typeName)' object is not an iterator")
    }

    func globalsDict() throws -> Value {
        let d = PyDict()
        for (k, v) in globals.entries { d[try hashKey(.str(k.name))] = v }
        return .object(d)
    }

    /// A stable sort with Python's `key` and `reverse` semantics: with reverse=True, equal
    /// elements keep their original order, as in CPython. Long sorts answer an interrupt (checked
    /// every 4,096 key calls and 65,536 comparisons).
    public func sortValues(_ items: inout [Value], key: Value?, reverse: Bool) throws {
        var keys = items
        if let key {
            keys.removeAll(keepingCapacity: true)
            for (n, item) in items.enumerated() {
                if n & 0xFFF == 0xFFF { try checkInterrupt() }
                keys.append(try call(key, one: item))
            }
        }
        let op: CompareOp = reverse ? .gt : .lt
        var comparisons = 0
        let order = try mergeSort(Array(items.indices)) { i, j in
            comparisons &+= 1
            if comparisons & 0xFFFF == 0 { try self.checkInterrupt() }
            return try self.isTruthy(self.compare(op, keys[i], keys[j]))
        }
        items = order.map { items[$0] }
    }

    func mergeSort(_ a: [Int], _ less: (Int, Int) throws -> Bool) rethrows -> [Int] {
        if a.count <= 1 { return a }
        let mid = a.count / 2
        let l = try mergeSort(Array(a[..<mid]), less), r = try mergeSort(Array(a[mid...]), less)
        var out: [Int] = []
        out.reserveCapacity(a.count)
        var i = 0, j = 0
        while i < l.count && j < r.count {
            if try less(r[j], l[i]) { out.append(r[j]); j += 1 } else { out.append(l[i]); i += 1 }
        }
        out += l[i...]
        out += r[j...]
        return out
    }
}
