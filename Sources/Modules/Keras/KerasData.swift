import Language
import Tensor

/// The arrays `fit`, `evaluate` and `predict` take: numpy arrays or nested lists, split into
/// batches along the first axis.
enum KerasData {
    static func array(_ v: Value, _ interp: Interpreter, what: String) throws -> NDArray {
        guard !v.isNone else { throw PyError.value("The `\(what)` argument is required and cannot be None") }
        return try NumPyBridge.toArray(v, dtype: nil, interp)
    }

    /// Rows `start..<end`, contiguous.
    static func rows(_ a: NDArray, _ start: Int, _ end: Int) throws -> NDArray {
        try a.getItem([.slice(start: start, stop: end, step: nil)]).contiguous()
    }

    /// The rows at `indices`.
    static func take(_ a: NDArray, _ indices: [Int]) throws -> NDArray {
        try a.take(try NDArray(indices.map { Int64($0) }, shape: [indices.count]), axis: 0)
    }

    static func sampleCount(_ a: NDArray) throws -> Int {
        guard let n = a.shape.first else { throw PyError.value("Expected an array of samples with a batch axis, got a scalar") }
        return n
    }
}

extension KerasData {
    /// The data of a model with `names` inputs (or outputs): one array, a list with one array
    /// per name, or a dict by name, as Keras takes them.
    static func arrays(_ v: Value, names: [String], _ interp: Interpreter, what: String) throws -> [NDArray] {
        guard names.count > 1 else {
            if case .object(let o) = v, let d = o as? PyDict, d.entries.count == 1 { return [try array(d.entries[0].1, interp, what: what)] }
            return [try array(v, interp, what: what)]
        }
        if case .object(let o) = v, let d = o as? PyDict {
            return try names.map { name in
                guard let item = d.entries.first(where: { $0.0.asString == name }) else {
                    throw PyError.value("The dict passed as `\(what)` has no entry for '\(name)'; expected keys: \(KerasModelMethods.pythonList(names))")
                }
                return try array(item.1, interp, what: what)
            }
        }
        if case .object(let o) = v, o is PyList || o is PyTuple {
            let items = try interp.iterateToArray(v)
            guard items.count == names.count else {
                throw PyError.value("The model has \(names.count) \(what == "x" ? "inputs" : "outputs") (\(KerasModelMethods.pythonList(names))), but `\(what)` holds \(items.count) arrays")
            }
            return try items.map { try array($0, interp, what: what) }
        }
        throw PyError.value("The model has \(names.count) \(what == "x" ? "inputs" : "outputs") (\(KerasModelMethods.pythonList(names))): pass `\(what)` as a list or a dict of arrays")
    }

    /// The shared sample count of several arrays, with Keras's cardinality error.
    static func sampleCount(_ xs: [NDArray], _ ys: [NDArray]) throws -> Int {
        let xn = try xs.map(sampleCount), yn = try ys.map(sampleCount)
        guard let n = xn.first, (xn + yn).allSatisfy({ $0 == n }) else {
            func sizes(_ s: [Int]) -> String { s.count == 1 ? "\(s[0])" : s.map(String.init).joined(separator: ", ") }
            throw PyError.value("Data cardinality is ambiguous. Make sure all arrays contain the same number of samples.'x' sizes: \(sizes(xn))\n'y' sizes: \(sizes(yn))")
        }
        return n
    }
}
