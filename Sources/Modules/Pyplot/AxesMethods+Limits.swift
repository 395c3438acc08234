import Language
import Plot

/// Limits, scales, `axis()`, aspect, inversion, `set(**props)`, `cla`, `twinx`.
extension AxesMethods {
    static func installLimits(_ t: PyType) {
        for isX in [true, false] {
            let n = isX ? "x" : "y"
            let (lo, hi) = isX ? ("left", "right") : ("bottom", "top")
            Binding.method(t, "set_\(n)lim", "\(lo)=None, \(hi)=None, *, emit=True, auto=False, \(n)min=None, \(n)max=None", as: PyAxes.self) { interp, ax, a in
                var low = a.optional(lo), high = a.optional(hi)
                if let l = low, case .object(let o) = l, o is PyTuple || o is PyList {
                    guard high == nil else { throw PyError.type("Cannot pass both '\(lo)' as a sequence and '\(hi)'") }
                    let pair = try interp.iterateToArray(l)
                    guard pair.count == 2 else { throw PyError.value("\(lo) must be a pair (\(lo), \(hi)), got \(pair.count) values") }
                    low = pair[0].isNone ? nil : pair[0]
                    high = pair[1].isNone ? nil : pair[1]
                }
                if let v = a.optional("\(n)min") {
                    guard low == nil else { throw PyError.type("Cannot pass both '\(lo)' and '\(n)min'") }
                    low = v
                }
                if let v = a.optional("\(n)max") {
                    guard high == nil else { throw PyError.type("Cannot pass both '\(hi)' and '\(n)max'") }
                    high = v
                }
                let l = try PlotData.optionalScalar(interp, low, name: lo), h = try PlotData.optionalScalar(interp, high, name: hi)
                if isX { try ax.axes.setXLim(l, h) } else { try ax.axes.setYLim(l, h) }
                return limits(ax.axes, isX: isX)
            }
            Binding.method(t, "get_\(n)lim", "", as: PyAxes.self) { _, ax, _ in limits(ax.axes, isX: isX) }
            Binding.method(t, "set_\(n)scale", "value, **kwargs", as: PyAxes.self) { interp, ax, a in
                let scale = try self.scale(a["value"] ?? .none)
                if !a.extraKeywords.isEmpty {
                    throw PyError.notImplemented("scale options (\(a.extraKeywords.map(\.name.name).joined(separator: ", "))) are not supported")
                }
                if isX { ax.axes.setXScale(scale) } else { ax.axes.setYScale(scale) }
                return .none
            }
            Binding.method(t, "get_\(n)scale", "", as: PyAxes.self) { _, ax, _ in
                .str((isX ? ax.axes.xaxis.scale : ax.axes.yaxis.scale).rawValue)
            }
            Binding.method(t, "invert_\(n)axis", "", as: PyAxes.self) { _, ax, _ in
                if isX { ax.axes.invertXAxis() } else { ax.axes.invertYAxis() }
                return .none
            }
            Binding.method(t, "\(n)axis_inverted", "", as: PyAxes.self) { _, ax, _ in
                .bool(isX ? ax.axes.xaxis.inverted : ax.axes.yaxis.inverted)
            }
        }
        Binding.method(t, "margins", "*margins, x=None, y=None, tight=True", as: PyAxes.self) { interp, ax, a in
            var mx = try PlotData.optionalScalar(interp, a.optional("x"), name: "x")
            var my = try PlotData.optionalScalar(interp, a.optional("y"), name: "y")
            let pos = try a.extraPositional.map { try PlotData.scalar(interp, $0, name: "margins") }
            switch pos.count {
            case 0: if mx == nil && my == nil { return .tuple([.float(ax.axes.xaxis.margin), .float(ax.axes.yaxis.margin)]) }
            case 1: mx = pos[0]; my = pos[0]
            case 2: mx = pos[0]; my = pos[1]
            default: throw PyError.type("Must pass a single positional argument for all margins, or one for each margin (x, y).")
            }
            for m in [mx, my].compactMap({ $0 }) where !(m > -0.5 && m.isFinite) {
                throw PyError.value("margin must be greater than -0.5")
            }
            if let mx { ax.axes.xaxis.margin = mx }
            if let my { ax.axes.yaxis.margin = my }
            return .none
        }
        Binding.method(t, "axis", "arg=None, /, *, emit=True, **kwargs", as: PyAxes.self) { interp, ax, a in
            try axis(interp, ax.axes, a)
        }
        Binding.method(t, "set_axis_off", "", as: PyAxes.self) { _, ax, _ in ax.axes.axisOn = false; return .none }
        Binding.method(t, "set_axis_on", "", as: PyAxes.self) { _, ax, _ in ax.axes.axisOn = true; return .none }
        Binding.method(t, "set_aspect", "aspect, adjustable=None, anchor=None, share=False", as: PyAxes.self) { interp, ax, a in
            ax.axes.aspectEqual = try aspect(interp, a["aspect"] ?? .none)
            return .none
        }
        Binding.method(t, "set_facecolor", "color", as: PyAxes.self) { interp, ax, a in
            ax.axes.facecolor = try PlotValues.color(interp, a["color"] ?? .none)
            return .none
        }
        for name in ["cla", "clear"] {
            Binding.method(t, name, "", as: PyAxes.self) { _, ax, _ in
                ax.axes.clear()
                ax.legend = nil
                return .none
            }
        }
        Binding.method(t, "twinx", "", as: PyAxes.self) { _, ax, _ in
            let twin = ax.figure.figure.twinx(ax.axes)
            ax.figure.setCurrent(twin)
            return .object(ax.figure.wrap(twin))
        }
        Binding.method(t, "twiny", "", as: PyAxes.self) { _, _, _ in
            throw PyError.notImplemented("twiny() is not supported; twinx() is")
        }
        Binding.method(t, "set", "**kwargs", as: PyAxes.self) { interp, ax, a in
            try setProperties(interp, ax, a.extraKeywords)
            return .none
        }
    }

