import Foundation
import Language
import Tensor

/// `np.random`: the legacy global RandomState (bit-identical to NumPy's for a seed) and
/// `default_rng()` Generators.
enum NumPyRandom {
    /// A `numpy.random.Generator` object.
    final class PyGenerator: PyObject {
        var generator: Tensor.Generator
        init(_ g: Tensor.Generator) {
            generator = g
            super.init(type: generatorType)
        }
    }

    nonisolated(unsafe) static let generatorType = PyType(name: "Generator", bases: [BuiltinTypes.object], module: "numpy.random")

    static func size(_ v: Value?, _ interp: Interpreter) throws -> [Int]? {
        guard let v = v, !v.isNone else { return nil }
        let shape = try NumPyBridge.shape(v, interp)
        if shape.contains(where: { $0 < 0 }) { throw PyError.value("negative dimensions are not allowed") }
        // NumPy's MemoryError before drawing (size=10**18 asked for exabytes).
        _ = try NumPyBridge.call { try Shape.checkedSize(shape, dtype: .float64) }
        return shape
    }

    /// A 0-d result becomes a Python-visible NumPy scalar... except NumPy returns a Python float
    /// for size=None from the legacy functions, which we mirror.
    static func result(_ a: NDArray, _ shape: [Int]?) -> Value {
        if shape == nil, a.size == 1, let s = try? a.item() { return NumPyBridge.python(s) }
        return NumPyBridge.wrapArray(a)
    }

    /// The `a` of `choice(a, ...)`: an int `n` (draw from `arange(n)`), or a 1-D array or list,
    /// numeric or text, to index with the drawn positions.
    struct Population {
        let count: Int
        let values: AnyArray?

        init(_ source: Value, _ interp: Interpreter) throws {
            if case .int(let k) = source { count = k; values = nil; return }
            let a = try NumPyBridge.anyArray(source, interp)
            let shape: [Int]
            switch a {
            case .numeric(let n): shape = n.shape
            case .text(let s): shape = s.shape
            }
            guard shape.count == 1 else { throw PyError.value("a must be 1-dimensional or an integer") }
            count = shape[0]
            values = a
        }

        /// The chosen elements; `scalar` (size=None) returns one element rather than an array.
        func pick(_ indices: NDArray, scalar: Bool) throws -> Value {
            let idx = scalar ? try indices.reshape([]) : indices
            switch values {
            case nil: return scalar ? NumPyBridge.wrap(idx) : NumPyBridge.wrapArray(idx)
            case .numeric(let a)?:
                let picked = try a.take(idx)
                return scalar ? NumPyBridge.wrap(picked) : NumPyBridge.wrapArray(picked)
            case .text(let s)?: return try NumPyBridge.wrap(try s.take(idx))
            }
        }
    }

    static func replace(_ b: BoundArguments, _ interp: Interpreter) throws -> Bool {
        try b["replace"].map { try interp.isTruthy($0) } ?? true
    }

