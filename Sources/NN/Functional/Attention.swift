import Foundation
import Tensor

/// Scaled dot-product attention, `softmax(q kᵀ / √d + mask) v`, composed of differentiable ops
/// (torch's `F.scaled_dot_product_attention` and the core of `nn.MultiheadAttention`).
public enum Attention {
    /// `q` (…, L, E), `k` (…, S, E), `v` (…, S, Ev). A boolean `mask` keeps positions where
    /// true; a float mask is added to the scores. Returns the output and the weights.
    public static func scaledDotProduct(_ q: Variable, _ k: Variable, _ v: Variable, mask: NDArray? = nil,
                                        isCausal: Bool = false, dropout: Double = 0, training: Bool = false,
                                        scale: Double? = nil) throws -> (output: Variable, weights: Variable) {
        let e = q.shape[q.ndim - 1]
        let factor = scale ?? 1 / Double(e).squareRoot()
        var scores = try Variable.mul(Variable.matmul(q, k.transpose(-2, -1)), Variable(NDArray.pythonScalar(factor)))
        let (l, s) = (q.shape[q.ndim - 2], k.shape[k.ndim - 2])
        if isCausal {
            let keep = try NDArray.tri(l, s, k: 0, dtype: .bool)
            scores = try Variable.select(keep, scores, Variable(NDArray.full([], .float(-Double.infinity), dtype: scores.dtype)))
        }
        if let mask {
            if mask.dtype == .bool {
                scores = try Variable.select(mask, scores, Variable(NDArray.full([], .float(-Double.infinity), dtype: scores.dtype)))
            } else {
                scores = try Variable.add(scores, Variable(mask.astype(scores.dtype)))
            }
        }
        var weights = try scores.softmax(dim: -1)
        if dropout > 0 && training { weights = try Dropout.apply(weights, p: dropout, training: true) }
        return (try Variable.matmul(weights, v), weights)
    }
}
