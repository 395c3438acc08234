import Foundation
import Tensor

/// A first-order optimiser: one `step()` over `param_groups` that applies its ``UpdateRule``
/// to every parameter with a gradient, keeping per-parameter state (moments, step counts), as
/// torch's optimisers do.
public final class Optimizer {
    public let rule: UpdateRule
    public var paramGroups: [ParamGroup]
    /// Per-parameter state: named buffers and the step count.
    public var state: [ObjectIdentifier: ParamState] = [:]

    public init(rule: UpdateRule, groups: [ParamGroup]) {
        self.rule = rule
        self.paramGroups = groups
    }

    /// `optimizer.step()`.
    public func step() throws {
        for group in paramGroups {
            for p in group.params {
                guard let grad = p.grad else { continue }
                let id = ObjectIdentifier(p)
                var s = state[id] ?? ParamState()
                try rule.update(p, grad: grad, state: &s, group: group)
                state[id] = s
                p.markModified()
            }
        }
    }

    /// `optimizer.zero_grad(set_to_none=True)`.
    public func zeroGrad(setToNone: Bool = true) throws {
        for group in paramGroups {
            for p in group.params {
                if setToNone { p.grad = nil } else if let g = p.grad { g.fill(.float(0)) }
            }
        }
    }
}

/// What an optimiser remembers about one parameter.
public struct ParamState {
    public var step = 0
    public var buffers: [String: NDArray] = [:]
    public init() {}
}
