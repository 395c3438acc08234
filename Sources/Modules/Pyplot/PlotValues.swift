import Language
import Plot

/// Conversions of matplotlib's small value types (colours, line styles, markers, colormaps,
/// font sizes, alignments, legend locations) from Python to the Plot library.
enum PlotValues {
    /// `'r'`, `'tab:blue'`, `'#1f77b4'`, `'0.5'`, `(r, g, b)`, `(r, g, b, a)` or `('red', 0.3)`.
    static func color(_ interp: Interpreter, _ v: Value, property: String = "color") throws -> Color {
        if let s = v.asString { return try bridge { try Color.parse(s) } }
        if case .object(let o) = v, o is PyList || o is PyTuple {
            let items = try interp.iterateToArray(v)
            if items.count == 2, let s = items[0].asString {
                let alpha = try PlotData.scalar(interp, items[1], name: "alpha")
                guard alpha >= 0 && alpha <= 1 else { throw PyError.value("alpha (\(alpha)) is outside 0-1 range") }
                return try bridge { try Color.parse(s) }.withAlpha(alpha)
            }
            let nums = try items.map { try PlotData.scalar(interp, $0, name: property) }
            return try bridge { try Color.from(tuple: nums) }
        }
        if case .object = v, let list = try? PlotData.vector(interp, v, name: property), list.count == 3 || list.count == 4 {
            return try bridge { try Color.from(tuple: list) }
        }
        throw PyError.value("\(Formatter.repr(v)) is not a valid value for \(property): give a colour name ('red', 'C0', '#1f77b4') or an (r, g, b[, a]) tuple of 0-1 floats")
    }

    /// A list of colours (`colors=['r', 'g', 'b']`), or one colour for all.
    static func colors(_ interp: Interpreter, _ v: Value, property: String = "color") throws -> [Color] {
        if v.asString != nil { return [try color(interp, v, property: property)] }
        let items = try interp.iterateToArray(v)
        if items.count == 3 || items.count == 4, items.allSatisfy({ if case .float = $0 { return true }; if case .int = $0 { return true }; return false }) {
            return [try color(interp, v, property: property)]
        }
        return try items.map { try color(interp, $0, property: property) }
    }

    static func lineStyle(_ interp: Interpreter, _ v: Value) throws -> LineStyle {
        guard let s = v.asString else {
            throw PyError.notImplemented("dash tuples such as linestyle=\(Formatter.repr(v)) are not supported; use '-', '--', ':' or '-.'")
        }
        return try bridge { try LineStyle.parse(s) }
    }

    /// A marker symbol; nil for `''`, `' '`, `'None'`, `'none'` and None (no marker).
    static func marker(_ v: Value) throws -> Marker? {
        if v.isNone { return nil }
        guard let s = v.asString else {
            throw PyError.notImplemented("marker=\(Formatter.repr(v)) is not supported; use one of 'o . , s D d ^ v < > p h * + x | _'")
        }
        if s.isEmpty || s == " " || s == "None" || s == "none" { return nil }
        guard let m = Marker(symbol: s) else {
            if s.hasPrefix("$") { throw PyError.notImplemented("text markers ('\(s)') are not supported") }
            throw PyError.value("Unrecognized marker style '\(s)'")
        }
        return m
    }

    /// A colormap argument: a name or a colormap object (`plt.cm.Blues`). Checked at once.
    static func cmapName(_ interp: Interpreter, _ v: Value?) throws -> String? {
        guard let v, !v.isNone else { return nil }
        let name: String
        if let s = v.asString { name = s } else if case .object(let o) = v, let c = o as? PyColormap { name = c.colormap.name } else {
            throw PyError.type("cmap must be a colormap name such as 'viridis' or a colormap like plt.cm.viridis, not \(v.typeName)")
        }
        _ = try bridge { try Colormap.named(name) }
        return name
    }

    /// `fontsize=12` or `fontsize='large'`.
    static func fontSize(_ interp: Interpreter, _ v: Value) throws -> Double {
        if let s = v.asString {
            guard let size = TextStyle.size(named: s) else {
                throw PyError.value("'\(s)' is not a valid font size; use a number or one of 'xx-small', 'x-small', 'small', 'medium', 'large', 'x-large', 'xx-large', 'larger', 'smaller'")
            }
            return size
        }
        let d = try PlotData.scalar(interp, v, name: "fontsize")
        guard d.isFinite, d > 0, d < 1000 else { throw PyError.value("fontsize must be a positive number below 1000, got \(d)") }
        return d
    }

