import Language
import Plot

/// The Python classes of the matplotlib binding, created once per process. Their methods are
/// registered by the `…Methods` enums, one file per class.
enum PyplotTypes {
    nonisolated(unsafe) static let figure: PyType = make("Figure", "matplotlib.figure", FigureMethods.install)
    nonisolated(unsafe) static let axes: PyType = make("Axes", "matplotlib.axes", AxesMethods.install)
    nonisolated(unsafe) static let line2D: PyType = make("Line2D", "matplotlib.lines", ArtistMethods.installLine)
    nonisolated(unsafe) static let pathCollection: PyType = make("PathCollection", "matplotlib.collections", ArtistMethods.installMappable)
    nonisolated(unsafe) static let fillBetween: PyType = make("FillBetweenPolyCollection", "matplotlib.collections", ArtistMethods.installArtist)
    nonisolated(unsafe) static let axesImage: PyType = make("AxesImage", "matplotlib.image", ArtistMethods.installMappable)
    nonisolated(unsafe) static let contourSet: PyType = make("QuadContourSet", "matplotlib.contour", ArtistMethods.installMappable)
    nonisolated(unsafe) static let rectangle: PyType = make("Rectangle", "matplotlib.patches", ArtistMethods.installPatch)
    nonisolated(unsafe) static let wedge: PyType = make("Wedge", "matplotlib.patches", ArtistMethods.installPatch)
    nonisolated(unsafe) static let text: PyType = make("Text", "matplotlib.text", ArtistMethods.installText)
    nonisolated(unsafe) static let legend: PyType = make("Legend", "matplotlib.legend", ArtistMethods.installLegend)
    nonisolated(unsafe) static let colorbar: PyType = make("Colorbar", "matplotlib.colorbar", ArtistMethods.installColorbar)
    nonisolated(unsafe) static let colormap: PyType = make("ListedColormap", "matplotlib.colors", ArtistMethods.installColormap)
    nonisolated(unsafe) static let spines: PyType = make("Spines", "matplotlib.spines", SpinesMethods.install)
    nonisolated(unsafe) static let transform: PyType = make("Transform", "matplotlib.transforms", { _ in })
    nonisolated(unsafe) static let axesArray: PyType = make("ndarray", "numpy", AxesArrayMethods.install)
    /// `BarContainer` and `ErrorbarContainer` are tuples, as in matplotlib (`for bar in bars`).
    nonisolated(unsafe) static let barContainer: PyType = container("BarContainer")
    nonisolated(unsafe) static let errorbarContainer: PyType = container("ErrorbarContainer")

    private static func make(_ name: String, _ module: String, _ install: (PyType) -> Void) -> PyType {
        let t = PyType(name: name, bases: [BuiltinTypes.object], module: module)
        install(t)
        return t
    }

    private static func container(_ name: String) -> PyType {
        // Mutable so that `repr` uses its own `__repr__` instead of the tuple's.
        let t = PyType(name: name, bases: [BuiltinTypes.tuple], module: "matplotlib.container", mutable: true)
        t.define("__repr__") { _, args in
            let n = (args.receiver.asObject as? PyTuple)?.items.count ?? 0
            return .str("<\(name) object of \(n) artists>")
        }
        return t
    }
}

/// Registering a native method with a Python signature, as matplotlib spells it.
enum Binding {
    /// `Binding.method(type, "set_title", "label, fontdict=None, loc=None, **kwargs", as: PyAxes.self) { interp, ax, a in … }`:
    /// checks the receiver's class, binds the arguments (Python's TypeErrors name
    /// `Axes.set_title()`), and turns Plot errors into Python exceptions.
    static func method<T: PyObject>(_ type: PyType, _ name: String, _ parameters: String, as: T.Type,
                                    _ body: @escaping (Interpreter, T, BoundArguments) throws -> Value) {
        let signature = Signature("\(type.name).\(name)(\(parameters))")
        type.define(name) { interp, args in
            guard case .object(let o) = args.receiver, let receiver = o as? T else {
                throw PyError.type("descriptor '\(name)' for '\(type.name)' objects doesn't apply to a '\(args.receiver.typeName)' object")
            }
            let bound = try signature.bind(args, skipReceiver: true)
            return try PlotValues.bridge { try body(interp, receiver, bound) }
        }
    }

    /// A read-only attribute.
    static func property<T: PyObject>(_ type: PyType, _ name: String, as: T.Type, _ get: @escaping (Interpreter, T) throws -> Value) {
        type.property(name, get: { interp, v in
            guard case .object(let o) = v, let receiver = o as? T else {
                throw PyError.type("descriptor '\(name)' for '\(type.name)' objects doesn't apply to a '\(v.typeName)' object")
            }
            return try get(interp, receiver)
        })
    }

    /// The arguments exactly as a pyplot function received them, minus the receiver slot,
    /// for functions that take matplotlib's free-form `*args`.
    static func positional(_ a: BoundArguments) -> [Value] { a.extraPositional }
}
