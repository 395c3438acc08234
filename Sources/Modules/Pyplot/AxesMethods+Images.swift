import Language
import Plot

/// `imshow`, `contour`, `contourf`.
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
