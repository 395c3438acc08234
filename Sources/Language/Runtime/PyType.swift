/// A Python class, native or defined by a cell. Holds the class namespace (methods, class
/// attributes), the bases and the method resolution order.
///
///     class CNN(nn.Module): …   // PyType(name: "CNN", bases: [nn.Module])
public final class PyType: PyObject {
    public let name: String
    public var qualifiedName: String
    public var moduleName: String
    public private(set) var bases: [PyType]
    public private(set) var mro: [PyType] = []
    public var namespace = AttributeTable() {
        didSet {
            if rebindingData { return }
            PyType.namespaceGeneration &+= 1
            // Rebinding a name that is already there (`Shape.count += 1` in an `__init__`) keeps
            // the lookup caches valid: they hold where a name is found, not its value. Adding or
            // removing a name can change where it is found. (A table replaced whole happens
            // once, when a class statement ends, and always adds names to the empty one.)
            if namespace.count != namespaceCount {
                namespaceCount = namespace.count
                PyType.layoutGeneration &+= 1
            }
        }
    }
    private var namespaceCount = 0
    private var rebindingData = false

    /// `Cls.name = value` from Python code. A class attribute that holds plain data and gets
    /// plain data again (`Shape.count += 1` in an `__init__`) changes nothing any cache keeps
    /// (where names are, which are methods or descriptors), so the caches stay valid; anything
    /// else bumps the generations as every namespace change does.
    public func setClassAttribute(_ name: Symbol, _ value: Value) {
        if let old = namespace[name], PyType.isPlainData(old), PyType.isPlainData(value) {
            rebindingData = true
            defer { rebindingData = false }
            namespace[name] = value
            return
        }
        namespace[name] = value
    }

    /// None, a bool, an int, a float or an exact str: never a method, descriptor or hook.
    private static func isPlainData(_ v: Value) -> Bool {
        switch v {
        case .none, .bool, .int, .float: return true
        case .object(let o): return o.hasType(BuiltinTypes.str)
        }
    }
    /// Bumped whenever any type's namespace changes: caches that hold a value found in a class
    /// (a call site's method) are dropped. (Interpreters run one thread at a time, as
    /// everywhere in Language.)
    nonisolated(unsafe) static var namespaceGeneration = 0
    /// Bumped whenever a name is added to or removed from any type's namespace: caches of where
    /// names are found are dropped.
    nonisolated(unsafe) static var layoutGeneration = 0
    /// Where `lookup` found each name, as a position in the MRO (-1 when absent): an attribute
    /// read would otherwise walk the MRO, hashing into each class's namespace, on every access.
    private var lookupCache: [Symbol: Int] = [:]
    private var lookupGeneration = -1
    public var doc: String?
    /// How messages name an instance's type: CPython writes a C type's full `tp_name`
    /// (`'numpy.ndarray' object …`) but a Python class's bare name (`'Linear' object …`).
    /// Native types that mirror a library's Python classes set this.
    public var messagesUseBareName = false
    /// The type as error messages name it.
    public var messageName: String {
        messagesUseBareName || moduleName == "builtins" || moduleName == "__main__" ? name : "\(moduleName).\(name)"
    }
    /// Creates the Swift object behind an instance. Native types that hold state set this; a
    /// user class inherits the nearest one from its bases.
    public var allocator: ((PyType) -> PyObject)? = nil
    /// A native constructor that replaces `__new__`+`__init__` (int("3"), list(x), range(5)).
    public var constructor: ((Interpreter, PyType, Arguments) throws -> Value)? = nil
    /// False for built-in types whose namespace cell code may not change.
    public let isMutable: Bool
    public let isBuiltin: Bool

    public init(name: String, bases: [PyType], module: String = "builtins", mutable: Bool = false,
                doc: String? = nil) {
        self.name = name
        self.qualifiedName = name
        self.moduleName = module
        self.bases = bases
        self.isMutable = mutable
        self.isBuiltin = !mutable
        self.doc = doc
        super.init(metatype: ())
        self.mro = PyType.linearize(self)
        self.allocator = bases.lazy.compactMap(\.allocator).first
    }

