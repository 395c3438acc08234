import Foundation
import Tensor

/// The update rules of torch's optimisers, written once each over contiguous float buffers,
/// in the order of torch's single-tensor implementations so float32 results agree.
public enum UpdateRule: Sendable {
    case sgd, adam, adamW, rmsprop, adagrad
    /// Keras's rules (see `UpdateRule+Keras.swift`): their own formulas and defaults.
    case kerasSGD, kerasAdam, kerasAdamW, kerasRMSprop, kerasAdagrad

    /// torch's defaults for each rule.
    public var defaults: [String: Double] {
        switch self {
        case .sgd: return ["lr": 1e-3, "momentum": 0, "dampening": 0, "weight_decay": 0]
        case .adam: return ["lr": 1e-3, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 0]
        case .adamW: return ["lr": 1e-3, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 1e-2]
        case .rmsprop: return ["lr": 1e-2, "alpha": 0.99, "eps": 1e-8, "weight_decay": 0, "momentum": 0]
        case .adagrad: return ["lr": 1e-2, "lr_decay": 0, "weight_decay": 0, "initial_accumulator_value": 0, "eps": 1e-10]
        case .kerasSGD, .kerasAdam, .kerasAdamW, .kerasRMSprop, .kerasAdagrad: return kerasDefaults
        }
    }

    func update(_ p: Variable, grad: NDArray, state: inout ParamState, group: ParamGroup) throws {
        let param = try p.data.contiguous()
        if !p.data.isContiguous { p.data = param }
        let g = try grad.astype(param.dtype)
        switch param.dtype {
        case .float32: try apply(Float.self, param, g, &state, group)
        case .float64: try apply(Double.self, param, g, &state, group)
        default: throw TensorError.type("optimizers update floating-point parameters only, got \(param.dtype.name)")
        }
    }

    func buffer(_ name: String, _ state: inout ParamState, like p: NDArray, fill: Double = 0) throws -> NDArray {
        if let b = state.buffers[name] { return b }
        let b = try NDArray.full(p.shape, .float(fill), dtype: p.dtype)
        state.buffers[name] = b
        return b
    }

    private func apply<T: TensorElement & BinaryFloatingPoint & ElementaryMath>(_: T.Type, _ param: NDArray, _ grad: NDArray,
                                                                                  _ state: inout ParamState, _ group: ParamGroup) throws {
        let lr = group[number: "lr"], wd = group[number: "weight_decay"]
        let maximize = group[flag: "maximize"]
        state.step += 1
        let step = state.step
        switch self {
        case .kerasSGD, .kerasAdam, .kerasAdamW, .kerasRMSprop, .kerasAdagrad:
            try applyKeras(T.self, param, grad, &state, group)
        case .sgd:
            let momentum = group[number: "momentum"], dampening = group[number: "dampening"]
            let nesterov = group[flag: "nesterov"]
            let first = state.buffers["momentum_buffer"] == nil
            let buf = momentum != 0 ? try buffer("momentum_buffer", &state, like: param) : nil
            try each(T.self, param, grad, buf) { p, g, b in
                var d = maximize ? -g : g
                if wd != 0 { d = d + T(wd) * p }
                if momentum != 0 {
                    b = first ? d : b * T(momentum) + T(1 - dampening) * d
                    d = nesterov ? d + T(momentum) * b : b
                }
                p = p + T(-lr) * d
            }
        case .adam, .adamW:
            let beta1 = group[number: "beta1"], beta2 = group[number: "beta2"], eps = group[number: "eps"]
            let amsgrad = group[flag: "amsgrad"]
            let m = try buffer("exp_avg", &state, like: param), v = try buffer("exp_avg_sq", &state, like: param)
            let vmax = amsgrad ? try buffer("max_exp_avg_sq", &state, like: param) : nil
            let bc1 = 1 - Foundation.pow(beta1, Double(step)), bc2 = 1 - Foundation.pow(beta2, Double(step))
            let stepSize = lr / bc1, bc2Sqrt = bc2.squareRoot()
            let decoupled = self == .adamW
            try each3(T.self, param, grad, m, v, vmax) { p, g0, m, v, vmax in
                var g = maximize ? -g0 : g0
                if decoupled { p = p * T(1 - lr * wd) } else if wd != 0 { g = g + T(wd) * p }
                m = UpdateRule.lerp(m, g, T(1 - beta1))
                v = v * T(beta2) + T(1 - beta2) * g * g
                var second = v
                if amsgrad { vmax = Swift.max(vmax, v); second = vmax }
                let denom = T.sqrtValue(second) / T(bc2Sqrt) + T(eps)
                p = p + T(-stepSize) * (m / denom)
            }
        case .rmsprop:
            let alpha = group[number: "alpha"], eps = group[number: "eps"], momentum = group[number: "momentum"]
            let centered = group[flag: "centered"]
            let sq = try buffer("square_avg", &state, like: param)
            let avgGrad = centered ? try buffer("grad_avg", &state, like: param) : nil
            let buf = momentum > 0 ? try buffer("momentum_buffer", &state, like: param) : nil
            try each3(T.self, param, grad, sq, avgGrad, buf) { p, g0, s, ga, b in
                var g = maximize ? -g0 : g0
                if wd != 0 { g = g + T(wd) * p }
                s = s * T(alpha) + T(1 - alpha) * g * g
                var avg: T
                if centered {
                    ga = UpdateRule.lerp(ga, g, T(1 - alpha))
                    avg = T.sqrtValue(s - ga * ga)
                } else {
                    avg = T.sqrtValue(s)
                }
                avg = avg + T(eps)
                if momentum > 0 {
                    b = b * T(momentum) + g / avg
                    p = p + T(-lr) * b
                } else {
                    p = p + T(-lr) * (g / avg)
                }
            }
        case .adagrad:
            let lrDecay = group[number: "lr_decay"], eps = group[number: "eps"]
            let sum = try buffer("sum", &state, like: param, fill: group[number: "initial_accumulator_value"])
            let clr = lr / (1 + Double(step - 1) * lrDecay)
            try each(T.self, param, grad, sum) { p, g0, s in
                var g = maximize ? -g0 : g0
                if wd != 0 { g = g + T(wd) * p }
                s = s + g * g
                let std = T.sqrtValue(s) + T(eps)
                p = p + T(-clr) * (g / std)
            }
        }
    }

