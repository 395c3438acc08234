/// `np.linalg` on row-major matrices, through LAPACK from OpenBLAS.
///
/// Each function takes and returns ``LinalgMatrix`` values (or plain `[T]` vectors), generic
/// over `Double` (float64) and `Float` (float32). Results follow NumPy's conventions (ascending
/// eigenvalues in `eigh`, `Vᵀ` from `svd`, the lower factor from `cholesky`), and failures
/// throw ``LinalgError`` with NumPy's wording.
///
/// Stacks of matrices (`(..., M, N)` in NumPy) are the caller's loop: call once per matrix.
///
/// ```python
/// np.linalg.inv(a)        → try Linalg.inv(a)
/// np.linalg.solve(a, b)   → try Linalg.solve(a, b)  /  try Linalg.solve(a, vector: b)
/// np.linalg.eigh(a)       → try Linalg.eigh(a)      (.values, .vectors)
/// np.linalg.svd(a)        → try Linalg.svd(a)       (.u, .s, .vt)
/// ```
public enum Linalg {}
