import Tensor

/// Negative log-likelihood and cross-entropy over class scores, as torch defines them: class
/// axis 1 (`(N, C)` or `(N, C, d1, …)`), class-index or probability targets, `weight`,
/// `ignore_index`, `label_smoothing`, and the weighted mean (divided by the summed weights of
/// the counted targets).
public enum ClassificationLoss {
    /// Moves the class axis last and flattens: `(M, C)` rows and `M` targets.
    static func rows(_ input: Variable) throws -> Variable {
        if input.ndim == 1 { return try input.unsqueeze(0) }
        if input.ndim == 2 { return input }
        var order = [0] + Array(2..<input.ndim) + [1]
        order = order.map { $0 }
        return try input.permute(order).reshape([-1, input.shape[1]])
    }

    static func checkTargets(_ input: Variable, _ target: NDArray) throws {
        guard !target.dtype.isFloatingPoint else {   // Long or Byte targets, as torch takes them
            throw TensorError.value("expected scalar type Long but found \(target.dtype == .float32 ? "Float" : "Double")")
        }
        let expected: [Int] = input.ndim == 1 ? [] : [input.shape[0]] + Array(input.shape.dropFirst(2))
        guard target.shape == expected else {
            if input.ndim == 2 && target.ndim == 1 {
                throw TensorError.value("Expected input batch_size (\(input.shape[0])) to match target batch_size (\(target.shape[0])).")
            }
            throw TensorError.value("Expected target size [\(expected.map(String.init).joined(separator: ", "))], got [\(target.shape.map(String.init).joined(separator: ", "))]")
        }
    }

    /// `F.nll_loss(log_probs, target)`.
    public static func nll(_ logProbs: Variable, _ target: NDArray, weight: NDArray? = nil, ignoreIndex: Int = -100,
                           reduction: Reduction = .mean) throws -> Variable {
        try checkTargets(logProbs, target)
        let x = try rows(logProbs)
        let classes = x.shape[1]
        let targets = try target.astype(.int64).reshape([-1]).elements(as: Int64.self)
        let w = try weight.map { try $0.astype(.float64).elements(as: Double.self) }
        if let w, w.count != classes {
            throw TensorError.value("weight tensor should be defined either for all \(classes) classes or no classes but got weight tensor of shape: [\(w.count)]")
        }
        var coefficients = [Double](repeating: 0, count: targets.count)
        for (i, t) in targets.enumerated() where Int(t) != ignoreIndex {
            guard t >= 0 && Int(t) < classes else {
                throw TensorError.index("Target \(t) is out of bounds.")
            }
            coefficients[i] = w?[Int(t)] ?? 1
        }
        let total = coefficients.reduce(0, +)
        // Only the target column of each row is read and written: O(rows), not O(rows x classes).
        let data = try x.data.contiguous()
        var losses = [Double](repeating: 0, count: targets.count)
        try readRows(data) { value in
            for (i, t) in targets.enumerated() where coefficients[i] != 0 { losses[i] = -value(i * classes + Int(t)) * coefficients[i] }
        }
        let outShape = reduction == .none ? target.shape : []
        let value: NDArray
        switch reduction {
        case .none: value = try NDArray(losses, shape: target.shape).astype(x.dtype)
        case .sum: value = try NDArray([losses.reduce(0, +)], shape: []).astype(x.dtype)
        case .mean: value = try NDArray([losses.reduce(0, +) / total], shape: []).astype(x.dtype)
        }
        let rowsShape = x.shape
        let dtype = x.dtype
        let result = Variable.record(value, "NllLossBackward0", [x], savesTensors: false) { g in
            let gs = try g.astype(.float64).broadcast(to: outShape).contiguous().elements(as: Double.self)
            let grad = try NDArray.zeros(rowsShape, dtype: dtype)
            try writeRows(grad) { write in
                for (i, t) in targets.enumerated() where coefficients[i] != 0 {
                    let scale: Double
                    switch reduction {
                    case .none: scale = gs[i]
                    case .sum: scale = gs[0]
                    case .mean: scale = gs[0] / total
                    }
                    write(i * classes + Int(t), -coefficients[i] * scale)
                }
            }
            return [grad]
        }.differentiable { g in
            // Linear in the input: the gradient's weights at the target positions, scaled by g.
            let pattern = try NDArray.zeros(rowsShape, dtype: dtype)
            try writeRows(pattern) { write in
                for (i, t) in targets.enumerated() where coefficients[i] != 0 {
                    write(i * classes + Int(t), -coefficients[i] / (reduction == .mean ? total : 1))
                }
            }
            let scale = reduction == .none ? try g.reshape([-1, 1]) : g
            return [try Variable.mul(scale, Variable(pattern))]
        }
        return result
    }

