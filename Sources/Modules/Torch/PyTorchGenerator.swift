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
        t.method("get_state()", on: PyTorchGenerator.self) { _, g, _ in try stateTensor(g.state) }
        t.method("set_state(new_state)", on: PyTorchGenerator.self) { _, g, b in
            g.state = try generator(from: b["new_state"] ?? .none)
            return .object(g)
        }
        t.method("seed()", on: PyTorchGenerator.self) { _, g, _ in
            let s = UInt64.random(in: 0..<(1 << 53))
            g.state = TorchGenerator(seed: s)
            return .int(Int(s))
        }
        return t
    }()

    /// A generator's state as torch hands it out: a uint8 tensor.
    static func stateTensor(_ g: TorchGenerator) throws -> Value {
        TorchBridge.wrap(try NDArray(g.stateBytes, shape: [TorchGenerator.stateByteCount]), dtype: .uint8)
    }

    static func generator(from state: Value) throws -> TorchGenerator {
        let t = try TorchBridge.tensor(state)
        let bytes = try t.data.astype(.int64).contiguous().elements(as: Int64.self).map { UInt8(truncatingIfNeeded: $0) }
        guard t.dtypeName == .uint8, let g = TorchGenerator(stateBytes: bytes) else {
            throw PyError(BuiltinTypes.runtimeError, "Expected a torch.ByteTensor of \(TorchGenerator.stateByteCount) bytes from torch.get_rng_state() (Cellgrad's generator state)")
        }
        return g
    }

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
