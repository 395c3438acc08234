import Language
import Tensor

/// `np.linalg`: LAPACK through Tensor's Linalg, on one matrix at a time, in float64 (float32
/// inputs give float32 results, as NumPy).
enum NumPyLinalg {
    static func matrix(_ v: Value, _ interp: Interpreter) throws -> (LinalgMatrix<Double>, DType) {
        let a = try NumPyBridge.toArray(v, dtype: nil, interp)
        guard a.ndim == 2 else {
            if a.ndim > 2 { throw PyError.notImplemented("stacks of matrices are not supported in np.linalg yet; loop over them") }
            throw NumPyBridge.pythonError("LinAlgError", "\(a.ndim)-dimensional array given. Array must be at least two-dimensional")
        }
        let resultType: DType = a.dtype == .float32 ? .float32 : .float64
        return (try NumPyBridge.call { try LinalgMatrix(rows: a.shape[0], cols: a.shape[1], data: a.elements(as: Double.self)) }, resultType)
    }

    static func wrap(_ m: LinalgMatrix<Double>, _ d: DType) throws -> Value {
        NumPyBridge.wrapArray(try NumPyBridge.call { try NDArray(m.data, shape: [m.rows, m.cols]).astype(d) })
    }

    static func wrap(_ v: [Double], _ d: DType) throws -> Value {
        NumPyBridge.wrapArray(try NumPyBridge.call { try NDArray(v, shape: [v.count]).astype(d) })
    }

    static func scalar(_ x: Double, _ d: DType) -> Value {
        NumPyBridge.wrap((try? NDArray(scalar: .float(x)).astype(d)) ?? NDArray(scalar: .float(x)))
    }

