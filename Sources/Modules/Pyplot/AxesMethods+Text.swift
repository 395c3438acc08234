import Foundation
import Language
import Plot

/// `text` and `annotate`, with their coordinate systems and `bbox=` frames.
extension AxesMethods {
    static func installText(_ t: PyType) {
        Binding.method(t, "text", "x, y, s, fontdict=None, **kwargs", as: PyAxes.self) { interp, ax, a in
            var kw = ArtistKeywords(try keywords(interp, a), owner: .text, interp: interp)
            var coordinates = TextArtist.Coordinates.data
            if let tr = try kw.optional("transform") {
                guard let transform = tr.asObject as? PyTransform else {
                    throw PyError.notImplemented("transform=\(tr.typeName) is not supported; use ax.transAxes, ax.transData or fig.transFigure")
                }
                coordinates = textCoordinates(transform)
            }
            let frame = try kw.optional("bbox").flatMap { try textBox(interp, $0) }
            let style = try PlotValues.textStyle(&kw, base: TextStyle())
            try kw.finish()
            let xv = a["x"] ?? .int(0), yv = a["y"] ?? .int(0)
            let s = try PlotData.text(interp, a["s"] ?? .str(""))
            let art = try ax.axes.text(x: try PlotData.scalar(interp, xv, name: "x"), y: try PlotData.scalar(interp, yv, name: "y"), s,
                                       style: style, coordinates: coordinates)
            art.box = frame
            return .object(PyText(x: xv, y: yv, text: s, artist: art))
        }
        Binding.method(t, "annotate", "text, xy, xytext=None, xycoords='data', textcoords=None, arrowprops=None, annotation_clip=None, **kwargs", as: PyAxes.self) { interp, ax, a in
            try annotate(interp, ax, a)
        }
    }

    static func textCoordinates(_ transform: PyTransform) -> TextArtist.Coordinates {
        switch transform.kind {
        case .data: return .data
        case .axes: return .axesFraction
        case .figure: return .figureFraction
        }
    }

    /// `xycoords=` / `textcoords=`: a name or a transform. nil for `'offset points'`, which only
    /// `textcoords` accepts.
    static func annotationCoordinates(_ v: Value, parameter: String) throws -> TextArtist.Coordinates? {
        if let transform = v.asObject as? PyTransform { return textCoordinates(transform) }
        guard let s = v.asString else {
            throw PyError.notImplemented("\(parameter)=\(v.typeName) is not supported; use 'data', 'axes fraction', 'figure fraction'\(parameter == "textcoords" ? ", 'offset points'" : "") or a transform")
        }
        switch s {
        case "data": return .data
        case "axes fraction": return .axesFraction
        case "figure fraction": return .figureFraction
        case "offset points" where parameter == "textcoords": return nil
        case "axes pixels", "axes points", "figure pixels", "figure points", "subfigure fraction", "polar",
             "offset pixels", "offset fontsize", "offset points":
            throw PyError.notImplemented("annotate(\(parameter)='\(s)') is not supported; use 'data', 'axes fraction', 'figure fraction'\(parameter == "textcoords" ? " or 'offset points'" : "")")
        default:
            throw PyError.value("'\(s)' is not a valid coordinate transformation")
        }
    }

    /// `ax.annotate(text, xy, xytext=None, xycoords='data', textcoords=None, arrowprops=None, annotation_clip=None, **kwargs)`.
    static func annotate(_ interp: Interpreter, _ ax: PyAxes, _ a: BoundArguments) throws -> Value {
        let s = try PlotData.text(interp, a["text"] ?? .str(""))
        func point(_ v: Value, _ name: String) throws -> Point {
            let p = try PlotData.vector(interp, v, name: name)
            guard p.count == 2 else { throw PyError.value("\(name) must be a pair (x, y), got \(p.count) values") }
            return Point(p[0], p[1])
        }
        let xy = try point(a["xy"] ?? .none, "xy")
        guard let xyCoordinates = try annotationCoordinates(a.optional("xycoords") ?? .str("data"), parameter: "xycoords") else {
            throw PyError.value("xycoords cannot be an offset")
        }
        var placement: Axes.TextPlacement?
        if let tv = a.optional("xytext") {
            let p = try point(tv, "xytext")
            // textcoords defaults to xycoords, as in matplotlib.
            if let c = a.optional("textcoords") {
                placement = try annotationCoordinates(c, parameter: "textcoords").map { .at(p, $0) } ?? .offsetPoints(p)
            } else {
                placement = .at(p, xyCoordinates)
            }
        }
        let arrow = try a.optional("arrowprops").flatMap { $0.isNone ? nil : try arrowProps(interp, $0) }
        let clip = try a.optional("annotation_clip").flatMap { $0.isNone ? nil : try interp.isTruthy($0) }
        var kw = ArtistKeywords(a.extraKeywords, owner: .text, interp: interp)
        let frame = try kw.optional("bbox").flatMap { try textBox(interp, $0) }
        let style = try PlotValues.textStyle(&kw, base: TextStyle())
        try kw.finish()
        let art = try ax.axes.annotate(s, xy: xy, xyCoordinates: xyCoordinates, text: placement, arrow: arrow, clip: clip, style: style)
        art.box = frame
        // matplotlib's repr shows the annotated point: Annotation(3, 9, 'max').
        let text = PyText(x: PyplotNumbers.value(xy.x), y: PyplotNumbers.value(xy.y), text: s, artist: art)
        text.reprName = "Annotation"
        return .object(text)
    }

