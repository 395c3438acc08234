import Foundation
import Testing
import Tensor
@testable import NN

/// Every op's backward against central finite differences in float64 (tinygrad's
/// `helper_test_op`, without torch: the derivative is checked against its own forward).
struct GradientCheckTests {
    static func random(_ shape: [Int], seed: UInt64, shift: Double = 0) throws -> NDArray {
        var g = TorchGenerator(seed: seed)
        return try g.uniform(shape, from: -1 + shift, to: 1 + shift, dtype: .float64)
    }

    /// Compares autograd's gradient of `sum(f(x) * w)` with finite differences, for each input.
    static func check(_ inputs: [NDArray], tolerance: Double = 1e-6, _ f: ([Variable]) throws -> Variable) throws {
        let vars = inputs.map { Variable($0, requiresGrad: true) }
        let out = try f(vars)
        let weights = try random(out.shape, seed: 99)
        try Backward.run(Variable.mul(out, Variable(weights)).sum())
        for (k, input) in inputs.enumerated() {
            let analytic = try #require(vars[k].grad).elements(as: Double.self)
            var values = input.elements(as: Double.self)
            let h = 1e-6
            for i in 0..<values.count {
                let saved = values[i]
                values[i] = saved + h
                let up = try objective(f, inputs, k, values, weights)
                values[i] = saved - h
                let down = try objective(f, inputs, k, values, weights)
                values[i] = saved
                let numeric = (up - down) / (2 * h)
                #expect(abs(numeric - analytic[i]) <= tolerance * max(1, abs(numeric)), "input \(k) element \(i): \(numeric) vs \(analytic[i])")
            }
        }
    }

    static func objective(_ f: ([Variable]) throws -> Variable, _ inputs: [NDArray], _ k: Int, _ values: [Double],
                          _ weights: NDArray) throws -> Double {
        var vars = inputs.map { Variable($0) }
        vars[k] = Variable(try NDArray(values, shape: inputs[k].shape))
        return try (f(vars).data * weights).sum().item().asDouble
    }

    @Test func arithmeticBroadcasts() throws {
        let a = try Self.random([2, 3], seed: 1), b = try Self.random([3], seed: 2, shift: 3)
        try Self.check([a, b]) { v in try Variable.add(v[0], v[1]) }
        try Self.check([a, b]) { v in try Variable.sub(v[0], v[1], alpha: 2) }
        try Self.check([a, b]) { v in try Variable.mul(v[0], v[1]) }
        try Self.check([a, b]) { v in try Variable.div(v[0], v[1]) }
        try Self.check([b, b]) { v in try Variable.pow(v[0], v[1]) }
        try Self.check([a]) { v in try v[0].pow(3) }
    }

    @Test func unaryFunctions() throws {
        let a = try Self.random([2, 3], seed: 3)
        let positive = try Self.random([2, 3], seed: 4, shift: 2)
        try Self.check([a]) { v in try v[0].exp() }
        try Self.check([positive]) { v in try v[0].log() }
        try Self.check([positive]) { v in try v[0].sqrt() }
        try Self.check([a]) { v in try v[0].tanh() }
        try Self.check([a]) { v in try v[0].sigmoid() }
        try Self.check([a]) { v in try v[0].relu() }
        try Self.check([a]) { v in try v[0].leakyRelu(0.1) }
        try Self.check([a]) { v in try v[0].elu() }
        try Self.check([a]) { v in try v[0].gelu() }
        try Self.check([a]) { v in try v[0].gelu(approximate: true) }
        try Self.check([a]) { v in try v[0].silu() }
        try Self.check([a]) { v in try v[0].softplus() }
        try Self.check([a]) { v in try v[0].sin() }
        try Self.check([a]) { v in try v[0].clamp(min: -0.5, max: 0.5) }
    }

    @Test func reductionsAndSoftmax() throws {
        let a = try Self.random([3, 4], seed: 5)
        try Self.check([a]) { v in try v[0].sum(dims: [1]) }
        try Self.check([a]) { v in try v[0].mean(dims: [0], keepdim: true) }
        try Self.check([a]) { v in try v[0].variance(dims: [1]) }
        try Self.check([a]) { v in try v[0].std() }
        try Self.check([a]) { v in try v[0].extremum(max: true, dim: 1, keepdim: false).values }
        try Self.check([a]) { v in try v[0].softmax(dim: 1) }
        try Self.check([a]) { v in try v[0].logSoftmax(dim: 0) }
        try Self.check([a]) { v in try v[0].logSumExp(dims: [1]) }
    }

    @Test func shapesAndIndexing() throws {
        let a = try Self.random([2, 3, 4], seed: 6)
        try Self.check([a]) { v in try v[0].permute([2, 0, 1]) }
        try Self.check([a]) { v in try v[0].reshape([6, 4]).t() }
        try Self.check([a]) { v in try v[0].index([.all, .slice(start: 1, stop: nil, step: 1)]) }
        let idx = try NDArray([Int64(0), 1, 0, 1], shape: [4])
        try Self.check([a]) { v in try v[0].index([.array(idx)]) }
        try Self.check([a, a]) { v in try Variable.cat([v[0], v[1]], dim: 2) }
        try Self.check([a, a]) { v in try Variable.stack([v[0], v[1]], dim: 1) }
        try Self.check([a]) { v in try v[0].repeated([2, 1, 1]) }
        try Self.check([a]) { v in try v[0].unsqueeze(1).expand([2, 5, 3, 4]) }
    }

