import Foundation

/// `np.einsum(subscripts, *operands)` for explicit (`'ij,jk->ik'`) and implicit (`'ij,jk'`)
/// forms, with `...` for broadcast leading dims (`'...ij,...jk->...ik'`). Repeated labels in one operand take the diagonal (`'ii->i'`), labels
/// absent from the output are summed (`'ij->'`), and each pair of operands is contracted by
/// one batched ``NDArray/matmul(_:_:)`` (batch labels, left-only, right-only, contracted).
///
/// ```python
/// np.einsum('ij,jk->ik', a, b)     # matmul
/// np.einsum('bij,bjk->bik', a, b)  # batched matmul
/// np.einsum('i,i->', x, y)         # dot
/// np.einsum('ij->ji', a)           # transpose view-like copy
/// np.einsum('ii->i', a)            # diagonal
/// ```
public enum Einsum {
    public static func evaluate(_ subscripts: String, _ operands: [NDArray]) throws -> NDArray {
        let spec = subscripts.filter { !$0.isWhitespace }
        let parts = spec.components(separatedBy: "->")
        guard parts.count <= 2 else { throw TensorError.value("einsum(): invalid subscript '>' in the output") }
        var inputs = parts[0].components(separatedBy: ",")
        guard !operands.isEmpty, inputs.count == operands.count else {
            throw TensorError.value("more operands provided to einstein sum function than specified in the subscripts string")
        }
        // `...` becomes fresh labels, right-aligned across operands (broadcast dims).
        var ellipsisLabels: [Character] = []
        if spec.contains(".") {
            let fresh = (0..<32).compactMap { Unicode.Scalar(0x3B1 + $0).map(Character.init) }
            var rank = 0
            for (k, inp) in inputs.enumerated() where inp.contains("...") {
                rank = Swift.max(rank, operands[k].ndim - (inp.count - 3))
            }
            guard rank >= 0, rank <= fresh.count else { throw TensorError.value("einsum(): too many dimensions under '...'") }
            ellipsisLabels = Array(fresh[0..<rank])
            for k in inputs.indices where inputs[k].contains("...") {
                let e = operands[k].ndim - (inputs[k].count - 3)
                guard e >= 0 else { throw TensorError.value("einstein sum subscripts string contains too many subscripts for operand \(k)") }
                inputs[k] = inputs[k].replacingOccurrences(of: "...", with: String(ellipsisLabels.suffix(e)))
            }
            if inputs.contains(where: { $0.contains(".") }) || (parts.count == 2 && parts[1].filter({ $0 == "." }).count % 3 != 0) {
                throw TensorError.value("einstein sum subscript string does not contain proper '.' ellipsis")
            }
        }
        let inputLabels = inputs.map { Array($0) }
        for label in inputLabels.joined() where !label.isLetter {
            throw TensorError.value("invalid subscript '\(label)' in einstein sum subscripts string, subscripts must be letters")
        }
        let output: [Character]
        if parts.count == 2 {
            output = Array(parts[1].replacingOccurrences(of: "...", with: String(ellipsisLabels)))
            for c in output where !inputLabels.joined().contains(c) {
                throw TensorError.value("einstein sum subscripts string included output subscript '\(c)' which never appeared in an input")
            }
        } else {
            var counts: [Character: Int] = [:]
            for c in inputLabels.joined() { counts[c, default: 0] += 1 }
            output = ellipsisLabels + counts.filter { $0.value == 1 && !ellipsisLabels.contains($0.key) }.map(\.key).sorted()
        }
        var terms: [(labels: [Character], array: NDArray)] = []
        for (labels, op) in zip(inputLabels, operands) {
            guard labels.count == op.ndim else {
                throw TensorError.value("operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.")
            }
            terms.append(try diagonalize(labels, op))
        }
        var sizes: [Character: Int] = [:]
        for t in terms {
            for (c, d) in zip(t.labels, t.array.shape) {
                if let s = sizes[c], s != d, s != 1, d != 1 {
                    throw TensorError.value("operands could not be broadcast together with remapped shapes [original->remapped]: size \(d) vs \(s) for label '\(c)'")
                }
                sizes[c] = Swift.max(sizes[c] ?? d, d)
            }
        }
        // stretch size-1 dims to the common size (a stride-0 view), as broadcasting does
        terms = try terms.map { t in
            let target = t.labels.map { sizes[$0] ?? 1 }
            if target == t.array.shape { return t }
            var st = t.array.strides
            for i in target.indices where t.array.shape[i] != target[i] { st[i] = 0 }
            _ = try Shape.checkedSize(target, dtype: t.array.dtype)
            return (t.labels, t.array.view(shape: target, strides: st, offset: t.array.offset))
        }
        // Fold left: keep labels still needed by the output or later operands.
        var acc = terms[0]
        for i in 1..<Swift.max(terms.count, 1) where i < terms.count {
            let later = Set(terms[(i + 1)...].flatMap(\.labels)).union(output)
            acc = try contract(acc, terms[i], keep: later)
        }
        // Sum labels not in the output, then order as the output.
        let drop = acc.labels.indices.filter { !output.contains(acc.labels[$0]) }
        var result = acc.array
        var labels = acc.labels
        if !drop.isEmpty {
            result = try result.reduce(.sum, axes: drop)
            labels = labels.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
        }
        let perm = try output.map { c -> Int in
            guard let i = labels.firstIndex(of: c) else { throw TensorError.value("einsum: output label '\(c)' lost") }
            return i
        }
        return try result.transpose(perm).copy()
    }

