import Foundation
import Language
import NN
import Tensor

/// `import torch.nn as nn`: Module, Parameter, the layers, `nn.functional` and `nn.init`.
enum TorchNNModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        _ = TensorMethods.installed
        let m = PyModule(name: "torch.nn", doc: "Neural-network layers, losses and containers.")
        m["Module"] = .object(NNModuleMethods.moduleType)
        m["Parameter"] = .object(TorchTypes.parameter)
        NNLayers.install(m)
        m["functional"] = .object(try interp.importModule("torch.nn.functional"))
        m["init"] = .object(makeInit())
        let utils = PyModule(name: "torch.nn.utils")
        TorchModule.function(utils, "clip_grad_norm_(parameters, max_norm, norm_type=2.0, error_if_nonfinite=False)") { interp, b in
            let params = try parameterList(interp, b["parameters"] ?? .none)
            let maxNorm = try TorchBridge.double(b["max_norm"], interp) ?? 1
            var total = 0.0
            for p in params { if let g = p.variable.grad { total += try (g.astype(.float64) * g.astype(.float64)).sum().item().asDouble } }
            total = total.squareRoot()
            let coefficient = maxNorm / (total + 1e-6)
            if coefficient < 1 {
                for p in params { if let g = p.variable.grad { try g.applyInPlace(.multiply, NDArray.pythonScalar(coefficient)) } }
            }
            return TorchBridge.wrap(try NDArray.full([], .float(total), dtype: .float32))
        }
        TorchModule.function(utils, "clip_grad_value_(parameters, clip_value, foreach=None)") { interp, b in
            let v = try TorchBridge.double(b["clip_value"], interp) ?? 0
            for p in try parameterList(interp, b["parameters"] ?? .none) {
                if let g = p.variable.grad {
                    try g.setItem([.ellipsis], NDArray.clip(g, NDArray.pythonScalar(-v), NDArray.pythonScalar(v)))
                }
            }
            return .none
        }
        TorchModule.function(utils, "parameters_to_vector(parameters)") { interp, b in
            let params = try parameterList(interp, b["parameters"] ?? .none)
            return TorchBridge.wrap(try Variable.cat(try params.map { try $0.variable.reshape([-1]) }, dim: 0))
        }
        TorchModule.function(utils, "vector_to_parameters(vec, parameters)") { interp, b in
            let vec = try TorchBridge.tensor(b["vec"] ?? .none).data
            var offset = 0
            for p in try parameterList(interp, b["parameters"] ?? .none) {
                let n = p.data.size
                try p.data.setItem([.ellipsis], vec.getItem([.slice(start: offset, stop: offset + n, step: 1)]).reshape(p.data.shape))
                p.variable.markModified()
                offset += n
            }
            return .none
        }
        let rnn = PyModule(name: "torch.nn.utils.rnn")
        TorchModule.function(rnn, "pad_sequence(sequences, batch_first=False, padding_value=0.0, padding_side='right')") { interp, b in
            let seqs = try interp.iterateToArray(b["sequences"] ?? .none).map { try TorchBridge.tensor($0) }
            guard let first = seqs.first else { throw PyError(BuiltinTypes.runtimeError, "received an empty list of sequences") }
            let longest = seqs.map { $0.data.shape[0] }.max() ?? 0
            let pad = try TorchBridge.double(b["padding_value"], interp) ?? 0
            let left = b["padding_side"]?.asString == "left"
            let tail = Array(first.data.shape.dropFirst())
            var rows: [Variable] = []
            for s in seqs {
                let missing = longest - s.data.shape[0]
                guard missing > 0 else { rows.append(s.variable); continue }
                let filler = Variable(try NDArray.full([missing] + tail, .float(pad), dtype: .float64).astype(s.data.dtype))
                rows.append(try Variable.cat(left ? [filler, s.variable] : [s.variable, filler], dim: 0))
            }
            let out = try Variable.stack(rows, dim: try TorchBridge.bool(b["batch_first"], interp) ? 0 : 1)
            return TorchBridge.wrap(out, dtype: first.dtypeName)
        }
        TorchPackedSequence.install(rnn)
        utils["rnn"] = .object(rnn)
        m["utils"] = .object(utils)
        m.document(TorchDocs.nn)
        return m
    }

    static func parameterList(_ interp: Interpreter, _ v: Value) throws -> [PyTorchTensor] {
        if case .object(let o) = v, let t = o as? PyTorchTensor { return [t] }
        return try interp.iterateToArray(v).map { try TorchBridge.tensor($0) }
    }

    /// `torch.nn.init`: in-place fills under no_grad.
    static func makeInit() -> PyModule {
        let m = PyModule(name: "torch.nn.init")
        func fill(_ name: String, _ sig: String, _ make: @escaping (Interpreter, [Int], BoundArguments) throws -> NDArray) {
            TorchModule.function(m, "\(name)(\(sig))") { interp, b in
                let t = try TorchBridge.tensor(b["tensor"] ?? .none)
                let values = try PyTorchGenerator.using(b.optional("generator")) { try make(interp, t.data.shape, b) }
                try t.data.setItem([.ellipsis], values.astype(t.data.dtype))
                t.variable.markModified()
                return .object(t)
            }
        }
        fill("uniform_", "tensor, a=0.0, b=1.0, generator=None") { interp, shape, b in
            try Initializers.uniform(shape, try TorchBridge.double(b["a"], interp) ?? 0, try TorchBridge.double(b["b"], interp) ?? 1)
        }
        fill("normal_", "tensor, mean=0.0, std=1.0, generator=None") { interp, shape, b in
            try Initializers.normal(shape, mean: try TorchBridge.double(b["mean"], interp) ?? 0, std: try TorchBridge.double(b["std"], interp) ?? 1)
        }
        fill("constant_", "tensor, val") { interp, shape, b in try NDArray.full(shape, .float(try TorchBridge.double(b["val"], interp) ?? 0), dtype: .float32) }
        fill("zeros_", "tensor") { _, shape, _ in try NDArray.zeros(shape, dtype: .float32) }
        fill("ones_", "tensor") { _, shape, _ in try NDArray.ones(shape, dtype: .float32) }
        fill("eye_", "tensor") { _, shape, _ in try NDArray.eye(shape[0], shape.count > 1 ? shape[1] : shape[0], dtype: .float32) }
        fill("xavier_uniform_", "tensor, gain=1.0, generator=None") { interp, shape, b in
            try Initializers.xavierUniform(shape, gain: try TorchBridge.double(b["gain"], interp) ?? 1)
        }
        fill("xavier_normal_", "tensor, gain=1.0, generator=None") { interp, shape, b in
            try Initializers.xavierNormal(shape, gain: try TorchBridge.double(b["gain"], interp) ?? 1)
        }
        for (name, normal) in [("kaiming_uniform_", false), ("kaiming_normal_", true)] {
            fill(name, "tensor, a=0, mode='fan_in', nonlinearity='leaky_relu', generator=None") { interp, shape, b in
                let a = try TorchBridge.double(b["a"], interp) ?? 0
                let fanIn = (b["mode"]?.asString ?? "fan_in") == "fan_in"
                let nl = b["nonlinearity"]?.asString ?? "leaky_relu"
                return normal ? try Initializers.kaimingNormal(shape, a: a, fanIn: fanIn, nonlinearity: nl)
                              : try Initializers.kaimingUniform(shape, a: a, fanIn: fanIn, nonlinearity: nl)
            }
        }
        fill("trunc_normal_", "tensor, mean=0.0, std=1.0, a=-2.0, b=2.0, generator=None") { interp, shape, b in
            // torch 2.15's sampler: when most of the normal lies inside [a, b], normal draws with
            // the out-of-range ones redrawn; otherwise uniform proposals accepted by the density.
            let mean = try TorchBridge.double(b["mean"], interp) ?? 0, std = try TorchBridge.double(b["std"], interp) ?? 1
            let lo = try TorchBridge.double(b["a"], interp) ?? -2, hi = try TorchBridge.double(b["b"], interp) ?? 2
            func cdf(_ x: Double) -> Double { (1 + erf(x / 2.0.squareRoot())) / 2 }
            let (low, high) = (Double(Float(lo)), Double(Float(hi)))
            func values(_ a: NDArray) throws -> [Double] { try a.astype(.float64).contiguous().elements(as: Double.self) }
            if cdf((hi - mean) / std) - cdf((lo - mean) / std) > 0.3 {
                var result = try values(DefaultGenerator.shared.normal(shape, mean: mean, std: std, dtype: .float32))
                while result.contains(where: { $0 < low || $0 > high }) {
                    let fresh = try values(DefaultGenerator.shared.normal(shape, mean: mean, std: std, dtype: .float32))
                    for i in result.indices where result[i] < low || result[i] > high { result[i] = fresh[i] }
                }
                return try NDArray(result, shape: shape)
            }
            let mode = max(lo, min(mean, hi))
            let logPeak = -0.5 * ((mode - mean) / std) * ((mode - mean) / std)
            func logDensity(_ x: [Double]) -> [Float] {
                x.map { v in
                    let z = (Float(v) - Float(mean)) / Float(std)
                    return z * z * -0.5 - Float(logPeak)
                }
            }
            var result = try values(DefaultGenerator.shared.uniform(shape, from: lo, to: hi, dtype: .float32))
            var pending = zip(try values(DefaultGenerator.shared.uniform(shape, dtype: .float32)), logDensity(result)).map { log(Float($0)) > $1 }
            while pending.contains(true) {
                let candidates = try values(DefaultGenerator.shared.uniform(shape, from: lo, to: hi, dtype: .float32))
                for i in result.indices where pending[i] { result[i] = candidates[i] }
                let accept = try values(DefaultGenerator.shared.uniform(shape, dtype: .float32))
                let density = logDensity(candidates)
                for i in pending.indices where pending[i] { pending[i] = log(Float(accept[i])) > density[i] }
            }
            return try NDArray(result, shape: shape)
        }
        fill("dirac_", "tensor, groups=1") { interp, shape, b in
            let groups = try interp.toInt(b["groups"] ?? .int(1))
            guard (3...5).contains(shape.count) else { throw PyError.value("Only tensors with 3, 4, or 5 dimensions are supported") }
            guard shape[0] % groups == 0 else { throw PyError.value("dim 0 must be divisible by groups") }
            let out = try NDArray.zeros(shape, dtype: .float32)
            let perGroup = shape[0] / groups
            for g in 0..<groups {
                for d in 0..<min(perGroup, shape[1]) {
                    let center = shape.dropFirst(2).map { IndexItem.int($0 / 2) }
                    try out.setItem([.int(g * perGroup + d), .int(d)] + center, NDArray.pythonScalar(1.0))
                }
            }
            return out
        }
        TorchModule.function(m, "orthogonal_(tensor, gain=1, generator=None)") { interp, b in
            let t = try TorchBridge.tensor(b["tensor"] ?? .none)
            guard t.data.ndim >= 2 else { throw PyError.value("Only tensors with 2 or more dimensions are supported") }
            let rows = t.data.shape[0], cols = t.data.size / max(rows, 1)
            let flat = try PyTorchGenerator.using(b.optional("generator")) { try DefaultGenerator.shared.normal([rows, cols], dtype: t.data.dtype) }
            // QR of the (tall) normal matrix; signs fixed by R's diagonal as torch does.
            let tall = rows < cols ? flat.T : flat
            let qr = try TorchModule.linalg(interp, "qr", [TorchBridge.wrap(tall)])
            let parts = try interp.iterateToArray(qr).map { try TorchBridge.tensor($0).data }
            let signs = try NDArray.unary(.sign, parts[1].diagonal())
            var q = try parts[0] * signs.reshape([1, -1])
            if rows < cols { q = q.T }
            let gain = try TorchBridge.double(b["gain"], interp) ?? 1
            try t.data.setItem([.ellipsis], try (q * NDArray.pythonScalar(gain)).reshape(t.data.shape).astype(t.data.dtype))
            t.variable.markModified()
            return .object(t)
        }
        TorchModule.function(m, "calculate_gain(nonlinearity, param=None)") { interp, b in
            .float(try Initializers.gain(try interp.toStringValue(b["nonlinearity"] ?? .none), try TorchBridge.double(b["param"], interp)))
        }
        return m
    }
}
