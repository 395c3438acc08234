/// The base of every heap Python object. Native types subclass it in Swift and register their
/// Python-visible methods on their `PyType`; a user class that subclasses a native type gets
/// instances of the native Swift class whose `type` is the user class, so one object holds both
/// the native state and the cell's attributes.
open class PyObject {
    private final var storedType: PyType?
    /// Instance attributes (`self.x = …`). Nil until first written, so native objects pay nothing.
    public final var attributes: AttributeTable?
    /// For the cycle collector (GarbageCollector): the object's place in its generation's
    /// list, or -1 while untracked, and which generation.
    final var gcIndex: Int32 = -1
    final var gcGeneration: UInt8 = 0
    /// Finalized (PEP 442: `__del__` runs once), and targeted by weak references.
    private final var lifeFlags: UInt8 = 0
    private static let hasFinalizerFlag: UInt8 = 4

    /// The Python type of this object.
    public final var type: PyType { storedType ?? BuiltinTypes.type }

    /// True when the object's Python type is exactly `t`, asked without retaining the type
    /// (the exact-type fast paths ask it on every operation).
    @inline(__always)
    public final func hasType(_ t: PyType) -> Bool {
        storedType === t || (storedType == nil && t === BuiltinTypes.type)
    }

    /// True when the object's Python type is the one `id` identifies. Inline caches keep their
    /// types by identifier: an `unowned(unsafe)` reference read back as a strong one costs an
    /// atomic retain, which the single-threaded build does not make non-atomic.
    @inline(__always)
    public final func hasType(identifiedBy id: ObjectIdentifier) -> Bool {
        if let t = storedType { return ObjectIdentifier(t) == id }
        return id == ObjectIdentifier(BuiltinTypes.type)
    }

    /// True for instances of classes defined in a cell (read without retaining the type: the
    /// operator and subscript paths ask it on every call).
    @inline(__always)
    public final var hasCellDefinedType: Bool { storedType?.isMutable ?? false }
    /// An instance of a Python-defined class with `__set__` or `__delete__`: as a class
    /// attribute it takes precedence over the instance's own attributes.
    public final var isDataDescriptor: Bool {
        hasCellDefinedType && !(self is PyType) && (type.lookup(Dunder.set) != nil || type.lookup(Dunder.delete) != nil)
    }

    public init(type: PyType) {
        storedType = type
    }

    /// A plain instance of a class (`object`'s allocator): tracked by the cycle collector,
    /// since its attributes may point back at it.
    public static func instance(of type: PyType) -> PyObject {
        let o = PyObject(type: type)
        if type.definesFinalizer { o.lifeFlags |= PyObject.hasFinalizerFlag }
        GarbageCollector.track(o)
        return o
    }
    /// Only for type objects, whose type is `type`.
    init(metatype: Void) {
        storedType = nil
    }

    /// Retargets an instance to a subclass (used when a user class instantiates a native base).
    public final func setType(_ type: PyType) { storedType = type }

    public final func attribute(_ name: Symbol) -> Value? { attributes?[name] }

    final var isFinalized: Bool {
        get { lifeFlags & 1 != 0 }
        set { lifeFlags = newValue ? lifeFlags | 1 : lifeFlags & ~1 }
    }
    final var hasWeakReferences: Bool {
        get { lifeFlags & 2 != 0 }
        set { lifeFlags = newValue ? lifeFlags | 2 : lifeFlags & ~2 }
    }

    /// Calls `visit` once for each reference this object holds counted, to an object the
    /// cycle collector may track: the contract GarbageCollector relies on. Storage shared
    /// copy-on-write is made unique first. A native type that holds Python objects overrides
    /// this (and `clearReferences`) to take part in cycle collection.
    open func visitReferences(_ visit: (PyObject) -> Void) {
        attributes?.visitValues(visit)
    }

    /// Drops this object's references, to break a cycle the collector found unreachable.
    open func clearReferences() {
        attributes = nil
    }

    deinit {
        if gcIndex >= 0 { GarbageCollector.untrack(self) }
        if lifeFlags != 0 { endOfLife() }
        // Deeply nested attributes are released iteratively, not by recursive deinits.
        NestedRelease.release(&attributes)
    }

    /// A dying object with weak references or a `__del__`: the references are cleared and
    /// their callbacks run; `__del__` runs on a stand-in that takes over the attributes (a
    /// deinit cannot be undone, so `self` must not be handed to Python code that might keep it).
    private final func endOfLife() {
        if hasWeakReferences { WeakReferences.clear(self) }
        if lifeFlags & PyObject.hasFinalizerFlag != 0, !isFinalized, let finalizer = GarbageCollector.finalizer {
            let standIn = PyObject(type: type)
            standIn.attributes = attributes
            attributes = nil
            standIn.isFinalized = true
            GarbageCollector.track(standIn)
            finalizer(standIn)
        }
    }

    /// The instance attribute `key`, looked for first at `hint` (see AttributeTable). Read
    /// through an inout access: reading `attributes` as a value copies the table, a retain and
    /// a release of each of its arrays on every `self.x`.
    @inline(__always)
    public final func attributeValue(_ key: Symbol, near hint: inout Int) -> Value? {
        AttributeTable.value(in: &attributes, for: key, near: &hint)
    }

