import NN
import Tensor

/// Keras's merging layers: Concatenate along an axis, and the elementwise Add, Subtract,
/// Multiply and Average of same-shaped tensors.
final class KerasMerge: KerasMergeKind {
    enum Operation: String {
        case concatenate = "Concatenate", add = "Add", subtract = "Subtract", multiply = "Multiply", average = "Average"
    }

    let operation: Operation
    let axis: Int
    var className: String { operation.rawValue }
    var config: [String: Any] { operation == .concatenate ? ["axis": axis] : [:] }

    init(_ operation: Operation, axis: Int = -1) {
        self.operation = operation
        self.axis = axis
    }

    func outputShape(merging shapes: [[Int?]]) throws -> [Int?] {
        guard shapes.count >= 2 else {
            throw TensorError.value("A `\(className)` layer should be called on a list of at least 2 inputs. Received: input_shape=\(shapes.map { KerasShape.text($0) })")
        }
        if operation == .subtract, shapes.count != 2 {
            throw TensorError.value("A `Subtract` layer should be called on exactly 2 inputs. Received: inputs=\(shapes.count)")
        }
        let rank = shapes[0].count
        guard shapes.allSatisfy({ $0.count == rank }) else {
            throw TensorError.value("A `\(className)` layer requires inputs with matching shapes except for the \(operation == .concatenate ? "concatenation axis" : "batch axis"). Received: input_shape=\(shapes.map { KerasShape.text($0) })")
        }
        guard operation == .concatenate else {
            for s in shapes.dropFirst() where s.dropFirst() != shapes[0].dropFirst() {
                throw TensorError.value("Inputs have incompatible shapes. Received shapes \(KerasShape.text(Array(shapes[0].dropFirst()))) and \(KerasShape.text(Array(s.dropFirst())))")
            }
            return shapes[0]
        }
        let a = axis < 0 ? axis + rank : axis
        var out = shapes[0]
        for s in shapes.dropFirst() {
            for d in 1..<rank where d != a && s[d] != out[d] {
                throw TensorError.value("A `Concatenate` layer requires inputs with matching shapes except for the concatenation axis. Received: input_shape=\(shapes.map { KerasShape.text($0) })")
            }
            if let x = out[a], let y = s[a] { out[a] = x + y } else { out[a] = nil }
        }
        return out
    }

    /// Multiply reads its inputs' masks as Keras's does: a masked element counts as 1 in the
    /// product, and where every input is masked the product is 0.
    func call(_ layer: PyKerasLayer, _ xs: [Variable], masks: [NDArray?], training: Bool) throws -> Variable {
        guard operation == .multiply, masks.contains(where: { $0 != nil }) else { return try call(layer, xs, training: training) }
        func spread(_ mask: NDArray, _ x: Variable) throws -> NDArray {
            let m = try mask.astype(.bool)
            return try NDArray.binary(.logicalAnd, m.reshape(m.shape + [1]), NDArray.full(x.shape, .bool(true), dtype: .bool))
        }
        var product: Variable?
        var union: NDArray?
        for (x, mask) in zip(xs, masks) {
            var v = x
            if let mask {
                let keep = try spread(mask, x)
                v = try Variable.select(keep, x, Variable(NDArray.full([], .float(1), dtype: x.dtype)))
                union = try union.map { try NDArray.binary(.logicalOr, $0, keep) } ?? keep
            }
            product = try product.map { try Variable.mul($0, v) } ?? v
        }
        guard let out = product else { return try call(layer, xs, training: training) }
        guard masks.allSatisfy({ $0 != nil }), let union else { return out }
        return try Variable.select(union, out, Variable(NDArray.zeros([], dtype: out.dtype)))
    }

    func call(_ layer: PyKerasLayer, _ xs: [Variable], training: Bool) throws -> Variable {
        _ = try outputShape(merging: xs.map { [nil] + $0.shape.dropFirst().map { Optional($0) } })
        switch operation {
        case .concatenate:
            return try Variable.cat(xs, dim: axis < 0 ? axis + xs[0].ndim : axis)
        case .add, .average:
            var sum = xs[0]
            for x in xs.dropFirst() { sum = try Variable.add(sum, x) }
            return operation == .add ? sum : try Variable.div(sum, Variable(NDArray.pythonScalar(Double(xs.count))))
        case .subtract:
            return try Variable.sub(xs[0], xs[1])
        case .multiply:
            var product = xs[0]
            for x in xs.dropFirst() { product = try Variable.mul(product, x) }
            return product
        }
    }
}