    /// `arrowprops=dict(arrowstyle='->', color='k', lw=1.5, shrinkA=0, shrinkB=5)` or the
    /// style-less form `dict(facecolor='black', shrink=0.05)`.
    static func arrowProps(_ interp: Interpreter, _ props: Value) throws -> Arrow {
        guard let d = props.asObject as? PyDict else { throw PyError.type("arrowprops must be a dict, not \(props.typeName)") }
        var arrow = Arrow()
        var styled = false
        var alpha: Double?
        for (k, v) in d.entries {
            guard let key = k.asString else { throw PyError.type("arrowprops keys must be strings") }
            switch key {
            case "arrowstyle":
                guard let name = v.asString, let style = Arrow.Style(rawValue: name), style != .filled else {
                    throw PyError.notImplemented("arrowstyle \(Formatter.repr(v)) is not supported; use '->', '-|>' or '-'")
                }
                arrow.style = style
                styled = true
            case "color", "edgecolor", "ec", "facecolor", "fc":
                arrow.color = try PlotValues.color(interp, v, property: key)
            case "lw", "linewidth":
                let w = try PlotData.scalar(interp, v, name: key)
                guard w.isFinite, w >= 0 else { throw PyError.value("linewidth must be a non-negative number, got \(w)") }
                arrow.lineWidth = w
            case "shrink":
                arrow.shrink = min(0.45, max(0, try PlotData.scalar(interp, v, name: "shrink")))
            case "shrinkA":
                arrow.gapAtText = max(0, try PlotData.scalar(interp, v, name: "shrinkA"))
            case "shrinkB":
                arrow.gapAtPoint = max(0, try PlotData.scalar(interp, v, name: "shrinkB"))
            case "alpha":
                let al = try PlotData.scalar(interp, v, name: "alpha")
                guard al >= 0 && al <= 1 else { throw PyError.value("alpha (\(al)) is outside 0-1 range") }
                alpha = al
            case "width", "headwidth", "headlength", "connectionstyle", "linestyle", "ls", "mutation_scale", "zorder", "antialiased":
                continue  // drawn with matplotlib's default proportions and a straight connection
            default:
                throw PyError.notImplemented("arrowprops key '\(key)' is not supported")
            }
        }
        if !styled { arrow.style = .filled }
        if let alpha { arrow.color = arrow.color.fading(alpha) }
        return arrow
    }

    /// `bbox=dict(boxstyle='round,pad=0.5', facecolor='wheat', edgecolor='k', alpha=0.5)`: the
    /// frame behind a text. Without a face colour it is matplotlib's patch default, C0.
    static func textBox(_ interp: Interpreter, _ v: Value) throws -> TextArtist.TextBox? {
        if v.isNone { return nil }
        guard let d = v.asObject as? PyDict else { throw PyError.type("bbox must be a dict, not \(v.typeName)") }
        var box = TextArtist.TextBox(rounded: false, face: Color.tab10[0], edge: .black)
        var alpha: Double?
        for (k, value) in d.entries {
            guard let key = k.asString else { throw PyError.type("bbox keys must be strings") }
            switch key {
            case "boxstyle":
                guard let spec = value.asString else { throw PyError.notImplemented("boxstyle objects are not supported; use a string such as 'round,pad=0.3'") }
                let parts = spec.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                switch parts.first ?? "" {
                case "round", "round4": box.rounded = true
                case "square": box.rounded = false
                case let other: throw PyError.notImplemented("boxstyle '\(other)' is not supported; use 'round' or 'square'")
                }
                for option in parts.dropFirst() {
                    let kv = option.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
                    guard kv.count == 2, let number = Double(kv[1]), number.isFinite, number >= 0 else {
                        throw PyError.value("invalid boxstyle option '\(option)'")
                    }
                    if kv[0] == "pad" { box.pad = number } else if kv[0] != "rounding_size" {
                        throw PyError.notImplemented("boxstyle option '\(kv[0])' is not supported")
                    }
                }
            case "facecolor", "fc": box.face = try PlotValues.color(interp, value, property: key)
            case "edgecolor", "ec": box.edge = try PlotValues.color(interp, value, property: key)
            case "color":
                let c = try PlotValues.color(interp, value)
                box.face = c; box.edge = c
            case "pad":
                let p = try PlotData.scalar(interp, value, name: "pad")
                guard p.isFinite, p >= 0 else { throw PyError.value("pad must be a non-negative number") }
                box.pad = p
            case "linewidth", "lw":
                let w = try PlotData.scalar(interp, value, name: key)
                guard w.isFinite, w >= 0 else { throw PyError.value("linewidth must be a non-negative number") }
                box.lineWidth = w
            case "alpha":
                let al = try PlotData.scalar(interp, value, name: "alpha")
                guard al >= 0 && al <= 1 else { throw PyError.value("alpha (\(al)) is outside 0-1 range") }
                alpha = al
            case "fill":
                if try !interp.isTruthy(value) { box.face = nil }
            case "linestyle", "ls", "zorder", "antialiased", "capstyle", "joinstyle":
                continue
            default:
                throw PyError.notImplemented("bbox key '\(key)' is not supported")
            }
        }
        if let alpha { box.face = box.face?.withAlpha(alpha); box.edge = box.edge?.withAlpha(alpha) }
        return box
    }
}
