extension Interpreter {
    /// `{**other}` and `dict.update(other)`: copies a mapping's entries.
    public func mergeMapping(into d: PyDict, _ other: Value) throws {
        if case .object(let o) = other, let src = o as? PyDict {
            for (k, v) in src.entries { d[try hashKey(k)] = v }
            return
        }
        guard let keysMethod = try lookupAttribute(other, Symbol("keys")) else {
            throw PyError.type("'\(other.typeName)' object is not a mapping")
        }
        for k in try iterateToArray(call(keysMethod, Arguments())) {
            d[try hashKey(k)] = try getItem(other, k)
        }
    }
}
