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
    ] + classFiles.map { file in
        // PyTorch's one-class files (`from torch.distributions.normal import Normal`).
        (name: "torch.distributions.\(file.module)", source: "from torch.distributions import \(file.name)\n__all__ = ['\(file.name)']\n")
    }

    static let classFiles: [(module: String, name: String)] = [
        ("distribution", "Distribution"), ("exp_family", "ExponentialFamily"), ("categorical", "Categorical"),
        ("normal", "Normal"), ("bernoulli", "Bernoulli"), ("uniform", "Uniform"), ("independent", "Independent"),
        ("one_hot_categorical", "OneHotCategorical"),
    ]

    static func register(into interp: Interpreter) {
        PythonLibrary.register(modules, into: interp)
    }
}
