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
        try PySlice.indices(start: start, stop: stop, step: step, length: length, interp)
    }

    /// `slice.indices(length)` of the bounds as written, without making the slice object
    /// (`xs[a:b]` on a list, tuple or str computes them directly).
    public static func indices(start: Value, stop: Value, step: Value, length: Int,
                               _ interp: Interpreter) throws -> (start: Int, stop: Int, step: Int) {
        // -Int.max at most, so that the step can be negated.
        let step = step.isNone ? 1 : max(try bound(step, interp), -Int.max)
        if step == 0 { throw PyError.value("slice step cannot be zero") }
        func clamp(_ v: Value, _ defaultValue: Int) throws -> Int {
            if v.isNone { return defaultValue }
            var i = try bound(v, interp)
            if i < 0 { i += length; if i < 0 { i = step < 0 ? -1 : 0 } } else if i >= length { i = step < 0 ? length - 1 : length }
            return i
        }
        return (try clamp(start, step < 0 ? length - 1 : 0), try clamp(stop, step < 0 ? -1 : length), step)
    }

    /// A bound as an Int; an int beyond 64 bits is clamped, as CPython clamps to ssize_t
    /// (NumPy's basic indexing clamps the same way).
    public static func bound(_ v: Value, _ interp: Interpreter) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if let big = o as? PyBigInt { return (PyBigInt.compare(big.mpz, 0) ?? 0) < 0 ? -Int.max : Int.max }
            if o.type.lookup(Dunder.index) != nil { return try bound(interp.toInteger(v), interp) }
        default: break
        }
        throw PyError.type("slice indices must be integers or None or have an __index__ method")
    }

    /// The items a slice selects: a contiguous copy for step 1, one pass otherwise. Built by
    /// appending to a reserved array (see `Array(filledWith:count:)` for why).
    public static func select<T>(_ items: [T], start: Int, stop: Int, step: Int) -> [T] {
        var selected: [T] = []
        if step == 1 {
            guard start < stop else { return selected }
            selected.reserveCapacity(stop - start)
            selected.append(contentsOf: items[start..<stop])
            return selected
        }
        let positions = SlicePositions(start: start, stop: stop, step: step)
        selected.reserveCapacity(positions.count)
        items.withUnsafeBufferPointer { source in
            for k in 0..<positions.count { selected.append(source[positions[k]]) }
        }
        return selected
    }

    /// The positions a slice selects in a sequence of `length` items.
    public func positions(length: Int, _ interp: Interpreter) throws -> SlicePositions {
        let (start, stop, step) = try indices(length: length, interp)
        return SlicePositions(start: start, stop: stop, step: step)
    }
}
