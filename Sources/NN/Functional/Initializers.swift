import Foundation
import Tensor

/// `torch.nn.init`: fills drawn from the default generator, with fan computations as torch's.
public enum Initializers {
    /// (fan_in, fan_out) of a weight: dims 1 and 0 times the receptive field.
    public static func fans(_ shape: [Int]) throws -> (Int, Int) {
        guard shape.count >= 2 else {
            throw TensorError.value("Fan in and fan out can not be computed for tensor with fewer than 2 dimensions")
        }
        let receptive = shape.dropFirst(2).reduce(1, *)
        return (shape[1] * receptive, shape[0] * receptive)
    }

    /// The gain torch's `calculate_gain` gives a nonlinearity.
    public static func gain(_ nonlinearity: String, _ param: Double?) throws -> Double {
        switch nonlinearity {
        case "linear", "conv1d", "conv2d", "conv3d", "sigmoid", "conv_transpose1d", "conv_transpose2d": return 1
        case "tanh": return 5.0 / 3
        case "relu": return 2.0.squareRoot()
        case "leaky_relu":
            let slope = param ?? 0.01
            return (2.0 / (1 + slope * slope)).squareRoot()
        case "selu": return 3.0 / 4
        default: throw TensorError.value("Unsupported nonlinearity \(nonlinearity)")
        }
    }

    public static func uniform(_ shape: [Int], _ low: Double, _ high: Double, dtype: DType = .float32) throws -> NDArray {
        try DefaultGenerator.shared.uniform(shape, from: low, to: high, dtype: dtype)
    }

    public static func normal(_ shape: [Int], mean: Double = 0, std: Double = 1, dtype: DType = .float32) throws -> NDArray {
        try DefaultGenerator.shared.normal(shape, mean: mean, std: std, dtype: dtype)
    }

    /// `kaiming_uniform_(w, a, mode='fan_in', nonlinearity='leaky_relu')`: torch's default for
    /// Linear and Conv weights uses `a = √5`, i.e. U(±1/√fan_in).
    public static func kaimingUniform(_ shape: [Int], a: Double = 0, fanIn: Bool = true, nonlinearity: String = "leaky_relu",
                                      dtype: DType = .float32) throws -> NDArray {
        let (fi, fo) = try fans(shape)
        let fan = Double(fanIn ? fi : fo)
        let bound = try gain(nonlinearity, a) * (3.0 / fan).squareRoot()
        return try uniform(shape, -bound, bound, dtype: dtype)
    }

    public static func kaimingNormal(_ shape: [Int], a: Double = 0, fanIn: Bool = true, nonlinearity: String = "leaky_relu",
                                     dtype: DType = .float32) throws -> NDArray {
        let (fi, fo) = try fans(shape)
        let std = try gain(nonlinearity, a) / Double(fanIn ? fi : fo).squareRoot()
        return try normal(shape, std: std, dtype: dtype)
    }

    public static func xavierUniform(_ shape: [Int], gain: Double = 1, dtype: DType = .float32) throws -> NDArray {
        let (fi, fo) = try fans(shape)
        let bound = gain * (6.0 / Double(fi + fo)).squareRoot()
        return try uniform(shape, -bound, bound, dtype: dtype)
    }

    public static func xavierNormal(_ shape: [Int], gain: Double = 1, dtype: DType = .float32) throws -> NDArray {
        let (fi, fo) = try fans(shape)
        return try normal(shape, std: gain * (2.0 / Double(fi + fo)).squareRoot(), dtype: dtype)
    }

    /// The bias default of Linear and Conv: U(±1/√fan_in).
    public static func fanInBias(_ count: Int, fanIn: Int, dtype: DType = .float32) throws -> NDArray {
        let bound = fanIn > 0 ? 1 / Double(fanIn).squareRoot() : 0
        return try uniform([count], -bound, bound, dtype: dtype)
    }
}