    static func order(_ v: Value?, _ interp: Interpreter) throws -> LinalgNormOrder? {
        guard let v = v, !v.isNone else { return nil }
        if let s = v.asString {
            if s == "fro" { return .fro }
            if s == "nuc" { return .nuc }
            throw PyError.value("Invalid norm order '\(s)' for matrices")
        }
        return .p(try interp.toDouble(v))
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "numpy.linalg", doc: "Linear algebra (LAPACK from OpenBLAS).")
        m["LinAlgError"] = .object(NumPyTypes.linAlgError)
        let f = NumPyModule.function
        f(m, "inv(a)", nil) { interp, b in
            let (a, d) = try matrix(b["a"] ?? .none, interp)
            return try wrap(try Linalg.inv(a), d)
        }
        f(m, "det(a)", nil) { interp, b in
            let (a, d) = try matrix(b["a"] ?? .none, interp)
            return scalar(try Linalg.det(a), d)
        }
        f(m, "slogdet(a)", nil) { interp, b in
            let (a, d) = try matrix(b["a"] ?? .none, interp)
            let r = try Linalg.slogdet(a)
            return .tuple([scalar(r.sign, d), scalar(r.logAbsDet, d)])
        }
        f(m, "solve(a, b)", nil) { interp, b in
            let (a, d) = try matrix(b["a"] ?? .none, interp)
            let rhs = try NumPyBridge.toArray(b["b"] ?? .none, dtype: nil, interp)
            if rhs.ndim == 1 {
                return try wrap(try Linalg.solve(a, vector: rhs.elements(as: Double.self)), d)
            }
            let (bm, _) = try matrix(b["b"] ?? .none, interp)
            return try wrap(try Linalg.solve(a, bm), d)
        }
        f(m, "eigh(a, UPLO='L')", nil) { interp, b in
            let (a, d) = try matrix(b["a"] ?? .none, interp)
            let upper = try b["UPLO"].map { try interp.toStringValue($0) } == "U"
            let r = try Linalg.eigh(a, upper: upper)
            return .tuple([try wrap(r.values, d), try wrap(r.vectors, d)])
        }
        f(m, "eigvalsh(a, UPLO='L')", nil) { interp, b in
            let (a, d) = try matrix(b["a"] ?? .none, interp)
            return try wrap(try Linalg.eigh(a, upper: try b["UPLO"].map { try interp.toStringValue($0) } == "U").values, d)
        }
        f(m, "eig(a)", nil) { interp, b in
            let (a, d) = try matrix(b["a"] ?? .none, interp)
            let r = try Linalg.eig(a)
            return .tuple([try wrap(r.values, d), try wrap(r.vectors, d)])
        }
        f(m, "eigvals(a)", nil) { interp, b in
            let (a, d) = try matrix(b["a"] ?? .none, interp)
            return try wrap(try Linalg.eig(a).values, d)
        }
        f(m, "svd(a, full_matrices=True, compute_uv=True, hermitian=False)", nil) { interp, b in
            let (a, d) = try matrix(b["a"] ?? .none, interp)
            let full = try b["full_matrices"].map { try interp.isTruthy($0) } ?? true
            let uv = try b["compute_uv"].map { try interp.isTruthy($0) } ?? true
            let r = try Linalg.svd(a, fullMatrices: full, computeUV: uv)
            guard uv, let u = r.u, let vt = r.vt else { return try wrap(r.s, d) }
            return .tuple([try wrap(u, d), try wrap(r.s, d), try wrap(vt, d)])
        }
        f(m, "norm(x, ord=None, axis=None, keepdims=False)", nil) { interp, b in
            let x = try NumPyBridge.toArray(b["x"] ?? .none, dtype: nil, interp)
            let d: DType = x.dtype == .float32 ? .float32 : .float64
            let ord = try order(b["ord"], interp)
            if let axes = try NumPyBridge.axes(b["axis"], interp) {
                guard axes.count == 1, ord == nil else { throw PyError.notImplemented("norm with axis= supports one axis and the 2-norm") }
                let sq = try NDArray.binary(.multiply, x.astype(.float64), x.astype(.float64))
                let keep = try b["keepdims"].map { try interp.isTruthy($0) } ?? false
                return NumPyBridge.wrap(try NDArray.unary(.sqrt, sq.sum(axes: axes, keepdims: keep)).astype(d))
            }
            if x.ndim == 2 && ord != nil {
                let (a, _) = try matrix(b["x"] ?? .none, interp)
                return scalar(try Linalg.norm(matrix: a, ord: ord), d)
            }
            if x.ndim > 2 && ord != nil { throw PyError.value("Improper number of dimensions to norm.") }
            return scalar(try Linalg.norm(vector: x.elements(as: Double.self), ord: ord), d)
        }
        f(m, "pinv(a, rcond=1e-15)", nil) { interp, b in
            let (a, d) = try matrix(b["a"] ?? .none, interp)
            return try wrap(try Linalg.pinv(a, rcond: try b["rcond"].map { try interp.toDouble($0) } ?? 1e-15), d)
        }
        f(m, "cholesky(a)", nil) { interp, b in
            let (a, d) = try matrix(b["a"] ?? .none, interp)
            return try wrap(try Linalg.cholesky(a), d)
        }
        f(m, "qr(a, mode='reduced')", nil) { interp, b in
            let (a, d) = try matrix(b["a"] ?? .none, interp)
            let modeName = try b["mode"].map { try interp.toStringValue($0) } ?? "reduced"
            let mode: LinalgQRMode = modeName == "complete" ? .complete : (modeName == "r" ? .r : .reduced)
            let r = try Linalg.qr(a, mode: mode)
            if let q = r.q { return .tuple([try wrap(q, d), try wrap(r.r, d)]) }
            return try wrap(r.r, d)
        }
        f(m, "matrix_rank(A, tol=None)", nil) { interp, b in
            let x = try NumPyBridge.toArray(b["A"] ?? .none, dtype: nil, interp)
            if x.ndim < 2 { return .object(PyNumPyScalar(NDArray(scalar: .int(x.doubles.contains { $0 != 0 } ? 1 : 0)))) }
            let (a, _) = try matrix(b["A"] ?? .none, interp)
            return .object(PyNumPyScalar(NDArray(scalar: .int(Int64(try Linalg.matrixRank(a, tol: try b.optional("tol").map { try interp.toDouble($0) }))))))
        }
        f(m, "matrix_power(a, n)", nil) { interp, b in
            let (a, d) = try matrix(b["a"] ?? .none, interp)
            return try wrap(try Linalg.matrixPower(a, try interp.toInt(b["n"] ?? .none)), d)
        }
        f(m, "cond(x, p=None)", nil) { interp, b in
            let (a, d) = try matrix(b["x"] ?? .none, interp)
            return scalar(try Linalg.cond(a, p: try order(b["p"], interp)), d)
        }
        f(m, "lstsq(a, b, rcond=None)", nil) { interp, b in
            let (a, d) = try matrix(b["a"] ?? .none, interp)
            let rhs = try NumPyBridge.toArray(b["b"] ?? .none, dtype: nil, interp)
            let r: LinalgLstsqResult<Double>
            if rhs.ndim == 1 {
                r = try Linalg.lstsq(a, vector: rhs.elements(as: Double.self))
                let x = r.x.data
                return .tuple([try wrap(x, d), try wrap(r.residuals, d), .object(PyNumPyScalar(NDArray(scalar: .int(Int64(r.rank))))), try wrap(r.singularValues, d)])
            }
            let (bm, _) = try matrix(b["b"] ?? .none, interp)
            r = try Linalg.lstsq(a, bm)
            return .tuple([try wrap(r.x, d), try wrap(r.residuals, d), .object(PyNumPyScalar(NDArray(scalar: .int(Int64(r.rank))))), try wrap(r.singularValues, d)])
        }
        m.document(NumPyDocs.linalg)
        return m
    }
}
