import Language
import Plot

/// pyplot's global state for one session, as matplotlib's `Gcf`: the open figures in
/// creation order, the current one, and `rcParams`. Shared by `matplotlib` and
/// `matplotlib.pyplot`.
final class PyplotState {
    private(set) var figures: [PyFigure] = []
    private var current: PyFigure?
    /// `matplotlib.rcParams`; `figure.figsize` and `figure.dpi` are read by `plt.figure()`.
    let rcParams: PyDict
    /// True once the cell-end hook is installed.
    var hookInstalled = false

    init() {
        rcParams = PyDict()
        let defaults: [(String, Value)] = [
            ("figure.figsize", .list([.float(Rc.figureWidth), .float(Rc.figureHeight)])),
            ("figure.dpi", .float(Rc.dpi)),
            ("savefig.dpi", .str("figure")),
            ("font.size", .float(Rc.fontSize)),
            ("font.family", .list([.str("sans-serif")])),
            ("font.sans-serif", .list(["DejaVu Sans", "Noto Sans CJK SC"].map { .str($0) })),
            ("axes.unicode_minus", .bool(true)),
            ("axes.titlesize", .str("large")),
            ("axes.labelsize", .str("medium")),
            ("lines.linewidth", .float(Rc.lineWidth)),
            ("lines.markersize", .float(Rc.markerSize)),
            ("legend.fontsize", .str("medium")),
            ("image.cmap", .str("viridis")),
            ("axes.grid", .bool(false)),
        ]
        for (k, v) in defaults { rcParams[HashKey.string(k)] = v }
    }

    /// `plt.gcf()`: the current figure, made when there is none.
    func currentFigure(_ interp: Interpreter) throws -> PyFigure {
        if let c = current { return c }
        return try newFigure(interp, number: nil, size: nil, dpi: nil, facecolor: nil)
    }

    var currentIfAny: PyFigure? { current }

    /// A new managed figure with the next free number (or `number`); sizes default to rcParams.
    func newFigure(_ interp: Interpreter, number: Int?, size: (Double, Double)?, dpi: Double?, facecolor: Color?) throws -> PyFigure {
        let rcSize = try? PlotData.vector(interp, rcParams[HashKey.string("figure.figsize")] ?? .none, name: "figure.figsize")
        let w = size?.0 ?? (rcSize?.count == 2 ? rcSize?[0] : nil) ?? Rc.figureWidth
        let h = size?.1 ?? (rcSize?.count == 2 ? rcSize?[1] : nil) ?? Rc.figureHeight
        let rcDpi = try? PlotData.scalar(interp, rcParams[HashKey.string("figure.dpi")] ?? .none, name: "figure.dpi")
        let figure = try PlotValues.bridge { try Figure(width: w, height: h, dpi: dpi ?? rcDpi ?? Rc.dpi, facecolor: facecolor ?? .white) }
        let fig = PyFigure(figure, number: number ?? nextNumber)
        figures.append(fig)
        current = fig
        return fig
    }

    var nextNumber: Int { (figures.map(\.number).max() ?? 0) + 1 }

    func figure(number: Int) -> PyFigure? { figures.first { $0.number == number } }
    func figure(label: String) -> PyFigure? { figures.first { $0.label == label } }

    /// Makes a figure current, managing it again if it had been closed.
    func activate(_ fig: PyFigure) {
        if !figures.contains(where: { $0 === fig }) { figures.append(fig) }
        current = fig
    }

    /// `plt.close(fig)`: the figure is no longer shown; the previous one becomes current.
    func close(_ fig: PyFigure) {
        figures.removeAll { $0 === fig }
        if current === fig { current = figures.last }
    }

    func closeAll() {
        figures.removeAll()
        current = nil
    }

    /// Shows every open figure, in creation order, then closes them (`plt.show()` and the end
    /// of a cell, as matplotlib-inline).
    func showAll(_ interp: Interpreter) throws {
        let open = figures
        closeAll()
        for fig in open { try FigureOutput.display(interp, fig) }
    }
}
