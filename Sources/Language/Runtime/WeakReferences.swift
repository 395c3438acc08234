/// Which weak references point at each object, so that its end of life can clear them and call
/// their callbacks. An object with any is flagged (`hasWeakReferences`), so the others die
/// without a lookup here.
public enum WeakReferences {
    nonisolated(unsafe) private static var byTarget: [ObjectIdentifier: [Unmanaged<PyWeakReference>]] = [:]
    /// Calls a callback with its reference; installed by the interpreter.
    nonisolated(unsafe) static var callbackRunner: ((Value, PyWeakReference) -> Void)?

    static func add(_ reference: PyWeakReference, to target: PyObject) {
        target.hasWeakReferences = true
        byTarget[ObjectIdentifier(target), default: []].append(Unmanaged.passUnretained(reference))
    }

    static func remove(_ reference: PyWeakReference, from target: PyObject) {
        let key = ObjectIdentifier(target)
        let me = Unmanaged.passUnretained(reference).toOpaque()
        byTarget[key]?.removeAll { $0.toOpaque() == me }
        if byTarget[key]?.isEmpty == true {
            byTarget[key] = nil
            target.hasWeakReferences = false
        }
    }

    /// The live weak references to `target` (`weakref.getweakrefs`).
    public static func references(to target: PyObject) -> [PyWeakReference] {
        (byTarget[ObjectIdentifier(target)] ?? []).map { $0.takeUnretainedValue() }
    }

    /// `target` is dying: its references go dead, then their callbacks run, newest first as
    /// in CPython.
    static func clear(_ target: PyObject) {
        guard let entries = byTarget.removeValue(forKey: ObjectIdentifier(target)) else { return }
        target.hasWeakReferences = false
        let references = entries.map { $0.takeUnretainedValue() }
        for r in references { r.target = nil }
        for r in references.reversed() where !r.callback.isNone {
            callbackRunner?(r.callback, r)
        }
    }
}
