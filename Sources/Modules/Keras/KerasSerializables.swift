import Language

/// `keras.saving.register_keras_serializable(package='Custom', name=None)`: the classes a
/// `.keras` file may name (`registered_name` `Custom>MyModel`), so `load_model` can rebuild a
/// subclassed model without `custom_objects`.
enum KerasSerializables {
    nonisolated(unsafe) static var byName: [String: Value] = [:]
    nonisolated(unsafe) static var names: [ObjectIdentifier: String] = [:]

    /// The name a saved file records for this class: its registered name, else its own.
    static func registeredName(_ type: PyType) -> String { names[ObjectIdentifier(type)] ?? type.name }

    static func install(_ m: PyModule) {
        m.define("register_keras_serializable", doc: "register_keras_serializable(package='Custom', name=None): a class decorator registering the class for saving and loading") { interp, args in
            let b = try Signature("register_keras_serializable(package='Custom', name=None)").bind(args)
            let package = try interp.toStringValue(b["package"] ?? .str("Custom"))
            let given = try b.optional("name").flatMap { $0.isNone ? nil : try interp.toStringValue($0) }
            return .object(PyNativeFunction(name: "decorator") { _, args in
                guard let cls = args.positional.first, case .object(let o) = cls, let type = o as? PyType else {
                    throw PyError.value("Cannot register a class that does not have a get_config() method.")
                }
                let name = package + ">" + (given ?? type.name)
                byName[name] = cls
                names[ObjectIdentifier(type)] = name
                return cls
            })
        }
        m.define("get_registered_name", doc: "get_registered_name(obj): the name a registered class is saved under") { _, args in
            guard let v = args.positional.first else { throw PyError.type("get_registered_name() missing 1 required positional argument: 'obj'") }
            if case .object(let o) = v, let type = o as? PyType { return .str(registeredName(type)) }
            return .str(registeredName(v.type))
        }
    }
}
