import Language
import Plot

/// `ax.spines['top'].set_visible(False)` and `ax.spines[['top', 'right']].set_visible(False)`:
/// the four frame lines of an Axes, shown or hidden.
final class PySpines: PyObject {
    let axes: PyAxes
    /// The spines this object stands for ('left', 'bottom', 'right', 'top').
    let names: [String]

    init(axes: PyAxes, names: [String]) {
        self.axes = axes
        self.names = names
        super.init(type: PyplotTypes.spines)
    }

    static let all = ["left", "right", "bottom", "top"]

    func setVisible(_ on: Bool) {
        for n in names {
            switch n {
            case "left": axes.axes.spines.left = on
            case "right": axes.axes.spines.right = on
            case "bottom": axes.axes.spines.bottom = on
            default: axes.axes.spines.top = on
            }
        }
    }

    func isVisible(_ n: String) -> Bool {
        switch n {
        case "left": return axes.axes.spines.left
        case "right": return axes.axes.spines.right
        case "bottom": return axes.axes.spines.bottom
        default: return axes.axes.spines.top
        }
    }
}

enum SpinesMethods {
    static func install(_ t: PyType) {
        t.define("__repr__") { _, args in
            guard let s = args.receiver.asObject as? PySpines else { return .str("<Spines>") }
            return .str(s.names.count == 1 ? "<matplotlib.spines.Spine object: \(s.names[0])>" : "<matplotlib.spines.Spines object>")
        }
        Binding.method(t, "__getitem__", "key", as: PySpines.self) { interp, s, a in
            let key = a["key"] ?? .none
            let names: [String] = try key.asString.map { [$0] } ?? interp.iterateToArray(key).map { v in
                guard let n = v.asString else { throw PyError.type("spine names must be strings") }
                return n
            }
            for n in names where !PySpines.all.contains(n) { throw PyError.key(.str(n)) }
            return .object(PySpines(axes: s.axes, names: names))
        }
        Binding.method(t, "keys", "", as: PySpines.self) { _, s, _ in .list(s.names.map { .str($0) }) }
        Binding.method(t, "__iter__", "", as: PySpines.self) { _, s, _ in .object(PyIterator(values: s.names.map { .str($0) })) }
        Binding.method(t, "set_visible", "b", as: PySpines.self) { interp, s, a in
            s.setVisible(try interp.isTruthy(a["b"] ?? .bool(true)))
            return .none
        }
        Binding.method(t, "get_visible", "", as: PySpines.self) { _, s, _ in .bool(s.names.allSatisfy(s.isVisible)) }
        for name in ["set_color", "set_linewidth", "set_position", "set_linestyle", "set_bounds"] {
            Binding.method(t, name, "*args, **kwargs", as: PySpines.self) { _, _, _ in
                throw PyError.notImplemented("spine \(name.dropFirst(4)) cannot be changed; spines can be shown or hidden (set_visible)")
            }
        }
    }
}
