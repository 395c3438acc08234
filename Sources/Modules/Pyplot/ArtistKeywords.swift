import Language
import Plot

/// The `**kwargs` of a matplotlib call, read property by property as matplotlib's
/// `Artist.set()` does: aliases (`lw`, `c`, `ls`…) are accepted, a property given twice under
/// two names is an error, and whatever is left at the end is either a real matplotlib property
/// that Cellgrad does not draw (`NotImplementedError`), a property without a visible effect in a
/// PNG (accepted), or unknown — matplotlib's own error, with a spelling hint.
///
///     var kw = ArtistKeywords(bound.extraKeywords, artist: .line2D, interp: interp)
///     let color = try kw.color("color", "c")
///     try kw.finish()   // AttributeError: Line2D.set() got an unexpected keyword argument 'colour'
struct ArtistKeywords {
    /// The matplotlib class whose `set()` receives the keywords, with its property names.
    enum Owner: String {
        case line2D = "Line2D", rectangle = "Rectangle", pathCollection = "PathCollection"
        case axesImage = "AxesImage", text = "Text", polyCollection = "FillBetweenPolyCollection"
        case contourSet = "QuadContourSet", wedge = "Wedge", figure = "Figure", legend = "Legend"
        case colorbar = "Colorbar"

        /// Every property matplotlib knows for this class (with aliases), for telling
        /// "unsupported" from "misspelt".
        var knownProperties: Set<String> {
            switch self {
            case .line2D:
                return ArtistKeywords.common.union(["color", "c", "dash_capstyle", "dash_joinstyle", "dashes", "data",
                    "drawstyle", "ds", "fillstyle", "gapcolor", "linestyle", "ls", "linewidth", "lw", "marker",
                    "markeredgecolor", "mec", "markeredgewidth", "mew", "markerfacecolor", "mfc", "markerfacecoloralt",
                    "mfcalt", "markersize", "ms", "markevery", "solid_capstyle", "solid_joinstyle", "xdata", "ydata",
                    "scalex", "scaley"])
            case .rectangle, .wedge:
                return ArtistKeywords.common.union(["angle", "bounds", "capstyle", "color", "edgecolor", "ec", "facecolor",
                    "fc", "fill", "hatch", "hatch_linewidth", "height", "joinstyle", "linestyle", "ls", "linewidth", "lw",
                    "width", "x", "xy", "y", "tick_label", "xerr", "yerr", "ecolor", "capsize", "error_kw", "log",
                    "orientation", "rwidth", "cumulative", "stacked", "bottom", "align"])
            case .pathCollection, .polyCollection:
                return ArtistKeywords.common.union(["antialiaseds", "array", "capstyle", "clim", "cmap", "color",
                    "edgecolor", "edgecolors", "ec", "facecolor", "facecolors", "fc", "hatch", "hatch_linewidth",
                    "joinstyle", "linestyle", "linestyles", "ls", "dashes", "linewidth", "linewidths", "lw", "norm",
                    "offset_transform", "offsets", "paths", "pickradius", "sizes", "urls", "where", "interpolate",
                    "step", "plotnonfinite", "colorizer"])
            case .axesImage:
                return ArtistKeywords.common.union(["array", "clim", "cmap", "data", "extent", "filternorm", "filterrad",
                    "interpolation", "interpolation_stage", "mouseover", "norm", "resample", "url", "colorizer"])
            case .text:
                return ArtistKeywords.common.union(["backgroundcolor", "bbox", "color", "c", "fontfamily", "family",
                    "fontproperties", "font", "font_properties", "fontsize", "size", "fontstretch", "stretch",
                    "fontstyle", "style", "fontvariant", "variant", "fontweight", "weight", "horizontalalignment", "ha",
                    "linespacing", "math_fontfamily", "multialignment", "ma", "parse_math", "position", "rotation",
                    "rotation_mode", "text", "transform_rotates_text", "usetex", "verticalalignment", "va", "wrap",
                    "x", "y", "fontname", "antialiased"])
            case .contourSet:
                return ArtistKeywords.common.union(["levels", "colors", "cmap", "norm", "vmin", "vmax", "origin",
                    "extent", "locator", "extend", "xunits", "yunits", "antialiased", "nchunk", "linewidths",
                    "linestyles", "negative_linestyles", "hatches", "algorithm", "corner_mask", "colorizer"])
            case .figure:
                return ArtistKeywords.common.union(["canvas", "constrained_layout", "dpi", "edgecolor", "facecolor",
                    "figheight", "figwidth", "frameon", "layout_engine", "linewidth", "size_inches", "tight_layout",
                    "subplotpars", "layout"])
            case .legend, .colorbar:
                return []
            }
        }
    }

