import Language
import NN
import Tensor

/// A Keras optimiser object (`keras.optimizers.Adam(learning_rate=1e-3)`, or made from the
/// name given to `compile`): the rule, its hyperparameters, and, once training starts, the
/// engine ``Optimizer`` over the model's trainable variables.
final class PyKerasOptimizer: PyObject {
    var rule: UpdateRule = .kerasAdam
    var numbers: [String: Double] = [:]
    var flags: [String: Bool] = [:]
    var engine: Optimizer?
    var className = "Adam"

    override init(type: PyType) {
        super.init(type: type)
    }

    /// The optimiser `compile(optimizer='adam')` makes, with Keras's defaults.
    static func named(_ name: String) throws -> PyKerasOptimizer {
        let table: [String: (UpdateRule, String)] = ["adam": (.kerasAdam, "Adam"), "sgd": (.kerasSGD, "SGD"), "rmsprop": (.kerasRMSprop, "RMSprop"),
                                                     "adagrad": (.kerasAdagrad, "Adagrad"), "adamw": (.kerasAdamW, "AdamW")]
        guard let (rule, className) = table[name.lowercased()] else {
            throw PyError.value("Could not interpret optimizer identifier: \(name)")
        }
        let o = PyKerasOptimizer(type: KerasOptimizers.type(className))
        o.configure(rule, className)
        return o
    }

    func configure(_ rule: UpdateRule, _ className: String) {
        self.rule = rule
        self.className = className
        numbers = rule.defaults
    }

    var learningRate: Double {
        get { numbers["lr"] ?? 0 }
        set {
            numbers["lr"] = newValue
            engine?.paramGroups.forEach { $0.numbers["lr"] = newValue }
        }
    }

    /// Applies one step to the variables (made on first use; Keras builds its slots then too).
    func step(_ variables: [Variable]) throws {
        if engine == nil || engine?.paramGroups.first?.params.count != variables.count {
            engine = Optimizer(rule: rule, groups: [ParamGroup(params: variables, numbers: numbers, flags: flags)])
        }
        try engine?.step()
    }

    /// The number of optimiser variables `summary()` reports: Keras's slots per trainable
    /// weight, plus its iteration count and learning rate.
    func slotCount(_ trainable: Int) -> Int {
        guard engine != nil else { return 0 }
        var slots = 0
        switch rule {
        case .kerasAdam, .kerasAdamW: slots = flags["amsgrad"] == true ? 3 : 2
        case .kerasSGD: slots = (numbers["momentum"] ?? 0) != 0 ? 1 : 0
        case .kerasRMSprop: slots = 1 + ((numbers["momentum"] ?? 0) > 0 ? 1 : 0) + (flags["centered"] == true ? 1 : 0)
        case .kerasAdagrad: slots = 1
        default: slots = 0
        }
        return slots * trainable + 2
    }
}
