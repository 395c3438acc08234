/// `weakref.ref(obj, callback)`: refers to an object without keeping it alive. When the object
/// dies (by reference counting or in a collected cycle), the reference is cleared and its
/// callback is called with it (see WeakReferences).
public final class PyWeakReference: PyObject {
    /// The referent until it dies. Unowned: the referent's end of life clears it, before the
    /// memory goes.
    public internal(set) unowned(unsafe) var target: PyObject?
    public let callback: Value
    /// The referent's hash, once asked: a dead reference still hashes as it did.
    public var cachedHash: Int?

    public init(type: PyType, target: PyObject, callback: Value) {
        self.target = target
        self.callback = callback
        super.init(type: type)
        WeakReferences.add(self, to: target)
        GarbageCollector.track(self)
    }

    public override func visitReferences(_ visit: (PyObject) -> Void) {
        super.visitReferences(visit)
        if case .object(let o) = callback { visit(o) }
    }

    deinit {
        if let target { WeakReferences.remove(self, from: target) }
    }
}
