import Language
import Plot

/// `imshow`, `contour`, `contourf`, `text`, `annotate`.
extension AxesMethods {
    static func installImages(_ t: PyType) {
        Binding.method(t, "imshow", "X, cmap=None, norm=None, *, aspect=None, interpolation=None, alpha=None, vmin=None, vmax=None, colorizer=None, origin=None, extent=None, interpolation_stage=None, filternorm=True, filterrad=4.0, resample=None, url=None, data=None, **kwargs", as: PyAxes.self) { interp, ax, a in
            try imshow(interp, ax, a)
        }
        for filled in [false, true] {
            Binding.method(t, filled ? "contourf" : "contour", "*args, data=None, **kwargs", as: PyAxes.self) { interp, ax, a in
                try contour(interp, ax, a, filled: filled)
            }
        }
        Binding.method(t, "text", "x, y, s, fontdict=None, **kwargs", as: PyAxes.self) { interp, ax, a in
            var kw = ArtistKeywords(try keywords(interp, a), owner: .text, interp: interp)
            var coordinates = TextArtist.Coordinates.data
            if let tr = try kw.optional("transform") {
                guard case .object(let o) = tr, let transform = o as? PyTransform else {
                    throw PyError.notImplemented("transform=\(tr.typeName) is not supported; use ax.transAxes or ax.transData")
                }
                switch transform.kind {
                case .data: coordinates = .data
                case .axes: coordinates = .axesFraction
                case .figure: throw PyError.notImplemented("figure coordinates (fig.transFigure) are not supported for text; use ax.transAxes")
                }
            }
            if try kw.optional("bbox") != nil { throw PyError.notImplemented("text(bbox=...) boxes are not supported yet") }
            let style = try PlotValues.textStyle(&kw, base: TextStyle())
            try kw.finish()
            let xv = a["x"] ?? .int(0), yv = a["y"] ?? .int(0)
            let s = try PlotData.text(interp, a["s"] ?? .str(""))
            let art = try ax.axes.text(x: try PlotData.scalar(interp, xv, name: "x"), y: try PlotData.scalar(interp, yv, name: "y"), s,
                                       style: style, coordinates: coordinates)
            return .object(PyText(x: xv, y: yv, text: s, artist: art))
        }
        Binding.method(t, "annotate", "text, xy, xytext=None, xycoords='data', textcoords=None, arrowprops=None, annotation_clip=None, **kwargs", as: PyAxes.self) { interp, ax, a in
            try annotate(interp, ax, a)
        }
    }

    static func imshow(_ interp: Interpreter, _ ax: PyAxes, _ a: BoundArguments) throws -> Value {
        for name in ["norm", "colorizer", "data"] where a.optional(name) != nil {
            throw PyError.notImplemented("imshow(\(name)=...) is not supported yet; use vmin/vmax")
        }
        if let i = a.optional("interpolation") {
            let s = try PlotData.string(i, name: "interpolation", function: "imshow")
            guard ["nearest", "none", "antialiased", "auto"].contains(s) else {
                throw PyError.notImplemented("interpolation='\(s)' is not supported; images are drawn with 'nearest'")
            }
        }
        var kw = ArtistKeywords(a.extraKeywords, owner: .axesImage, interp: interp)
        _ = try kw.take("zorder")
        _ = try kw.take("label")
        try kw.finish()
        let image = try PlotData.array(interp, a["X"] ?? .none, name: "X")
        if image.strings != nil { throw PyError.type("Image data of dtype <U cannot be converted to float") }
        var shape = image.shape
        if shape.count == 3 && shape[2] == 1 { shape = [shape[0], shape[1]] }
        let cmap = try PlotValues.cmapName(interp, a.optional("cmap"))
        let vmin = try PlotData.optionalScalar(interp, a.optional("vmin"), name: "vmin")
        let vmax = try PlotData.optionalScalar(interp, a.optional("vmax"), name: "vmax")
        let aspectEqual = try a.optional("aspect").map { try aspect(interp, $0) } ?? true
        let origin: Axes.ImageOrigin
        switch a.optional("origin")?.asString ?? "upper" {
        case "upper": origin = .upper
        case "lower": origin = .lower
        case let s: throw PyError.value("'\(s)' is not a valid value for origin; supported values are 'upper', 'lower'")
        }
        let extent = try a.optional("extent").map { try PlotData.vector(interp, $0, name: "extent") }
        if let e = extent, e.count != 4 { throw PyError.value("extent must be (left, right, bottom, top), got \(e.count) values") }
        let alpha = try PlotData.optionalScalar(interp, a.optional("alpha"), name: "alpha") ?? 1
        guard alpha >= 0 && alpha <= 1 else { throw PyError.value("alpha (\(alpha)) is outside 0-1 range") }
        let img: ImageArtist
        if shape.count == 2 {
            img = try ax.axes.imshow(values: image.values, rows: shape[0], cols: shape[1], cmap: cmap ?? "viridis", vmin: vmin, vmax: vmax,
                                     aspectEqual: aspectEqual, origin: origin, extent: extent, alpha: alpha)
            ax.setMappable(img)
        } else if shape.count == 3, shape[2] == 3 || shape[2] == 4 {
            img = try ax.axes.imshow(rgb: image.values, rows: shape[0], cols: shape[1], channels: shape[2],
                                     maxValue: image.allIntegers ? 255 : 1, aspectEqual: aspectEqual, origin: origin,
                                     extent: extent, alpha: alpha)
        } else {
            throw PyError.type("Invalid shape \(PlotData.shapeText(image.shape)) for image data")
        }
        return .object(PyPlotArtist(img, axes: ax, type: PyplotTypes.axesImage))
    }

