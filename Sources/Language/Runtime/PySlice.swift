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
