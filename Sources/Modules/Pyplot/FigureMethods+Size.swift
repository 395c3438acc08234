import Language
import Plot

/// Figure size and resolution: `set_size_inches`, `set_figwidth`, `set_figheight`, `set_dpi`,
/// the `dpi` attribute. The Plot figure derives every pixel from them at render time, so they
/// may change at any point before the figure is shown or saved.
extension FigureMethods {
    static func installSize(_ t: PyType) {
        t.property("dpi", get: { _, v in
            guard let fig = v.asObject as? PyFigure else { throw PyError.type("dpi needs a Figure") }
            return fig.dpiValue
        }, set: { interp, v, value in
            guard let fig = v.asObject as? PyFigure else { throw PyError.type("dpi needs a Figure") }
            try setDPI(interp, fig, value)
        })
        Binding.method(t, "get_dpi", "", as: PyFigure.self) { _, fig, _ in fig.dpiValue }
        Binding.method(t, "set_dpi", "val", as: PyFigure.self) { interp, fig, a in
            try setDPI(interp, fig, a["val"] ?? .none)
            return .none
        }
        Binding.method(t, "get_size_inches", "", as: PyFigure.self) { interp, fig, _ in
            try AxesMethods.numbers(interp, [fig.figure.width, fig.figure.height])
        }
        Binding.method(t, "get_figwidth", "", as: PyFigure.self) { _, fig, _ in .float(fig.figure.width) }
        Binding.method(t, "get_figheight", "", as: PyFigure.self) { _, fig, _ in .float(fig.figure.height) }
        Binding.method(t, "set_size_inches", "w, h=None, forward=True", as: PyFigure.self) { interp, fig, a in
            // matplotlib takes (w, h) or one pair: set_size_inches((8, 4)).
            var size = try PlotData.vector(interp, a["w"] ?? .none, name: "w")
            if let h = a.optional("h") {
                guard size.count == 1 else { throw PyError.type("set_size_inches() takes w and h, or one (w, h) pair") }
                size.append(try PlotData.scalar(interp, h, name: "h"))
            }
            guard size.count == 2 else { throw PyError.value("set_size_inches() needs a width and a height, got \(size.count) values") }
            try resize(fig, width: size[0], height: size[1])
            return .none
        }
        Binding.method(t, "set_figwidth", "val, forward=True", as: PyFigure.self) { interp, fig, a in
            try resize(fig, width: try PlotData.scalar(interp, a["val"] ?? .none, name: "val"), height: fig.figure.height)
            return .none
        }
        Binding.method(t, "set_figheight", "val, forward=True", as: PyFigure.self) { interp, fig, a in
            try resize(fig, width: fig.figure.width, height: try PlotData.scalar(interp, a["val"] ?? .none, name: "val"))
            return .none
        }
    }

    /// matplotlib's wording: `ValueError: figure size must be positive finite not (…)`.
    static func resize(_ fig: PyFigure, width: Double, height: Double) throws {
        guard width.isFinite, height.isFinite, width > 0, height > 0 else {
            throw PyError.value("figure size must be positive finite not (\(PyFigure.g(width)), \(PyFigure.g(height)))")
        }
        try PlotValues.bridge { try fig.figure.setSize(width: width, height: height) }
    }

    static func setDPI(_ interp: Interpreter, _ fig: PyFigure, _ value: Value) throws {
        let dpi = try PlotData.scalar(interp, value, name: "dpi")
        try PlotValues.bridge { try fig.figure.setDPI(dpi) }
        fig.dpiGiven = value
    }
}
