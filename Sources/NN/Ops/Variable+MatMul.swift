import Tensor

/// Matrix products. The backward of `a @ b` is `g @ bᵀ` and `aᵀ @ g`; batch axes that were
/// broadcast are summed back by ``Backward``.
extension Variable {
    /// `a @ b` with torch's rules for 1-D operands and batch broadcasting, and torch's error for
    /// mismatched matrices: `mat1 and mat2 shapes cannot be multiplied (4x3 and 4x2)`.
    public static func matmul(_ a: Variable, _ b: Variable) throws -> Variable {
        guard a.ndim > 0, b.ndim > 0 else {
            throw TensorError.value("both arguments to matmul need to be at least 1D, but they are \(a.ndim)D and \(b.ndim)D")
        }
        if a.ndim == 1 && b.ndim == 1 {
            guard a.shape[0] == b.shape[0] else {
                throw TensorError.value("inconsistent tensor size, expected tensor [\(a.shape[0])] and src [\(b.shape[0])] to have the same number of elements, but got \(a.shape[0]) and \(b.shape[0]) elements respectively")
            }
            return try product(a, b, name: "DotBackward0")
        }
        if a.ndim == 1 { return try product(a.unsqueeze(0), b, name: "MmBackward0").squeeze(dims: [-2]) }
        if b.ndim == 1 {
            guard a.shape[a.ndim - 1] == b.shape[0] else {
                throw TensorError.value("size mismatch, got input (\(a.shape[0])), mat (\(a.shape.map(String.init).joined(separator: "x"))), vec (\(b.shape[0]))")
            }
            return try product(a, b.unsqueeze(1), name: "MvBackward0").squeeze(dims: [-1])
        }
        let k1 = a.shape[a.ndim - 1], k2 = b.shape[b.ndim - 2]
        guard k1 == k2 else {
            if a.ndim == 2 && b.ndim == 2 {
                throw TensorError.value("mat1 and mat2 shapes cannot be multiplied (\(a.shape[0])x\(k1) and \(k2)x\(b.shape[1]))")
            }
            throw TensorError.value("Expected size for first two dimensions of batch2 tensor to be: [\(b.ndim == 3 ? b.shape[0] : 1), \(k1)] but got: [\(b.ndim == 3 ? b.shape[0] : 1), \(k2)].")
        }
        let name = a.ndim == 2 && b.ndim == 2 ? "MmBackward0" : a.ndim == 3 && b.ndim == 3 ? "BmmBackward0" : "UnsafeViewBackward0"
        return try product(a, b, name: name)
    }

    private static func product(_ a: Variable, _ b: Variable, name: String) throws -> Variable {
        let (x, y) = (a.data, b.data)
        if a.ndim == 1 && b.ndim == 1 {
            let out = try NDArray.matmul(x, y)
            return record(out, name, [a, b], saved: [a, b]) { g in
                [a.requiresGrad ? try g * y : nil, b.requiresGrad ? try g * x : nil]
            }.differentiable { g in
                [a.requiresGrad ? try mul(g, b) : nil, b.requiresGrad ? try mul(g, a) : nil]
            }
        }
        return record(try NDArray.matmul(x, y), name, [a, b], saved: [a, b]) { g in
            [a.requiresGrad ? try NDArray.matmul(g, y.swapaxes(-1, -2)) : nil,
             b.requiresGrad ? try NDArray.matmul(x.swapaxes(-1, -2), g) : nil]
        }.differentiable { g in
            [a.requiresGrad ? try matmul(g, b.transpose(-1, -2)) : nil,
             b.requiresGrad ? try matmul(a.transpose(-1, -2), g) : nil]
        }
    }

    /// `F.linear(x, w, b)`: `x @ wᵀ + b` in one node, as torch's addmm, for `x` of any rank.
    public static func linear(_ x: Variable, weight w: Variable, bias b: Variable?) throws -> Variable {
        guard x.ndim >= 1, w.ndim == 2 else { throw TensorError.value("linear expects a 2-D weight") }
        let inFeatures = x.shape[x.ndim - 1]
        guard x.dtype == w.dtype else {
            func name(_ d: DType) -> String { ["float32": "Float", "float64": "Double", "int64": "Long", "bool": "Bool"][d.name] ?? d.name }
            throw TensorError.value("mat1 and mat2 must have the same dtype, but got \(name(x.dtype)) and \(name(w.dtype))")
        }
        guard inFeatures == w.shape[1] else {
            let rows = x.ndim == 1 ? 1 : x.shape.dropLast().reduce(1, *)
            // torch names the kernel: addmm with a bias, mm without.
            throw TensorError.value("\(b == nil ? "mm" : "addmm"): mat1 and mat2 shapes cannot be multiplied (\(rows)x\(inFeatures) and \(w.shape[1])x\(w.shape[0]))")
        }
        let lead = Array(x.shape.dropLast())
        let x2 = try x.data.reshape([-1, inFeatures])
        let wd = w.data
        var out = try NDArray.matmul(x2, wd.T)
        if let b {
            try out.applyInPlace(.add, b.data)
        }
        out = try out.reshape(lead + [w.shape[0]])
        let inputs = b.map { [x, w, $0] } ?? [x, w]
        // torch's node for each rank: a vector without bias ends in a squeeze, other ranks in a view.
        let name = x.ndim == 2 ? (b == nil ? "MmBackward0" : "AddmmBackward0") : x.ndim == 1 && b == nil ? "SqueezeBackward4" : "UnsafeViewBackward0"
        return record(out, name, inputs, saved: [x, w]) { g in
            let g2 = try g.reshape([-1, wd.shape[0]])
            let gx = x.requiresGrad ? try NDArray.matmul(g2, wd).reshape(x.data.shape) : nil
            let gw = w.requiresGrad ? try NDArray.matmul(g2.T, x2) : nil
            var grads: [NDArray?] = [gx, gw]
            if b != nil { grads.append(try g2.sum(axes: [0])) }
            return grads
        }.differentiable { g in
            let g2 = try g.reshape([-1, w.shape[0]])
            let flat = try x.reshape([-1, inFeatures])
            var grads: [Variable?] = [x.requiresGrad ? try matmul(g2, w).reshape(x.shape) : nil,
                                      w.requiresGrad ? try matmul(g2.t(), flat) : nil]
            if b != nil { grads.append(try g2.sum(dims: [0])) }
            return grads
        }
    }
}
