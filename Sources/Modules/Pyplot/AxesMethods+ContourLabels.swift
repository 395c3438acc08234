import Language
import Plot

/// `clabel`: labels written along the lines of a `contour` set.
extension AxesMethods {
    static let clabelSignature = "CS, levels=None, *, fontsize=None, inline=True, inline_spacing=5, fmt=None, colors=None, use_clabeltext=False, manual=False, rightside_up=True, zorder=None"

    static func installContourLabels(_ t: PyType) {
        Binding.method(t, "clabel", clabelSignature, as: PyAxes.self) { interp, _, a in
            guard case .object(let o)? = a["CS"], let artist = o as? PyPlotArtist, let cs = artist.artist as? ContourSet else {
                throw PyError.type("clabel() needs the ContourSet that contour() returned")
            }
            return try clabel(interp, cs, a)
        }
    }

    /// Labels `cs` as `clabel(CS, levels, fontsize, inline, inline_spacing, fmt, colors)` asks;
    /// returns one `Text` per labelled level.
    static func clabel(_ interp: Interpreter, _ cs: ContourSet, _ a: BoundArguments) throws -> Value {
        if cs.filled { throw PyError.notImplemented("clabel() of a filled contour (contourf) is not supported; label a contour() drawn over it") }
        if let manual = a.optional("manual"), try interp.isTruthy(manual) {
            throw PyError.notImplemented("clabel(manual=...) is not supported; labels are placed automatically")
        }
        var chosen = Array(cs.levels.indices)
        if let wanted = a.optional("levels") {
            let values = try PlotData.vector(interp, wanted, name: "levels")
            chosen = try values.map { v in
                guard let i = cs.levels.firstIndex(where: { abs($0 - v) <= 1e-12 * max(1, abs(v)) }) else {
                    throw PyError.value("Specified levels \(values) don't match available levels \(cs.levels)")
                }
                return i
            }
        }
        let texts = try labelTexts(interp, cs.levels, chosen, a.optional("fmt"))
        let size = try a.optional("fontsize").map { try PlotValues.fontSize(interp, $0) } ?? 10
        let color = try a.optional("colors").map { try PlotValues.color(interp, $0, property: "colors") }
        let inline = try a["inline"].map { try interp.isTruthy($0) } ?? true
        let spacing = try PlotData.optionalScalar(interp, a.optional("inline_spacing"), name: "inline_spacing") ?? 5
        cs.labelSettings = ContourLabelSettings(texts: Dictionary(zip(chosen, texts), uniquingKeysWith: { first, _ in first }), fontSize: size,
                                                color: color, inline: inline, inlineSpacing: spacing)
        return .list(zip(chosen, texts).map { i, text -> Value in
            .object(PyText(x: PyplotNumbers.value(cs.levels[i]), y: .int(0), text: text))
        })
    }

    /// The label of each chosen level: matplotlib's ScalarFormatter over the levels, or `fmt` as
    /// a %-format string, a dict {level: text} or a function of the level.
    static func labelTexts(_ interp: Interpreter, _ levels: [Double], _ chosen: [Int], _ fmt: Value?) throws -> [String] {
        guard let fmt else {
            let values = chosen.map { levels[$0] }
            let f = ScalarFormatter.format(ticks: values, viewMin: values.min() ?? 0, viewMax: values.max() ?? 1, useOffset: false)
            return f.labels
        }
        return try chosen.map { i -> String in
            let level = Value.float(levels[i])
            if fmt.asString != nil { return try interp.toStringValue(try interp.binary(.mod, fmt, level)) }
            if case .object(let o) = fmt, let d = o as? PyDict {
                guard let v = d[try interp.hashKey(level)] else { throw PyError.key(level) }
                return try interp.toStringValue(try interp.call(.object(BuiltinTypes.str), v))
            }
            return try interp.toStringValue(try interp.call(fmt, level))
        }
    }
}
