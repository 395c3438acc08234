import Language

/// What scikit-learn's loaders return (its `Bunch`): fields readable as attributes
/// (`iris.data`) or keys (`iris["data"]`), listed by `keys()`.
enum DatasetBunch {
    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "Bunch", bases: [BuiltinTypes.object], module: "cellgrad.datasets",
                       doc: "A dataset: its fields as attributes or keys (data, target, feature_names, target_names, DESCR).")
        t.define("__getitem__") { interp, args in
            let key = try interp.toStringValue(try args[1])
            guard case .object(let o) = try args[0], let v = o.attribute(Symbol(key)) else { throw PyError.key(.str(key)) }
            return v
        }
        t.define("keys") { _, args in
            guard case .object(let o) = args.receiver else { return .list([]) }
            return .list((o.attributes?.keys.map(\.name) ?? []).sorted().map(Value.str))
        }
        t.define("__repr__") { _, args in
            guard case .object(let o) = args.receiver else { return .str("Bunch()") }
            return .str("Bunch(" + (o.attributes?.keys.map(\.name) ?? []).sorted().joined(separator: ", ") + ")")
        }
        return t
    }()

    static func make(_ fields: [(String, Value)]) -> PyObject {
        let o = PyObject(type: type)
        for (k, v) in fields { o.setAttribute(Symbol(k), v) }
        return o
    }
}
