import Language
import Plot

/// `matplotlib.axes.Axes`: a Plot `Axes` and the figure it belongs to.
final class PyAxes: PyObject {
    let axes: Axes
    let figure: PyFigure
    /// The Legend object returned by the last `legend()` call (`ax.get_legend()`).
    var legend: PyObject?

    init(_ axes: Axes, figure: PyFigure) {
        self.axes = axes
        self.figure = figure
        super.init(type: PyplotTypes.axes)
    }

    /// `<Axes: title={'center': 'Loss'}, xlabel='epoch', ylabel='loss'>`, as matplotlib 3.8+.
    var reprText: String {
        var fields: [String] = []
        if figure.isColorbar(axes) { fields.append("label='<colorbar>'") }
        var titles: [String] = []
        for (key, t) in [("left", axes.titleLeft), ("center", axes.title), ("right", axes.titleRight)] where !t.isEmpty {
            titles.append("'\(key)': \(Formatter.stringRepr(t))")
        }
        if !titles.isEmpty { fields.append("title={" + titles.joined(separator: ", ") + "}") }
        if !axes.xaxis.label.isEmpty { fields.append("xlabel=\(Formatter.stringRepr(axes.xaxis.label))") }
        if !axes.yaxis.label.isEmpty { fields.append("ylabel=\(Formatter.stringRepr(axes.yaxis.label))") }
        return "<Axes: " + fields.joined(separator: ", ") + ">"
    }

    /// Remembers a colour-mapped artist for `plt.colorbar()`.
    func setMappable(_ artist: Artist) {
        figure.currentMappable = (artist, axes)
    }
}
