/// An iterator whose `next` is a Swift closure; built-in iterables hand these out.
public final class PyIterator: PyObject {
    let nextValue: (Interpreter) throws -> Value?

    public init(_ next: @escaping (Interpreter) throws -> Value?) {
        self.nextValue = next
        super.init(type: BuiltinTypes.iterator)
    }

    /// The next value, or nil when exhausted.
    public func next(_ interp: Interpreter) throws -> Value? { try nextValue(interp) }

    /// An iterator over a fixed array of values.
    public convenience init(values: [Value]) {
        var i = 0
        self.init { _ in
            guard i < values.count else { return nil }
            defer { i += 1 }
            return values[i]
        }
    }
}

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
                return PyIterator { _ in it.next().map { .str(String(Character($0))) } }
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
            case let s as PySet: return PyIterator(values: s.elements)
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
            if out.count & 0xFFF == 0 { try checkInterrupt() }
        }
        return out
    }
}

/// `range(start, stop, step)`.
public final class PyRange: PyObject {
    public let start: Int, stop: Int, step: Int
    public init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(type: BuiltinTypes.range)
    }

    /// The number of elements, saturated at `Int.max` (`len` raises OverflowError there).
    public var count: Int { exactCount ?? Int.max }

    /// The number of elements; nil when it exceeds `Int.max` (`range(-2**62, 2**62)`).
    public var exactCount: Int? {
        let from = step > 0 ? start : stop, to = step > 0 ? stop : start
        guard from < to else { return 0 }
        // The distance fits in 64 unsigned bits even when `to - from` overflows Int.
        let n = (UInt(bitPattern: to &- from) - 1) / step.magnitude + 1
        return n <= UInt(Int.max) ? Int(n) : nil
    }

    /// The element at a valid index (it lies between start and stop, so no overflow).
    public func element(_ i: Int) -> Int { start &+ i &* step }
}

/// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
public final class PyDictView: PyObject {
    public enum Kind { case keys, values, items }
    public let dict: PyDict
    public let kind: Kind

    public init(_ dict: PyDict, _ kind: Kind) {
        self.dict = dict
        self.kind = kind
        super.init(type: kind == .keys ? BuiltinTypes.dictKeys : kind == .values ? BuiltinTypes.dictValues : BuiltinTypes.dictItems)
    }

    public var values: [Value] {
        switch kind {
        case .keys: return dict.keyList
        case .values: return dict.valueList
        case .items: return dict.entries.map { .tuple([$0.0, $0.1]) }
        }
    }

    /// A live iterator that raises if the dict changes size, as Python does.
    func makeIterator() -> PyIterator {
        var i = 0
        let startCount = dict.count
        let d = dict, k = kind
        return PyIterator { _ in
            if d.count != startCount { throw PyError.runtime("dictionary changed size during iteration") }
            while i < d.rawCount {
                defer { i += 1 }
                if let (key, v) = d.entry(atRawIndex: i) {
                    switch k {
                    case .keys: return key.value
                    case .values: return v
                    case .items: return .tuple([key.value, v])
                    }
                }
            }
            return nil
        }
    }
}

/// `slice(start, stop, step)`.
public final class PySlice: PyObject {
    public let start: Value, stop: Value, step: Value
    public init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(type: BuiltinTypes.slice)
    }

    /// Python's `slice.indices(length)`: clamped start, stop and step.
    public func indices(length: Int, _ interp: Interpreter) throws -> (start: Int, stop: Int, step: Int) {
        let step = step.isNone ? 1 : try interp.toInt(self.step)
        if step == 0 { throw PyError.value("slice step cannot be zero") }
        func clamp(_ v: Value, _ defaultValue: Int) throws -> Int {
            if v.isNone { return defaultValue }
            var i = try interp.toInt(v)
            if i < 0 { i += length; if i < 0 { i = step < 0 ? -1 : 0 } } else if i >= length { i = step < 0 ? length - 1 : length }
            return i
        }
        let start = try clamp(self.start, step < 0 ? length - 1 : 0)
        let stop = try clamp(self.stop, step < 0 ? -1 : length)
        return (start, stop, step)
    }

    /// The positions a slice selects in a sequence of `length` items.
    public func positions(length: Int, _ interp: Interpreter) throws -> StrideTo<Int> {
        let (start, stop, step) = try indices(length: length, interp)
        return stride(from: start, to: stop, by: step)
    }
}
