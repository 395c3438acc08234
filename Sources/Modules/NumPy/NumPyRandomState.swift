import Foundation
import Language
import Tensor

/// `np.random.RandomState`: the legacy MT19937 generator object. The module-level functions of
/// `np.random` (`seed`, `rand`, `binomial`, …) are this type's methods bound to one global
/// instance, as in NumPy, so `RandomState(0).rand(3)` and `seed(0); rand(3)` give the same numbers.
final class PyRandomState: PyObject {
    var state: RandomState
    init(_ state: RandomState) {
        self.state = state
        super.init(type: NumPyRandomState.type)
    }
}

enum NumPyRandomState {
    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "RandomState", bases: [BuiltinTypes.object], module: "numpy.random.mtrand",
                       doc: "RandomState(seed=None)\n\nNumPy's legacy random number generator (MT19937). A seed gives "
                            + "exactly NumPy's numbers:\n\n>>> np.random.RandomState(0).rand(3)\narray([0.5488135 , 0.71518937, 0.60276338])")
        t.messagesUseBareName = true
        t.constructor = { interp, _, args in
            let b = try Signature("RandomState(seed=None)").bind(args)
            return .object(PyRandomState(try NumPyBridge.call { try seeded(b.optional("seed"), interp) }))
        }
        install(t)
        return t
    }()

    /// A state from `seed=`: an int, a sequence of ints (`init_by_array`), or None (the clock).
    static func seeded(_ seed: Value?, _ interp: Interpreter) throws -> RandomState {
        guard let seed else { return try RandomState(seed: Int(UInt32(truncatingIfNeeded: Int(Date().timeIntervalSince1970 * 1e6)))) }
        if case .object(let o) = seed, o is PyList || o is PyTuple || o is PyNDArray {
            return try RandomState(seedArray: try NumPyBridge.toArray(seed, dtype: .int64, interp).elements(as: Int64.self).map { Int($0) })
        }
        if case .float = seed { throw PyError.type("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'") }
        return try RandomState(seed: try interp.toInt(seed))
    }

    typealias Body = (Interpreter, PyRandomState, BoundArguments) throws -> Value

    static func method(_ t: PyType, _ signature: String, _ doc: String, _ body: @escaping Body) {
        let sig = Signature(signature)
        t.define(sig.functionName, doc: signature + "\n\n" + doc) { interp, args in
            guard case .object(let o)? = args.positional.first, let r = o as? PyRandomState else {
                throw PyError.type("descriptor '\(sig.functionName)' for 'numpy.random.mtrand.RandomState' objects doesn't apply to a '\(args.receiver.typeName)' object")
            }
            let b = try sig.bind(args, skipReceiver: true)
            return try NumPyBridge.call { try body(interp, r, b) }
        }
    }

    /// Distribution parameters as float64 lists broadcast to the result's shape: `size` when
    /// given, else the parameters' broadcast shape (nil for all-scalar parameters: one draw).
    static func parameters(_ values: [Value], size: [Int]?, _ interp: Interpreter) throws -> (shape: [Int]?, columns: [[Double]]) {
        let arrays = try values.map { try NumPyBridge.toArray($0, dtype: .float64, interp) }
        let shape = try size ?? Shape.broadcast(arrays.map { $0.shape })
        let columns = try arrays.map { a in
            a.shape == shape ? a.doubles : try a.broadcast(to: shape).doubles
        }
        return (size == nil && arrays.allSatisfy { $0.ndim == 0 } ? nil : shape, columns)
    }

    /// Raises NumPy's `ValueError` when any parameter value fails `valid`.
    static func check(_ column: [Double], _ message: String, _ valid: (Double) -> Bool) throws {
        if column.contains(where: { !valid($0) }) { throw PyError.value(message) }
    }

    static func size(_ b: BoundArguments, _ interp: Interpreter) throws -> [Int]? { try NumPyRandom.size(b["size"], interp) }

    static func double(_ b: BoundArguments, _ name: String, _ fallback: Double, _ interp: Interpreter) throws -> Double {
        try b[name].map { try interp.toDouble($0) } ?? fallback
    }

    static func install(_ t: PyType) {
        method(t, "seed(seed=None)", "Reseeds the generator: an int in [0, 2**32), a sequence of them, or None.") { interp, r, b in
            r.state = try seeded(b.optional("seed"), interp)
            return .none
        }
        method(t, "rand(*args)", "Uniform samples in [0, 1) of the given shape: rand(2, 3).") { interp, r, b in
            let shape = try b.extraPositional.map { try interp.toInt($0) }
            return NumPyRandom.result(try r.state.randomSample(shape), shape.isEmpty ? nil : shape)
        }
        method(t, "randn(*args)", "Standard normal samples of the given shape: randn(2, 3).") { interp, r, b in
            let shape = try b.extraPositional.map { try interp.toInt($0) }
            return NumPyRandom.result(try r.state.standardNormal(shape), shape.isEmpty ? nil : shape)
        }
        for name in ["random_sample", "random"] {
            method(t, "\(name)(size=None)", "Uniform floats in [0, 1).") { interp, r, b in
                let shape = try size(b, interp)
                return NumPyRandom.result(try r.state.randomSample(shape ?? []), shape)
            }
        }
        method(t, "standard_normal(size=None)", "Samples of N(0, 1).") { interp, r, b in
            let shape = try size(b, interp)
            return NumPyRandom.result(try r.state.standardNormal(shape ?? []), shape)
        }
        method(t, "normal(loc=0.0, scale=1.0, size=None)", "Samples of N(loc, scale**2); loc and scale broadcast.") { interp, r, b in
            let p = try parameters([b["loc"] ?? .float(0), b["scale"] ?? .float(1)], size: try size(b, interp), interp)
            try check(p.columns[1], "scale < 0") { $0 >= 0 }
            return NumPyRandom.result(try r.state.draw(p.shape ?? []) { s, i in p.columns[0][i] + p.columns[1][i] * s.nextGauss() }, p.shape)
        }
        method(t, "uniform(low=0.0, high=1.0, size=None)", "Uniform samples in [low, high).") { interp, r, b in
            let p = try parameters([b["low"] ?? .float(0), b["high"] ?? .float(1)], size: try size(b, interp), interp)
            for (lo, hi) in zip(p.columns[0], p.columns[1]) where !(hi - lo).isFinite { throw PyError.overflow("Range exceeds valid bounds") }
            return NumPyRandom.result(try r.state.draw(p.shape ?? []) { s, i in
                p.columns[0][i] + (p.columns[1][i] - p.columns[0][i]) * s.nextDouble()
            }, p.shape)
        }
        method(t, "randint(low, high=None, size=None, dtype=int)", "Random integers in [low, high) (or [0, low)).") { interp, r, b in
            let shape = try size(b, interp)
            let a = try r.state.randint(try interp.toInt(b["low"] ?? .none), try b.optional("high").map { try interp.toInt($0) }, shape: shape ?? [])
            if shape == nil, let s = try? a.item() { return NumPyBridge.wrap(NDArray(scalar: s, dtype: .int64)) }
            return NumPyBridge.wrapArray(a)
        }
        method(t, "choice(a, size=None, replace=True, p=None)", "Random elements of a (an int n means arange(n)).") { interp, r, b in
            let population = try NumPyRandom.Population(b["a"] ?? .none, interp)
            let shape = try size(b, interp)
            let p = try NumPyRandom.weights(b, interp)
            let idx = try r.state.choice(population.count, shape: shape ?? [], replace: try NumPyRandom.replace(b, interp),
                                         p: p?.values, pTolerance: p?.tolerance)
            return try population.pick(idx, scalar: shape == nil)
        }
        method(t, "shuffle(x)", "Shuffles an array along its first axis, or a list, in place.") { interp, r, b in
            if case .object(let o)? = b["x"], let target = o as? PyNDArray {
                try r.state.shuffle(target.array)
            } else if case .object(let o)? = b["x"], let list = o as? PyList {
                let order = try r.state.permutation(list.items.count).elements(as: Int64.self)
                list.items = order.map { list.items[Int($0)] }
            } else {
                throw PyError.type("shuffle() expects an ndarray or a list")
            }
            return .none
        }
        method(t, "permutation(x)", "A shuffled arange(x), or a shuffled copy of an array.") { interp, r, b in
            if case .int(let n)? = b["x"] { return NumPyBridge.wrapArray(try r.state.permutation(n)) }
            return NumPyBridge.wrapArray(try r.state.permutation(try NumPyBridge.toArray(b["x"] ?? .none, dtype: nil, interp)))
        }
        installDistributions(t)
        t.define("__repr__") { _, args in
            let address = args.receiver.asObject.map { UInt(bitPattern: ObjectIdentifier($0).hashValue) } ?? 0
            return .str("RandomState(MT19937) at 0x" + String(address, radix: 16, uppercase: true))
        }
    }
}