    /// torch's lerp: `start + w (end - start)`, or `end - (end - start)(1 - w)` for w ≥ ½.
    @inline(__always)
    static func lerp<T: BinaryFloatingPoint>(_ start: T, _ end: T, _ weight: T) -> T {
        weight < 0.5 ? start + weight * (end - start) : end - (end - start) * (1 - weight)
    }

    func each<T: TensorElement & BinaryFloatingPoint>(_: T.Type, _ param: NDArray, _ grad: NDArray, _ buf: NDArray?,
                                                             _ body: (inout T, T, inout T) -> Void) throws {
        try each3(T.self, param, grad, buf, nil, nil) { p, g, b, _, _ in body(&p, g, &b) }
    }

    /// Runs `body` on each parameter element with its gradient and up to three state buffers
    /// (a missing buffer is a scratch value).
    func each3<T: TensorElement & BinaryFloatingPoint>(_: T.Type, _ param: NDArray, _ grad: NDArray, _ a: NDArray?, _ b: NDArray?,
                                                              _ c: NDArray?, _ body: (inout T, T, inout T, inout T, inout T) -> Void) throws {
        let g = try grad.contiguous()
        let count = param.size
        var spare = [T](repeating: 0, count: 3)
        try param.withUnsafeMutableElements(as: T.self) { p in
            try g.withUnsafeMutableElements(as: T.self) { gs in
                try withOptional(a, T.self) { pa in
                    try withOptional(b, T.self) { pb in
                        try withOptional(c, T.self) { pc in
                            for i in 0..<count {
                                var x = pa?[i] ?? spare[0], y = pb?[i] ?? spare[1], z = pc?[i] ?? spare[2]
                                body(&p[i], gs[i], &x, &y, &z)
                                if pa != nil { pa![i] = x }
                                if pb != nil { pb![i] = y }
                                if pc != nil { pc![i] = z }
                                spare[0] = 0
                            }
                        }
                    }
                }
            }
        }
    }

    private func withOptional<T: TensorElement, R>(_ a: NDArray?, _: T.Type, _ body: (UnsafeMutableBufferPointer<T>?) throws -> R) throws -> R {
        guard let a else { return try body(nil) }
        return try a.withUnsafeMutableElements(as: T.self) { try body($0) }
    }
}
