import Tensor

/// A tensor that can take part in reverse-mode differentiation: an ``NDArray`` plus what
/// autograd needs (whether it requires a gradient, the accumulated gradient, and the node that
/// made it). torch's `Tensor` and keras's variables are both Variables.
///
/// ```python
/// x = torch.tensor([1., 2.], requires_grad=True)   # a leaf: gradFn == nil, requiresGrad
/// y = (x * x).sum()                                 # y.gradFn is SumBackward0
/// y.backward()                                      # x.grad == [2., 4.]
/// ```
public final class Variable {
    /// The values. Replacing them (`x.data = …`) keeps the graph; in-place ops bump ``version``.
    public var data: NDArray
    /// True when gradients flow to (a leaf) or through (a result) this variable.
    public var requiresGrad: Bool
    /// The accumulated gradient of a leaf (or of a result that called ``retainGrad()``).
    public var grad: NDArray? { didSet { recordedGrad = nil } }
    /// `.grad` as a graph node, after a backward with `create_graph=True` (its values are
    /// ``grad``'s); replacing ``grad`` drops it.
    public internal(set) var recordedGrad: Variable?
    /// The node that computed this variable; nil for leaves.
    public internal(set) var gradFn: GradFn?
    /// Counts in-place modifications, so backward can tell that a saved value changed.
    public internal(set) var version = 0
    /// A non-leaf that keeps its gradient (`retain_grad()`).
    public var retainsGrad = false
    /// `x.register_hook(f)`: called with this variable's gradient during backward, in order;
    /// a hook that returns an array replaces the gradient. Keyed so a handle can remove it.
    public var hooks: [(id: Int, body: (NDArray) throws -> NDArray?)] = []

    /// The variable whose storage this one views, for in-place version checks through views.
    public internal(set) weak var viewBase: Variable?

    public init(_ data: NDArray, requiresGrad: Bool = false) {
        self.data = data
        self.requiresGrad = requiresGrad
    }

    /// A leaf has no gradFn: it was created by the user, or is a result computed without grad.
    public var isLeaf: Bool { gradFn == nil }

    public var shape: [Int] { data.shape }
    public var dtype: DType { data.dtype }
    public var ndim: Int { data.ndim }
    public var count: Int { data.size }

    /// A new leaf sharing the values, cut from the graph (`x.detach()`).
    public func detached() -> Variable { Variable(data) }

    /// Marks an in-place change of the values (`x.add_(1)`, `x[0] = 2`).
    public func markModified() {
        version &+= 1
        viewBase?.markModified()
    }

    /// Keeps the gradient of a non-leaf after backward (`y.retain_grad()`).
    public func retainGrad() {
        if !isLeaf { retainsGrad = true }
    }
}
