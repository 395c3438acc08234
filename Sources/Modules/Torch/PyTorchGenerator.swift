import Language
import NN
import Tensor

/// `torch.Generator()`: a generator of its own, for `generator=` arguments. A random op given
/// one runs with it swapped in as the default, so every op draws the same way from either.
final class PyTorchGenerator: PyObject {
    var state = TorchGenerator()

    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "Generator", bases: [BuiltinTypes.object], module: "torch")
        t.allocator = { PyTorchGenerator(type: $0) }
        t.method("__init__(device='cpu')", on: PyTorchGenerator.self) { _, _, _ in .none }
        t.method("manual_seed(seed)", on: PyTorchGenerator.self) { interp, g, b in
            g.state = TorchGenerator(seed: UInt64(bitPattern: Int64(try interp.toInt(b["seed"] ?? .int(0)))))
            return .object(g)
        }
        t.method("initial_seed()", on: PyTorchGenerator.self) { _, g, _ in .int(Int(g.state.initialSeed)) }
        t.method("seed()", on: PyTorchGenerator.self) { _, g, _ in
            let s = UInt64.random(in: 0..<(1 << 53))
            g.state = TorchGenerator(seed: s)
            return .int(Int(s))
        }
        return t
    }()

    /// Runs `body` drawing from `generator` (a `torch.Generator` or None for the default).
    static func using<T>(_ generator: Value?, _ body: () throws -> T) throws -> T {
        guard let generator, case .object(let o) = generator, let g = o as? PyTorchGenerator else { return try body() }
        let saved = DefaultGenerator.shared
        DefaultGenerator.shared = g.state
        defer {
            g.state = DefaultGenerator.shared
            DefaultGenerator.shared = saved
        }
        return try body()
    }
}
