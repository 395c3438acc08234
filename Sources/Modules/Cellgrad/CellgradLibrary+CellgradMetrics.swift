extension CellgradLibrary {
    /// `cellgrad.metrics`, in Cellgrad Python.
    static let cellgradMetrics = #"""
"""Classification metrics computed as scikit-learn computes them: confusion_matrix (shown as a
heat map), precision_recall_fscore_support, classification_report, accuracy_score."""
import numpy as np
import _cellgrad

__all__ = ["accuracy_score", "confusion_matrix", "precision_recall_fscore_support", "classification_report", "ConfusionMatrix"]


def _labels_of(y):
    if hasattr(y, "detach"):
        y = y.detach().numpy()
    return [v.item() if hasattr(v, "item") else v for v in np.asarray(y).ravel().tolist()]


def _unique_labels(*ys):
    seen = set()
    for y in ys:
        seen.update(y)
    return sorted(seen)


def _check(y_true, y_pred):
    t, p = _labels_of(y_true), _labels_of(y_pred)
    if len(t) != len(p):
        raise ValueError("Found input variables with inconsistent numbers of samples: [%d, %d]" % (len(t), len(p)))
    return t, p


def accuracy_score(y_true, y_pred, normalize=True, sample_weight=None):
    """The fraction (or count, normalize=False) of predictions equal to the truth."""
    t, p = _check(y_true, y_pred)
    w = [1.0] * len(t) if sample_weight is None else [float(v) for v in np.asarray(sample_weight).ravel().tolist()]
    hits = sum(wi for ti, pi, wi in zip(t, p, w) if ti == pi)
    if not normalize:
        return float(hits)
    return float(hits / sum(w)) if w else 0.0


class ConfusionMatrix:
    """The counts of a confusion_matrix (rows: true label, columns: predicted), shown in a
    notebook as a labelled table and a heat map. Behaves as the array: cm[i, j], cm.shape,
    np.asarray(cm), cm.tolist(); `cm.matrix` is the ndarray."""

    def __init__(self, matrix, labels, display_labels=None):
        self.matrix = matrix
        self.labels = list(labels)
        self.display_labels = [str(l) for l in (display_labels if display_labels is not None else labels)]

    def __repr__(self):
        return repr(self.matrix)

    def __str__(self):
        return str(self.matrix)

    def __array__(self, dtype=None, copy=None):
        return self.matrix if dtype is None else self.matrix.astype(dtype)

    def __getitem__(self, index):
        return self.matrix[index]

    def __len__(self):
        return len(self.matrix)

    def __iter__(self):
        return iter(self.matrix)

    def __eq__(self, other):
        return self.matrix == (other.matrix if isinstance(other, ConfusionMatrix) else other)

    @property
    def shape(self):
        return self.matrix.shape

    @property
    def dtype(self):
        return self.matrix.dtype

    @property
    def T(self):
        return self.matrix.T

    def sum(self, *args, **kwargs):
        return self.matrix.sum(*args, **kwargs)

    def tolist(self):
        return self.matrix.tolist()

    def to_html(self):
        """The matrix as an HTML table, cells shaded by count."""
        names = [_cellgrad.html_escape(n) for n in self.display_labels]
        rows = ['<tr><th style="text-align:right">true \\ predicted</th>' + "".join("<th>%s</th>" % n for n in names) + "</tr>"]
        peak = float(self.matrix.max()) if self.matrix.size else 0.0
        for i, name in enumerate(names):
            cells = []
            for j in range(len(names)):
                v = self.matrix[i, j].item()
                shade = 0.85 * (float(v) / peak) if peak else 0.0
                colour = "color:white;" if shade > 0.45 else ""
                cells.append('<td style="text-align:right;%sbackground:rgba(31,119,180,%.2f)">%s</td>' % (colour, shade, _fmt(v)))
            rows.append("<tr><th style=\"text-align:right\">%s</th>%s</tr>" % (name, "".join(cells)))
        return '<table class="cellgrad-confusion">' + "".join(rows) + "</table>"

    def _repr_mimebundle_(self, include=None, exclude=None):
        # The heat map carries the counts, so it is the picture; JupyterLab would prefer an
        # HTML table to it (and strips inline images from HTML), so the table is to_html().
        return {"text/plain": repr(self), "image/png": self.heatmap_png()}

    def heatmap_png(self, cmap="Blues"):
        """The matrix as a heat map PNG (base64), counts written in the cells."""
        import matplotlib.pyplot as plt
        fig = self.plot(cmap=cmap)
        try:
            return _cellgrad.figure_png(fig)
        finally:
            plt.close(fig)

    def plot(self, cmap="Blues", ax=None):
        """Draws the heat map with pyplot (as sklearn's ConfusionMatrixDisplay.plot) and returns the figure."""
        import matplotlib.pyplot as plt
        n = len(self.display_labels)
        if ax is None:
            size = max(3.2, 0.6 * n + 2.0)
            fig, ax = plt.subplots(figsize=(size + 0.8, size))
        else:
            fig = ax.figure
        m = self.matrix
        image = ax.imshow(m, cmap=cmap)
        peak = float(m.max()) if m.size else 0.0
        for i in range(n):
            for j in range(n):
                v = m[i, j].item()
                ax.text(j, i, _fmt(v), ha="center", va="center", color="white" if peak and v > peak / 2 else "black")
        ax.set_xticks(list(range(n)), self.display_labels)
        ax.set_yticks(list(range(n)), self.display_labels)
        ax.set_xlabel("Predicted label")
        ax.set_ylabel("True label")
        fig.colorbar(image, ax=ax)
        return fig


def _fmt(v):
    return "%.2g" % v if isinstance(v, float) and v != int(v) else str(int(v))




def confusion_matrix(y_true, y_pred, *, labels=None, sample_weight=None, normalize=None, display_labels=None):
    """confusion_matrix(y_true, y_pred, *, labels=None, sample_weight=None, normalize=None)

    C[i, j] counts samples of true label i predicted as j, labels in sorted order (or as given);
    normalize='true', 'pred' or 'all' divides by the row, column or total sums. Shown as a heat
    map in a notebook; display_labels names the classes in the picture."""
    t, p = _check(y_true, y_pred)
    if labels is None:
        labels = _unique_labels(t, p)
    else:
        labels = _labels_of(labels)
        if not labels:
            raise ValueError("'labels' should contain at least one label.")
        if not any(l in set(t) for l in labels):
            raise ValueError("At least one label specified must be in y_true")
    index = {l: i for i, l in enumerate(labels)}
    n = len(labels)
    weighted = sample_weight is not None
    w = [float(v) for v in np.asarray(sample_weight).ravel().tolist()] if weighted else None
    counts = [[0] * n for _ in range(n)]
    for k, (ti, pi) in enumerate(zip(t, p)):
        if ti in index and pi in index:
            counts[index[ti]][index[pi]] += w[k] if weighted else 1
    m = np.array(counts, dtype=np.float64 if weighted else np.int64)
    if normalize is not None:
        if normalize not in ("true", "pred", "all"):
            raise ValueError("normalize must be one of {'true', 'pred', 'all', None}")
        m = m.astype(np.float64)
        if normalize == "true":
            s = m.sum(axis=1, keepdims=True)
        elif normalize == "pred":
            s = m.sum(axis=0, keepdims=True)
        else:
            s = m.sum()
        m = np.nan_to_num(m / np.where(s == 0, 1, s))
    return ConfusionMatrix(m, labels, display_labels)


def _divide(num, den, zero_division):
    if den == 0:
        return 0.0 if zero_division in ("warn", 0, 0.0) else (float("nan") if zero_division != zero_division else float(zero_division))
    return num / den


def precision_recall_fscore_support(y_true, y_pred, *, beta=1.0, labels=None, pos_label=1, average=None, warn_for=("precision", "recall", "f-score"), sample_weight=None, zero_division="warn"):
    """Per label (average=None) or averaged ('micro', 'macro', 'weighted', 'binary'):
    precision, recall, F-beta and support, as scikit-learn computes them."""
    t, p = _check(y_true, y_pred)
    present = _unique_labels(t, p)
    if average == "binary":
        if len(present) > 2:
            raise ValueError("Target is multiclass but average='binary'. Please choose another average setting, one of [None, 'micro', 'macro', 'weighted'].")
        labels = [pos_label]
    elif labels is None:
        labels = present
    else:
        labels = _labels_of(labels)
    w = [1.0] * len(t) if sample_weight is None else [float(v) for v in np.asarray(sample_weight).ravel().tolist()]
    tp = [0.0] * len(labels)
    pred = [0.0] * len(labels)
    true = [0.0] * len(labels)
    index = {l: i for i, l in enumerate(labels)}
    for ti, pi, wi in zip(t, p, w):
        if ti == pi and ti in index:
            tp[index[ti]] += wi
        if pi in index:
            pred[index[pi]] += wi
        if ti in index:
            true[index[ti]] += wi
    if average == "micro":
        tp, pred, true = [sum(tp)], [sum(pred)], [sum(true)]
    b2 = beta * beta
    precision = [_divide(a, b, zero_division) for a, b in zip(tp, pred)]
    recall = [_divide(a, b, zero_division) for a, b in zip(tp, true)]
    f = []
    for a, pi, ti in zip(tp, pred, true):
        den = b2 * ti + pi
        f.append(_divide((1 + b2) * a, den, zero_division))
    support = [int(s) if sample_weight is None else s for s in true]
    if average is None:
        return np.array(precision), np.array(recall), np.array(f), np.array(support)
    if average == "weighted":
        total = sum(true)
        if total == 0:
            avg = lambda xs: 0.0
        else:
            avg = lambda xs: sum(x * s for x, s in zip(xs, true)) / total
    else:
        avg = lambda xs: sum(xs) / len(xs) if xs else 0.0
    return float(avg(precision)), float(avg(recall)), float(avg(f)), None


def classification_report(y_true, y_pred, *, labels=None, target_names=None, sample_weight=None, digits=2, output_dict=False, zero_division="warn"):
    """Precision, recall, F1 and support per class, then accuracy and the macro and
    weighted averages: scikit-learn's text report (or a dict with output_dict=True)."""
    t, p = _check(y_true, y_pred)
    labels_given = labels is not None
    labels = _labels_of(labels) if labels_given else _unique_labels(t, p)
    micro_is_accuracy = not labels_given or set(labels) >= set(_unique_labels(t, p))
    if target_names is not None and len(labels) != len(target_names):
        if labels_given:
            raise ValueError("Number of classes, %d, does not match size of target_names, %d. Try specifying the labels parameter" % (len(labels), len(target_names)))
        raise ValueError("Number of classes, %d, does not match size of target_names, %d. Try specifying the labels parameter" % (len(labels), len(target_names)))
    if target_names is None:
        target_names = ["%s" % l for l in labels]
    target_names = [str(n) for n in target_names]
    headers = ["precision", "recall", "f1-score", "support"]
    pr, rc, f1, s = precision_recall_fscore_support(t, p, labels=labels, average=None, sample_weight=sample_weight, zero_division=zero_division)
    pr, rc, f1, s = pr.tolist(), rc.tolist(), f1.tolist(), s.tolist()
    total_support = sum(s)
    averages = []
    for average in ("micro", "macro", "weighted"):
        heading = "accuracy" if average == "micro" and micro_is_accuracy else average + " avg"
        ap, ar, af, _ = precision_recall_fscore_support(t, p, labels=labels, average=average, sample_weight=sample_weight, zero_division=zero_division)
        averages.append((heading, ap, ar, af))
    if output_dict:
        report = {}
        for name, a, b, c, d in zip(target_names, pr, rc, f1, s):
            report[name] = {"precision": a, "recall": b, "f1-score": c, "support": float(d)}
        for heading, ap, ar, af in averages:
            if heading == "accuracy":
                report["accuracy"] = af
            else:
                report[heading] = {"precision": ap, "recall": ar, "f1-score": af, "support": float(total_support)}
        return report
    width = max(max(len(n) for n in target_names), len("weighted avg"), digits)
    fmt = "%." + str(digits) + "f"
    out = " " * width + " " + "".join(" " + h.rjust(9) for h in headers) + "\n\n"
    for name, a, b, c, d in zip(target_names, pr, rc, f1, s):
        out += name.rjust(width) + " " + "".join(" " + (fmt % v).rjust(9) for v in (a, b, c)) + " " + str(d).rjust(9) + "\n"
    out += "\n"
    for heading, ap, ar, af in averages:
        if heading == "accuracy":
            out += heading.rjust(width) + " " + " " + "".rjust(9) + " " + "".rjust(9) + " " + (fmt % af).rjust(9) + " " + str(total_support).rjust(9) + "\n"
        else:
            out += heading.rjust(width) + " " + "".join(" " + (fmt % v).rjust(9) for v in (ap, ar, af)) + " " + str(total_support).rjust(9) + "\n"
    return out
"""#
}
