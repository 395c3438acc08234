import Foundation
import Tensor

/// Keras's initialisers. Keras lays kernels out as `(…receptive field, in, out)`, the
/// reverse of torch's `(out, in, …)`, so its fans are read from the last two axes.
extension Initializers {
    /// Keras's (fan_in, fan_out): `Dense` kernel `(in, out)`, `Conv2D` kernel `(kh, kw, in, out)`.
    public static func kerasFans(_ shape: [Int]) -> (Int, Int) {
        switch shape.count {
        case 0: return (1, 1)
        case 1: return (shape[0], shape[0])
        case 2: return (shape[0], shape[1])
        default:
            let receptive = shape.dropLast(2).reduce(1, *)
            return (shape[shape.count - 2] * receptive, shape[shape.count - 1] * receptive)
        }
    }

    /// `glorot_uniform`, Keras's default kernel initialiser: U(±√(6 / (fan_in + fan_out))).
    /// `fans` overrides the fans read from the shape, as Keras's `EinsumDense` counts them
    /// from its input and output axes (a `(64, 4, 16)` attention kernel is 64 in, 64 out).
    public static func glorotUniform(_ shape: [Int], fans: (Int, Int)? = nil, dtype: DType = .float32) throws -> NDArray {
        let (fi, fo) = fans ?? kerasFans(shape)
        let limit = (6.0 / Double(Swift.max(1, fi + fo))).squareRoot()
        return try uniform(shape, -limit, limit, dtype: dtype)
    }

    /// `orthogonal`, Keras's default recurrent kernel initialiser: the Q of a Gaussian matrix,
    /// signs fixed so R's diagonal is positive (what `q * sign(diag(r))` does in Keras).
    /// Modified Gram–Schmidt over the columns of the taller orientation.
    public static func orthogonal(_ shape: [Int], gain: Double = 1, dtype: DType = .float32) throws -> NDArray {
        guard shape.count >= 2 else { throw TensorError.value("The tensor to initialize must be at least two-dimensional") }
        let cols = shape[shape.count - 1], rows = shape.dropLast().reduce(1, *)
        let (tall, wide) = (Swift.max(rows, cols), Swift.min(rows, cols))
        var a = try normal([tall, wide], dtype: .float64).elements(as: Double.self)
        for j in 0..<wide {
            for k in 0..<j {
                var dot = 0.0
                for i in 0..<tall { dot += a[i * wide + j] * a[i * wide + k] }
                for i in 0..<tall { a[i * wide + j] -= dot * a[i * wide + k] }
            }
            var norm = 0.0
            for i in 0..<tall { norm += a[i * wide + j] * a[i * wide + j] }
            norm = norm.squareRoot()
            guard norm > 0 else { continue }
            for i in 0..<tall { a[i * wide + j] /= norm }
        }
        var q = try NDArray(a.map { $0 * gain }, shape: [tall, wide])
        if rows < cols { q = try q.T.contiguous() }
        return try q.reshape(shape).astype(dtype)
    }
}
