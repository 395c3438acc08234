import Foundation
import Testing
import Tensor
@testable import NN

/// Keras's recurrent layers: the fused node's backward (one inner graph over per-step
/// leaves) against finite differences, and its forward against a plain step loop written
/// from Keras's equations.
struct KerasRecurrenceTests {
    static func run(_ kind: Recurrent.Kind, _ v: [Variable], units: Int, sequences: Bool) throws -> Variable {
        try Recurrent.keras(kind, input: v[0], weights: Recurrent.KerasWeights(kernel: v[1], recurrentKernel: v[2], bias: v[3]),
                            units: units, sequences: sequences, inputMask: nil, recurrentMask: nil)
    }

    static func inputs(_ kind: Recurrent.Kind, units: Int) throws -> [NDArray] {
        let g = kind.gates
        let bias: [Int] = kind == .gru ? [2, g * units] : [g * units]
        return [try GradientCheckTests.random([2, 3, 2], seed: 11), try GradientCheckTests.random([2, g * units], seed: 12),
                try GradientCheckTests.random([units, g * units], seed: 13), try GradientCheckTests.random(bias, seed: 14)]
    }

    @Test(arguments: [Recurrent.Kind.lstm, .gru, .tanh, .relu])
    func gradientsMatchFiniteDifferences(kind: Recurrent.Kind) throws {
        for sequences in [false, true] {
            try GradientCheckTests.check(try Self.inputs(kind, units: 3), tolerance: 1e-5) { v in
                try Self.run(kind, v, units: 3, sequences: sequences)
            }
        }
    }

    /// SimpleRNN by hand: h_t = tanh(x_t K + h_{t-1} R + b).
    @Test func simpleRNNForwardIsKerasEquation() throws {
        let a = try Self.inputs(.tanh, units: 3)
        let out = try GradMode.with(true) { try Self.run(.tanh, a.map { Variable($0, requiresGrad: true) }, units: 3, sequences: true) }
        let x = a[0].elements(as: Double.self), k = a[1].elements(as: Double.self)
        let r = a[2].elements(as: Double.self), b = a[3].elements(as: Double.self)
        let got = out.data.elements(as: Double.self)
        for n in 0..<2 {
            var h = [Double](repeating: 0, count: 3)
            for t in 0..<3 {
                var next = [Double](repeating: 0, count: 3)
                for u in 0..<3 {
                    var s = b[u]
                    for i in 0..<2 { s += x[(n * 3 + t) * 2 + i] * k[i * 3 + u] }
                    for j in 0..<3 { s += h[j] * r[j * 3 + u] }
                    next[u] = Foundation.tanh(s)
                }
                h = next
                for u in 0..<3 { #expect(abs(got[(n * 3 + t) * 3 + u] - h[u]) < 1e-12) }
            }
        }
    }
}
