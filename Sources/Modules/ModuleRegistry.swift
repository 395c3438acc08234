import Language

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
        interp.registerModule("cellgrad") { interp in
            let m = PyModule(name: "cellgrad", doc: "Cellgrad's own helpers for lessons.")
            m["datasets"] = .object(try interp.importModule("cellgrad.datasets"))
            return m
        }
        interp.registerModule("cellgrad.datasets", CellgradDatasets.make)
        interp.builtins[Symbol("display")] = .object(PyNativeFunction(name: "display", body: DisplayModule.display))
    }
}
