import Language

/// The layers a subclassed model or layer holds, found as Keras's auto-tracking finds them:
/// in its attributes in assignment order, also inside lists, tuples and dicts
/// (`self.blocks = [Dense(8) for _ in range(3)]`), each with its attribute path.
enum KerasTracking {
    static func layers(of owner: PyObject, _ interp: Interpreter) -> [(path: String, layer: PyKerasLayer)] {
        var found: [(path: String, layer: PyKerasLayer)] = []
        func visit(_ v: Value, _ path: String, depth: Int) {
            guard depth < 8, case .object(let o) = v, o !== owner else { return }
            if let l = o as? PyKerasLayer {
                if !found.contains(where: { $0.layer === l }) { found.append((path, l)) }
            } else if let d = o as? PyDict {
                for (k, item) in d.entries { visit(item, path + "/" + (k.asString ?? Formatter.repr(k)), depth: depth + 1) }
            } else if o is PyList || o is PyTuple, let items = try? interp.iterateToArray(v) {
                for (i, item) in items.enumerated() { visit(item, "\(path)/\(i)", depth: depth + 1) }
            }
        }
        guard let table = owner.attributes else { return [] }
        for (key, value) in zip(table.keys, table.values) { visit(value, key.name, depth: 0) }
        return found
    }
}
