import Language

/// What `register_hook` and `register_forward_hook` return: `handle.remove()` takes the hook out.
final class HookHandle: PyObject {
    let id: Int
    let removal: () -> Void
    nonisolated(unsafe) static var counter = 0

    static func nextID() -> Int {
        counter += 1
        return counter
    }

    init(id: Int, removal: @escaping () -> Void) {
        self.id = id
        self.removal = removal
        super.init(type: HookHandle.type)
    }

    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "RemovableHandle", bases: [BuiltinTypes.object], module: "torch.utils.hooks")
        t.method("remove()", on: HookHandle.self) { _, h, _ in
            h.removal()
            return .none
        }
        t.getter("id", on: HookHandle.self) { _, h in .int(h.id) }
        return t
    }()
}
