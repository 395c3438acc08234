import Tensor

/// Elman RNN, LSTM and GRU over a time-major sequence, as torch's `nn.RNN/LSTM/GRU` compute
/// them (gate order i, f, g, o for LSTM and r, z, n for GRU), stacked in layers and optionally
/// bidirectional. Each step is a composition of differentiable ops; the input projection of a
/// whole layer is one GEMM.
public enum Recurrent {
    public enum Kind: Sendable {
        case tanh, relu, lstm, gru

        /// Gates per hidden unit: rows of `weight_ih` are `gates * hidden`.
        public var gates: Int {
            switch self {
            case .tanh, .relu: return 1
            case .lstm: return 4
            case .gru: return 3
            }
        }
    }

    /// One direction of one layer: `weight_ih`, `weight_hh` and the optional biases.
    public struct Weights {
        public var inputWeight: Variable
        public var hiddenWeight: Variable
        public var inputBias: Variable?
        public var hiddenBias: Variable?
        public init(inputWeight: Variable, hiddenWeight: Variable, inputBias: Variable?, hiddenBias: Variable?) {
            self.inputWeight = inputWeight
            self.hiddenWeight = hiddenWeight
            self.inputBias = inputBias
            self.hiddenBias = hiddenBias
        }
    }

    /// Runs the stack. `input` is (T, N, I); `h0`/`c0` are (layers·directions, N, H).
    /// Returns the last layer's outputs (T, N, directions·H) and the final states.
    public static func run(_ kind: Kind, input: Variable, h0: Variable, c0: Variable?, layers: [[Weights]],
                           hiddenSize: Int, dropout: Double, training: Bool) throws -> (output: Variable, h: Variable, c: Variable?) {
        var layerInput = input
        var finalH: [Variable] = []
        var finalC: [Variable] = []
        let directions = layers.first?.count ?? 1
        for (l, directionWeights) in layers.enumerated() {
            if l > 0 && dropout > 0 && training {
                layerInput = try Dropout.apply(layerInput, p: dropout, training: true)
            }
            var outputs: [Variable] = []
            for (d, w) in directionWeights.enumerated() {
                let index = l * directions + d
                let h = try h0.index([.int(index)])
                let c = try c0.map { try $0.index([.int(index)]) }
                let (seq, hn, cn) = try direction(kind, layerInput, h, c, w, hiddenSize: hiddenSize, reverse: d == 1)
                outputs.append(seq)
                finalH.append(hn)
                if let cn { finalC.append(cn) }
            }
            layerInput = outputs.count == 1 ? outputs[0] : try Variable.cat(outputs, dim: 2)
        }
        return (layerInput, try Variable.stack(finalH, dim: 0), finalC.isEmpty ? nil : try Variable.stack(finalC, dim: 0))
    }

    /// Where a GRU's update and reset gates sit in the stacked projections: torch stacks
    /// (reset, update, new), Keras (update, reset, new).
    enum GateOrder { case torch, keras }

    /// One time step from the input projection `xt` and the hidden projection `hh` (both
    /// `(N, gates·units)`), shared by torch's and Keras's layers: the next `h` and (LSTM) `c`.
    static func step(_ kind: Kind, _ xt: Variable, _ hh: Variable, h: Variable, c: Variable?, units: Int,
                     gates order: GateOrder) throws -> (Variable, Variable?) {
        switch kind {
        case .tanh, .relu:
            let pre = try Variable.add(xt, hh)
            return (kind == .tanh ? try pre.tanh() : try pre.relu(), c)
        case .lstm:
            let gates = try Variable.add(xt, hh).split(size: units, dim: 1)
            let i = try gates[0].sigmoid(), f = try gates[1].sigmoid()
            let g = try gates[2].tanh(), o = try gates[3].sigmoid()
            guard let cPrev = c else { throw TensorError.value("LSTM needs a cell state") }
            let cNext = try Variable.add(Variable.mul(f, cPrev), Variable.mul(i, g))
            return (try Variable.mul(o, cNext.tanh()), cNext)
        case .gru:
            let xs = try xt.split(size: units, dim: 1), hs = try hh.split(size: units, dim: 1)
            let (ri, zi) = order == .torch ? (0, 1) : (1, 0)
            let r = try Variable.add(xs[ri], hs[ri]).sigmoid()
            let z = try Variable.add(xs[zi], hs[zi]).sigmoid()
            let n = try Variable.add(xs[2], Variable.mul(r, hs[2])).tanh()
            // h' = (1 - z) n + z h = n + z (h - n)
            return (try Variable.add(n, Variable.mul(z, Variable.sub(h, n))), c)
        }
    }

    static func direction(_ kind: Kind, _ input: Variable, _ h0: Variable, _ c0: Variable?, _ w: Weights,
                          hiddenSize: Int, reverse: Bool) throws -> (Variable, Variable, Variable?) {
        let steps = input.shape[0]
        // x_t W_ihᵀ + b_ih for every step at once: (T, N, gates·H).
        let projected = try Variable.linear(input, weight: w.inputWeight, bias: w.inputBias)
        var h = h0
        var c = c0
        var outputs = [Variable?](repeating: nil, count: steps)
        let order = reverse ? Array((0..<steps).reversed()) : Array(0..<steps)
        for t in order {
            try Interrupt.checkpoint()
            let xt = try projected.index([.int(t)])
            let hh = try Variable.linear(h, weight: w.hiddenWeight, bias: w.hiddenBias)
            (h, c) = try step(kind, xt, hh, h: h, c: c, units: hiddenSize, gates: .torch)
            outputs[t] = h
        }
        return (try Variable.stack(outputs.compactMap { $0 }, dim: 0), h, c)
    }
}
