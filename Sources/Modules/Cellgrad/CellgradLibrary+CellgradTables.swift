extension CellgradLibrary {
    /// `cellgrad.tables`, in Cellgrad Python.
    static let cellgradTables = #"""
"""HTML tables for the objects a lesson shows: a Keras History (one row per epoch) and a
torch module (its layers, their parameters and the total)."""

import _cellgrad

__all__ = ["history_html", "module_html"]

_STYLE = ' style="text-align:right;padding:2px 10px"'




def history_html(history):
    """The logs of a History as a table: one row per epoch, one column per metric."""
    logs = getattr(history, "history", {}) or {}
    epochs = list(getattr(history, "epoch", []) or [])
    names = list(logs.keys())
    if not names:
        return None
    rows = max(len(v) for v in logs.values())
    head = "<tr><th%s>epoch</th>%s</tr>" % (_STYLE, "".join("<th%s>%s</th>" % (_STYLE, _cellgrad.html_escape(n)) for n in names))
    body = []
    for i in range(rows):
        epoch = epochs[i] + 1 if i < len(epochs) and isinstance(epochs[i], int) else i + 1
        cells = "".join("<td%s>%s</td>" % (_STYLE, "%.4f" % float(logs[n][i]) if i < len(logs[n]) else "") for n in names)
        body.append("<tr><td%s>%d</td>%s</tr>" % (_STYLE, epoch, cells))
    return '<table class="cellgrad-history"><thead>%s</thead><tbody>%s</tbody></table>' % (head, "".join(body))


def _count(module):
    return sum(p.numel() for p in module.parameters())


def module_html(module):
    """A torch module as a table of its direct children: name, layer, parameters."""
    children = list(module.named_children())
    if not children:
        return None
    rows = []
    for name, child in children:
        text = repr(child).split("\n")[0] if list(child.named_children()) else repr(child)
        rows.append("<tr><td>%s</td><td><code>%s</code></td><td%s>%s</td></tr>" % (_cellgrad.html_escape(name), _cellgrad.html_escape(text), _STYLE, format(_count(child), ",")))
    trainable = sum(p.numel() for p in module.parameters() if p.requires_grad)
    return ('<table class="cellgrad-module"><thead><tr><th>name</th><th>%s</th><th%s>params</th></tr></thead><tbody>%s</tbody>'
            '<tfoot><tr><td colspan="2">total (trainable %s)</td><td%s>%s</td></tr></tfoot></table>'
            % (_cellgrad.html_escape(type(module).__name__), _STYLE, "".join(rows), format(trainable, ","), _STYLE, format(_count(module), ",")))
"""#
}
