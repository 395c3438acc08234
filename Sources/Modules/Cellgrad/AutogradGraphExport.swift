import Foundation
import Language
import NN
import Tensor

/// The autograd graph behind a tensor, for `cellgrad.draw_graph`: one node per tensor (a leaf,
/// or the result of an op with torch's node name), and an edge from each op input to its
/// result. After `backward()` the leaves carry the norm of their gradient.
enum AutogradGraphExport {
    /// Larger graphs (a deep network unrolled) would not fit a picture a learner can read.
    static let maxNodes = 120

    /// `(nodes, edges)`: nodes are dicts `id, op, shape, requires_grad, grad_norm, grad, value`;
    /// edges are `(input id, result id)` pairs.
    static func export(_ root: PyTorchTensor) throws -> Value {
        var order: [Variable] = []
        var seen: Set<ObjectIdentifier> = []
        var edges: [Value] = []
        var stack = [root.variable]
        seen.insert(ObjectIdentifier(root.variable))
        while let v = stack.popLast() {
            order.append(v)
            guard order.count <= maxNodes else {
                throw PyError.value("the graph has more than \(maxNodes) tensors; draw_graph draws small graphs (a few layers) for teaching")
            }
            for input in v.gradFn?.inputs ?? [] {
                guard let input else { continue }
                edges.append(.tuple([.int(id(input)), .int(id(v))]))
                if seen.insert(ObjectIdentifier(input)).inserted { stack.append(input) }
            }
        }
        let nodes: [Value] = order.map { v in
            let d = PyDict()
            d[HashKey.string("id")] = .int(id(v))
            d[HashKey.string("op")] = v.gradFn.map { .str($0.name) } ?? Value.none
            d[HashKey.string("shape")] = .tuple(v.data.shape.map { .int($0) })
            d[HashKey.string("requires_grad")] = .bool(v.requiresGrad)
            d[HashKey.string("grad_norm")] = v.grad.map { g in .float(g.doubles.reduce(0) { $0 + $1 * $1 }.squareRoot()) } ?? Value.none
            d[HashKey.string("value")] = v.data.size == 1 ? .float(v.data.doubles[0]) : Value.none
            // A scalar's gradient keeps its sign: the number a teacher writes beside the node.
            d[HashKey.string("grad")] = v.grad.flatMap { $0.size == 1 ? .float($0.doubles[0]) : nil } ?? Value.none
            return .object(d)
        }
        return .tuple([.list(nodes), .list(edges)])
    }

    /// The id `variable_id(t)` gives, so a caller can name parameters (`params=`).
    static func id(_ v: Variable) -> Int { ObjectIdentifier(v).hashValue }
}