    /// Whether the instance has its own attribute `key` (read in place, as above).
    @inline(__always)
    public final func hasOwnAttribute(_ key: Symbol) -> Bool {
        AttributeTable.contains(key, in: &attributes)
    }

    public final func setAttribute(_ name: Symbol, _ value: Value?) {
        if attributes == nil { attributes = AttributeTable() }
        attributes?[name] = value
    }
}

/// A `str`. Keeps the Swift string and, lazily, its Unicode scalars for O(1) indexing.
public final class PyStr: PyObject {
    public let value: String
    private var cachedScalars: [Unicode.Scalar]?

    public init(_ value: String) {
        self.value = value
        super.init(type: BuiltinTypes.str)
    }

    public var scalars: [Unicode.Scalar] {
        if let s = cachedScalars { return s }
        let s = Array(value.unicodeScalars)
        cachedScalars = s
        return s
    }

    /// The length in code points, counted once: `len(s)` in a loop (a regex scan, a parser
    /// walking a string) would otherwise recount the whole string on every call.
    public var count: Int {
        if let s = cachedScalars { return s.count }
        if let c = cachedCount { return c }
        let c = value.unicodeScalars.count
        cachedCount = c
        return c
    }
    private var cachedCount: Int?

    private var cachedHash: Int?

    /// The code points `start`, `start + step`, … before `stop` (clamped by `slice.indices`).
    /// An ASCII string with step 1 is sliced as bytes, without decoding its scalars.
    public func slice(start: Int, stop: Int, step: Int) -> String {
        if step == 1 {
            guard start < stop else { return "" }
            var text = value
            if count == text.utf8.count {
                return text.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<stop]), as: UTF8.self) }
            }
            var out = String.UnicodeScalarView()
            out.append(contentsOf: scalars[start..<stop])
            return String(out)
        }
        var out = String.UnicodeScalarView()
        for p in SlicePositions(start: start, stop: stop, step: step) { out.append(scalars[p]) }
        return String(out)
    }

    /// The hash used for dict keys, computed once: strings are immutable.
    public var hash: Int {
        if let h = cachedHash { return h }
        let h = PyStr.hash(of: value)
        cachedHash = h
        return h
    }

    /// FNV-1a over the UTF-8 bytes: a fraction of the cost of Swift's seeded SipHash, which the
    /// dictionary's own seeding makes unnecessary here. Python randomises str hashes per process,
    /// so no program can depend on the values.
    public static func hash(of text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            return Int(bitPattern: UInt(h))
        }
    }
}

/// A `list`: a mutable array of values.
public final class PyList: PyObject {
    public var items: [Value]
    public init(_ items: [Value] = []) {
        self.items = items
        super.init(type: BuiltinTypes.list)
        GarbageCollector.track(self)
    }

    public override func visitReferences(_ visit: (PyObject) -> Void) { super.visitReferences(visit); items.visitObjects(visit) }
    public override func clearReferences() { super.clearReferences(); items = [] }
    deinit { NestedRelease.release(&items) }
}

/// A `tuple`.
public final class PyTuple: PyObject {
    /// Fixed once made; `var` only so the cycle collector can clear a tuple in a cycle.
    public private(set) var items: [Value]
    public init(_ items: [Value]) {
        self.items = items
        super.init(type: BuiltinTypes.tuple)
        GarbageCollector.track(self)
    }
    public init(_ items: [Value], type: PyType) {
        self.items = items
        super.init(type: type)
        GarbageCollector.track(self)
    }

    public override func visitReferences(_ visit: (PyObject) -> Void) { super.visitReferences(visit); items.visitObjects(visit) }
    public override func clearReferences() { super.clearReferences(); items = [] }
    deinit { NestedRelease.release(&items) }

    /// The tuple an iterator returned last time, again with new items, when nothing but the
    /// iterator references it any more (the loop that unpacked it dropped it): CPython's zip,
    /// enumerate and dict.items do the same, saving two allocations per element. Nil when
    /// the tuple is still referenced elsewhere or has another length.
    static func reused(_ last: inout PyTuple?, _ fill: (inout [Value]) throws -> Void) rethrows -> PyTuple? {
        guard isKnownUniquelyReferenced(&last), let t = last, t.hasType(BuiltinTypes.tuple) else { return nil }
        try fill(&t.items)
        return t
    }
}

/// `...`
public final class PyEllipsis: PyObject {
    public static let shared = UncheckedBox(PyEllipsis())
    private init() { super.init(type: BuiltinTypes.ellipsisType) }
}

/// `NotImplemented`, returned by binary dunders to ask for the reflected operation.
public final class PyNotImplemented: PyObject {
    public static let shared = UncheckedBox(PyNotImplemented())
    private init() { super.init(type: BuiltinTypes.notImplementedType) }
}

/// A holder for process-wide singletons that are never mutated after creation.
public final class UncheckedBox<T>: @unchecked Sendable {
    public let value: T
    public init(_ value: T) { self.value = value }
}

/// A closure cell: a variable shared between a function and the functions nested in it.
public final class PyCell: PyObject {
    public var value: Value?
    public init(_ value: Value? = nil) {
        self.value = value
        super.init(type: BuiltinTypes.cell)
        GarbageCollector.track(self)
    }

    public override func visitReferences(_ visit: (PyObject) -> Void) {
        super.visitReferences(visit)
        if case .object(let o)? = value { visit(o) }
    }

    public override func clearReferences() {
        super.clearReferences()
        value = nil
    }
}
