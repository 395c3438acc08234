import NN
import Tensor

/// Arithmetic on symbolic tensors (`x + h`, `x * 2.0`, `1 - x`): Keras 3 records it as an
/// operation node of the functional graph, which `summary()` lists (`add (Add)`) but
/// `model.layers` does not, holding no weights and dropping any mask. A number or array
/// operand is kept as a constant.
final class KerasOperation: KerasMergeKind {
    enum Operator: String {
        case add = "Add", subtract = "Subtract", multiply = "Multiply", divide = "TrueDivide", matmul = "Matmul"
        /// `-x`: the one operator with one operand.
        case negative = "Negative"
    }

    let op: Operator
    /// The constant operand, and whether it stands left of the tensor (`1 - x`).
    let constant: NDArray?
    let constantFirst: Bool
    var className: String { op.rawValue }

    init(_ op: Operator, constant: NDArray?, constantFirst: Bool) {
        self.op = op
        self.constant = constant
        self.constantFirst = constantFirst
    }

    /// NumPy broadcasting of two symbolic shapes (batch axis included, `nil` unknown).
    static func broadcast(_ a: [Int?], _ b: [Int?]) throws -> [Int?] {
        let rank = Swift.max(a.count, b.count)
        let pa = [Int?](repeating: 1, count: rank - a.count) + a, pb = [Int?](repeating: 1, count: rank - b.count) + b
        return try zip(pa, pb).map { x, y in
            switch (x, y) {
            case (1, _): return y
            case (_, 1): return x
            case (nil, _): return y
            case (_, nil): return x
            case let (x?, y?) where x == y: return x
            default:
                throw TensorError.value("Cannot broadcast shape, the failure dim has value \(x ?? 0), which cannot be broadcasted to \(y ?? 0). Input shapes are: \(KerasShape.text(a)) and \(KerasShape.text(b)).")
            }
        }
    }

    /// The operands' shapes in order (the constant's without a batch axis of its own).
    private func operandShapes(_ shapes: [[Int?]]) -> [[Int?]] {
        guard let constant else { return shapes }
        let c = constant.shape.map { Optional($0) }
        return constantFirst ? [c, shapes[0]] : [shapes[0], c]
    }

    func outputShape(merging shapes: [[Int?]]) throws -> [Int?] {
        if op == .negative { return shapes[0] }
        let s = operandShapes(shapes)
        guard s.count == 2 else { throw TensorError.value("\(className) takes two operands, got \(s.count)") }
        if op == .matmul {
            guard s[0].count >= 2, s[1].count >= 2 else { throw TensorError.value("matmul needs operands of rank 2 or more, got \(s.map { KerasShape.text($0) })") }
            return try KerasOperation.broadcast(Array(s[0].dropLast(2)), Array(s[1].dropLast(2))) + [s[0][s[0].count - 2], s[1].last!]
        }
        return try KerasOperation.broadcast(s[0], s[1])
    }

    func outputMask(merging masks: [NDArray?]) throws -> NDArray? { nil }

    func call(_ layer: PyKerasLayer, _ xs: [Variable], training: Bool) throws -> Variable {
        if op == .negative { return try xs[0].neg() }
        var operands = xs
        if let constant { operands.insert(Variable(constant), at: constantFirst ? 0 : 1) }
        let (a, b) = (operands[0], operands[1])
        switch op {
        case .add: return try Variable.add(a, b)
        case .subtract: return try Variable.sub(a, b)
        case .multiply: return try Variable.mul(a, b)
        case .divide: return try Variable.div(a, b)
        case .matmul: return try Variable.matmul(a, b)
        case .negative: return try a.neg()
        }
    }
}
