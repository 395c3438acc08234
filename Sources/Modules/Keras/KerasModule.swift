import Language
import NN
import Tensor

/// `import keras`, `from tensorflow import keras`, `import tensorflow as tf`: one Keras package
/// (Keras 3's API on Cellgrad's engine) reachable under both names, every submodule too
/// (`tensorflow.keras.layers` is `keras.layers`).
enum KerasModule {
    static let submodules = ["layers", "models", "optimizers", "losses", "callbacks", "datasets", "datasets.mnist",
                             "datasets.fashion_mnist", "datasets.cifar10", "datasets.imdb", "utils", "preprocessing",
                             "preprocessing.sequence", "preprocessing.image", "backend", "activations", "saving", "metrics"]

    static func register(into interp: Interpreter) {
        interp.registerModule("keras", make)
        interp.registerModule("keras.layers", KerasLayers.make)
        interp.registerModule("keras.models", makeModels)
        interp.registerModule("keras.optimizers", KerasOptimizers.make)
        interp.registerModule("keras.losses", KerasLosses.make)
        interp.registerModule("keras.callbacks", KerasCallbacks.make)
        interp.registerModule("keras.utils", KerasUtils.make)
        interp.registerModule("keras.preprocessing", makePreprocessing)
        interp.registerModule("keras.preprocessing.sequence", KerasUtils.makeSequence)
        interp.registerModule("keras.preprocessing.image", KerasUtils.makeImage)
        interp.registerModule("keras.backend", makeBackend)
        interp.registerModule("keras.activations", makeActivations)
        interp.registerModule("keras.saving", makeSaving)
        interp.registerModule("keras.metrics", KerasMetrics.make)
        KerasDatasets.register(into: interp)
        interp.registerModule("tensorflow", makeTensorFlow)
        interp.registerModule("tensorflow.keras") { interp in try interp.importModule("keras") }
        for name in submodules {
            interp.registerModule("tensorflow.keras." + name) { interp in try interp.importModule("keras." + name) }
        }
    }

    /// Names of the real API that are not built yet: calling one is a NotImplementedError.
    static func notYet(_ m: PyModule, _ module: String, _ names: [String]) {
        for name in names {
            m.define(name) { _, _ in throw PyError.notImplemented("\(module).\(name) is not supported in Cellgrad yet") }
        }
    }

    /// `keras.Input(shape)`.
    static func input(_ interp: Interpreter, _ args: Arguments) throws -> Value {
        let b = try Signature("Input(shape=None, batch_size=None, dtype=None, sparse=None, batch_shape=None, name=None, tensor=None, optional=False)").bind(args)
        if let batchShape = b.optional("batch_shape") {
            return .object(KerasInput.make(shape: Array(try KerasLayers.shape(batchShape, interp).dropFirst()), name: try b.optional("name").map { try interp.toStringValue($0) }))
        }
        guard let s = b.optional("shape") else { throw PyError.value("You must pass a `shape` argument.") }
        return .object(KerasInput.make(shape: try KerasLayers.shape(s, interp), name: try b.optional("name").map { try interp.toStringValue($0) }))
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "keras", doc: "Keras 3's API on Cellgrad's native engine (CPU, float32, channels last).")
        // Keras hands back numpy arrays; their methods are installed with the numpy module.
        _ = try interp.importModule("numpy")
        m["__version__"] = .str("3.15.1")
        m["Sequential"] = .object(KerasModelMethods.sequentialType)
        m["Model"] = .object(KerasModelMethods.modelType)
        m.define("Input") { interp, args in try input(interp, args) }
        for name in submodules where !name.contains(".") {
            m[name] = .object(try interp.importModule("keras." + name))
        }
        m.document(KerasDocs.keras)
        return m
    }

    static func makeModels(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "keras.models", doc: "Keras models.")
        m["Sequential"] = .object(KerasModelMethods.sequentialType)
        m["Model"] = .object(KerasModelMethods.modelType)
        KerasSaving.installFunctions(m)
        notYet(m, "keras.models", ["clone_model"])
        return m
    }

    static func makeSaving(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "keras.saving", doc: "Saving and loading Keras models (.keras, .weights.h5).")
        KerasSaving.installFunctions(m)
        KerasSerializables.install(m)
        return m
    }

    static func makePreprocessing(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "keras.preprocessing", doc: "Keras preprocessing.")
        m["sequence"] = .object(try interp.importModule("keras.preprocessing.sequence"))
        m["image"] = .object(try interp.importModule("keras.preprocessing.image"))
        return m
    }

    static func makeBackend(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "keras.backend", doc: "Keras backend utilities.")
        m.define("clear_session") { _, _ in
            KerasNames.reset()
            return .none
        }
        m.define("backend") { _, _ in .str("cellgrad") }
        m.define("floatx") { _, _ in .str("float32") }
        m.define("image_data_format") { _, _ in .str("channels_last") }
        return m
    }

    static func makeActivations(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "keras.activations", doc: "Keras activations, usable by name in layers.")
        for a in KerasActivation.allCases {
            m.define(a.rawValue) { interp, args in
                guard let x = args.positional.first else { throw PyError.type("\(a.rawValue)() missing 1 required positional argument: 'x'") }
                let v = Variable(try KerasData.array(x, interp, what: "x").astype(.float32))
                return NumPyBridge.wrapArray(try KerasBridge.call { try GradMode.with(false) { try a.apply(v).data } })
            }
        }
        return m
    }

    /// `import tensorflow as tf`: the parts lessons use around Keras (`tf.keras`, `tf.newaxis`,
    /// `tf.random.set_seed`, `tf.constant`).
    static func makeTensorFlow(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "tensorflow", doc: "The parts of TensorFlow that Keras lessons use, on Cellgrad's engine.")
        _ = try interp.importModule("numpy")
        m["__version__"] = .str("2.18.0")
        m["keras"] = .object(try interp.importModule("keras"))
        m["newaxis"] = Value.none
        m["float32"] = .str("float32")
        let random = PyModule(name: "tensorflow.random")
        random.define("set_seed") { interp, args in
            guard let s = args.positional.first else { throw PyError.type("set_seed() missing 1 required positional argument: 'seed'") }
            try KerasUtils.setRandomSeed(interp, s)
            return .none
        }
        m["random"] = .object(random)
        m.define("constant") { interp, args in
            guard let v = args.positional.first else { throw PyError.type("constant() missing 1 required positional argument: 'value'") }
            let a = try KerasData.array(v, interp, what: "value")
            return NumPyBridge.wrapArray(a.dtype == .float64 ? try a.astype(.float32) : a)
        }
        return m
    }
}
