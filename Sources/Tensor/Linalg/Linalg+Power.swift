/// Matrix functions built on the others: `np.linalg.matrix_power` and `np.linalg.cond`.
extension Linalg {
    /// `np.linalg.matrix_power(a, n)`: `a` multiplied by itself `n` times (`n = 0` gives the
    /// identity, negative `n` powers the inverse). Uses NumPy's order of products (binary
    /// decomposition for `n > 3`), so results agree to the last bit.
    public static func matrixPower<T: LinalgScalar>(_ a: LinalgMatrix<T>, _ n: Int) throws(LinalgError) -> LinalgMatrix<T> {
        try a.requireSquare()
        if n == 0 { return .identity(a.rows) }
        let base = n < 0 ? try inv(a) : a
        var k = n.magnitude
        switch k {
        case 1: return base
        case 2: return base.multiplied(by: base)
        case 3: return base.multiplied(by: base).multiplied(by: base)
        default: break
        }
        var square: LinalgMatrix<T>?
        var result: LinalgMatrix<T>?
        while k > 0 {
            let z = square.map { $0.multiplied(by: $0) } ?? base
            square = z
            if k % 2 == 1 { result = result.map { $0.multiplied(by: z) } ?? z }
            k /= 2
        }
        return result ?? .identity(a.rows)
    }

    /// `np.linalg.cond(x, p=None)`: the condition number. For `nil`, `2` and `-2` it is the
    /// ratio of the largest to the smallest singular value (or its inverse); for other orders
    /// `norm(x, p) · norm(inv(x), p)`, infinite when `x` is singular.
    public static func cond<T: LinalgScalar>(_ a: LinalgMatrix<T>, p: LinalgNormOrder? = nil) throws(LinalgError) -> T {
        switch p {
        case nil, .p(2)?, .p(-2)?:
            let s = try svd(a, computeUV: false).s
            guard let largest = s.first, let smallest = s.last else { return 0 }
            return p == .p(-2) ? smallest / largest : largest / smallest
        default:
            try a.requireSquare()
            do {
                return try norm(matrix: a, ord: p) * norm(matrix: inv(a), ord: p)
            } catch .singularMatrix {
                return .infinity
            }
        }
    }
}
