extension Builtins {
    /// The protocol methods `range` answers for a PyBigRange; a PyRange is handled before any
    /// of them is looked up (by length, subscript, `in` and iteration's own cases).
    static func installBigRange(_ range: PyType) {
        func bigRange(_ args: Arguments) throws -> PyBigRange {
            guard let r = args.receiver.asObject as? PyBigRange else {
                throw PyError.type("descriptor requires a 'range' object of more than 64 bits")
            }
            return r
        }
        range.define("__len__") { _, args in
            let r = try bigRange(args)
            guard case .int = r.length else { throw PyError.overflow("Python int too large to convert to C ssize_t") }
            return r.length
        }
        range.define("__bool__") { interp, args in
            .bool(try interp.isTrue(.gt, try bigRange(args).length, .int(0)))
        }
        range.define("__getitem__") { interp, args in
            let r = try bigRange(args)
            guard args.count > 1 else { throw PyError.type("__getitem__ expected 1 argument") }
            let index = try args[1]
            if case .object(let o) = index, let slice = o as? PySlice {
                guard case .int(let count) = r.length else {
                    throw PyError.notImplemented("slicing a range of more than 2**63 elements")
                }
                let (start, stop, step) = try slice.indices(length: count, interp)
                func element(_ i: Int) throws -> Value { try interp.binary(.add, r.start, try interp.binary(.mul, .int(i), r.step)) }
                return try PyBigRange.make(start: try element(start), stop: try element(stop),
                                           step: try interp.binary(.mul, r.step, .int(step)), interp)
            }
            if case .float = index { throw PyError.type("range indices must be integers or slices, not float") }
            return try r.element(at: try interp.toInteger(index), interp)
        }
        range.define("__contains__") { interp, args in
            let r = try bigRange(args)
            guard args.count > 1 else { throw PyError.type("__contains__ expected 1 argument") }
            let item = try args[1]
            switch item {
            case .int, .bool: return .bool(try r.contains(item, interp))
            default:
                if PyBigInt.of(item) != nil { return .bool(try r.contains(item, interp)) }
                let it = r.makeIterator()
                while let v = try it.next(interp) {
                    if try interp.equals(v, item) { return .bool(true) }
                }
                return .bool(false)
            }
        }
        range.define("__iter__") { _, args in .object(try bigRange(args).makeIterator()) }
    }
}