    /// Removes repeated labels of one operand by taking diagonals (a strided view).
    private static func diagonalize(_ labels: [Character], _ a: NDArray) throws -> (labels: [Character], array: NDArray) {
        var labels = labels, arr = a
        while let (i, j) = firstRepeat(labels) {
            guard arr.shape[i] == arr.shape[j] else {
                throw TensorError.value("dimensions in operand 0 for collapsing index '\(labels[i])' don't match (\(arr.shape[i]) != \(arr.shape[j]))")
            }
            var sh = arr.shape, st = arr.strides
            st[i] += st[j]
            sh.remove(at: j); st.remove(at: j)
            arr = arr.view(shape: sh, strides: st, offset: arr.offset)
            labels.remove(at: j)
        }
        return (labels, arr)
    }

    private static func firstRepeat(_ labels: [Character]) -> (Int, Int)? {
        for i in 0..<labels.count {
            for j in (i + 1)..<Swift.max(labels.count, i + 1) where labels[j] == labels[i] { return (i, j) }
        }
        return nil
    }

    /// Contracts two terms into one whose labels are batch + left-only + right-only.
    private static func contract(_ x: (labels: [Character], array: NDArray), _ y: (labels: [Character], array: NDArray),
                                 keep: Set<Character>) throws -> (labels: [Character], array: NDArray) {
        // Sum away labels private to one operand and not kept.
        func sumPrivate(_ t: (labels: [Character], array: NDArray), other: [Character]) throws -> (labels: [Character], array: NDArray) {
            let drop = t.labels.indices.filter { !keep.contains(t.labels[$0]) && !other.contains(t.labels[$0]) }
            if drop.isEmpty { return t }
            return (t.labels.enumerated().filter { !drop.contains($0.offset) }.map(\.element),
                    try t.array.reduce(.sum, axes: drop))
        }
        let a = try sumPrivate(x, other: y.labels), b = try sumPrivate(y, other: x.labels)
        let shared = a.labels.filter { b.labels.contains($0) }
        let batch = shared.filter { keep.contains($0) }
        let summed = shared.filter { !keep.contains($0) }
        let left = a.labels.filter { !b.labels.contains($0) }
        let right = b.labels.filter { !a.labels.contains($0) }
        func idx(_ l: [Character], _ cs: [Character]) -> [Int] { cs.compactMap { l.firstIndex(of: $0) } }
        func size(_ t: (labels: [Character], array: NDArray), _ cs: [Character]) -> [Int] { idx(t.labels, cs).map { t.array.shape[$0] } }
        let bShape = size(a, batch), lShape = size(a, left), rShape = size(b, right), kShape = size(a, summed)
        let am = try a.array.transpose(idx(a.labels, batch + left + summed))
            .reshape(bShape + [lShape.reduce(1, *), kShape.reduce(1, *)])
        let bm = try b.array.transpose(idx(b.labels, batch + summed + right))
            .reshape(bShape + [kShape.reduce(1, *), rShape.reduce(1, *)])
        let prod = try NDArray.matmul(am, bm).reshape(bShape + lShape + rShape)
        return (batch + left + right, prod)
    }
}

extension NDArray {
    /// `np.einsum(subscripts, *operands)`; see ``Einsum``.
    public static func einsum(_ subscripts: String, _ operands: NDArray...) throws -> NDArray {
        try Einsum.evaluate(subscripts, operands)
    }
}
