import Language
import Plot
import Tensor

/// Registers every built-in module with an interpreter. Modules are built lazily on first
/// import, so a session that never imports numpy pays nothing for it.
public enum ModuleRegistry {
    public static func install(into interp: Interpreter) {
        interp.registerModule("math", MathModule.make)
        interp.registerModule("sys", SysModule.make)
        interp.registerModule("_time", TimeModule.make)
        interp.registerModule("_warnings", WarningsFrames.make)
        interp.registerModule("_inspect", InspectPrimitives.make)
        interp.registerModule("gc", GcModule.make)
        interp.registerModule("_weakref", WeakrefModule.make)
        interp.registerModule("random", RandomModule.make)
        interp.registerModule("_os", OSPrimitives.make)
        interp.registerModule("os.path") { interp in try interp.importModule("posixpath") }
        interp.registerModule("_struct", StructModule.make)
        interp.registerModule("zlib", ZlibModule.make)
        interp.registerModule("binascii", BinasciiModule.make)
        interp.registerModule("_json", JSONScanner.make)
        interp.registerModule("_main", MainNamespace.make)
        interp.registerModule("numpy", NumPyModule.make)
        interp.registerModule("numpy.random", { interp in try submodule(interp, "numpy", "random") })
        interp.registerModule("numpy.linalg", { interp in try submodule(interp, "numpy", "linalg") })
        interp.registerModule("torch", TorchModule.make)
        for name in ["linalg", "special", "autograd"] {
            interp.registerModule("torch.\(name)", { interp in try submodule(interp, "torch", name) })
        }
        interp.registerModule("torch.nn", TorchNNModule.make)
        interp.registerModule("torch.nn.functional", TorchFunctional.make)
        interp.registerModule("torch.nn.init", { interp in try submodule(interp, "torch.nn", "init") })
        interp.registerModule("torch.nn.utils", { interp in try submodule(interp, "torch.nn", "utils") })
        interp.registerModule("torch.nn.utils.rnn", { interp in try submodule(interp, "torch.nn.utils", "rnn") })
        interp.registerModule("torch.optim", TorchOptim.make)
        interp.registerModule("torch.optim.lr_scheduler", TorchLRScheduler.make)
        interp.registerModule("torch.utils", TorchData.makeUtils)
        interp.registerModule("torch.utils.data", TorchData.make)
        interp.registerModule("torchvision", TorchvisionDatasets.makeTorchvision)
        interp.registerModule("torchvision.datasets", TorchvisionDatasets.make)
        interp.registerModule("torchvision.transforms", TorchvisionTransforms.make)
        interp.registerModule("IPython", DisplayModule.makeIPython)
        interp.registerModule("_cellgrad", CellgradNativeModule.make)
        CellgradLibrary.register(into: interp)
        TorchLibrary.register(into: interp)
        LiveDisplay.install(into: interp)
        TableReprs.install()
        interp.registerModule("itertools", ItertoolsModule.make)
        interp.registerModule("_regex", RegexModule.make)
        PythonLibrary.register(into: interp)
        UnavailableModules.register(into: interp)
        PyplotModule.register(into: interp)
        KerasModule.register(into: interp)
        interp.registerModule("cellgrad.datasets", CellgradDatasets.make)
        interp.builtins[Symbol("display")] = .object(PyNativeFunction(name: "display", doc: DisplayModule.doc, body: DisplayModule.display))
        connectLibraryInterrupts(interp.interrupt)
    }

    /// Long native work (matmul blocks, elementwise slabs, training batches, PNG encoding) stops on the
    /// session's interrupt flag: a KeyboardInterrupt, or the memory watchdog's MemoryError.
    static func connectLibraryInterrupts(_ flag: InterruptFlag) {
        Interrupt.install {
            guard flag.isSet, let reason = flag.consumeReason() else { return nil }
            return reason == .memory ? .memoryCeiling(MemoryCeiling.passedMessage) : .interrupted
        }
        PlotInterrupt.install {
            if let e = Interrupt.pending() { throw NumPyBridge.pythonError(e.pythonName, e.message) }
        }
        ArrayMemoryCeiling.bytes = MemoryCeiling.configured ? MemoryCeiling.bytes : nil
    }

    /// A submodule its package builds (`numpy.linalg`, `torch.special`), importable by its own name.
    static func submodule(_ interp: Interpreter, _ package: String, _ name: String) throws -> PyModule {
        guard case .object(let o)? = try interp.importModule(package)[name], let m = o as? PyModule else {
            throw PyError.moduleNotFound("No module named '\(package).\(name)'")
        }
        return m
    }
}
