import Tensor

/// Keras's Dense layer as one node: `x @ kernel + bias`, optionally through ReLU. The kernel
/// stays in Keras's `(in, out)` layout, so its gradient `xᵀ @ g` comes out contiguous in that
/// layout (a transposed view would be copied element by element into `.grad`); the bias and
/// the ReLU are applied in one pass over the product, and the bias gradient is one pass of
/// column sums, instead of a node and a broadcasting array op each.
extension Variable {
    /// `relu(x @ kernel + bias)` (or without the ReLU) over the last axis of `x`, any rank.
    public static func dense(_ x: Variable, kernel: Variable, bias: Variable?, relu: Bool) throws -> Variable {
        guard kernel.ndim == 2, x.ndim >= 1, x.shape[x.ndim - 1] == kernel.shape[0] else {
            throw TensorError.value("dense: inputs of shape \(x.shape) do not fit a kernel of shape \(kernel.shape)")
        }
        let (inFeatures, units) = (kernel.shape[0], kernel.shape[1])
        let x2 = try x.data.reshape([-1, inFeatures])
        let k = kernel.data
        let product = try NDArray.matmul(x2, k)
        try DenseKernels.addBias(product, bias?.data, relu: relu)
        let out = try product.reshape(Array(x.shape.dropLast()) + [units])
        let inputs = bias.map { [x, kernel, $0] } ?? [x, kernel]
        return record(out, relu ? "ReluBackward0" : "AddmmBackward0", inputs, saved: [x, kernel], savesOutput: relu) { g in
            var g2 = try g.reshape([-1, units])
            if relu { g2 = try Activation.reluGradient(g2.contiguous(), output: product) }
            var grads: [NDArray?] = [x.requiresGrad ? try NDArray.matmul(g2, k.T).reshape(x.shape) : nil,
                                     kernel.requiresGrad ? try NDArray.matmul(x2.T, g2) : nil]
            if let bias { grads.append(bias.requiresGrad ? try DenseKernels.columnSums(g2) : nil) }
            return grads
        }.differentiable { g in
            var g2 = try g.reshape([-1, units])
            if relu { g2 = try Variable.mul(g2, Variable(try (product > NDArray.pythonScalar(0.0)).astype(product.dtype))) }
            let flat = try x.reshape([-1, inFeatures])
            var grads: [Variable?] = [x.requiresGrad ? try matmul(g2, kernel.t()).reshape(x.shape) : nil,
                                      kernel.requiresGrad ? try matmul(flat.t(), g2) : nil]
            if bias != nil { grads.append(try g2.sum(dims: [0])) }
            return grads
        }
    }
}
