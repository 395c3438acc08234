extension CellgradLibrary {
    /// `cellgrad.callbacks`, in Cellgrad Python.
    static let cellgradCallbacks = #"""
"""Training callbacks that show themselves: `LivePlot` redraws the training and validation
curves in the cell's output after each epoch.

    from cellgrad.callbacks import LivePlot
    model.fit(x, y, validation_split=0.2, epochs=20, callbacks=[LivePlot()])

    plot = LivePlot()                         # a torch loop
    for epoch in range(20):
        ...
        plot.update(epoch, loss=train_loss, val_loss=val_loss)"""
import _cellgrad

__all__ = ["LivePlot"]


def _panels(logs):
    """Metric names grouped into panels: 'loss' with 'val_loss', 'accuracy' with 'val_accuracy'."""
    order = []
    for name in logs:
        base = name[4:] if name.startswith("val_") else name
        if base not in order:
            order.append(base)
    if "loss" in order:
        order.remove("loss")
        order.insert(0, "loss")
    return order


def curves_figure(logs, epochs=None, figsize=None, title=None):
    """A figure with one panel per metric: training and validation curves over the epochs.

    logs maps a metric name ('loss', 'val_loss', 'accuracy' …) to its values per epoch."""
    import matplotlib.pyplot as plt
    panels = _panels(logs)
    if not panels:
        raise ValueError("no metrics to plot: the logs are empty")
    ncols = min(len(panels), 2)
    nrows = (len(panels) + ncols - 1) // ncols
    if figsize is None:
        figsize = (4.8 * ncols, 3.2 * nrows)
    fig, axes = plt.subplots(nrows, ncols, figsize=figsize, squeeze=False)
    for i, base in enumerate(panels):
        ax = axes[i // ncols][i % ncols]
        for name, label, style in ((base, "training", "-"), ("val_" + base, "validation", "--")):
            values = logs.get(name)
            if values:
                xs = list(epochs[:len(values)]) if epochs else list(range(1, len(values) + 1))
                ax.plot(xs, values, style, label=label, marker="o" if len(values) < 30 else None, markersize=3)
        ax.set_title(base)
        ax.set_xlabel("epoch")
        ax.grid(True, alpha=0.3)
        ax.legend()
    for j in range(len(panels), nrows * ncols):
        axes[j // ncols][j % ncols].axis("off")
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    return fig


class CurvesPicture:
    """A drawn figure of training curves: shown as PNG, its text is a summary."""

    def __init__(self, png, summary):
        self.png = png
        self.summary = summary

    def __repr__(self):
        return self.summary

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"image/png": self.png, "text/plain": self.summary}


def render_curves(logs, epochs=None, figsize=None, title=None):
    """The curves of logs as a PNG picture (base64) and a one-line summary."""
    import matplotlib.pyplot as plt
    fig = curves_figure(logs, epochs, figsize, title)
    try:
        png = _cellgrad.figure_png(fig)
    finally:
        plt.close(fig)
    last = ", ".join("%s=%.4g" % (k, v[-1]) for k, v in logs.items() if v)
    n = max((len(v) for v in logs.values()), default=0)
    return CurvesPicture(png, "<%d epochs: %s>" % (n, last))


class LivePlot:
    """LivePlot(metrics=None, figsize=None, interval=0.1)

    A Keras callback (and a torch-loop helper) that redraws training and validation curves in
    the cell's output as training runs: one panel per metric, 'val_' values dashed beside them.
    `metrics` limits the panels ('loss', 'accuracy'); the curves drawn so far stay when the
    training is interrupted. `plot.logs` holds every value."""

    def __init__(self, metrics=None, figsize=None, interval=0.1):
        self.metrics = list(metrics) if metrics else None
        self.figsize = figsize
        self.interval = interval
        self.logs = {}
        self.epochs = []
        self.model = None
        self.params = {}
        self._live = None

    def __repr__(self):
        return "<cellgrad.callbacks.LivePlot: %d epochs>" % len(self.epochs)

    def update(self, epoch=None, **values):
        """Records one epoch's values (loss=…, val_loss=…, accuracy=…) and redraws."""
        if epoch is None:
            epoch = len(self.epochs)
        self.epochs.append(epoch + 1 if isinstance(epoch, int) else epoch)
        for name, value in values.items():
            if self.metrics is not None and (name[4:] if name.startswith("val_") else name) not in self.metrics:
                continue
            value = float(value)
            series = self.logs.setdefault(name, [])
            while len(series) < len(self.epochs) - 1:
                series.append(float("nan"))
            series.append(value)
        self.draw()

    def draw(self, force=False):
        """Redraws the curves in place: at most once per interval; a redraw that comes too
        soon is sent by the next one, at the end of training, or when the cell ends."""
        if not self.logs or not _cellgrad.live():
            return
        if self._live is None:
            self._live = _cellgrad.Live(self.interval)
        picture = render_curves(self.logs, self.epochs, self.figsize)
        self._live.show({"image/png": picture.png, "text/plain": picture.summary}, force)

    def reset(self):
        """Forgets the recorded values; the next update starts a new output."""
        self.logs = {}
        self.epochs = []
        self._live = None

    # The Keras callback interface.
    def set_model(self, model):
        self.model = model

    def set_params(self, params):
        self.params = params

    def on_train_begin(self, logs=None):
        # The output opens above fit's progress lines, so the curves stay in one place.
        self._live = None
        if _cellgrad.live():
            self._live = _cellgrad.Live(self.interval)
            self._live.show({"text/plain": "LivePlot: the curves appear after the first epoch"}, True)

    def on_epoch_end(self, epoch, logs=None):
        self.update(epoch, **(logs or {}))

    def on_train_end(self, logs=None):
        if self._live is not None:
            self._live.finish()

    def on_epoch_begin(self, epoch, logs=None):
        pass

    def on_test_begin(self, logs=None):
        pass

    def on_test_end(self, logs=None):
        pass

    def on_predict_begin(self, logs=None):
        pass

    def on_predict_end(self, logs=None):
        pass
"""#
}
