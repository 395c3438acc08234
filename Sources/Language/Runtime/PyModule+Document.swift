extension PyModule {
    /// Gives the module's functions and classes named in `docs` their docstring, for names
    /// bound in loops over tables (pyplot's forwarders, torch's loss classes), where no single
    /// binding line can carry it. An entry never replaces a docstring the binding already gave.
    ///
    ///     m.document(["plot": "plot(*args, **kwargs)\n\nPlots y against x ..."])
    public func document(_ docs: KeyValuePairs<String, String>) {
        for (name, doc) in docs {
            switch self[name] {
            case .object(let f as PyNativeFunction)? where f.doc == nil: f.doc = doc
            case .object(let t as PyType)? where t.doc == nil: t.doc = doc
            case .object(let f as PyFunction)? where f.doc == nil: f.doc = doc
            default: continue
            }
        }
    }
}
