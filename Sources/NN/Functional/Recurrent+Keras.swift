import Tensor

/// The recurrent layers as Keras computes them: batch-major input `(N, T, I)`, kernels laid
/// out `(I, gates·U)` and `(U, gates·U)` with Keras's gate order (LSTM i, f, c, o; GRU z, r, h
/// with `reset_after`, the recurrent bias applied before the reset gate), and Keras's dropout:
/// one input mask and one recurrent mask per sequence, reused at every step. A step mask
/// `(N, T)` (Keras's padding mask) makes a masked step keep the previous state and output.
///
/// The input projection of all steps is one GEMM. The steps themselves run as one node of the
/// outer graph: inside it each step reads its own leaf (a copy of its slice of the projection),
/// so backward never scatters a step's gradient into a zero tensor of the whole sequence
/// (T such scatters made a 500-step LSTM spend its time in memset); the node's backward runs
/// the inner graph once and stacks the step gradients.
extension Recurrent {
    public struct KerasWeights {
        public var kernel: Variable
        public var recurrentKernel: Variable
        /// `(gates·U)`, or `(2, 3U)` for GRU: input bias row 0, recurrent bias row 1.
        public var bias: Variable?
        public init(kernel: Variable, recurrentKernel: Variable, bias: Variable?) {
            self.kernel = kernel
            self.recurrentKernel = recurrentKernel
            self.bias = bias
        }
    }

    /// Runs one Keras recurrent layer. Returns every step's output `(N, T, U)` when
    /// `sequences`, else the last `(N, U)`.
    public static func keras(_ kind: Kind, input: Variable, weights w: KerasWeights, units: Int, sequences: Bool,
                             inputMask: NDArray?, recurrentMask: NDArray?, stepMask: NDArray? = nil,
                             zeroMaskedOutputs: Bool = false) throws -> Variable {
        guard input.ndim == 3 else { throw TensorError.value("a recurrent layer expects input of shape (batch, timesteps, features), got \(input.shape)") }
        let (n, steps) = (input.shape[0], input.shape[1])
        guard steps > 0 else { throw TensorError.value("a recurrent layer needs at least one timestep, got input of shape \(input.shape)") }
        var x = input
        if let inputMask { x = try Variable.mul(x, Variable(inputMask.reshape([n, 1, input.shape[2]]))) }
        var inputBias: Variable? = nil, recurrentBias: Variable? = nil
        if let b = w.bias {
            if kind == .gru && b.ndim == 2 {
                inputBias = try b.index([.int(0)])
                recurrentBias = try b.index([.int(1)])
            } else {
                inputBias = b
            }
        }
        // x_t · kernel + bias for every step at once: (N, T, gates·U).
        let projected = try Variable.linear(x, weight: w.kernel.t(), bias: inputBias)
        let recording = GradMode.isEnabled && (projected.requiresGrad || w.recurrentKernel.requiresGrad || recurrentBias?.requiresGrad == true)
        let slices = try (0..<steps).map { t in
            Variable(try projected.data.getItem([.all, .int(t)]).contiguous(), requiresGrad: recording)
        }
        let keep = try stepMask.map { m in
            let rows = try m.astype(input.dtype).reshape([n, steps])
            return try (0..<steps).map { t in Variable(try rows.getItem([.all, .int(t)]).reshape([n, 1]).contiguous()) }
        }
        guard recording else {
            return try kerasSteps(kind, slices, w.recurrentKernel, recurrentBias, units: units, batch: n, sequences: sequences, mask: recurrentMask,
                                  keep: keep, zeroMasked: zeroMaskedOutputs, dtype: input.dtype)
        }
        let kernel = Variable(w.recurrentKernel.data, requiresGrad: true)
        let bias = recurrentBias.map { Variable($0.data, requiresGrad: true) }
        let inner = try kerasSteps(kind, slices, kernel, bias, units: units, batch: n, sequences: sequences, mask: recurrentMask,
                                   keep: keep, zeroMasked: zeroMaskedOutputs, dtype: input.dtype)
        let outerInputs = [projected, w.recurrentKernel] + (recurrentBias.map { [$0] } ?? [])
        let projectedShape = projected.shape
        return Variable.record(inner.data, "KerasRecurrenceBackward", outerInputs, savesTensors: false) { g in
            let leaves = slices + [kernel] + (bias.map { [$0] } ?? [])
            let grads = try Backward.grad([inner], inputs: leaves, gradOutputs: [g], allowUnused: true)
            let stepGrads = try (0..<steps).map { t in try grads[t] ?? NDArray.zeros([n, projectedShape[2]], dtype: g.dtype) }
            var out: [NDArray?] = [try NDArray.stack(stepGrads, axis: 1), grads[steps]]
            if bias != nil { out.append(grads[steps + 1]) }
            return out
        }
    }

    /// The step loop over precomputed input projections `(N, gates·U)` per step.
    static func kerasSteps(_ kind: Kind, _ projections: [Variable], _ recurrentKernel: Variable, _ recurrentBias: Variable?,
                           units: Int, batch n: Int, sequences: Bool, mask: NDArray?, keep: [Variable]?, zeroMasked: Bool = false, dtype: DType) throws -> Variable {
        let zeros = Variable(try NDArray.zeros([n, units], dtype: dtype))
        var h = zeros
        var c: Variable? = kind == .lstm ? zeros : nil
        var outputs: [Variable] = []
        outputs.reserveCapacity(sequences ? projections.count : 0)
        let maskVariable = mask.map { Variable($0) }
        let kernelT = try recurrentKernel.t()
        for (t, xt) in projections.enumerated() {
            try Interrupt.checkpoint()
            let hIn = try maskVariable.map { try Variable.mul(h, $0) } ?? h
            let inner = try Variable.linear(hIn, weight: kernelT, bias: recurrentBias)
            let (hNext, cNext) = try step(kind, xt, inner, h: h, c: c, units: units, gates: .keras)
            if let keep {
                // previous + keep·(next − previous): a masked step carries the state through.
                h = try Variable.add(h, Variable.mul(keep[t], Variable.sub(hNext, h)))
                if let cPrev = c, let cNext { c = try Variable.add(cPrev, Variable.mul(keep[t], Variable.sub(cNext, cPrev))) }
            } else {
                (h, c) = (hNext, cNext)
            }
            // h·keep + 0: the + 0 turns a masked −0 into the +0 Keras's `where` gives.
            if sequences { outputs.append(zeroMasked ? try keep.map { try Variable.add(Variable.mul(h, $0[t]), Variable(NDArray.pythonScalar(0.0))) } ?? h : h) }
        }
        return sequences ? try Variable.stack(outputs, dim: 1) : h
    }
}
