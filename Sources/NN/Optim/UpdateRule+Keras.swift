import Foundation
import Tensor

/// Keras 3's optimiser updates. They differ from torch's in more than defaults: Adam folds
/// both bias corrections into the step size and adds epsilon outside the square root,
/// RMSprop and Adagrad add it inside, and SGD's momentum buffer holds the step itself
/// (`m = μm - lr·g; p += m`). Written in the order of Keras's `update_step` so float32
/// results agree.
extension UpdateRule {
    /// Keras's constructor defaults: `Adam(learning_rate=0.001, epsilon=1e-07)`, `SGD(0.01)`, …
    var kerasDefaults: [String: Double] {
        switch self {
        case .kerasSGD: return ["lr": 0.01, "momentum": 0]
        case .kerasAdam: return ["lr": 0.001, "beta1": 0.9, "beta2": 0.999, "eps": 1e-7]
        case .kerasAdamW: return ["lr": 0.001, "beta1": 0.9, "beta2": 0.999, "eps": 1e-7, "weight_decay": 0.004]
        case .kerasRMSprop: return ["lr": 0.001, "rho": 0.9, "momentum": 0, "eps": 1e-7]
        case .kerasAdagrad: return ["lr": 0.001, "initial_accumulator_value": 0.1, "eps": 1e-7]
        default: return [:]
        }
    }

    func applyKeras<T: TensorElement & BinaryFloatingPoint & ElementaryMath>(_: T.Type, _ param: NDArray, _ grad: NDArray,
                                                                               _ state: inout ParamState, _ group: ParamGroup) throws {
        let lr = group[number: "lr"], eps = group[number: "eps"]
        let step = state.step
        switch self {
        case .kerasSGD:
            let momentum = group[number: "momentum"], nesterov = group[flag: "nesterov"]
            let m = momentum != 0 ? try buffer("momentum", &state, like: param) : nil
            try withBuffers(T.self, param, try grad.contiguous(), m, nil, nil) { p, g, ms, _, _, n in
                let (rate, mu) = (T(lr), T(momentum))
                guard let ms else {
                    for i in 0..<n { p[i] = p[i] - rate * g[i] }
                    return
                }
                for i in 0..<n {
                    ms[i] = mu * ms[i] - rate * g[i]
                    p[i] = nesterov ? p[i] + mu * ms[i] - rate * g[i] : p[i] + ms[i]
                }
            }
        case .kerasAdam, .kerasAdamW:
            let beta1 = group[number: "beta1"], beta2 = group[number: "beta2"], wd = group[number: "weight_decay"]
            let amsgrad = group[flag: "amsgrad"]
            let m = try buffer("momentum", &state, like: param), v = try buffer("velocity", &state, like: param)
            let vhat = amsgrad ? try buffer("velocity_hat", &state, like: param) : nil
            let alpha = lr * (1 - Foundation.pow(beta2, Double(step))).squareRoot() / (1 - Foundation.pow(beta1, Double(step)))
            let decoupled = self == .kerasAdamW && wd != 0
            // Pointer loops in the order of Keras's update_step; the plain case has no branch
            // inside, so the compiler vectorises it.
            try withBuffers(T.self, param, try grad.contiguous(), m, v, vhat) { p, g, ms, vs, vh, n in
                guard let ms, let vs else { return }
                let (w1, w2, a, e, shrink) = (T(1 - beta1), T(1 - beta2), T(alpha), T(eps), T(wd * lr))
                if !decoupled && vh == nil {
                    for i in 0..<n {
                        let gi = g[i]
                        let mi = ms[i] + (gi - ms[i]) * w1
                        let vi = vs[i] + (gi * gi - vs[i]) * w2
                        ms[i] = mi
                        vs[i] = vi
                        p[i] = p[i] - (mi * a) / (T.sqrtValue(vi) + e)
                    }
                    return
                }
                for i in 0..<n {
                    let gi = g[i]
                    if decoupled { p[i] = p[i] - p[i] * shrink }
                    ms[i] = ms[i] + (gi - ms[i]) * w1
                    vs[i] = vs[i] + (gi * gi - vs[i]) * w2
                    var second = vs[i]
                    if let vh { vh[i] = Swift.max(vh[i], vs[i]); second = vh[i] }
                    p[i] = p[i] - (ms[i] * a) / (T.sqrtValue(second) + e)
                }
            }
        case .kerasRMSprop:
            let rho = group[number: "rho"], momentum = group[number: "momentum"], centered = group[flag: "centered"]
            let v = try buffer("velocity", &state, like: param)
            let avg = centered ? try buffer("average_gradient", &state, like: param) : nil
            let mom = momentum > 0 ? try buffer("momentum", &state, like: param) : nil
            try each3(T.self, param, grad, v, avg, mom) { p, g, v, a, mo in
                v = T(rho) * v + T(1 - rho) * g * g
                var denominator = v + T(eps)
                if centered {
                    a = T(rho) * a + T(1 - rho) * g
                    denominator = v - a * a + T(eps)
                }
                let increment = T(lr) * g / T.sqrtValue(denominator)
                if momentum > 0 {
                    mo = T(momentum) * mo + increment
                    p = p - mo
                } else {
                    p = p - increment
                }
            }
        case .kerasAdagrad:
            let acc = try buffer("accumulator", &state, like: param, fill: group[number: "initial_accumulator_value"])
            try each(T.self, param, grad, acc) { p, g, a in
                a = a + g * g
                p = p - T(lr) * g / T.sqrtValue(a + T(eps))
            }
        default:
            throw TensorError.value("\(self) is not a Keras update rule")
        }
    }
}
