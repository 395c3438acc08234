/// `range(start, stop, step)`.
public final class PyRange: PyObject {
    public let start: Int, stop: Int, step: Int
    public init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(type: BuiltinTypes.range)
    }

    public var count: Int {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }

    public func element(_ i: Int) -> Int { start + i * step }
}