    /// `(lo, hi)` view limits as floats.
    static func limits(_ axes: Axes, isX: Bool) -> Value {
        let v = axes.viewLimits()
        let p = isX ? v.x : v.y
        return .tuple([.float(p.0), .float(p.1)])
    }

    static func scale(_ v: Value) throws -> AxisSettings.Scale {
        guard let s = v.asString else { throw PyError.value("\(Formatter.repr(v)) is not a valid value for scale.") }
        switch s {
        case "linear": return .linear
        case "log": return .log
        case "symlog", "logit", "asinh", "function", "functionlog":
            throw PyError.notImplemented("the '\(s)' scale is not supported; use 'linear' or 'log'")
        default:
            throw PyError.value("'\(s)' is not a valid value for scale; supported values are 'asinh', 'function', 'functionlog', 'linear', 'log', 'logit', 'symlog'")
        }
    }

    static func aspect(_ interp: Interpreter, _ v: Value) throws -> Bool {
        if let s = v.asString {
            switch s {
            case "equal": return true
            case "auto": return false
            default: throw PyError.value("aspect must be 'auto', 'equal' or a number, not '\(s)'")
            }
        }
        let r = try PlotData.scalar(interp, v, name: "aspect")
        guard r.isFinite, r > 0 else { throw PyError.value("aspect must be finite and positive") }
        guard r == 1 else { throw PyError.notImplemented("aspect=\(r) is not supported; only 'equal' (1) and 'auto'") }
        return true
    }

    /// `axis('off')`, `axis('equal')`, `axis([xmin, xmax, ymin, ymax])`, `axis(False)`,
    /// `axis()`; returns the limits as matplotlib.
    static func axis(_ interp: Interpreter, _ axes: Axes, _ a: BoundArguments) throws -> Value {
        var kws = a.extraKeywords
        if let arg = a.optional("arg") {
            switch arg {
            case .bool(let b): axes.axisOn = b
            case .object(let o) where o is PyStr:
                try axes.axis((o as? PyStr)?.value ?? "")
            case .object(let o) where o is PyList || o is PyTuple:
                let v = try PlotData.vector(interp, arg, name: "axis")
                guard v.count == 4 else { throw PyError.type("The first argument to axis() must be an iterable of the form [xmin, xmax, ymin, ymax]") }
                try axes.setXLim(v[0], v[1]); try axes.setYLim(v[2], v[3])
            default:
                throw PyError.type("The first argument to axis() must be an iterable of the form [xmin, xmax, ymin, ymax]")
            }
        }
        var xl: (Double?, Double?) = (nil, nil), yl: (Double?, Double?) = (nil, nil)
        for (i, name) in ["xmin", "xmax", "ymin", "ymax"].enumerated() {
            guard let k = kws.firstIndex(where: { $0.name.name == name }) else { continue }
            let v = try PlotData.scalar(interp, kws[k].value, name: name)
            switch i { case 0: xl.0 = v; case 1: xl.1 = v; case 2: yl.0 = v; default: yl.1 = v }
            kws.remove(at: k)
        }
        if let extra = kws.first { throw PyError.type("axis() got an unexpected keyword argument '\(extra.name.name)'") }
        if xl.0 != nil || xl.1 != nil { try axes.setXLim(xl.0, xl.1) }
        if yl.0 != nil || yl.1 != nil { try axes.setYLim(yl.0, yl.1) }
        let v = axes.viewLimits()
        return .tuple([.float(v.x.0), .float(v.x.1), .float(v.y.0), .float(v.y.1)])
    }

    /// `ax.set(title=..., xlabel=..., xlim=(0, 1))`: each keyword calls `set_<name>`.
    static func setProperties(_ interp: Interpreter, _ ax: PyAxes, _ kws: [(name: Symbol, value: Value)]) throws {
        for (name, v) in kws {
            let method = Symbol("set_\(name.name)")
            guard ax.type.lookup(method) != nil else {
                var message = "Axes.set() got an unexpected keyword argument '\(name.name)'"
                let known = ax.type.namespace.keys.map(\.name).filter { $0.hasPrefix("set_") }.map { String($0.dropFirst(4)) }
                if let near = closestName(name.name, among: known) { message += ". Did you mean: '\(near)'?" }
                throw PyError.attribute(message)
            }
            _ = try interp.callMethod(.object(ax), method, Arguments([v]))
        }
    }
}
