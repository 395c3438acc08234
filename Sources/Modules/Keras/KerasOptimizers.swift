import Language
import NN
import Tensor

/// `keras.optimizers`: SGD, Adam, AdamW, RMSprop, Adagrad with Keras 3's signatures and
/// defaults, and `learning_rate` readable and settable (`model.optimizer.learning_rate = …`).
enum KerasOptimizers {
    nonisolated(unsafe) static let base: PyType = {
        let t = PyType(name: "Optimizer", bases: [BuiltinTypes.object], module: "keras.optimizers",
                       doc: "The base class of Keras optimizers.")
        t.allocator = { PyKerasOptimizer(type: $0) }
        t.getter("learning_rate", on: PyKerasOptimizer.self, { _, o in .float(o.learningRate) },
                 set: { interp, o, v in o.learningRate = try interp.toDouble(v) })
        t.getter("iterations", on: PyKerasOptimizer.self) { _, o in
            .int(o.engine?.state.values.first?.step ?? 0)
        }
        t.getter("name", on: PyKerasOptimizer.self) { _, o in .str(o.className.lowercased()) }
        t.define("__repr__") { _, args in
            guard case .object(let o) = args.receiver, let opt = o as? PyKerasOptimizer else { return .str("<Optimizer>") }
            return .str("<keras.src.optimizers.\(opt.className.lowercased()).\(opt.className) object>")
        }
        return t
    }()

    nonisolated(unsafe) static var types: [String: PyType] = [:]

    static func type(_ name: String) -> PyType {
        if let t = types[name] { return t }
        let t = PyType(name: name, bases: [base], module: "keras.optimizers")
        types[name] = t
        return t
    }

    /// Each optimiser's Python argument names: numbers (with the engine's names) and flags.
    nonisolated(unsafe) static var argumentNames: [String: ([String: String], [String])] = [:]

    static func define(_ m: PyModule, _ signature: String, doc: String, _ rule: UpdateRule, numbers: [String: String], flags: [String] = []) {
        let sig = Signature(signature)
        argumentNames[sig.functionName] = (numbers, flags)
        let t = type(sig.functionName)
        t.doc = signature + "\n\n" + doc
        t.method("__init__" + signature.drop { $0 != "(" }, on: PyKerasOptimizer.self) { interp, o, b in
            o.configure(rule, sig.functionName)
            for (python, engine) in numbers {
                if let v = b.optional(python) { o.numbers[engine] = try interp.toDouble(v) }
            }
            for f in flags { o.flags[f] = try interp.isTruthy(b[f] ?? .bool(false)) }
            guard o.learningRate > 0 else { throw PyError.value("Argument `learning_rate` should be float, or an instance of LearningRateSchedule; received: \(o.learningRate)") }
            return .none
        }
        m[sig.functionName] = .object(t)
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "keras.optimizers", doc: "Keras optimizers, with Keras 3's update rules and defaults.")
        m["Optimizer"] = .object(base)
        define(m, "SGD(learning_rate=0.01, momentum=0.0, nesterov=False, weight_decay=None, name='SGD', **kwargs)", doc: "Gradient descent with optional momentum (and Nesterov momentum).", .kerasSGD,
               numbers: ["learning_rate": "lr", "momentum": "momentum"], flags: ["nesterov"])
        define(m, "Adam(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-07, amsgrad=False, weight_decay=None, name='adam', **kwargs)", doc: "Adam: adaptive steps from moving averages of the gradient and of its square (beta_1, beta_2).", .kerasAdam,
               numbers: ["learning_rate": "lr", "beta_1": "beta1", "beta_2": "beta2", "epsilon": "eps"], flags: ["amsgrad"])
        define(m, "AdamW(learning_rate=0.001, weight_decay=0.004, beta_1=0.9, beta_2=0.999, epsilon=1e-07, amsgrad=False, name='adamw', **kwargs)", doc: "Adam with decoupled weight decay.", .kerasAdamW,
               numbers: ["learning_rate": "lr", "weight_decay": "weight_decay", "beta_1": "beta1", "beta_2": "beta2", "epsilon": "eps"], flags: ["amsgrad"])
        define(m, "RMSprop(learning_rate=0.001, rho=0.9, momentum=0.0, epsilon=1e-07, centered=False, name='rmsprop', **kwargs)", doc: "RMSprop: divides the gradient by a moving root mean square of recent gradients (rho).", .kerasRMSprop,
               numbers: ["learning_rate": "lr", "rho": "rho", "momentum": "momentum", "epsilon": "eps"], flags: ["centered"])
        define(m, "Adagrad(learning_rate=0.001, initial_accumulator_value=0.1, epsilon=1e-07, name='adagrad', **kwargs)", doc: "Adagrad: per-parameter learning rates scaled by the accumulated squared gradients.", .kerasAdagrad,
               numbers: ["learning_rate": "lr", "initial_accumulator_value": "initial_accumulator_value", "epsilon": "eps"])
        return m
    }
}