    /// `p=` as float64 weights, with the tolerance NumPy allows their sum for `p`'s dtype.
    static func weights(_ b: BoundArguments, _ interp: Interpreter) throws -> (values: [Double], tolerance: Double)? {
        guard let p = b.optional("p") else { return nil }
        let isFloat32 = (p.asObject as? PyNDArray)?.array.dtype == .float32
        return (try NumPyBridge.toArray(p, dtype: .float64, interp).elements(as: Double.self),
                WeightedChoice.sumTolerance(pIsFloat32: isFloat32))
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "numpy.random", doc: "Random sampling (MT19937, NumPy-identical for a seed).")
        let f = NumPyModule.function
        // The module's legacy functions are the global RandomState's bound methods, as in NumPy.
        let global = PyRandomState(try RandomState(seed: Int(UInt32(truncatingIfNeeded: Int(Date().timeIntervalSince1970 * 1000)))))
        let t = NumPyRandomState.type
        for (name, function) in t.namespace.entries where !name.name.hasPrefix("_") {
            m[name.name] = .object(PyBoundMethod(function: function, receiver: .object(global)))
        }
        for alias in ["sample", "ranf"] { m[alias] = m["random_sample"] }
        m["RandomState"] = .object(t)
        f(m, "default_rng(seed=None)", nil) { interp, b in
            if case .object(let o)? = b.optional("seed"), o is PyList || o is PyTuple || o is PyNDArray {
                let seeds = try NumPyBridge.toArray(.object(o), dtype: nil, interp)
                guard seeds.dtype == .int64 || seeds.dtype == .bool else { throw PyError.type("SeedSequence expects int or sequence of ints for entropy not \(Formatter.repr(.object(o)))") }
                return .object(PyGenerator(try Tensor.Generator(seeds: seeds.elements(as: Int64.self).map { Int($0) })))
            }
            let seed = try b.optional("seed").map { try interp.toInt($0) } ?? Int(UInt32(truncatingIfNeeded: Int(Date().timeIntervalSince1970 * 1e6)))
            return .object(PyGenerator(try Tensor.Generator(seed: seed)))
        }
        m["Generator"] = .object(generatorType)
        installGenerator()
        m.document(NumPyDocs.random)
        return m
    }

    static func installGenerator() {
        let t = generatorType
        guard t.namespace.isEmpty else { return }
        func gen(_ v: Value) throws -> PyGenerator {
            guard case .object(let o) = v, let g = o as? PyGenerator else { throw PyError.type("expected a Generator") }
            return g
        }
        func method(_ signature: String, _ body: @escaping (Interpreter, PyGenerator, BoundArguments) throws -> Value) {
            let sig = Signature(signature)
            t.define(sig.functionName) { interp, args in
                let g = try gen(args.receiver)
                let b = try sig.bind(args, skipReceiver: true)
                return try NumPyBridge.call { try body(interp, g, b) }
            }
        }
        method("random(size=None)") { interp, g, b in
            let shape = try size(b["size"], interp)
            return result(try g.generator.random(shape ?? []), shape)
        }
        method("uniform(low=0.0, high=1.0, size=None)") { interp, g, b in
            let shape = try size(b["size"], interp)
            return result(try g.generator.uniform(try b["low"].map { try interp.toDouble($0) } ?? 0,
                                                  try b["high"].map { try interp.toDouble($0) } ?? 1, shape: shape ?? []), shape)
        }
        method("integers(low, high=None, size=None, dtype=None, endpoint=False)") { interp, g, b in
            let shape = try size(b["size"], interp)
            if let d = try NumPyBridge.dtype(b["dtype"]), d != .int64 {
                throw PyError.notImplemented("Generator.integers(dtype=\(d.name)) is not supported; only int64")
            }
            let a = try g.generator.integers(try interp.toInt(b["low"] ?? .none), try b.optional("high").map { try interp.toInt($0) },
                                             shape: shape ?? [], endpoint: try b["endpoint"].map { try interp.isTruthy($0) } ?? false)
            if shape == nil, let s = try? a.item() { return NumPyBridge.wrap(NDArray(scalar: s, dtype: .int64)) }
            return NumPyBridge.wrapArray(a)
        }
        method("standard_normal(size=None)") { interp, g, b in
            let shape = try size(b["size"], interp)
            return result(try g.generator.standardNormal(shape ?? []), shape)
        }
        method("normal(loc=0.0, scale=1.0, size=None)") { interp, g, b in
            let shape = try size(b["size"], interp)
            return result(try g.generator.normal(try b["loc"].map { try interp.toDouble($0) } ?? 0,
                                                 try b["scale"].map { try interp.toDouble($0) } ?? 1, shape: shape ?? []), shape)
        }
        method("permutation(x)") { interp, g, b in
            if case .int(let n)? = b["x"] { return NumPyBridge.wrapArray(try g.generator.permutation(n)) }
            switch try NumPyBridge.anyArray(b["x"] ?? .none, interp) {
            case .numeric(let a): return NumPyBridge.wrapArray(try g.generator.permutation(a))
            case .text(let s):
                guard s.ndim > 0 else { throw PyError.index("x must be an integer or at least 1-dimensional") }
                return try NumPyBridge.wrap(try s.take(try g.generator.permutation(s.shape[0]), axis: 0))
            }
        }
        method("shuffle(x, axis=0)") { interp, g, b in
            if let axis = b.optional("axis"), try interp.toInt(axis) != 0 { throw PyError.notImplemented("Generator.shuffle(axis != 0) is not supported") }
            guard case .object(let o)? = b["x"] else { throw PyError.type("shuffle() expects an ndarray or a list") }
            if let target = o as? PyNDArray {
                try g.generator.shuffle(target.array)
            } else if let list = o as? PyList {
                // The same swaps applied to arange(n) give the order the list takes.
                let order = try g.generator.permutation(list.items.count).elements(as: Int64.self)
                list.items = order.map { list.items[Int($0)] }
            } else if let text = o as? PyStringArray, text.array.ndim > 0 {
                let order = try g.generator.permutation(text.array.shape[0])
                try text.array.setItem([.ellipsis], try text.array.take(order, axis: 0))
            } else {
                throw PyError.type("shuffle() expects an ndarray or a list")
            }
            return .none
        }
        method("choice(a, size=None, replace=True, p=None, axis=0, shuffle=True)") { interp, g, b in
            if let axis = b.optional("axis"), try interp.toInt(axis) != 0 { throw PyError.notImplemented("Generator.choice(axis != 0) is not supported") }
            if let s = b.optional("shuffle"), !(try interp.isTruthy(s)) { throw PyError.notImplemented("Generator.choice(shuffle=False) is not supported") }
            let population = try Population(b["a"] ?? .none, interp)
            let shape = try size(b["size"], interp)
            let p = try weights(b, interp)
            let idx = try g.generator.choice(population.count, shape: shape ?? [], replace: try replace(b, interp), p: p?.values,
                                             pTolerance: p?.tolerance)
            return try population.pick(idx, scalar: shape == nil)
        }
        t.define("__repr__") { _, _ in .str("Generator(PCG64)") }
    }
}
