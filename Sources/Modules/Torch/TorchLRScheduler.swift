import Foundation
import Language
import NN

/// A learning-rate scheduler: the optimiser, the base rates, the epoch count and a rule that
/// gives each group's rate for an epoch (torch's closed forms).
final class PyLRScheduler: PyObject {
    var optimizer: PyOptimizer?
    var baseRates: [Double] = []
    var lastEpoch = 0
    var lastRates: [Double] = []
    var rule: (Interpreter, Int, Double, Int) throws -> Double = { _, _, lr, _ in lr }
}

enum TorchLRScheduler {
    static func groups(_ o: PyOptimizer) -> [PyDict] {
        o.groups.items.compactMap { if case .object(let d) = $0 { return d as? PyDict } else { return nil } }
    }

    static func apply(_ interp: Interpreter, _ s: PyLRScheduler) throws {
        guard let o = s.optimizer else { return }
        var rates: [Double] = []
        for (i, g) in groups(o).enumerated() {
            let lr = try s.rule(interp, s.lastEpoch, s.baseRates[i], i)
            g[try interp.hashKey(.str("lr"))] = .float(lr)
            rates.append(lr)
        }
        s.lastRates = rates
    }

    static func define(_ m: PyModule, _ signature: String, _ configure: @escaping (Interpreter, PyLRScheduler, BoundArguments) throws -> Void) {
        let sig = Signature(signature)
        let t = PyType(name: sig.functionName, bases: [BuiltinTypes.object], module: "torch.optim.lr_scheduler")
        t.allocator = { PyLRScheduler(type: $0) }
        t.method("__init__" + signature.drop { $0 != "(" }, on: PyLRScheduler.self) { interp, s, b in
            guard case .object(let o)? = b["optimizer"], let opt = o as? PyOptimizer else { throw PyError.type("\(sig.functionName) expects an optimizer") }
            s.optimizer = opt
            s.baseRates = try groups(opt).map { try interp.toDouble($0[try interp.hashKey(.str("lr"))] ?? .float(0)) }
            for g in groups(opt) { g[try interp.hashKey(.str("initial_lr"))] = g[try interp.hashKey(.str("lr"))] }
            try configure(interp, s, b)
            try apply(interp, s)
            return .none
        }
        t.method("step(epoch=None)", on: PyLRScheduler.self) { interp, s, _ in
            s.lastEpoch += 1
            try apply(interp, s)
            return .none
        }
        t.method("get_last_lr()", on: PyLRScheduler.self) { _, s, _ in .list(s.lastRates.map { .float($0) }) }
        t.getter("last_epoch", on: PyLRScheduler.self) { _, s in .int(s.lastEpoch) }
        t.getter("base_lrs", on: PyLRScheduler.self) { _, s in .list(s.baseRates.map { .float($0) }) }
        m[sig.functionName] = .object(t)
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "torch.optim.lr_scheduler")
        define(m, "StepLR(optimizer, step_size, gamma=0.1, last_epoch=-1)") { interp, s, b in
            let size = try interp.toInt(b["step_size"] ?? .int(1)), gamma = try TorchBridge.double(b["gamma"], interp) ?? 0.1
            s.rule = { _, epoch, lr, _ in lr * Foundation.pow(gamma, Double(epoch / size)) }
        }
        define(m, "MultiStepLR(optimizer, milestones, gamma=0.1, last_epoch=-1)") { interp, s, b in
            let milestones = try interp.iterateToArray(b["milestones"] ?? .none).map { try interp.toInt($0) }
            let gamma = try TorchBridge.double(b["gamma"], interp) ?? 0.1
            s.rule = { _, epoch, lr, _ in lr * Foundation.pow(gamma, Double(milestones.filter { $0 <= epoch }.count)) }
        }
        define(m, "ExponentialLR(optimizer, gamma, last_epoch=-1)") { interp, s, b in
            let gamma = try TorchBridge.double(b["gamma"], interp) ?? 1
            s.rule = { _, epoch, lr, _ in lr * Foundation.pow(gamma, Double(epoch)) }
        }
        define(m, "CosineAnnealingLR(optimizer, T_max, eta_min=0.0, last_epoch=-1)") { interp, s, b in
            let tMax = try TorchBridge.double(b["T_max"], interp) ?? 1, etaMin = try TorchBridge.double(b["eta_min"], interp) ?? 0
            s.rule = { _, epoch, lr, _ in etaMin + (lr - etaMin) * (1 + Foundation.cos(Double.pi * Double(epoch) / tMax)) / 2 }
        }
        define(m, "LambdaLR(optimizer, lr_lambda, last_epoch=-1)") { _, s, b in
            let f = b["lr_lambda"] ?? .none
            s.rule = { interp, epoch, lr, _ in lr * (try interp.toDouble(try interp.call(f, .int(epoch)))) }
        }
        return m
    }
}
