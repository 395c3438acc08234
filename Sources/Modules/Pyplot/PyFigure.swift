import Foundation
import Language
import Plot

/// `matplotlib.figure.Figure`: a Plot `Figure` plus what pyplot tracks about it — its number,
/// the current Axes (`gca`), the last colour-mapped artist (`plt.colorbar()`), and one Python
/// object per Axes so that `plt.gca() is ax` holds.
final class PyFigure: PyObject {
    let figure: Figure
    /// `plt.figure(num)`; 0 for figures that pyplot does not manage.
    var number: Int
    var label = ""
    private var current: Axes?
    /// The last image, colour-mapped scatter or contour set, for `plt.colorbar()`.
    var currentMappable: (artist: Artist, axes: Axes)?
    /// Colorbar Axes, which `gca` skips and `repr` labels `'<colorbar>'`.
    private(set) var colorbarAxes: Set<ObjectIdentifier> = []
    private var wrappers: [ObjectIdentifier: WeakAxes] = [:]

    private struct WeakAxes { weak var value: PyAxes? }

    /// The dpi the figure was made with. matplotlib's `savefig(dpi='figure')` (the default) saves
    /// at this one (`Figure._original_dpi`), even after `fig.set_dpi`.
    let creationDPI: Double
    /// The dpi as Python last gave it (`figure(dpi=80)`, `set_dpi(50)`): matplotlib hands the same
    /// object back, so `fig.dpi` prints `80`, not `80.0`.
    var dpiGiven: Value?

    /// `fig.dpi` / `fig.get_dpi()`.
    var dpiValue: Value { dpiGiven ?? .float(figure.dpi) }

    init(_ figure: Figure, number: Int) {
        self.figure = figure
        self.number = number
        creationDPI = figure.dpi
        super.init(type: PyplotTypes.figure)
    }

    /// The one Python object for an Axes of this figure.
    func wrap(_ ax: Axes) -> PyAxes {
        let id = ObjectIdentifier(ax)
        if let w = wrappers[id]?.value { return w }
        let w = PyAxes(ax, figure: self)
        if wrappers.count > 64 { wrappers = wrappers.filter { $0.value.value != nil } }
        wrappers[id] = WeakAxes(value: w)
        return w
    }

    func isColorbar(_ ax: Axes) -> Bool { colorbarAxes.contains(ObjectIdentifier(ax)) }

    func markColorbar(_ ax: Axes) { colorbarAxes.insert(ObjectIdentifier(ax)) }

    /// Makes `ax` the Axes that `plt.plot` and friends draw into.
    func setCurrent(_ ax: Axes) { current = ax }

    /// The current Axes, if any is left in the figure.
    var currentAxes: Axes? {
        if let c = current, figure.axes.contains(where: { $0 === c }) { return c }
        return figure.axes.last { !isColorbar($0) }
    }

    /// `fig.gca()`: the current Axes, creating one when the figure has none.
    func gca() throws -> PyAxes {
        if let c = currentAxes { return wrap(c) }
        let ax = try PlotValues.bridge { try figure.addSubplot() }
        current = ax
        return wrap(ax)
    }

    /// `fig.clf()`.
    func clear() {
        figure.clear()
        current = nil
        currentMappable = nil
        colorbarAxes = []
    }

    /// Axes removed from the figure (`delaxes`) stop being current.
    func forget(_ ax: Axes) {
        if current === ax { current = nil }
        if let m = currentMappable, m.axes === ax { currentMappable = nil }
    }

    /// `<Figure size 640x480 with 1 Axes>`.
    var reprText: String {
        let w = figure.width * figure.dpi, h = figure.height * figure.dpi
        return "<Figure size \(PyFigure.g(w))x\(PyFigure.g(h)) with \(figure.axes.count) Axes>"
    }

    /// Python's `'{:g}'` of a size.
    static func g(_ v: Double) -> String {
        String(format: "%g", v)
    }
}
