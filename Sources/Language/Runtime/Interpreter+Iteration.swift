extension Interpreter {
    /// `iter(v)`: an iterator over any iterable, built-in or user-defined.
    public func iterator(_ v: Value) throws -> PyIterator {
        if case .object(let o) = v {
            switch o {
            case let it as PyIterator: return it
            case let g as PyGenerator: return PyIterator { interp in try g.next(interp) }
            case let l as PyList:
                var i = 0
                return PyIterator { _ in
                    guard i < l.items.count else { return nil }
                    defer { i += 1 }
                    return l.items[i]
                }
            case let t as PyTuple: return PyIterator(values: t.items)
            case let s as PyStr:
                var it = s.value.unicodeScalars.makeIterator()
                return PyIterator { _ in it.next().map { PyStr.character($0) } }
            case let r as PyRange:
                var current = r.start, done = false
                let stop = r.stop, step = r.step
                return PyIterator { interp in
                    guard !done, step > 0 ? current < stop : current > stop else { return nil }
                    // A native consumer (sum, max, any) loops here: let an interrupt stop it.
                    if interp.interrupt.isSet { try interp.checkInterrupt() }
                    let value = current
                    (current, done) = current.addingReportingOverflow(step)
                    return .int(value)
                }
            case let d as PyDict: return PyDictView(d, .keys).makeIterator()
            case let s as PySet:
                // The keys array is shared, not copied (`elements` would build a new array per loop).
                let storage = s.storage
                var i = 0
                return PyIterator { _ in
                    guard i < storage.count else { return nil }
                    defer { i += 1 }
                    return storage[i].value
                }
            case let view as PyDictView: return view.makeIterator()
            default: break
            }
            if let f = o.type.lookup(Dunder.iter) {
                let it = try call(f, Arguments([v]))
                if case .object(let io) = it, let pyIt = io as? PyIterator { return pyIt }
                guard let nextMethod = it.type.lookup(Dunder.next) else {
                    throw PyError.type("iter() returned non-iterator of type '\(it.typeName)'")
                }
                return PyIterator { interp in
                    do {
                        return try interp.call(nextMethod, Arguments([it]))
                    } catch let e as PyError where e.isInstance(of: BuiltinTypes.stopIteration) {
                        return nil
                    }
                }
            }
            if let getitem = o.type.lookup(Dunder.getitem) {
                var i = 0
                return PyIterator { interp in
                    do {
                        defer { i += 1 }
                        return try interp.call(getitem, Arguments([v, .int(i)]))
                    } catch let e as PyError where e.isInstance(of: BuiltinTypes.indexError) || e.isInstance(of: BuiltinTypes.stopIteration) {
                        return nil
                    }
                }
            }
        }
        throw PyError.type("'\(v.typeName)' object is not iterable")
    }

    /// Collects an iterable into an array (for unpacking, list(), sorted() …).
    public func iterateToArray(_ v: Value) throws -> [Value] {
        if case .object(let o) = v {
            if let l = o as? PyList { return l.items }
            if let t = o as? PyTuple { return t.items }
            if let r = o as? PyRange { try MemoryCeiling.check(bytes: r.count, times: MemoryLayout<Value>.stride) }
        }
        let it = try iterator(v)
        var out: [Value] = []
        while let x = try it.next(self) {
            out.append(x)
            try checkInterrupt()   // one relaxed load: items may each take milliseconds (a product of 10**6 factors)
        }
        return out
    }
}
