import Synchronization

/// An interned name. Attribute and variable lookups hash a 32-bit id, never a string.
///
///     let forward = Symbol("forward")   // same id every time
public struct Symbol: Hashable, Sendable, CustomStringConvertible {
    public let id: Int32

    public init(_ name: String) {
        id = SymbolTable.shared.intern(name)
    }

    public var name: String { SymbolTable.shared.name(of: id) }
    public var description: String { name }

    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
    public func _rawHashValue(seed: Int) -> Int { cheapHash(Int(id), seed: seed) }
}

final class SymbolTable: Sendable {
    static let shared = SymbolTable()
    private let state = Mutex<(ids: [String: Int32], names: [String])>((ids: [:], names: []))

    func intern(_ name: String) -> Int32 {
        state.withLock { s in
            if let id = s.ids[name] { return id }
            let id = Int32(s.names.count)
            s.names.append(name)
            s.ids[name] = id
            return id
        }
    }

    func name(of id: Int32) -> String {
        state.withLock { s in Int(id) < s.names.count ? s.names[Int(id)] : "?" }
    }
}

/// The dunder names the runtime dispatches on, interned once.
public enum Dunder {
    public static let `init` = Symbol("__init__")
    public static let new = Symbol("__new__")
    public static let del = Symbol("__del__")
    public static let call = Symbol("__call__")
    public static let repr = Symbol("__repr__")
    public static let str = Symbol("__str__")
    public static let len = Symbol("__len__")
    public static let bool = Symbol("__bool__")
    public static let getitem = Symbol("__getitem__")
    public static let setitem = Symbol("__setitem__")
    public static let delitem = Symbol("__delitem__")
    public static let iter = Symbol("__iter__")
    public static let next = Symbol("__next__")
    public static let contains = Symbol("__contains__")
    public static let eq = Symbol("__eq__")
    public static let ne = Symbol("__ne__")
    public static let lt = Symbol("__lt__")
    public static let le = Symbol("__le__")
    public static let gt = Symbol("__gt__")
    public static let ge = Symbol("__ge__")
    public static let hash = Symbol("__hash__")
    public static let enter = Symbol("__enter__")
    public static let exit = Symbol("__exit__")
    public static let getattr = Symbol("__getattr__")
    public static let setattr = Symbol("__setattr__")
    public static let neg = Symbol("__neg__")
    public static let pos = Symbol("__pos__")
    public static let invert = Symbol("__invert__")
    public static let abs = Symbol("__abs__")
    public static let float = Symbol("__float__")
    public static let int = Symbol("__int__")
    public static let index = Symbol("__index__")
    public static let round = Symbol("__round__")
    public static let format = Symbol("__format__")
    public static let doc = Symbol("__doc__")
    public static let name = Symbol("__name__")
    public static let qualname = Symbol("__qualname__")
    public static let module = Symbol("__module__")
    public static let dict = Symbol("__dict__")
    public static let classAttr = Symbol("__class__")
    public static let get = Symbol("__get__")
    public static let setName = Symbol("__set_name__")
    public static let reprHTML = Symbol("_repr_html_")
    public static let reprPNG = Symbol("_repr_png_")
    public static let reprMimeBundle = Symbol("_repr_mimebundle_")
    public static let initSubclass = Symbol("__init_subclass__")
    public static let missing = Symbol("__missing__")
    public static let classGetitem = Symbol("__class_getitem__")
    public static let set = Symbol("__set__")
    public static let delete = Symbol("__delete__")
    public static let delattr = Symbol("__delattr__")
    public static let reversed = Symbol("__reversed__")
    public static let setstate = Symbol("__setstate__")
}

/// Names of the standard streams' protocol, interned once: print reads them on every call.
extension Symbol {
    public static let stdout = Symbol("stdout")
    public static let stderr = Symbol("stderr")
    public static let write = Symbol("write")
}
