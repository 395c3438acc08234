extension CellgradLibrary {
    /// `cellgrad`, in Cellgrad Python.
    static let cellgrad = #"""
"""Cellgrad's teaching helpers: training curves (plot_history, callbacks.LivePlot), the
autograd graph of a tensor (draw_graph), and classification metrics (metrics)."""
import _cellgrad
import cellgrad.callbacks as callbacks
import cellgrad.metrics as metrics
import cellgrad.datasets as datasets

__all__ = ["plot_history", "draw_graph", "callbacks", "metrics", "datasets"]


def plot_history(history, metrics=None, figsize=None, title=None):
    """plot_history(history, metrics=None, figsize=None, title=None)

    The usual panels of a training run: loss and each metric over the epochs, training solid
    and validation dashed. history is what model.fit returns (or its .history dict, or a
    LivePlot)."""
    logs = getattr(history, "history", None)
    if logs is None:
        logs = getattr(history, "logs", history)
    if not isinstance(logs, dict):
        raise TypeError("plot_history() needs a History, a LivePlot or a dict of metric lists, not %s" % type(history).__name__)
    logs = {k: [float(v) for v in vs] for k, vs in logs.items()}
    if metrics is not None:
        keep = set(metrics)
        logs = {k: v for k, v in logs.items() if (k[4:] if k.startswith("val_") else k) in keep}
    return callbacks.render_curves(logs, None, figsize, title)


class GraphPicture:
    """A drawn autograd graph: PNG in a notebook; its text lists the nodes."""

    def __init__(self, png, text):
        self.png = png
        self.text = text

    def __repr__(self):
        return self.text

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"image/png": self.png, "text/plain": self.text}


def _op_name(op):
    name = op
    for suffix in ("Backward0", "Backward1", "Backward"):
        if name.endswith(suffix):
            name = name[:-len(suffix)]
            break
    return name


