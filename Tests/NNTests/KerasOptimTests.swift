import Foundation
import Testing
import Tensor
@testable import NN

/// Keras's update rules against their equations written out for one element, and Keras's
/// initialisers' defining properties.
struct KerasOptimTests {
    static func step(_ rule: UpdateRule, _ numbers: [String: Double] = [:], flags: [String: Bool] = [:],
                     p0: Double, grads: [Double]) throws -> Double {
        let p = Variable(try NDArray([p0], shape: [1]), requiresGrad: true)
        let opt = Optimizer(rule: rule, groups: [ParamGroup(params: [p], numbers: rule.defaults.merging(numbers) { $1 }, flags: flags)])
        for g in grads {
            p.grad = try NDArray([g], shape: [1])
            try opt.step()
        }
        return p.data.elements(as: Double.self)[0]
    }

    @Test func adamFoldsBiasCorrectionIntoTheStep() throws {
        let grads = [0.5, -0.25, 1.0]
        var (p, m, v) = (1.0, 0.0, 0.0)
        for (i, g) in grads.enumerated() {
            let t = Double(i + 1)
            m += (g - m) * 0.1
            v += (g * g - v) * 0.001
            p -= m * (0.001 * (1 - pow(0.999, t)).squareRoot() / (1 - pow(0.9, t))) / (v.squareRoot() + 1e-7)
        }
        #expect(abs(try Self.step(.kerasAdam, p0: 1, grads: grads) - p) < 1e-15)
    }

    @Test func sgdMomentumAndNesterov() throws {
        let grads = [0.5, -0.25, 1.0]
        var (p, m, pn, mn) = (1.0, 0.0, 1.0, 0.0)
        for g in grads {
            m = 0.9 * m - 0.01 * g
            p += m
            mn = 0.9 * mn - 0.01 * g
            pn += 0.9 * mn - 0.01 * g
        }
        #expect(abs(try Self.step(.kerasSGD, ["momentum": 0.9], p0: 1, grads: grads) - p) < 1e-15)
        #expect(abs(try Self.step(.kerasSGD, ["momentum": 0.9], flags: ["nesterov": true], p0: 1, grads: grads) - pn) < 1e-15)
        #expect(abs(try Self.step(.kerasSGD, p0: 1, grads: [0.5]) - (1 - 0.005)) < 1e-15)
    }

    @Test func rmspropAndAdagradAddEpsilonInsideTheRoot() throws {
        var (p, v) = (1.0, 0.0)
        var (q, acc) = (1.0, 0.1)
        for g in [0.5, -0.25] {
            v = 0.9 * v + 0.1 * g * g
            p -= 0.001 * g / (v + 1e-7).squareRoot()
            acc += g * g
            q -= 0.001 * g / (acc + 1e-7).squareRoot()
        }
        #expect(abs(try Self.step(.kerasRMSprop, p0: 1, grads: [0.5, -0.25]) - p) < 1e-15)
        #expect(abs(try Self.step(.kerasAdagrad, p0: 1, grads: [0.5, -0.25]) - q) < 1e-15)
    }

    @Test func orthogonalHasOrthonormalColumnsOrRows() throws {
        for shape in [[5, 3], [3, 5], [4, 4]] {
            let a = try Initializers.orthogonal(shape, dtype: .float64)
            let m = a.elements(as: Double.self)
            let (rows, cols) = (shape[0], shape[1])
            let tall = rows >= cols
            let k = tall ? cols : rows
            for i in 0..<k {
                for j in 0..<k {
                    var dot = 0.0
                    for l in 0..<(tall ? rows : cols) {
                        dot += tall ? m[l * cols + i] * m[l * cols + j] : m[i * cols + l] * m[j * cols + l]
                    }
                    #expect(abs(dot - (i == j ? 1 : 0)) < 1e-12)
                }
            }
        }
    }

    @Test func glorotUniformStaysInKerasLimit() throws {
        let a = try Initializers.glorotUniform([3, 3, 4, 8], dtype: .float64).elements(as: Double.self)
        let limit = (6.0 / Double(9 * 4 + 9 * 8)).squareRoot()
        #expect(a.allSatisfy { abs($0) <= limit })
        #expect(a.contains { abs($0) > limit / 2 })
    }
}
