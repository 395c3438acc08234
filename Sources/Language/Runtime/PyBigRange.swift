/// `range(start, stop, step)` with a bound beyond 64 bits (`range(2**70, 2**70 + 3)`). Its
/// arithmetic goes through the interpreter's ints of any size; it is a separate class so that
/// PyRange and the loops over it keep their 64-bit paths untouched. Its type is `range`, whose
/// `__len__`/`__getitem__`/`__contains__`/`__iter__` serve it (PyRange never reaches them).
public final class PyBigRange: PyObject {
    public let start: Value, stop: Value, step: Value
    /// The number of elements, an int of any size.
    public let length: Value

    init(start: Value, stop: Value, step: Value, _ interp: Interpreter) throws {
        self.start = start
        self.stop = stop
        self.step = step
        let ascending = try interp.isTrue(.gt, step, .int(0))
        let (low, high) = ascending ? (start, stop) : (stop, start)
        if try interp.isTrue(.lt, low, high) {
            // (high - low - 1) // |step| + 1
            let distance = try interp.binary(.sub, try interp.binary(.sub, high, low), .int(1))
            let magnitude = ascending ? step : try interp.unary(.neg, step)
            length = try interp.binary(.add, try interp.binary(.floordiv, distance, magnitude), .int(1))
        } else {
            length = .int(0)
        }
        super.init(type: BuiltinTypes.range)
    }

    /// A range of the given int bounds: a PyRange when all three fit 64 bits.
    static func make(start: Value, stop: Value, step: Value, _ interp: Interpreter) throws -> Value {
        if case .int(let a) = start, case .int(let b) = stop, case .int(let c) = step {
            return .object(PyRange(start: a, stop: b, step: c))
        }
        return .object(try PyBigRange(start: start, stop: stop, step: step, interp))
    }

    /// The element at index `i` (any int), negatives counting from the end; IndexError outside.
    func element(at i: Value, _ interp: Interpreter) throws -> Value {
        var index = i
        if try interp.isTrue(.lt, index, .int(0)) { index = try interp.binary(.add, index, length) }
        guard try interp.isTrue(.ge, index, .int(0)), try interp.isTrue(.lt, index, length) else {
            throw PyError.index("range object index out of range")
        }
        return try interp.binary(.add, start, try interp.binary(.mul, index, step))
    }

    /// Whether the int `x` is one of the elements.
    func contains(_ x: Value, _ interp: Interpreter) throws -> Bool {
        let offset = try interp.binary(.sub, x, start)
        guard try interp.isTrue(.eq, try interp.binary(.mod, offset, step), .int(0)) else { return false }
        let index = try interp.binary(.floordiv, offset, step)
        return try interp.isTrue(.ge, index, .int(0)) && interp.isTrue(.lt, index, length)
    }

    /// Its position of the int `x`, nil when `x` is not an element.
    func index(of x: Value, _ interp: Interpreter) throws -> Value? {
        guard try contains(x, interp) else { return nil }
        return try interp.binary(.floordiv, try interp.binary(.sub, x, start), step)
    }

    func makeIterator() -> PyIterator {
        var current = start, remaining = length
        let step = self.step
        return PyIterator { interp in
            guard try interp.isTrue(.gt, remaining, .int(0)) else { return nil }
            if interp.interrupt.isSet { try interp.checkInterrupt() }
            let value = current
            current = try interp.binary(.add, current, step)
            remaining = try interp.binary(.sub, remaining, .int(1))
            return value
        }
    }

    var repr: String {
        let bounds = "\(Formatter.repr(start)), \(Formatter.repr(stop))"
        if case .int(1) = step { return "range(\(bounds))" }
        return "range(\(bounds), \(Formatter.repr(step)))"
    }
}

extension Interpreter {
    /// The truth of one comparison between built-in values.
    func isTrue(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Bool {
        try isTruthy(compare(op, a, b))
    }
}
