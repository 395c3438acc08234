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

    static func define(_ m: PyModule, _ signature: String, doc: String? = nil, _ configure: @escaping (Interpreter, PyLRScheduler, BoundArguments) throws -> Void) {
        let sig = Signature(signature)
        let t = PyType(name: sig.functionName, bases: [BuiltinTypes.object], module: "torch.optim.lr_scheduler",
                       doc: doc.map { signature + "\n\n" + $0 })
        t.allocator = { PyLRScheduler(type: $0) }
        t.method("__init__" + signature.drop { $0 != "(" }, on: PyLRScheduler.self) { interp, s, b in
            guard case .object(let o)? = b["optimizer"], let opt = o as? PyOptimizer else { throw PyError.type("\(sig.functionName) expects an optimizer") }
            s.optimizer = opt
            s.baseRates = try groups(opt).map { try interp.toDouble($0[try interp.hashKey(.str("lr"))] ?? .float(0)) }
            for g in groups(opt) { g[try interp.hashKey(.str("initial_lr"))] = g[try interp.hashKey(.str("lr"))] }
            try configure(interp, s, b)
            for (i, p) in sig.parameters.enumerated() where p.name != "optimizer" && p.name != "last_epoch" {
                if let v = b.values[i], !(v.asObject is PyFunction) { s.setAttribute(Symbol(p.name), v) }
                else if let text = p.defaultText, b.values[i] == nil { s.setAttribute(Symbol(p.name), try TorchOptim.literal(text)) }
            }
            try apply(interp, s)
            return .none
        }
        t.method("step(epoch=None)", on: PyLRScheduler.self) { interp, s, _ in
            s.lastEpoch += 1
            try apply(interp, s)
            return .none
        }
        t.method("get_last_lr()", on: PyLRScheduler.self) { _, s, _ in .list(s.lastRates.map { .float($0) }) }
        t.method("state_dict()", on: PyLRScheduler.self) { interp, s, _ in
            let d = PyDict()
            for (k, v) in s.attributes?.entries ?? [] where !k.name.hasPrefix("_") { d[try interp.hashKey(.str(k.name))] = v }
            d[try interp.hashKey(.str("base_lrs"))] = .list(s.baseRates.map { .float($0) })
            d[try interp.hashKey(.str("last_epoch"))] = .int(s.lastEpoch)
            return .object(d)
        }
        t.getter("last_epoch", on: PyLRScheduler.self) { _, s in .int(s.lastEpoch) }
        t.getter("base_lrs", on: PyLRScheduler.self) { _, s in .list(s.baseRates.map { .float($0) }) }
        m[sig.functionName] = .object(t)
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "torch.optim.lr_scheduler")
        define(m, "StepLR(optimizer, step_size, gamma=0.1, last_epoch=-1)", doc: "Multiplies the learning rate by gamma every step_size epochs.") { interp, s, b in
            let size = try interp.toInt(b["step_size"] ?? .int(1)), gamma = try TorchBridge.double(b["gamma"], interp) ?? 0.1
            s.rule = { _, epoch, lr, _ in lr * Foundation.pow(gamma, Double(epoch / size)) }
        }
        define(m, "MultiStepLR(optimizer, milestones, gamma=0.1, last_epoch=-1)", doc: "Multiplies the learning rate by gamma at each epoch listed in milestones.") { interp, s, b in
            let milestones = try interp.iterateToArray(b["milestones"] ?? .none).map { try interp.toInt($0) }
            let gamma = try TorchBridge.double(b["gamma"], interp) ?? 0.1
            s.rule = { _, epoch, lr, _ in lr * Foundation.pow(gamma, Double(milestones.filter { $0 <= epoch }.count)) }
        }
        define(m, "LinearLR(optimizer, start_factor=0.3333333333333333, end_factor=1.0, total_iters=5, last_epoch=-1)", doc: "Scales the learning rate linearly from start_factor to end_factor over total_iters epochs (a warm-up).") { interp, s, b in
            let start = try TorchBridge.double(b["start_factor"], interp) ?? 1.0 / 3, end = try TorchBridge.double(b["end_factor"], interp) ?? 1
            let total = try b.optional("total_iters").map { try interp.toInt($0) } ?? 5
            s.rule = { _, epoch, lr, _ in lr * (start + (end - start) * Double(min(epoch, total)) / Double(total)) }
        }
        define(m, "ExponentialLR(optimizer, gamma, last_epoch=-1)", doc: "Multiplies the learning rate by gamma every epoch.") { interp, s, b in
            let gamma = try TorchBridge.double(b["gamma"], interp) ?? 1
            s.rule = { _, epoch, lr, _ in lr * Foundation.pow(gamma, Double(epoch)) }
        }
        define(m, "CosineAnnealingLR(optimizer, T_max, eta_min=0.0, last_epoch=-1)", doc: "Anneals the learning rate from its initial value to eta_min along half a cosine over T_max epochs.") { interp, s, b in
            let tMax = try TorchBridge.double(b["T_max"], interp) ?? 1, etaMin = try TorchBridge.double(b["eta_min"], interp) ?? 0
            s.rule = { _, epoch, lr, _ in etaMin + (lr - etaMin) * (1 + Foundation.cos(Double.pi * Double(epoch) / tMax)) / 2 }
        }
        define(m, "LambdaLR(optimizer, lr_lambda, last_epoch=-1)", doc: "Sets the learning rate to the initial one times lr_lambda(epoch).") { _, s, b in
            let f = b["lr_lambda"] ?? .none
            s.rule = { interp, epoch, lr, _ in lr * (try interp.toDouble(try interp.call(f, .int(epoch)))) }
        }
        m["ReduceLROnPlateau"] = .object(plateauType)
        m.document(TorchDocs.lrScheduler)
        return m
    }

    /// `ReduceLROnPlateau`: multiplies the rates by `factor` when the watched metric has not
    /// improved for more than `patience` epochs, then waits `cooldown` epochs.
    nonisolated(unsafe) static let plateauType: PyType = {
        let sig = Signature("ReduceLROnPlateau(optimizer, mode='min', factor=0.1, patience=10, threshold=0.0001, threshold_mode='rel', cooldown=0, min_lr=0, eps=1e-08)")
        let t = PyType(name: "ReduceLROnPlateau", bases: [BuiltinTypes.object], module: "torch.optim.lr_scheduler")
        t.allocator = { PyLRScheduler(type: $0) }
        t.method("__init__" + sig.text.drop { $0 != "(" }, on: PyLRScheduler.self) { interp, s, b in
            guard case .object(let o)? = b["optimizer"], let opt = o as? PyOptimizer else { throw PyError.type("ReduceLROnPlateau expects an optimizer") }
            s.optimizer = opt
            let factor = try TorchBridge.double(b["factor"], interp) ?? 0.1
            guard factor < 1 else { throw PyError.value("Factor should be < 1.0.") }
            let minimise = (b["mode"]?.asString ?? "min") == "min"
            var settings: [(String, Value)] = []
            settings.append(("mode", b["mode"] ?? .str("min")))
            settings.append(("factor", .float(factor)))
            settings.append(("patience", .int(try b.optional("patience").map { try interp.toInt($0) } ?? 10)))
            settings.append(("threshold", .float(try TorchBridge.double(b["threshold"], interp) ?? 1e-4)))
            settings.append(("threshold_mode", b["threshold_mode"] ?? .str("rel")))
            settings.append(("cooldown", .int(try b.optional("cooldown").map { try interp.toInt($0) } ?? 0)))
            settings.append(("min_lr", .float(try TorchBridge.double(b["min_lr"], interp) ?? 0)))
            settings.append(("eps", .float(try TorchBridge.double(b["eps"], interp) ?? 1e-8)))
            settings.append(("num_bad_epochs", .int(0)))
            settings.append(("cooldown_counter", .int(0)))
            settings.append(("best", .float(minimise ? Double.infinity : -Double.infinity)))
            for (name, v) in settings { s.setAttribute(Symbol(name), v) }
            s.lastRates = try groups(opt).map { try interp.toDouble($0[try interp.hashKey(.str("lr"))] ?? .float(0)) }
            return .none
        }
        t.method("step(metrics, epoch=None)", on: PyLRScheduler.self) { interp, s, b in
            func get(_ n: String) -> Value { s.attribute(Symbol(n)) ?? .none }
            let current = try TorchBridge.double(b["metrics"], interp) ?? 0
            s.lastEpoch += 1
            let maxMode = get("mode").asString == "max", relative = get("threshold_mode").asString != "abs"
            let best = try interp.toDouble(get("best")), threshold = try interp.toDouble(get("threshold"))
            let better: Bool
            switch (maxMode, relative) {
            case (false, true): better = current < best * (1 - threshold)
            case (false, false): better = current < best - threshold
            case (true, true): better = current > best * (threshold + 1)
            case (true, false): better = current > best + threshold
            }
            var bad = try interp.toInt(get("num_bad_epochs")), cooldown = try interp.toInt(get("cooldown_counter"))
            if better { s.setAttribute(Symbol("best"), .float(current)); bad = 0 } else { bad += 1 }
            if cooldown > 0 { cooldown -= 1; bad = 0 }
            if bad > (try interp.toInt(get("patience"))), let opt = s.optimizer {
                let factor = try interp.toDouble(get("factor")), minLR = try interp.toDouble(get("min_lr")), eps = try interp.toDouble(get("eps"))
                for g in groups(opt) {
                    let key = try interp.hashKey(.str("lr"))
                    let old = try interp.toDouble(g[key] ?? .float(0))
                    let new = Swift.max(old * factor, minLR)
                    if old - new > eps { g[key] = .float(new) }
                }
                cooldown = try interp.toInt(get("cooldown"))
                bad = 0
            }
            s.setAttribute(Symbol("num_bad_epochs"), .int(bad))
            s.setAttribute(Symbol("cooldown_counter"), .int(cooldown))
            if let opt = s.optimizer { s.lastRates = try groups(opt).map { try interp.toDouble($0[try interp.hashKey(.str("lr"))] ?? .float(0)) } }
            return .none
        }
        t.method("get_last_lr()", on: PyLRScheduler.self) { _, s, _ in .list(s.lastRates.map { .float($0) }) }
        t.getter("last_epoch", on: PyLRScheduler.self) { _, s in .int(s.lastEpoch) }
        return t
    }()
}
