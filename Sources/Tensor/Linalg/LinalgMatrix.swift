/// A dense matrix handed to and returned by ``Linalg``: `rows × cols` elements in row-major
/// (C) order, the layout of a contiguous NumPy array.
///
/// LAPACK works on column-major (Fortran) storage; ``columnMajor`` and
/// ``init(rows:cols:columnMajor:)`` convert at the boundary so callers never see it.
///
/// ```swift
/// let a = try LinalgMatrix(rows: 2, cols: 2, data: [4.0, 7, 2, 6])   // np.array([[4., 7.], [2., 6.]])
/// a[1, 0]   // 2.0
/// ```
public struct LinalgMatrix<T: LinalgScalar>: Equatable, Sendable {
    public let rows: Int
    public let cols: Int
    /// Row-major elements: element (i, j) is `data[i * cols + j]`.
    public var data: [T]

    /// Throws ``LinalgError/sizeMismatch(_:)`` when `data.count != rows * cols`.
    public init(rows: Int, cols: Int, data: [T]) throws(LinalgError) {
        guard rows >= 0, cols >= 0, rows.multipliedReportingOverflow(by: cols) == (data.count, false) else {
            throw .sizeMismatch("cannot reshape array of size \(data.count) into shape (\(rows), \(cols))")
        }
        self.rows = rows
        self.cols = cols
        self.data = data
    }

    /// A matrix whose dimensions are known to match `data` (internal results).
    init(uncheckedRows rows: Int, cols: Int, data: [T]) {
        self.rows = rows
        self.cols = cols
        self.data = data
    }

    /// Builds a matrix from LAPACK's column-major storage with leading dimension `ld`.
    init(rows: Int, cols: Int, columnMajor: [T], leadingDimension ld: Int? = nil) {
        let ld = ld ?? rows
        var out = [T](repeating: 0, count: rows * cols)
        for j in 0..<cols {
            for i in 0..<rows { out[i * cols + j] = columnMajor[j * ld + i] }
        }
        self.init(uncheckedRows: rows, cols: cols, data: out)
    }

    /// The `n × n` identity (`np.eye(n)`).
    public static func identity(_ n: Int) -> LinalgMatrix {
        var data = [T](repeating: 0, count: n * n)
        for i in 0..<n { data[i * n + i] = 1 }
        return LinalgMatrix(uncheckedRows: n, cols: n, data: data)
    }

    public subscript(i: Int, j: Int) -> T {
        get { data[i * cols + j] }
        set { data[i * cols + j] = newValue }
    }

    /// The elements in column-major order (LAPACK's layout), leading dimension `rows`.
    var columnMajor: [T] {
        var out = [T](repeating: 0, count: data.count)
        for i in 0..<rows {
            for j in 0..<cols { out[j * rows + i] = data[i * cols + j] }
        }
        return out
    }

    /// `a.T`
    public var transposed: LinalgMatrix {
        LinalgMatrix(uncheckedRows: cols, cols: rows, data: columnMajor)
    }

    var isSquare: Bool { rows == cols }

    /// Throws NumPy's `LinAlgError: Last 2 dimensions of the array must be square`.
    func requireSquare() throws(LinalgError) {
        if !isSquare { throw .notSquare }
    }

    /// Throws `LinAlgError: Array must not contain infs or NaNs`.
    func requireFinite() throws(LinalgError) {
        if data.contains(where: { !$0.isFinite }) { throw .notFinite }
    }

    /// `self @ other` through BLAS gemm.
    func multiplied(by other: LinalgMatrix) -> LinalgMatrix {
        LinalgMatrix(uncheckedRows: rows, cols: other.cols,
                     data: T.gemm(m: rows, n: other.cols, k: cols, a: data, b: other.data))
    }

    /// `self @ other` by the textbook triple loop: the slow twin that tests check gemm against.
    func multipliedNaively(by other: LinalgMatrix) -> LinalgMatrix {
        var out = [T](repeating: 0, count: rows * other.cols)
        for i in 0..<rows {
            for k in 0..<cols {
                let aik = data[i * cols + k]
                if aik == 0 { continue }
                for j in 0..<other.cols { out[i * other.cols + j] += aik * other.data[k * other.cols + j] }
            }
        }
        return LinalgMatrix(uncheckedRows: rows, cols: other.cols, data: out)
    }
}