    /// `fontweight='bold'`, `'semibold'`, `700`, `'700'`: drawn bold or not; matplotlib's error
    /// for anything else.
    static func isBold(_ interp: Interpreter, _ v: Value) throws -> Bool {
        if v.isNone { return false }
        if let s = v.asString {
            if let b = TextStyle.isBold(weight: s) { return b }
            if let n = Int(s.trimmingCharacters(in: .whitespaces)), (0...1000).contains(n) { return TextStyle.isBold(weight: n) }
        } else if case .float(let d) = v, d.isFinite, (0...1000).contains(Int(d)) {
            return TextStyle.isBold(weight: Int(d))  // matplotlib takes int(weight)
        } else if let n = try? interp.toInt(v), (0...1000).contains(n) {
            return TextStyle.isBold(weight: n)
        }
        throw PyError.value("weight=\(Formatter.repr(v)) is invalid")
    }

    /// The `fontweight=`/`weight=` keyword as bold or not; nil when absent.
    static func bold(_ kw: inout ArtistKeywords) throws -> Bool? {
        try kw.optional("fontweight", "weight").map { try isBold(kw.interp, $0) }
    }

    static func hAlign(_ v: Value) throws -> TextStyle.HAlign {
        guard let s = v.asString, let a = TextStyle.HAlign(rawValue: s) else {
            throw PyError.value("\(Formatter.repr(v)) is not a valid value for horizontalalignment; supported values are 'left', 'center', 'right'")
        }
        return a
    }

    static func vAlign(_ v: Value) throws -> TextStyle.VAlign {
        guard let s = v.asString, let a = TextStyle.VAlign(rawValue: s) else {
            throw PyError.value("\(Formatter.repr(v)) is not a valid value for verticalalignment; supported values are 'baseline', 'bottom', 'center', 'center_baseline', 'top'")
        }
        return a
    }

    /// `rotation=45`, `'vertical'`, `'horizontal'`.
    static func rotation(_ interp: Interpreter, _ v: Value) throws -> Double {
        if let s = v.asString {
            switch s {
            case "horizontal": return 0
            case "vertical": return 90
            default: throw PyError.value("rotation must be 'vertical', 'horizontal' or a number, not '\(s)'")
            }
        }
        let d = try PlotData.scalar(interp, v, name: "rotation")
        guard d.isFinite else { throw PyError.value("rotation must be finite") }
        return d
    }

    /// `loc='upper right'`, `loc=1`, `loc='best'`.
    static func legendLocation(_ interp: Interpreter, _ v: Value?) throws -> LegendSettings.Location {
        guard let v, !v.isNone else { return .best }
        if let s = v.asString { return try bridge { try LegendSettings.Location.parse(s) } }
        if case .int(let i) = v, let l = LegendSettings.Location(rawValue: i) { return l }
        if case .object(let o) = v, o is PyTuple || o is PyList {
            throw PyError.notImplemented("legend loc given as (x, y) coordinates is not supported; use a name such as 'upper right'")
        }
        throw PyError.value("\(Formatter.repr(v)) is not a valid value for loc")
    }

    /// Text keywords of `text`, `title`, `xlabel`, `annotate`, `suptitle` into a style.
    static func textStyle(_ kw: inout ArtistKeywords, base: TextStyle) throws -> TextStyle {
        var style = base
        let interp = kw.interp
        if let v = try kw.optional("fontsize", "size") { style.size = try fontSize(interp, v) }
        if let c = try kw.color("color", "c") { style.color = c }
        if let b = try bold(&kw) { style.bold = b }
        if let v = try kw.optional("horizontalalignment", "ha") { style.ha = try hAlign(v) }
        if let v = try kw.optional("verticalalignment", "va") { style.va = try vAlign(v) }
        if let v = try kw.optional("rotation") { style.rotation = try rotation(interp, v) }
        if let v = try kw.optional("rotation_mode") {
            switch v.asString {
            case "anchor": style.rotationMode = .anchor
            case "default": style.rotationMode = .default
            default: throw PyError.value("rotation_mode must be 'default' or 'anchor', not \(Formatter.repr(v))")
            }
        }
        if let a = try kw.double("alpha") {
            guard a >= 0 && a <= 1 else { throw PyError.value("alpha (\(a)) is outside 0-1 range") }
            style.color = style.color.fading(a)
        }
        _ = try kw.take("label")
        return style
    }

    /// Runs a Plot call, turning `PlotError` into the Python exception the README names.
    static func bridge<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as PlotError {
            throw pyError(e)
        }
    }

    static func pyError(_ e: PlotError) -> PyError {
        switch e {
        case .invalidArgument(let m), .shapeMismatch(let m): return PyError.value(m)
        case .tooLarge(let m): return PyError.memory(m)
        case .unsupported(let m): return PyError.runtime(m)
        }
    }
}
