import Language

/// IPython's `UsageError`: a magic called with a wrong option, or a magic that does not exist
/// (`UsageError: Line magic function `%foo` not found.`).
enum UsageError {
    nonisolated(unsafe) static let type = PyType(name: "UsageError", bases: [BuiltinTypes.exception],
                                                module: "IPython.core.error")
}
