import Language

/// The parts of torch written in Cellgrad Python over the native tensor ops, as PyTorch writes
/// them in Python: `torch.distributions` and `torch.autograd.functional`. They compile on first
/// use (`torch.distributions` is reached through the torch module's `__getattr__`), and
/// `CELLGRAD_LIBRARY_DIR` overrides them as it does the standard library (see ``PythonLibrary``).
enum TorchLibrary {
    static let modules: [(name: String, source: String)] = [
        ("torch.distributions.constraints", distributionsConstraints),
        ("torch.distributions", distributions),
        ("torch.distributions.kl", distributionsKL),
        ("torch.autograd.functional", autogradFunctional),
    ]

    static func register(into interp: Interpreter) {
        PythonLibrary.register(modules, into: interp)
    }
}
