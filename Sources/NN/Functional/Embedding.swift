import Tensor

/// Looks rows of a weight matrix up by index; the gradient adds into the rows used (and
/// never into `padding_idx`'s row).
public enum Embedding {
    public static func lookup(_ indices: NDArray, weight: Variable, paddingIndex: Int? = nil) throws -> Variable {
        guard indices.dtype == .int64 else {
            throw TensorError.value("Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got torch.\(indices.dtype == .float32 ? "FloatTensor" : indices.dtype == .uint8 ? "ByteTensor" : indices.dtype == .bool ? "BoolTensor" : "DoubleTensor") instead (while checking arguments for embedding)")
        }
        let rows = weight.shape[0], dim = weight.shape[1]
        let flat = try indices.reshape([-1]).contiguous().elements(as: Int64.self)
        for i in flat where i < 0 || Int(i) >= rows { throw TensorError.index("index out of range in self") }
        let out = try weight.data.take(try NDArray(flat, shape: [flat.count]), axis: 0).reshape(indices.shape + [dim])
        let dtype = weight.dtype
        return Variable.record(out, "EmbeddingBackward0", [weight], savesTensors: true) { g in
            let grad = try NDArray.zeros([rows, dim], dtype: dtype)
            let gs = try g.reshape([-1, dim]).contiguous()
            if dtype == .float64 {
                try accumulate(grad, gs, flat, dim, paddingIndex, as: Double.self)
            } else {
                try accumulate(grad, gs.astype(.float32), flat, dim, paddingIndex, as: Float.self)
            }
            return [grad]
        }.differentiable { g in
            // The rows add into the weight's rows they came from (a scatter), but padding_idx's.
            var rowsGradient = try g.reshape([-1, dim])
            if let paddingIndex {
                let kept = try NDArray(flat.map { Int($0) == paddingIndex ? 0.0 : 1.0 }, shape: [flat.count, 1]).astype(dtype)
                rowsGradient = try Variable.mul(rowsGradient, Variable(kept))
            }
            return [try rowsGradient.placed(at: [.array(try NDArray(flat, shape: [flat.count]))], in: [rows, dim])]
        }
    }

    static func accumulate<T: TensorElement & FloatingPoint>(_ grad: NDArray, _ g: NDArray, _ rows: [Int64], _ dim: Int,
                                                             _ padding: Int?, as: T.Type) throws {
        try grad.withUnsafeMutableElements(as: T.self) { out in
            try g.withUnsafeMutableElements(as: T.self) { src in
                for (i, r) in rows.enumerated() where Int(r) != padding {
                    let o = Int(r) * dim, s = i * dim
                    for j in 0..<dim { out[o + j] += src[s + j] }
                }
            }
        }
    }
}
