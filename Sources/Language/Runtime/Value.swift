/// A Python value. None, bools, ints and floats live inline; everything else is a reference
/// to a `PyObject`. An int that fits 64 bits is `.int`; beyond that it is a `PyBigInt` object
/// (overflow promotes, results that fit again demote).
public enum Value {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case object(PyObject)

    public static func str(_ s: String) -> Value { .object(PyStr(s)) }
    public static func list(_ items: [Value]) -> Value { .object(PyList(items)) }
    public static func tuple(_ items: [Value]) -> Value { .object(PyTuple(items)) }

    public var asObject: PyObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// The string payload when this is a `str`.
    public var asString: String? {
        if case .object(let o) = self, let s = o as? PyStr { return s.value }
        return nil
    }

    public var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    /// The Python type of the value.
    public var type: PyType {
        switch self {
        case .none: return BuiltinTypes.noneType
        case .bool: return BuiltinTypes.bool
        case .int: return BuiltinTypes.int
        case .float: return BuiltinTypes.float
        case .object(let o): return o.type
        }
    }

    public var typeName: String { type.name }

    /// Identity as `is` sees it: immediates compare by value, objects by reference.
    @inline(__always)
    public func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.none, .none): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        case (.object(let a), .object(let b)): return a === b
        default: return false
        }
    }
}

/// Lets a Value cross into a Sendable context (a generator thread, an error). The
/// interpreter runs on one thread at a time, so this is safe by construction.
public struct UncheckedValue: @unchecked Sendable {
    public var value: Value
    public init(_ value: Value) { self.value = value }
}

extension UnsafeMutablePointer where Pointee == Value? {
    /// The object a slot holds, without a retain. Only for code that cannot rebind the slot or
    /// run Python code while it uses the object (`ListItemSite`, `DictStrKeySite`): the slot's
    /// own reference is what keeps it alive. A `Value?` holding an object keeps the reference
    /// in its first word (tested by `aBorrowedObjectIsTheSlotsObject`).
    @inline(__always)
    var borrowedObject: Unmanaged<PyObject>? {
        guard case .object? = pointee else { return nil }
        return Unmanaged.fromOpaque(UnsafeRawPointer(self).load(as: UnsafeRawPointer.self))
    }
}