    /// `contour(Z)`, `contour(Z, levels)`, `contour(X, Y, Z)`, `contour(X, Y, Z, levels)`.
    static func contour(_ interp: Interpreter, _ ax: PyAxes, _ a: BoundArguments, filled: Bool) throws -> Value {
        let name = filled ? "contourf" : "contour"
        if a.optional("data") != nil { throw PyError.notImplemented("\(name)(..., data=...) is not supported; pass the arrays") }
        var args = a.extraPositional
        var kw = ArtistKeywords(a.extraKeywords, owner: .contourSet, interp: interp)
        var levelsArg = try kw.optional("levels")
        if args.count == 2 || args.count == 4 {
            guard levelsArg == nil else { throw PyError.type("\(name)() got multiple values for argument 'levels'") }
            levelsArg = args.removeLast()
        }
        guard args.count == 1 || args.count == 3 else {
            throw PyError.type("\(name)() takes from 1 to 4 positional arguments but \(a.extraPositional.count) were given")
        }
        let z = try PlotData.array(interp, args[args.count - 1], name: "Z")
        guard z.shape.count == 2, z.strings == nil else {
            throw PyError.type("Input z must be 2D, not \(z.shape.count)D")
        }
        let (rows, cols) = (z.shape[0], z.shape[1])
        var x: [Double]?, y: [Double]?
        if args.count == 3 {
            x = try PlotData.array(interp, args[0], name: "X").values
            y = try PlotData.array(interp, args[1], name: "Y").values
        }
        var levels = Axes.ContourLevels.count(7)
        if let l = levelsArg {
            let arr = try PlotData.array(interp, l, name: "levels")
            if arr.isScalar, arr.allIntegers, let n = arr.values.first {
                levels = .count(n.clampedToInt)
            } else {
                guard arr.strings == nil, arr.shape.count <= 1 else { throw PyError.value("levels must be an int or a 1-D list of values") }
                levels = .values(arr.values)
            }
        }
        let cmap = try PlotValues.cmapName(interp, try kw.optional("cmap")) ?? "viridis"
        let colors = try kw.optional("colors").map { try PlotValues.colors(interp, $0, property: "colors") }
        let alpha = try kw.double("alpha") ?? 1
        guard alpha >= 0 && alpha <= 1 else { throw PyError.value("alpha (\(alpha)) is outside 0-1 range") }
        var lineWidth = Rc.lineWidth
        if let lw = try kw.optional("linewidths") {
            let v = try PlotData.vector(interp, lw, name: "linewidths")
            guard v.count == 1 else { throw PyError.notImplemented("one linewidth per level is not supported; give a single number") }
            lineWidth = v[0]
        }
        for unsupported in ["vmin", "vmax", "norm", "extend", "hatches", "linestyles", "origin", "extent", "locator"] {
            if try kw.optional(unsupported) != nil { throw PyError.notImplemented("\(name)(\(unsupported)=...) is not supported yet") }
        }
        _ = try kw.take("zorder")
        _ = try kw.take("label")
        try kw.finish()
        let cs: ContourSet
        if filled {
            if case .values(let v) = levels, v.count < 2 { throw PyError.value("Filled contours require at least 2 levels.") }
            cs = try ax.axes.contourf(x: x, y: y, z: z.values, rows: rows, cols: cols, levels: levels, cmap: cmap, colors: colors, alpha: alpha)
        } else {
            cs = try ax.axes.contour(x: x, y: y, z: z.values, rows: rows, cols: cols, levels: levels, cmap: cmap, colors: colors,
                                     lineWidth: lineWidth, alpha: alpha)
        }
        ax.setMappable(cs)
        return .object(PyPlotArtist(cs, axes: ax, type: PyplotTypes.contourSet))
    }

