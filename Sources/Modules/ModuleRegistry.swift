import Language
import Tensor

/// Registers every built-in module with an interpreter. Modules are built lazily on first
/// import, so a session that never imports numpy pays nothing for it.
public enum ModuleRegistry {
    public static func install(into interp: Interpreter) {
        interp.registerModule("math", MathModule.make)
        interp.registerModule("sys", SysModule.make)
        interp.registerModule("time", TimeModule.make)
        interp.registerModule("random", RandomModule.make)
        interp.registerModule("os", OSModule.make)
        interp.registerModule("os.path", OSModule.makePath)
        interp.registerModule("numpy", NumPyModule.make)
        interp.registerModule("numpy.random", { interp in try NumPyModule.submodule(interp, "random") })
        interp.registerModule("numpy.linalg", { interp in try NumPyModule.submodule(interp, "linalg") })
        interp.registerModule("torch", TorchModule.make)
        interp.registerModule("torch.nn", TorchNNModule.make)
        interp.registerModule("torch.nn.functional", TorchFunctional.make)
        interp.registerModule("torch.optim", TorchOptim.make)
        interp.registerModule("torch.optim.lr_scheduler", TorchLRScheduler.make)
        interp.registerModule("torch.utils", TorchData.makeUtils)
        interp.registerModule("torch.utils.data", TorchData.make)
        interp.registerModule("torchvision", TorchvisionDatasets.makeTorchvision)
        interp.registerModule("torchvision.datasets", TorchvisionDatasets.make)
        interp.registerModule("torchvision.transforms", TorchvisionTransforms.make)
        interp.registerModule("IPython", DisplayModule.makeIPython)
        interp.registerModule("IPython.display", DisplayModule.make)
        interp.registerModule("itertools", ItertoolsModule.make)
        interp.registerModule("_regex", RegexModule.make)
        PythonLibrary.register(into: interp)
        UnavailableModules.register(into: interp)
        PyplotModule.register(into: interp)
        KerasModule.register(into: interp)
        interp.builtins[Symbol("display")] = .object(PyNativeFunction(name: "display", body: DisplayModule.display))
        connectLibraryInterrupts(interp.interrupt)
    }

    /// Long native work (matmul blocks, elementwise slabs, training batches) stops on the
    /// session's interrupt flag: a KeyboardInterrupt, or the memory watchdog's MemoryError.
    static func connectLibraryInterrupts(_ flag: InterruptFlag) {
        Interrupt.install {
            guard flag.isSet, let reason = flag.consumeReason() else { return nil }
            return reason == .memory ? .memoryCeiling(MemoryCeiling.passedMessage) : .interrupted
        }
        ArrayMemoryCeiling.bytes = MemoryCeiling.configured ? MemoryCeiling.bytes : nil
    }
}