    @Test func matrixProducts() throws {
        let x = try Self.random([4, 3], seed: 7), w = try Self.random([2, 3], seed: 8), b = try Self.random([2], seed: 9)
        try Self.check([x, w, b]) { v in try Variable.linear(v[0], weight: v[1], bias: v[2]) }
        let a3 = try Self.random([2, 4, 3], seed: 10)
        try Self.check([a3, w]) { v in try Variable.matmul(v[0], v[1].t()) }
        let vec = try Self.random([3], seed: 11)
        try Self.check([x, vec]) { v in try Variable.matmul(v[0], v[1]) }
    }

    @Test func convolutionAndPooling() throws {
        let x = try Self.random([2, 2, 5, 5], seed: 12), w = try Self.random([3, 2, 3, 3], seed: 13), b = try Self.random([3], seed: 14)
        let g = Conv2DGeometry(stride: (2, 1), padding: (1, 1))
        try Self.check([x, w, b], tolerance: 1e-5) { v in try Convolution.conv2d(v[0], v[1], bias: v[2], geometry: g) }
        try Self.check([x]) { v in try Convolution.maxPool2d(v[0], kernel: (2, 2), stride: nil, padding: (0, 0)).0 }
        try Self.check([x]) { v in try Convolution.avgPool2d(v[0], kernel: (2, 2), stride: (1, 1), padding: (1, 1)) }
        try Self.check([x]) { v in try Convolution.adaptiveAvgPool2d(v[0], outputSize: (2, 3)) }
    }

    @Test func losses() throws {
        let x = try Self.random([4, 3], seed: 15), t = try Self.random([4, 3], seed: 16)
        try Self.check([x]) { v in try Losses.mse(v[0], Variable(t)) }
        try Self.check([x]) { v in try Losses.smoothL1(v[0], Variable(t), beta: 0.5) }
        let p = try Self.random([4, 3], seed: 17, shift: 0).astype(.float64)
        let probs = try (p * NDArray.pythonScalar(0.4)) + NDArray.pythonScalar(0.5)
        let labels = try (t > NDArray.pythonScalar(0.0)).astype(.float64)
        try Self.check([probs]) { v in try Losses.binaryCrossEntropy(v[0], Variable(labels)) }
        try Self.check([x]) { v in try Losses.binaryCrossEntropyWithLogits(v[0], Variable(labels), posWeight: NDArray.pythonScalar(2.0)) }
        let classes = try NDArray([Int64(0), 2, 1, 2], shape: [4])
        let weight = try NDArray([1.0, 2.0, 0.5], shape: [3])
        try Self.check([x]) { v in try ClassificationLoss.crossEntropy(v[0], classes, weight: weight, labelSmoothing: 0.1) }
        try Self.check([x]) { v in try ClassificationLoss.crossEntropy(v[0], classes, ignoreIndex: 1, reduction: .sum) }
        try Self.check([x]) { v in try ClassificationLoss.crossEntropy(v[0], Activation.sigmoid(t)) }
    }

    @Test func layers() throws {
        let x = try Self.random([4, 3], seed: 18), gamma = try Self.random([3], seed: 19), beta = try Self.random([3], seed: 20)
        try Self.check([x, gamma, beta]) { v in
            var rm: NDArray? = nil, rv: NDArray? = nil
            return try Normalization.batchNorm(v[0], runningMean: &rm, runningVar: &rv, weight: v[1], bias: v[2],
                                               training: true, momentum: 0.1, eps: 1e-5)
        }
        try Self.check([x, gamma, beta]) { v in try Normalization.layerNorm(v[0], normalizedDims: 1, weight: v[1], bias: v[2], eps: 1e-5) }
        let table = try Self.random([5, 2], seed: 21)
        let ids = try NDArray([Int64(1), 3, 1, 0], shape: [2, 2])
        try Self.check([table]) { v in try Embedding.lookup(ids, weight: v[0], paddingIndex: nil) }
        // torch leaves padding_idx's row without a gradient, though the forward pass reads it.
        let weight = Variable(table, requiresGrad: true)
        try Backward.run(Embedding.lookup(ids, weight: weight, paddingIndex: 0).sum())
        let grad = try #require(weight.grad).elements(as: Double.self)
        #expect(grad[0] == 0 && grad[1] == 0)
        #expect(grad[2] == 2 && grad[6] == 1)
    }

    @Test func recurrentCells() throws {
        let steps = 3, batch = 2, input = 2, hidden = 2
        let x = try Self.random([steps, batch, input], seed: 22)
        for (kind, gates) in [(Recurrent.Kind.lstm, 4), (.gru, 3), (.tanh, 1)] {
            let wih = try Self.random([gates * hidden, input], seed: 23), whh = try Self.random([gates * hidden, hidden], seed: 24)
            let bih = try Self.random([gates * hidden], seed: 25), bhh = try Self.random([gates * hidden], seed: 26)
            let h0 = try NDArray.zeros([1, batch, hidden], dtype: .float64)
            try Self.check([x, wih, whh, bih, bhh]) { v in
                let w = Recurrent.Weights(inputWeight: v[1], hiddenWeight: v[2], inputBias: v[3], hiddenBias: v[4])
                return try Recurrent.run(kind, input: v[0], h0: Variable(h0), c0: kind == .lstm ? Variable(h0) : nil, layers: [[w]],
                                         hiddenSize: hidden, dropout: 0, training: false).output
            }
        }
    }

    @Test func secondBackwardWithoutRetainGraphFails() throws {
        let x = Variable(try NDArray([1.0, 2.0], shape: [2]), requiresGrad: true)
        let y = try Variable.mul(x, x).sum()
        try Backward.run(y)
        #expect(throws: AutogradError.self) { try Backward.run(y) }
        let z = try Variable.add(x, x).sum()
        try Backward.run(z)
        try Backward.run(z)
        #expect(x.grad?.elements(as: Double.self) == [6, 8])
    }
}