    static func annotate(_ interp: Interpreter, _ ax: PyAxes, _ a: BoundArguments) throws -> Value {
        let s = try PlotData.text(interp, a["text"] ?? .str(""))
        func point(_ v: Value, _ name: String) throws -> Point {
            let p = try PlotData.vector(interp, v, name: name)
            guard p.count == 2 else { throw PyError.value("\(name) must be a pair (x, y), got \(p.count) values") }
            return Point(p[0], p[1])
        }
        let xy = try point(a["xy"] ?? .none, "xy")
        let xyText = try a.optional("xytext").map { try point($0, "xytext") }
        if let c = a.optional("xycoords"), c.asString != "data" {
            throw PyError.notImplemented("annotate(xycoords=\(Formatter.repr(c))) is not supported; positions are data coordinates")
        }
        if let c = a.optional("textcoords"), c.asString != "data" {
            throw PyError.notImplemented("annotate(textcoords=\(Formatter.repr(c))) is not supported; give xytext in data coordinates")
        }
        var arrow: TextArtist.ArrowStyle?
        var arrowColor = Color.black
        var shrink = 0.0
        if let props = a.optional("arrowprops") {
            guard case .object(let o) = props, let d = o as? PyDict else { throw PyError.type("arrowprops must be a dict") }
            arrow = .filled
            for (k, v) in d.entries {
                switch k.asString ?? "" {
                case "arrowstyle":
                    switch v.asString ?? "" {
                    case "->": arrow = .open
                    case "-": arrow = .line
                    case "-|>", "simple", "fancy": arrow = .filled
                    case let style: throw PyError.notImplemented("arrowstyle '\(style)' is not supported; use '->', '-' or '-|>'")
                    }
                case "color", "facecolor", "fc", "edgecolor", "ec": arrowColor = try PlotValues.color(interp, v)
                case "shrink": shrink = try PlotData.scalar(interp, v, name: "shrink")
                case "width", "headwidth", "headlength", "lw", "linewidth", "connectionstyle", "alpha", "shrinkA", "shrinkB":
                    continue  // drawn with the library's arrow proportions
                case let key: throw PyError.notImplemented("arrowprops key '\(key)' is not supported")
                }
            }
        }
        var kw = ArtistKeywords(a.extraKeywords, owner: .text, interp: interp)
        if try kw.optional("bbox") != nil { throw PyError.notImplemented("annotate(bbox=...) boxes are not supported yet") }
        let style = try PlotValues.textStyle(&kw, base: TextStyle())
        try kw.finish()
        let art = try ax.axes.annotate(s, xy: xy, xyText: xyText, arrow: arrow, arrowColor: arrowColor, shrink: shrink, style: style)
        let at = xyText ?? xy
        let text = PyText(x: PyplotNumbers.value(at.x), y: PyplotNumbers.value(at.y), text: s, artist: art)
        text.reprName = "Annotation"
        return .object(text)
    }
}

extension Double {
    /// An Int for a count given as a Double, saturating instead of trapping.
    var clampedToInt: Int { isNaN ? 0 : self >= 9e18 ? Int.max : self <= -9e18 ? Int.min : Int(self) }
}

/// Positions shown in reprs: whole numbers as ints, as the user most likely typed them.
enum PyplotNumbers {
    static func value(_ d: Double) -> Value {
        d == d.rounded() && abs(d) < 1e15 ? .int(Int(d)) : .float(d)
    }
}
