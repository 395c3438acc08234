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