    /// C3 linearization; falls back to depth-first order when bases are inconsistent.
    static func linearize(_ type: PyType) -> [PyType] {
        var sequences = type.bases.map(\.mro) + [type.bases]
        var result = [type]
        while true {
            sequences = sequences.filter { !$0.isEmpty }
            if sequences.isEmpty { return result }
            var candidate: PyType?
            for seq in sequences {
                let head = seq[0]
                if !sequences.contains(where: { $0.dropFirst().contains { $0 === head } }) {
                    candidate = head
                    break
                }
            }
            guard let next = candidate else {
                return result + type.bases.flatMap(\.mro).filter { t in !result.contains { $0 === t } }
            }
            result.append(next)
            sequences = sequences.map { $0.first === next ? Array($0.dropFirst()) : $0 }
        }
    }

    /// The built-in base whose native constructor (dict, str, tuple…) builds this class's
    /// instances, if any. Found once: the MRO is fixed, and built-in constructors are set
    /// before any cell runs.
    lazy var nativeConstructorBase: PyType? = mro.first {
        $0.isBuiltin && $0.constructor != nil && $0 !== BuiltinTypes.object && $0 !== BuiltinTypes.type
    }

    /// The method `name` a native subclass of a built-in defines in front of the built-in's own
    /// (torch.Size's `__getitem__` over tuple's), else nil.
    func nativeOverride(of name: Symbol) -> Value? {
        for t in mro {
            if let f = t.namespace[name] { return t.moduleName == "builtins" ? nil : f }
        }
        return nil
    }

    /// The `__new__` a call of this class runs instead of object's: one defined in a cell, or
    /// one set on this class itself. Nil for the default.
    var customNew: Value? {
        guard let f = lookup(Dunder.new), case .object(let o) = f, !(o is PyNativeFunction) || namespace[Dunder.new] != nil else {
            return nil
        }
        return f
    }

    /// Finds a name along the MRO.
    public func lookup(_ name: Symbol) -> Value? {
        if lookupGeneration != PyType.layoutGeneration {
            lookupCache.removeAll(keepingCapacity: true)
            lookupGeneration = PyType.layoutGeneration
        }
        if let position = lookupCache[name] { return position < 0 ? nil : mro[position].namespace[name] }
        for (position, t) in mro.enumerated() {
            if let v = t.namespace[name] {
                lookupCache[name] = position
                return v
            }
        }
        lookupCache[name] = -1
        return nil
    }

    /// Finds a name along the MRO after `start` (for `super()`).
    /// Whether instances have a `__del__` (asked at each instance's allocation).
    var definesFinalizer: Bool {
        if finalizerGeneration != PyType.namespaceGeneration {
            finalizerGeneration = PyType.namespaceGeneration
            cachedDefinesFinalizer = isMutable && lookup(Dunder.del) != nil
        }
        return cachedDefinesFinalizer
    }
    private var finalizerGeneration = -1
    private var cachedDefinesFinalizer = false

    /// Whether instances have a `__bool__` or `__len__` (asked by every truth test of one).
    var definesTruth: Bool {
        if truthGeneration != PyType.namespaceGeneration {
            truthGeneration = PyType.namespaceGeneration
            cachedDefinesTruth = lookup(Dunder.bool) != nil || lookup(Dunder.len) != nil
        }
        return cachedDefinesTruth
    }
    private var truthGeneration = -1
    private var cachedDefinesTruth = false

    public func lookup(_ name: Symbol, after start: PyType) -> Value? {
        guard let i = mro.firstIndex(where: { $0 === start }) else { return nil }
        for t in mro[(i + 1)...] {
            if let v = t.namespace[name] { return v }
        }
        return nil
    }

    public func isSubtype(of other: PyType) -> Bool {
        mro.contains { $0 === other }
    }

    /// Registers a native method: `type.define("append") { interp, args in … }`.
    public func define(_ name: String, doc: String? = nil, _ body: @escaping NativeBody) {
        namespace[Symbol(name)] = .object(PyNativeFunction(name: name, owner: self, doc: doc, body: body))
    }

    /// Registers a read-only computed attribute: `type.property("shape") { interp, obj in … }`.
    public func property(_ name: String, doc: String? = nil, get: @escaping (Interpreter, Value) throws -> Value,
                         set: ((Interpreter, Value, Value) throws -> Void)? = nil) {
        namespace[Symbol(name)] = .object(PyNativeProperty(name: name, get: get, set: set, doc: doc))
    }
}
