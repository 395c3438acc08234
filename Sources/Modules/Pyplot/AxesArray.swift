import Language

/// The grid of Axes that `plt.subplots(2, 3)` returns, standing in for numpy's object array:
/// `axes[0, 1]`, `axes[1]`, `axes[:, 0]`, `for ax in axes`, `axes.flat`, `axes.ravel()`,
/// `axes.flatten()`, `axes.shape`, `len(axes)`.
final class PyAxesArray: PyObject {
    /// Row-major items and the shape (one or two dimensions).
    let items: [Value]
    let shape: [Int]

    init(_ items: [Value], shape: [Int]) {
        self.items = items
        self.shape = shape
        super.init(type: PyplotTypes.axesArray)
    }

    /// The first-axis entries: Axes for a 1-D array, rows (1-D arrays) for a 2-D one.
    var rows: [Value] {
        guard shape.count == 2 else { return items }
        let c = shape[1]
        return (0..<shape[0]).map { r in .object(PyAxesArray(Array(items[(r * c)..<((r + 1) * c)]), shape: [c])) }
    }
}

/// Its methods.
enum AxesArrayMethods {
    static func install(_ t: PyType) {
        t.define("__repr__") { interp, args in
            guard let a = args.receiver.asObject as? PyAxesArray else { return .str("array([], dtype=object)") }
            return .str(try repr(interp, a))
        }
        Binding.method(t, "__len__", "", as: PyAxesArray.self) { _, a, _ in .int(a.shape.first ?? 0) }
        Binding.method(t, "__iter__", "", as: PyAxesArray.self) { _, a, _ in .object(PyIterator(values: a.rows)) }
        Binding.method(t, "__getitem__", "key", as: PyAxesArray.self) { interp, a, b in
            try item(interp, a, b["key"] ?? .none)
        }
        Binding.property(t, "shape", as: PyAxesArray.self) { _, a in .tuple(a.shape.map { .int($0) }) }
        Binding.property(t, "ndim", as: PyAxesArray.self) { _, a in .int(a.shape.count) }
        Binding.property(t, "size", as: PyAxesArray.self) { _, a in .int(a.items.count) }
        Binding.property(t, "flat", as: PyAxesArray.self) { _, a in .object(PyAxesArray(a.items, shape: [a.items.count])) }
        Binding.property(t, "T", as: PyAxesArray.self) { _, a in
            guard a.shape.count == 2 else { return .object(a) }
            let (r, c) = (a.shape[0], a.shape[1])
            return .object(PyAxesArray((0..<(r * c)).map { k in a.items[(k % r) * c + k / r] }, shape: [c, r]))
        }
        for name in ["ravel", "flatten"] {
            Binding.method(t, name, "order='C'", as: PyAxesArray.self) { _, a, _ in .object(PyAxesArray(a.items, shape: [a.items.count])) }
        }
        Binding.method(t, "tolist", "", as: PyAxesArray.self) { _, a, _ in
            .list(a.shape.count == 2 ? a.rows.map { .list(($0.asObject as? PyAxesArray)?.items ?? []) } : a.items)
        }
        Binding.method(t, "reshape", "*shape", as: PyAxesArray.self) { interp, a, b in
            var dims = try b.extraPositional.flatMap { v -> [Int] in
                if case .object(let o) = v, o is PyTuple || o is PyList { return try interp.iterateToArray(v).map { try interp.toInt($0) } }
                return [try interp.toInt(v)]
            }
            // Sizes are multiplied with overflow checks: reshape(10**18, 10**18) is an error, not a trap.
            func product(_ v: [Int]) -> Int? {
                var p = 1
                for d in v {
                    let (r, overflow) = p.multipliedReportingOverflow(by: d)
                    if overflow { return nil }
                    p = r
                }
                return p
            }
            if let k = dims.firstIndex(of: -1) {
                let known = product(dims.enumerated().filter { $0.offset != k }.map(\.element)) ?? 0
                guard known > 0, a.items.count % known == 0 else {
                    throw PyError.value("cannot reshape array of size \(a.items.count) into shape \(PlotData.shapeText(dims))")
                }
                dims[k] = a.items.count / known
            }
            guard (1...2).contains(dims.count), dims.allSatisfy({ $0 >= 0 }), product(dims) == a.items.count else {
                throw PyError.value("cannot reshape array of size \(a.items.count) into shape \(PlotData.shapeText(dims))")
            }
            return .object(PyAxesArray(a.items, shape: dims))
        }
    }

    /// numpy indexing: an int, a slice, or a tuple of them (one per dimension).
    static func item(_ interp: Interpreter, _ a: PyAxesArray, _ key: Value) throws -> Value {
        var keys: [Value]
        if case .object(let o) = key, let t = o as? PyTuple { keys = t.items } else { keys = [key] }
        guard keys.count <= a.shape.count else {
            throw PyError.index("too many indices for array: array is \(a.shape.count)-dimensional, but \(keys.count) were indexed")
        }
        while keys.count < a.shape.count { keys.append(.object(PySlice(start: .none, stop: .none, step: .none))) }
        var selections: [[Int]] = []
        var keptDims: [Int] = []
        for (axis, k) in keys.enumerated() {
            let n = a.shape[axis]
            if case .object(let o) = k, let s = o as? PySlice {
                let idx = Array(try s.positions(length: n, interp))
                selections.append(idx)
                keptDims.append(idx.count)
            } else {
                guard !k.isNone, let i = try? interp.toInt(k) else {
                    throw PyError.index("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
                }
                guard i >= -n && i < n else { throw PyError.index("index \(i) is out of bounds for axis \(axis) with size \(n)") }
                selections.append([i < 0 ? i + n : i])
            }
        }
        var picked: [Value] = []
        if selections.count == 1 {
            picked = selections[0].map { a.items[$0] }
        } else {
            let c = a.shape[1]
            for r in selections[0] { for col in selections[1] { picked.append(a.items[r * c + col]) } }
        }
        if keptDims.isEmpty { return picked.first ?? .none }
        return .object(PyAxesArray(picked, shape: keptDims))
    }

    /// `array([<Axes: >, <Axes: >], dtype=object)`, laid out as numpy prints it.
    static func repr(_ interp: Interpreter, _ a: PyAxesArray) throws -> String {
        let parts = try a.items.map { try interp.repr($0) }
        if a.shape.count == 1 { return "array([" + parts.joined(separator: ", ") + "], dtype=object)" }
        let c = a.shape.count == 2 ? a.shape[1] : parts.count
        var rows: [String] = []
        for r in 0..<(a.shape.first ?? 0) {
            rows.append("[" + parts[(r * c)..<((r + 1) * c)].joined(separator: ", ") + "]")
        }
        return "array([" + rows.joined(separator: ",\n       ") + "], dtype=object)"
    }
}