    /// Properties every artist has.
    static let common: Set<String> = ["agg_filter", "alpha", "animated", "antialiased", "aa", "clip_box", "clip_on",
        "clip_path", "figure", "gid", "in_layout", "label", "mouseover", "path_effects", "picker", "rasterized",
        "sketch_params", "snap", "transform", "url", "visible", "zorder"]

    /// Properties that change nothing in a static PNG (interactivity, metadata, anti-aliasing
    /// which is always on), accepted and ignored.
    static let noVisualEffect: Set<String> = ["animated", "antialiased", "aa", "antialiaseds", "gid", "url", "urls",
        "picker", "pickradius", "rasterized", "snap", "mouseover", "in_layout", "clip_on", "data", "scalex", "scaley",
        "filternorm", "filterrad", "resample", "interpolation_stage", "fontfamily", "family", "fontname",
        "fontweight", "weight", "fontstyle", "style", "fontstretch", "stretch", "fontvariant", "variant",
        "math_fontfamily", "parse_math", "linespacing", "nchunk", "algorithm", "corner_mask", "solid_capstyle",
        "solid_joinstyle", "dash_capstyle", "dash_joinstyle", "capstyle", "joinstyle", "plotnonfinite",
        "transform_rotates_text"]

    let owner: Owner
    let interp: Interpreter
    private(set) var remaining: [(name: Symbol, value: Value)]
    /// Keyword names whose values the caller already used (for duplicate-alias errors).
    private var consumed: [String: String] = [:]

    init(_ keywords: [(name: Symbol, value: Value)], owner: Owner, interp: Interpreter) {
        self.remaining = keywords
        self.owner = owner
        self.interp = interp
    }

    var isEmpty: Bool { remaining.isEmpty }

    /// The value of the first of `names` present (a property and its alias), removed from the
    /// keywords. Both spellings at once is matplotlib's TypeError.
    mutating func take(_ names: String...) throws -> Value? {
        try take(names)
    }

    mutating func take(_ names: [String]) throws -> Value? {
        var found: (String, Value)?
        for name in names {
            let s = Symbol(name)
            if let i = remaining.firstIndex(where: { $0.name == s }) {
                if let f = found {
                    throw PyError.type("Got both '\(f.0)' and '\(name)', which are aliases of one another")
                }
                found = (name, remaining[i].value)
                remaining.remove(at: i)
            }
        }
        return found?.1
    }

    /// Like `take` but None counts as absent.
    mutating func optional(_ names: String...) throws -> Value? {
        guard let v = try take(names), !v.isNone else { return nil }
        return v
    }

    mutating func double(_ names: String...) throws -> Double? {
        guard let v = try take(names), !v.isNone else { return nil }
        return try PlotData.scalar(interp, v, name: names[0])
    }

    mutating func string(_ names: String...) throws -> String? {
        guard let v = try take(names), !v.isNone else { return nil }
        return try PlotData.text(interp, v)
    }

    mutating func color(_ names: String...) throws -> Color? {
        guard let v = try take(names), !v.isNone else { return nil }
        return try PlotValues.color(interp, v, property: names[0])
    }

    mutating func lineStyle(_ names: String...) throws -> LineStyle? {
        guard let v = try take(names), !v.isNone else { return nil }
        return try PlotValues.lineStyle(interp, v)
    }

    mutating func marker(_ names: String...) throws -> Marker? {
        guard let v = try take(names) else { return nil }
        return try PlotValues.marker(v)
    }

    /// `label=`: any value, shown with `str()`.
    mutating func label() throws -> String {
        guard let v = try take("label"), !v.isNone else { return "" }
        return try PlotData.text(interp, v)
    }

    /// Ends reading: harmless properties are dropped, real-but-undrawn ones raise
    /// NotImplementedError, unknown ones raise matplotlib's error with a "Did you mean" hint.
    func finish() throws {
        for (name, _) in remaining {
            let n = name.name
            if ArtistKeywords.noVisualEffect.contains(n) { continue }
            if owner.knownProperties.contains(n) {
                throw PyError.notImplemented("\(owner.rawValue) property '\(n)' is not supported by Cellgrad's matplotlib yet")
            }
            var message: String
            switch owner {
            case .legend: message = "Legend.__init__() got an unexpected keyword argument '\(n)'"
            case .colorbar: message = "Colorbar.__init__() got an unexpected keyword argument '\(n)'"
            default: message = "\(owner.rawValue).set() got an unexpected keyword argument '\(n)'"
            }
            if let near = closestName(n, among: Array(owner.knownProperties)) { message += ". Did you mean: '\(near)'?" }
            switch owner {
            case .legend, .colorbar: throw PyError.type(message)
            default: throw PyError.attribute(message)
            }
        }
    }
}
