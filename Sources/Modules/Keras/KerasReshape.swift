import Language
import NN
import Tensor

/// `layers.Reshape(target_shape)`: the axes after the batch axis, one of them may be -1.
final class KerasReshape: KerasLayerKind {
    let target: [Int]
    var className: String { "Reshape" }
    var config: [String: Any] { ["target_shape": target] }
    init(target: [Int]) { self.target = target }
    func build(_ layer: PyKerasLayer, inputShape: [Int?]) throws {}

    func outputShape(_ inputShape: [Int?]) throws -> [Int?] {
        guard target.contains(-1) else { return [inputShape.first ?? nil] + target.map { Optional($0) } }
        let known = inputShape.dropFirst()
        guard !known.contains(where: { $0 == nil }) else { return [inputShape.first ?? nil] + target.map { $0 == -1 ? nil : $0 } }
        let total = known.reduce(1) { $0 * ($1 ?? 1) }, rest = target.filter { $0 != -1 }.reduce(1, *)
        return [inputShape.first ?? nil] + target.map { $0 == -1 ? total / Swift.max(rest, 1) : $0 }
    }

    func call(_ layer: PyKerasLayer, _ x: Variable, training: Bool) throws -> Variable {
        let total = x.shape.dropFirst().reduce(1, *), rest = target.filter { $0 != -1 }.reduce(1, *)
        guard target.contains(-1) ? total % Swift.max(rest, 1) == 0 : total == rest else {
            throw PyError.value("total size of new array must be unchanged, input_shape = \(Array(x.shape.dropFirst())), output_shape = \(target)")
        }
        return try x.reshape([x.shape[0]] + target)
    }
}