    /// Reads elements of a contiguous float array by flat index, as doubles.
    static func readRows(_ a: NDArray, _ body: ((Int) -> Double) throws -> Void) throws {
        if a.dtype == .float64 {
            try a.withUnsafeMutableElements(as: Double.self) { p in try body { p[$0] } }
        } else {
            let f = try a.astype(.float32)
            try f.withUnsafeMutableElements(as: Float.self) { p in try body { Double(p[$0]) } }
        }
    }

    /// Writes elements of a contiguous float array by flat index.
    static func writeRows(_ a: NDArray, _ body: ((Int, Double) -> Void) throws -> Void) throws {
        if a.dtype == .float64 {
            try a.withUnsafeMutableElements(as: Double.self) { p in try body { p[$0] = $1 } }
        } else {
            try a.withUnsafeMutableElements(as: Float.self) { p in try body { p[$0] = Float($1) } }
        }
    }

    /// `F.cross_entropy(logits, target)` for class indices (int64) or class probabilities
    /// (a float target of the input's shape).
    public static func crossEntropy(_ logits: Variable, _ target: NDArray, weight: NDArray? = nil, ignoreIndex: Int = -100,
                                    reduction: Reduction = .mean, labelSmoothing: Double = 0) throws -> Variable {
        guard labelSmoothing >= 0 && labelSmoothing <= 1 else {
            throw TensorError.value("label_smoothing must be between 0.0 and 1.0. Got: \(labelSmoothing)")
        }
        let classAxis = logits.ndim == 1 ? 0 : 1
        let logp = try logits.logSoftmax(dim: classAxis)
        let classes = logits.shape[classAxis]
        if target.dtype.isFloatingPoint {
            guard target.shape == logits.shape else {
                throw TensorError.value("Expected target size \(logits.shape), got \(target.shape)")
            }
            var probs = try target.astype(logits.dtype)
            if labelSmoothing > 0 {
                probs = try probs * NDArray.pythonScalar(1 - labelSmoothing) + NDArray.pythonScalar(labelSmoothing / Double(classes))
            }
            var weighted = try Variable.mul(logp, Variable(probs))
            if let weight { weighted = try Variable.mul(weighted, Variable(classWeights(weight, classAxis, logits.ndim, logits.dtype))) }
            let perSample = try weighted.sum(dims: [classAxis]).neg()
            switch reduction {
            case .none: return perSample
            case .sum: return try perSample.sum()
            case .mean:
                let n = logits.ndim == 1 ? 1 : logits.count / classes
                return try Variable.div(perSample.sum(), Variable(NDArray.pythonScalar(Double(n))))
            }
        }
        let nllLoss = try nll(logp, target, weight: weight, ignoreIndex: ignoreIndex, reduction: reduction)
        guard labelSmoothing > 0 else { return nllLoss }
        // Smoothing term: -Σ_c w_c log p_c per sample, zero where the target is ignored.
        var terms = logp
        if let weight { terms = try Variable.mul(terms, Variable(classWeights(weight, classAxis, logits.ndim, logits.dtype))) }
        var smooth = try terms.sum(dims: [classAxis]).neg()
        let kept = try (target.astype(.int64) .!= NDArray.pythonScalar(ignoreIndex)).astype(logits.dtype)
        smooth = try Variable.mul(smooth, Variable(kept.reshape(smooth.shape)))
        let smoothReduced: Variable
        switch reduction {
        case .none: smoothReduced = smooth
        case .sum: smoothReduced = try smooth.sum()
        case .mean:
            var denominator: Double
            if let weight {
                let w = try weight.astype(.float64).elements(as: Double.self)
                let ts = try target.astype(.int64).reshape([-1]).elements(as: Int64.self)
                denominator = ts.filter { Int($0) != ignoreIndex }.reduce(0.0) { $0 + w[Int($1)] }
            } else {
                denominator = try kept.astype(.float64).sum().item().asDouble
            }
            smoothReduced = try Variable.div(smooth.sum(), Variable(NDArray.pythonScalar(denominator)))
        }
        let a = try Variable.mul(nllLoss, Variable(NDArray.pythonScalar(1 - labelSmoothing)))
        let b = try Variable.mul(smoothReduced, Variable(NDArray.pythonScalar(labelSmoothing / Double(classes))))
        return try Variable.add(a, b)
    }

    static func classWeights(_ weight: NDArray, _ axis: Int, _ ndim: Int, _ dtype: DType) throws -> NDArray {
        var shape = [Int](repeating: 1, count: ndim)
        shape[axis] = weight.size
        return try weight.astype(dtype).reshape(shape)
    }
}
