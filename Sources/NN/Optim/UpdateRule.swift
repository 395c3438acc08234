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
        let g = grad.dtype == param.dtype ? grad : try grad.astype(param.dtype)
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
        let g = try grad.contiguous()
        switch self {
        case .kerasSGD, .kerasAdam, .kerasAdamW, .kerasRMSprop, .kerasAdagrad:
            try applyKeras(T.self, param, grad, &state, group)
        case .sgd:
            let momentum = group[number: "momentum"], dampening = group[number: "dampening"]
            let nesterov = group[flag: "nesterov"]
            let first = state.buffers["momentum_buffer"] == nil
            let buf = momentum != 0 ? try buffer("momentum_buffer", &state, like: param) : nil
            try withBuffers(T.self, param, g, buf, nil, nil) { p, gs, b, _, _, n in
                let (m, damp, decay, rate) = (T(momentum), T(1 - dampening), T(wd), T(-lr))
                for i in 0..<n {
                    var d = maximize ? -gs[i] : gs[i]
                    if wd != 0 { d = d + decay * p[i] }
                    if let b {
                        b[i] = first ? d : b[i] * m + damp * d
                        d = nesterov ? d + m * b[i] : b[i]
                    }
                    p[i] = p[i] + rate * d
                }
            }
        case .adam, .adamW:
            let beta1 = group[number: "beta1"], beta2 = group[number: "beta2"], eps = group[number: "eps"]
            let amsgrad = group[flag: "amsgrad"]
            let m = try buffer("exp_avg", &state, like: param), v = try buffer("exp_avg_sq", &state, like: param)
            let vmax = amsgrad ? try buffer("max_exp_avg_sq", &state, like: param) : nil
            let bc1 = 1 - Foundation.pow(beta1, Double(step)), bc2 = 1 - Foundation.pow(beta2, Double(step))
            let stepSize = T(-(lr / bc1)), bc2Sqrt = T(bc2.squareRoot())
            let decoupled = self == .adamW
            try withBuffers(T.self, param, g, m, v, vmax) { p, gs, ms, vs, vm, n in
                guard let ms, let vs else { return }
                let (w1, b2, w2, e) = (T(1 - beta1), T(beta2), T(1 - beta2), T(eps))
                let (shrink, decay) = (T(1 - lr * wd), T(wd))
                if vm == nil && !maximize && !decoupled && wd == 0 && w1 < 0.5 {
                    // The common case (torch's defaults) as one branch-free loop the compiler
                    // vectorises; same operations in the same order as the general loop.
                    for i in 0..<n {
                        let gi = gs[i]
                        let mi = ms[i] + w1 * (gi - ms[i])
                        let vi = vs[i] * b2 + w2 * gi * gi
                        ms[i] = mi
                        vs[i] = vi
                        p[i] = p[i] + stepSize * (mi / (T.sqrtValue(vi) / bc2Sqrt + e))
                    }
                    return
                }
                for i in 0..<n {
                    var gi = maximize ? -gs[i] : gs[i]
                    if decoupled { p[i] = p[i] * shrink } else if wd != 0 { gi = gi + decay * p[i] }
                    ms[i] = UpdateRule.lerp(ms[i], gi, w1)
                    vs[i] = vs[i] * b2 + w2 * gi * gi
                    var second = vs[i]
                    if let vm { vm[i] = Swift.max(vm[i], vs[i]); second = vm[i] }
                    let denom = T.sqrtValue(second) / bc2Sqrt + e
                    p[i] = p[i] + stepSize * (ms[i] / denom)
                }
            }
        case .rmsprop:
            let alpha = group[number: "alpha"], eps = group[number: "eps"], momentum = group[number: "momentum"]
            let centered = group[flag: "centered"]
            let sq = try buffer("square_avg", &state, like: param)
            let avgGrad = centered ? try buffer("grad_avg", &state, like: param) : nil
            let buf = momentum > 0 ? try buffer("momentum_buffer", &state, like: param) : nil
            try withBuffers(T.self, param, g, sq, avgGrad, buf) { p, gs, s, ga, b, n in
                guard let s else { return }
                let (a, w, e, rate, decay, m) = (T(alpha), T(1 - alpha), T(eps), T(-lr), T(wd), T(momentum))
                for i in 0..<n {
                    var gi = maximize ? -gs[i] : gs[i]
                    if wd != 0 { gi = gi + decay * p[i] }
                    s[i] = s[i] * a + w * gi * gi
                    var avg: T
                    if let ga {
                        ga[i] = UpdateRule.lerp(ga[i], gi, w)
                        avg = T.sqrtValue(s[i] - ga[i] * ga[i])
                    } else {
                        avg = T.sqrtValue(s[i])
                    }
                    avg = avg + e
                    if let b {
                        b[i] = b[i] * m + gi / avg
                        p[i] = p[i] + rate * b[i]
                    } else {
                        p[i] = p[i] + rate * (gi / avg)
                    }
                }
            }
        case .adagrad:
            let lrDecay = group[number: "lr_decay"], eps = group[number: "eps"]
            let sum = try buffer("sum", &state, like: param, fill: group[number: "initial_accumulator_value"])
            let clr = T(-(lr / (1 + Double(step - 1) * lrDecay)))
            try withBuffers(T.self, param, g, sum, nil, nil) { p, gs, s, _, _, n in
                guard let s else { return }
                let (e, decay) = (T(eps), T(wd))
                for i in 0..<n {
                    var gi = maximize ? -gs[i] : gs[i]
                    if wd != 0 { gi = gi + decay * p[i] }
                    s[i] = s[i] + gi * gi
                    p[i] = p[i] + clr * (gi / (T.sqrtValue(s[i]) + e))
                }
            }
        }
    }

    /// torch's lerp: `start + w (end - start)`, or `end - (end - start)(1 - w)` for w ≥ ½.
    @inline(__always)
    static func lerp<T: BinaryFloatingPoint>(_ start: T, _ end: T, _ weight: T) -> T {
        weight < 0.5 ? start + weight * (end - start) : end - (end - start) * (1 - weight)
    }

    /// Runs `body` on each element with its gradient and one state buffer (the Keras rules).
    func each<T: TensorElement & BinaryFloatingPoint>(_: T.Type, _ param: NDArray, _ grad: NDArray, _ buf: NDArray?,
                                                      _ body: (inout T, T, inout T) -> Void) throws {
        try each3(T.self, param, grad, buf, nil, nil) { p, g, b, _, _ in body(&p, g, &b) }
    }

    /// Runs `body` on each element with its gradient and up to three state buffers (a missing
    /// buffer is a scratch value).
    func each3<T: TensorElement & BinaryFloatingPoint>(_: T.Type, _ param: NDArray, _ grad: NDArray, _ a: NDArray?, _ b: NDArray?,
                                                       _ c: NDArray?, _ body: (inout T, T, inout T, inout T, inout T) -> Void) throws {
        try withBuffers(T.self, param, try grad.contiguous(), a, b, c) { p, g, pa, pb, pc, n in
            var spare: (T, T, T) = (0, 0, 0)
            for i in 0..<n {
                var x = pa?[i] ?? 0, y = pb?[i] ?? 0, z = pc?[i] ?? 0
                body(&p[i], g[i], &x, &y, &z)
                pa?[i] = x
                pb?[i] = y
                pc?[i] = z
                spare = (x, y, z)
            }
            _ = spare
        }
    }

    /// Calls `body` once with the parameter, its gradient and up to three state buffers as raw
    /// element pointers (the update loops run without per-element calls).
    func withBuffers<T: TensorElement>(_: T.Type, _ param: NDArray, _ grad: NDArray, _ a: NDArray?, _ b: NDArray?, _ c: NDArray?,
                                               _ body: (UnsafeMutablePointer<T>, UnsafeMutablePointer<T>, UnsafeMutablePointer<T>?,
                                                        UnsafeMutablePointer<T>?, UnsafeMutablePointer<T>?, Int) -> Void) throws {
        try param.withUnsafeMutableElements(as: T.self) { p in
            try grad.withUnsafeMutableElements(as: T.self) { g in
                try withOptional(a, T.self) { pa in
                    try withOptional(b, T.self) { pb in
                        try withOptional(c, T.self) { pc in
                            guard let p0 = p.baseAddress, let g0 = g.baseAddress else { return }
                            let (a0, b0, c0) = (pa?.baseAddress, pb?.baseAddress, pc?.baseAddress)
                            // Every rule updates each element on its own, so a large parameter
                            // is updated in halves on both cores, with the same result.
                            Parallel.forRange(p.count) { lo, hi in
                                body(p0 + lo, g0 + lo, a0.map { $0 + lo }, b0.map { $0 + lo }, c0.map { $0 + lo }, hi - lo)
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