def _shape_text(shape):
    return "(" + ", ".join(str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"


def draw_graph(tensor, params=None, figsize=None):
    """draw_graph(tensor, params=None, figsize=None)

    The autograd graph that computed `tensor`, drawn left to right as a teacher draws
    backpropagation: leaves (inputs and parameters) on the left, one box per operation with
    its output shape (a scalar's value), arrows along the data flow, the result on the right.
    After backward() the leaves show their gradient (a tensor's by its norm). params names
    the leaves: draw_graph(loss, params=dict(model.named_parameters()))."""
    import matplotlib.pyplot as plt
    nodes, edges = _cellgrad.autograd_graph(tensor)
    names = {}
    for name, p in (params or {}).items():
        names[_cellgrad.variable_id(p)] = name
    by_id = {n["id"]: n for n in nodes}
    inputs = {n["id"]: [] for n in nodes}
    for a, b in edges:
        inputs[b].append(a)
    rank = {}

    def rank_of(i):
        if i in rank:
            return rank[i]
        stack = [i]
        while stack:
            top = stack[-1]
            pending = [j for j in inputs[top] if j not in rank]
            if pending:
                stack.extend(pending)
                continue
            stack.pop()
            rank[top] = 1 + max((rank[j] for j in inputs[top]), default=-1)
        return rank[i]

    for n in nodes:
        rank_of(n["id"])
    consumers = {n["id"]: [] for n in nodes}
    for a, b in edges:
        consumers[a].append(b)
    # A leaf sits just left of its first use, as one draws the graph by hand.
    for n in nodes:
        i = n["id"]
        if not inputs[i] and consumers[i]:
            rank[i] = min(rank[c] for c in consumers[i]) - 1
    lowest = min(rank.values())
    for i in rank:
        rank[i] -= lowest
    root = nodes[0]["id"]
    # An edge that spans several columns passes through a waypoint in each column between,
    # so it is routed around the boxes instead of through them (Sugiyama's dummy nodes).
    waypoints = {}
    layer_edges = []
    next_waypoint = -1
    for a, b in edges:
        previous = a
        chain = []
        for r in range(rank[a] + 1, rank[b]):
            rank[next_waypoint] = r
            chain.append(next_waypoint)
            layer_edges.append((previous, next_waypoint))
            previous = next_waypoint
            next_waypoint -= 1
        layer_edges.append((previous, b))
        waypoints[(a, b)] = chain
    columns = {}
    for i in rank:
        columns.setdefault(rank[i], []).append(i)
    depth = max(columns.keys()) + 1
    height = max(len(c) for c in columns.values())
    before = {i: [] for i in rank}
    after = {i: [] for i in rank}
    for a, b in layer_edges:
        after[a].append(b)
        before[b].append(a)
    # Barycentre sweeps, left to right then right to left: each column is ordered by the
    # mean position of its neighbours in the column it was just compared with.
    position = {}
    for r in sorted(columns.keys()):
        for k, i in enumerate(columns[r]):
            position[i] = k

    def order(r, neighbours):
        col = columns[r]
        col.sort(key=lambda i: sum(position[j] for j in neighbours[i]) / len(neighbours[i]) if neighbours[i] else position[i])
        for k, i in enumerate(col):
            position[i] = k

    for _ in range(4):
        for r in range(1, depth):
            order(r, before)
        for r in range(depth - 2, -1, -1):
            order(r, after)
    row = {}
    for r in columns:
        offset = (height - len(columns[r])) / 2.0
        for i in columns[r]:
            row[i] = offset + position[i]
    labels = {}
    for n in nodes:
        i = n["id"]
        # A scalar shows its value (a shape of () says nothing); a tensor its shape.
        if n["shape"] == () and n["value"] is not None:
            shape = "= %.4g" % n["value"]
        else:
            shape = _shape_text(n["shape"])
        if n["op"] is not None:
            text = _op_name(n["op"]) + "\n" + shape
            if n["value"] is not None and i == root and n["shape"] != ():
                text += "\n= %.4g" % n["value"]
        else:
            text = names.get(i, "param" if n["requires_grad"] else "input") + "\n" + shape
            if n["grad"] is not None:
                text += "\ngrad = %.4g" % n["grad"]
            elif n["grad_norm"] is not None:
                text += "\n|grad| = %.3g" % n["grad_norm"]
        labels[i] = text
    if figsize is None:
        figsize = (max(4.0, 2.1 * depth), max(2.2, 1.05 * height + 0.6))
    fig, ax = plt.subplots(figsize=figsize)
    ax.set_xlim(-0.6, depth - 0.4)
    ax.set_ylim(height - 0.5, -0.5)
    ax.axis("off")
    half = 0.3
    for a, b in edges:
        start = (rank[a] + half, row[a])
        for w in waypoints[(a, b)]:
            ax.plot([start[0], rank[w]], [start[1], row[w]], color="#555555", lw=1.2)
            start = (rank[w], row[w])
        ax.annotate("", xy=(rank[b] - half, row[b]), xytext=start,
                    arrowprops=dict(arrowstyle="->", color="#555555", lw=1.2))
    for n in nodes:
        i = n["id"]
        if i == root:
            face, edge = "#d4f0d4", "#2ca02c"
        elif n["op"] is not None:
            face, edge = "#fde7c8", "#ff7f0e"
        elif n["requires_grad"]:
            face, edge = "#d6e6f5", "#1f77b4"
        else:
            face, edge = "#eeeeee", "#888888"
        ax.text(rank[i], row[i], labels[i], ha="center", va="center", fontsize=9,
                bbox=dict(boxstyle="round,pad=0.4", fc=face, ec=edge, lw=1.2))
    try:
        png = _cellgrad.figure_png(fig)
    finally:
        plt.close(fig)
    ops = [n for n in nodes if n["op"] is not None]
    text = "<autograd graph: %d tensors, %d ops: %s>" % (len(nodes), len(ops), ", ".join(_op_name(n["op"]) for n in reversed(ops)))
    return GraphPicture(png, text)
"""#
}
