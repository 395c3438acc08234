/// Stacks of matrices: NumPy's `(..., M, N)` arrays, one ``LinalgMatrix`` per trailing 2-D slice.
///
/// `np.linalg` broadcasts over leading dimensions; ``Linalg`` works on one matrix, so the
/// binding splits a stack, maps, and joins:
///
/// ```swift
/// let (batch, matrices) = try LinalgMatrix.unstack(shape: [5, 3, 3], data: flat)   // batch == [5]
/// let inverses = try matrices.map { try Linalg.inv($0) }
/// let out = LinalgMatrix.stacked(inverses)                                        // shape batch + [3, 3]
/// ```
extension LinalgMatrix {
    /// Splits a C-order buffer of shape `(..., M, N)` into its matrices. Throws NumPy's
    /// `LinAlgError: 1-dimensional array given. Array must be at least two-dimensional`.
    public static func unstack(shape: [Int], data: [T]) throws(LinalgError) -> (batchShape: [Int], matrices: [LinalgMatrix]) {
        guard shape.count >= 2 else {
            throw .tooFewDimensions(shape.count)
        }
        let rows = shape[shape.count - 2], cols = shape[shape.count - 1]
        let batchShape = Array(shape.dropLast(2))
        var count = 1
        for n in shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: n)
            guard n >= 0, !overflow else { throw .sizeMismatch("negative dimensions are not allowed") }
            count = product
        }
        guard count == data.count else {
            throw .sizeMismatch("cannot reshape array of size \(data.count) into shape \(shape)")
        }
        let per = rows * cols
        let batches = batchShape.reduce(1, *)
        let matrices = (0..<batches).map { b in
            LinalgMatrix(uncheckedRows: rows, cols: cols, data: per == 0 ? [] : Array(data[(b * per)..<((b + 1) * per)]))
        }
        return (batchShape, matrices)
    }

    /// The C-order buffer of matrices laid one after another (the inverse of ``unstack(shape:data:)``).
    public static func stacked(_ matrices: [LinalgMatrix]) -> [T] {
        matrices.flatMap(\.data)
    }
}
