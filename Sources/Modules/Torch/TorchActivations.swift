import NN
import Tensor

/// The activations without parameters, once for both spellings: `F.hardswish(x)` and
/// `nn.Hardswish()(x)`. Those composed from other ops carry torch's node name, so a printed
/// `grad_fn` reads as in torch.
enum TorchActivations {
    struct Entry {
        let functional: String
        let module: String
        let kernel: (Variable) throws -> Variable
    }

    static func scalar(_ v: Double) -> Variable { Variable(NDArray.pythonScalar(v)) }

    static func named(_ node: String, _ kernel: @escaping (Variable) throws -> Variable) -> (Variable) throws -> Variable {
        { x in TorchBridge.named(try kernel(x), node) }
    }

    nonisolated(unsafe) static let parameterless: [Entry] = [
        Entry(functional: "relu", module: "ReLU") { try $0.relu() },
        Entry(functional: "sigmoid", module: "Sigmoid") { try $0.sigmoid() },
        Entry(functional: "tanh", module: "Tanh") { try $0.tanh() },
        Entry(functional: "silu", module: "SiLU") { try $0.silu() },
        Entry(functional: "relu6", module: "ReLU6", kernel: named("HardtanhBackward0") { try $0.clamp(min: 0, max: 6) }),
        Entry(functional: "mish", module: "Mish", kernel: named("MishBackward0") { try Variable.mul($0, $0.softplus().tanh()) }),
        Entry(functional: "selu", module: "SELU", kernel: named("EluBackward0") {
            try Variable.mul($0.elu(1.6732632423543772), scalar(1.0507009873554805))
        }),
        Entry(functional: "hardsigmoid", module: "Hardsigmoid") { try piecewise($0, "HardsigmoidBackward0", value: { min(max($0 / 6 + 0.5, 0), 1) },
                                                                             slope: { $0 > -3 && $0 < 3 ? 1.0 / 6 : 0 }) },
        Entry(functional: "hardswish", module: "Hardswish") { try piecewise($0, "HardswishBackward0", value: { $0 * min(max($0 + 3, 0), 6) / 6 },
                                                                         slope: { $0 <= -3 ? 0 : $0 < 3 ? $0 / 3 + 0.5 : 1 },
                                                                         curvature: { $0 > -3 && $0 < 3 ? 1.0 / 3 : 0 }) },
        Entry(functional: "logsigmoid", module: "LogSigmoid", kernel: named("LogSigmoidBackward0") { try $0.neg().softplus().neg() }),
        Entry(functional: "softsign", module: "Softsign", kernel: named("DivBackward0") {
            try Variable.div($0, Variable.add($0.abs(), scalar(1)))
        }),
        Entry(functional: "tanhshrink", module: "Tanhshrink", kernel: named("SubBackward0") { try Variable.sub($0, $0.tanh()) }),
    ]

    /// A piecewise function with torch's one-sided slopes at the kinks (which a composition of
    /// clamps would not reproduce).
    /// With `curvature` (the slope's own slope), the gradient is differentiable once more.
    static func piecewise(_ x: Variable, _ node: String, value: @escaping (Double) -> Double,
                          slope: @escaping (Double) -> Double, curvature: ((Double) -> Double)? = nil) throws -> Variable {
        let values = try x.data.astype(.float64).contiguous().elements(as: Double.self)
        let out = try NDArray(values.map(value), shape: x.shape).astype(x.dtype)
        let result = Variable.record(out, node, [x], saved: [x]) { g in
            [try g * NDArray(values.map(slope), shape: x.shape).astype(g.dtype)]
        }
        guard let curvature else { return result }
        return result.differentiable { g in
            let slopes = Variable.record(try NDArray(values.map(slope), shape: x.shape).astype(x.dtype), "\(node.dropLast())Backward0", [x],
                                         saved: [x]) { h in [try h * NDArray(values.map(curvature), shape: x.shape).astype(h.dtype)] }
            return [try Variable.mul(g, slopes)]
        }
    }

    /// `celu(x, alpha) = max(0, x) + min(0, alpha·(exp(x/alpha) − 1))`, which is alpha·elu(x/alpha).
    static func celu(_ x: Variable, alpha: Double) throws -> Variable {
        TorchBridge.named(try Variable.mul(Variable.div(x, scalar(alpha)).elu(1), scalar(alpha)), "CeluBackward0")
    }
}
