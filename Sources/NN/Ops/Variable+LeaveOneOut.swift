import Tensor

/// Products that leave one factor out, as recorded ops: the differentiable forms of `prod`'s
/// and `cumprod`'s gradients, exact when a factor is zero (dividing the product by the factor
/// is not). Each run along the last axis is repeated once per left-out position, so they cost
/// O(n²) per run; they are built only for higher-order gradients.
extension Variable {
    /// `[..., n]` → `[..., n, n]` whose row `i` is the run with its `i`-th factor replaced by 1.
    private func leavingOneOut() throws -> Variable {
        let n = shape.last ?? 0
        let rows = try unsqueeze(ndim - 1).expand(Array(shape.dropLast()) + [n, n])
        let diagonal = try NDArray.eye(n, dtype: .bool)
        return try Variable.select(diagonal, Variable(try NDArray.ones([], dtype: dtype)), rows)
    }

    /// Entry `i` of each run along the last axis: the product of the run's other factors.
    func productOfOthers() throws -> Variable {
        try leavingOneOut().product(dims: [ndim], keepdim: false)
    }

    /// Entry `i` of each run along the last axis: Σ_{j ≥ i} g_j Π_{k ≤ j, k ≠ i} x_k, the
    /// gradient of `cumprod` given the output gradient `g` (same shape).
    func cumulativeProductGradient(_ g: Variable) throws -> Variable {
        let n = shape.last ?? 0
        let partial = try leavingOneOut().cumulativeProduct(dim: ndim)
        let later = try NDArray.ones([n, n]).triu(0).astype(.bool)   // j ≥ i
        let weighted = try Variable.mul(partial, g.unsqueeze(g.ndim - 1).expand(partial.shape))
        return try Variable.select(later, weighted, Variable(try NDArray.zeros([], dtype: dtype))).sum(dims: [ndim])
    }
}
