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
        let step = step.isNone ? 1 : try interp.toInt(step)
        if step == 0 { throw PyError.value("slice step cannot be zero") }
        func clamp(_ v: Value, _ defaultValue: Int) throws -> Int {
            if v.isNone { return defaultValue }
            var i = try interp.toInt(v)
            if i < 0 { i += length; if i < 0 { i = step < 0 ? -1 : 0 } } else if i >= length { i = step < 0 ? length - 1 : length }
            return i
        }
        return (try clamp(start, step < 0 ? length - 1 : 0), try clamp(stop, step < 0 ? -1 : length), step)
    }

    /// The items a slice selects: a contiguous copy for step 1, one pass otherwise.
    public static func select<T>(_ items: [T], start: Int, stop: Int, step: Int) -> [T] {
        if step == 1 { return start < stop ? Array(items[start..<stop]) : [] }
        let count = step > 0 ? (stop > start ? (stop - start + step - 1) / step : 0)
                             : (start > stop ? (start - stop - step - 1) / -step : 0)
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            items.withUnsafeBufferPointer { source in
                var i = start
                for k in 0..<count {
                    buffer.initializeElement(at: k, to: source[i])
                    i += step
                }
            }
            initialized = count
        }
    }

    /// The positions a slice selects in a sequence of `length` items.
    public func positions(length: Int, _ interp: Interpreter) throws -> StrideTo<Int> {
        let (start, stop, step) = try indices(length: length, interp)
        return stride(from: start, to: stop, by: step)
    }
}
