import Language
import Plot

/// Methods of the returned artists: `Line2D.set_data`, `Rectangle.get_height`,
/// `Text.set_text`, `Colorbar.set_label`, `cmap(0.5)`, … Each reads or writes one property
/// of the Plot artist.
enum ArtistMethods {
    static func installLine(_ t: PyType) {
        t.define("__str__") { _, args in
            .str("Line2D(\((args.receiver.asObject as? PyLine2D)?.line.label ?? ""))")
        }
        Binding.method(t, "set_data", "*args", as: PyLine2D.self) { interp, l, a in
            var args = a.extraPositional
            if args.count == 1 {
                let pair = try interp.iterateToArray(args[0])
                guard pair.count == 2 else { throw PyError.value("set_data() takes x and y, or one (x, y) pair") }
                args = pair
            }
            guard args.count == 2 else { throw PyError.type("set_data() takes 1 or 2 positional arguments but \(args.count) were given") }
            let x = try PlotData.vector(interp, args[0], name: "x"), y = try PlotData.vector(interp, args[1], name: "y")
            guard x.count == y.count else { throw PyError.value("x and y must have same first dimension, but have shapes (\(x.count),) and (\(y.count),)") }
            l.line.x = x; l.line.y = y
            return .none
        }
        Binding.method(t, "set_xdata", "x", as: PyLine2D.self) { interp, l, a in
            l.line.x = try PlotData.vector(interp, a["x"] ?? .none, name: "x"); return .none
        }
        Binding.method(t, "set_ydata", "y", as: PyLine2D.self) { interp, l, a in
            l.line.y = try PlotData.vector(interp, a["y"] ?? .none, name: "y"); return .none
        }
        Binding.method(t, "get_xdata", "orig=True", as: PyLine2D.self) { _, l, _ in .list(l.line.x.map { .float($0) }) }
        Binding.method(t, "get_ydata", "orig=True", as: PyLine2D.self) { _, l, _ in .list(l.line.y.map { .float($0) }) }
        Binding.method(t, "get_data", "orig=True", as: PyLine2D.self) { _, l, _ in
            .tuple([.list(l.line.x.map { .float($0) }), .list(l.line.y.map { .float($0) })])
        }
        for name in ["set_color", "set_c"] {
            Binding.method(t, name, "color", as: PyLine2D.self) { interp, l, a in
                l.line.color = try PlotValues.color(interp, a["color"] ?? .none); return .none
            }
        }
        Binding.method(t, "get_color", "", as: PyLine2D.self) { _, l, _ in .str(hex(l.line.color)) }
        Binding.method(t, "set_linewidth", "w", as: PyLine2D.self) { interp, l, a in
            let w = try PlotData.scalar(interp, a["w"] ?? .none, name: "linewidth")
            guard w.isFinite, w >= 0 else { throw PyError.value("linewidth must be a non-negative number, got \(w)") }
            l.line.lineWidth = w; return .none
        }
        Binding.method(t, "get_linewidth", "", as: PyLine2D.self) { _, l, _ in .float(l.line.lineWidth) }
        Binding.method(t, "set_linestyle", "ls", as: PyLine2D.self) { interp, l, a in
            l.line.lineStyle = try PlotValues.lineStyle(interp, a["ls"] ?? .none); return .none
        }
        Binding.method(t, "set_marker", "marker", as: PyLine2D.self) { _, l, a in
            l.line.marker = try PlotValues.marker(a["marker"] ?? .none); return .none
        }
        Binding.method(t, "set_alpha", "alpha", as: PyLine2D.self) { interp, l, a in
            l.line.alpha = try alpha(interp, a["alpha"]); return .none
        }
        Binding.method(t, "set_label", "s", as: PyLine2D.self) { interp, l, a in
            l.line.label = try a.optional("s").map { try PlotData.text(interp, $0) } ?? ""; return .none
        }
        Binding.method(t, "get_label", "", as: PyLine2D.self) { _, l, _ in .str(l.line.label) }
        Binding.method(t, "set_zorder", "level", as: PyLine2D.self) { interp, l, a in
            l.line.zorder = try PlotData.scalar(interp, a["level"] ?? .none, name: "zorder"); return .none
        }
    }

    /// Scatter collections, images and contour sets (what a colorbar can be made for).
    static func installMappable(_ t: PyType) {
        installArtist(t)
        Binding.method(t, "set_clim", "vmin=None, vmax=None", as: PyPlotArtist.self) { _, _, _ in
            throw PyError.notImplemented("set_clim() after drawing is not supported; pass vmin= and vmax= to the plot call")
        }
        Binding.method(t, "get_cmap", "", as: PyPlotArtist.self) { _, art, _ in
            switch art.artist {
            case let i as ImageArtist: return i.colormap.map { .object(PyColormap($0)) } ?? .none
            case let s as ScatterCollection: return s.colormap.map { .object(PyColormap($0)) } ?? .none
            case let c as ContourSet: return .object(PyColormap(c.colormap))
            default: return .none
            }
        }
        t.property("levels", get: { _, v in
            guard let art = v.asObject as? PyPlotArtist, let cs = art.artist as? ContourSet else {
                throw PyError.attribute("'\(v.typeName)' object has no attribute 'levels'")
            }
            return .list(cs.levels.map { .float($0) })
        })
    }

    /// Label and visibility helpers every wrapped artist has.
    static func installArtist(_ t: PyType) {
        Binding.method(t, "set_label", "s", as: PyPlotArtist.self) { interp, art, a in
            try setLabel(interp, .object(art), try a.optional("s").map { try PlotData.text(interp, $0) } ?? "")
            return .none
        }
        Binding.method(t, "get_label", "", as: PyPlotArtist.self) { _, art, _ in .str(art.artist.label) }
        Binding.property(t, "axes", as: PyPlotArtist.self) { _, art in .object(art.axes) }
    }

    /// Rectangles of `bar`/`hist` and pie wedges.
    static func installPatch(_ t: PyType) {
        Binding.method(t, "get_x", "", as: PyPatch.self) { _, p, _ in .float(p.geometry.x) }
        Binding.method(t, "get_y", "", as: PyPatch.self) { _, p, _ in .float(p.geometry.y) }
        Binding.method(t, "get_width", "", as: PyPatch.self) { _, p, _ in .float(p.geometry.width) }
        Binding.method(t, "get_height", "", as: PyPatch.self) { _, p, _ in .float(p.geometry.height) }
        Binding.method(t, "get_xy", "", as: PyPatch.self) { _, p, _ in .tuple([.float(p.geometry.x), .float(p.geometry.y)]) }
        for (name, face, edge) in [("set_facecolor", true, false), ("set_color", true, true), ("set_edgecolor", false, true),
                                   ("set_fc", true, false), ("set_ec", false, true)] {
            Binding.method(t, name, "color", as: PyPatch.self) { interp, p, a in
                let c = try PlotValues.color(interp, a["color"] ?? .none)
                guard p.index < p.artist.patches.count else { return .none }
                if face { p.artist.patches[p.index].face = c }
                if edge && (!face || p.artist.patches[p.index].edge != nil) { p.artist.patches[p.index].edge = c }
                return .none
            }
        }
        Binding.method(t, "set_alpha", "alpha", as: PyPatch.self) { interp, p, a in
            guard let al = try alpha(interp, a["alpha"]), p.index < p.artist.patches.count else { return .none }
            if let f = p.artist.patches[p.index].face { p.artist.patches[p.index].face = f.withAlpha(al) }
            return .none
        }
        Binding.method(t, "set_height", "h", as: PyPatch.self) { interp, p, a in
            let h = try PlotData.scalar(interp, a["h"] ?? .none, name: "height")
            guard p.index < p.artist.patches.count, p.artist.patches[p.index].points.count >= 4 else { return .none }
            let y0 = p.artist.patches[p.index].points[0].y
            p.artist.patches[p.index].points[2].y = y0 + h
            p.artist.patches[p.index].points[3].y = y0 + h
            return .none
        }
        Binding.method(t, "get_facecolor", "", as: PyPatch.self) { _, p, _ in
            rgba(p.patch?.face ?? .clear)
        }
    }

    static func installText(_ t: PyType) {
        t.define("__repr__") { _, args in .str((args.receiver.asObject as? PyText)?.reprText ?? "Text()") }
        Binding.method(t, "get_text", "", as: PyText.self) { _, tx, _ in .str(tx.text) }
        Binding.method(t, "set_text", "s", as: PyText.self) { interp, tx, a in
            tx.text = try PlotData.text(interp, a["s"] ?? .str(""))
            tx.artist?.text = tx.text
            tx.apply?(tx)
            return .none
        }
        for name in ["set_fontsize", "set_size"] {
            Binding.method(t, name, "fontsize", as: PyText.self) { interp, tx, a in
                let s = try PlotValues.fontSize(interp, a["fontsize"] ?? .none)
                tx.fontSize = s
                tx.artist?.style.size = s
                tx.apply?(tx)
                return .none
            }
        }
        Binding.method(t, "set_color", "color", as: PyText.self) { interp, tx, a in
            let c = try PlotValues.color(interp, a["color"] ?? .none)
            guard let art = tx.artist else { throw PyError.notImplemented("the colour of titles and labels cannot be changed yet") }
            art.style.color = c
            return .none
        }
        Binding.method(t, "set_rotation", "s", as: PyText.self) { interp, tx, a in
            let r = try PlotValues.rotation(interp, a["s"] ?? .none)
            guard let art = tx.artist else { throw PyError.notImplemented("rotating titles and labels is not supported") }
            art.style.rotation = r
            return .none
        }
        Binding.method(t, "get_position", "", as: PyText.self) { _, tx, _ in .tuple([tx.x, tx.y]) }
        for name in ["set_fontweight", "set_weight"] {
            Binding.method(t, name, "weight", as: PyText.self) { interp, tx, a in
                let bold = try PlotValues.isBold(interp, a["weight"] ?? .none)
                guard let art = tx.artist else { throw PyError.notImplemented("the weight of titles and labels is set with fontweight= where they are made") }
                art.style.bold = bold
                return .none
            }
        }
        for name in ["set_fontfamily", "set_family"] {
            Binding.method(t, name, "fontname", as: PyText.self) { _, _, _ in .none }  // one family (DejaVu Sans, Noto CJK) is drawn
        }
    }

    static func installLegend(_ t: PyType) {
        Binding.method(t, "set_title", "title, prop=None", as: PyLegend.self) { interp, l, a in
            l.axes.axes.legendSettings?.title = try PlotData.text(interp, a["title"] ?? .str(""))
            return .none
        }
        Binding.method(t, "get_texts", "", as: PyLegend.self) { _, l, _ in
            .list(l.axes.axes.legendLabels.map { .object(PyText(x: .int(0), y: .int(0), text: $0)) })
        }
        Binding.method(t, "remove", "", as: PyLegend.self) { _, l, _ in
            l.axes.axes.legendSettings = nil
            l.axes.legend = nil
            return .none
        }
        Binding.method(t, "set_visible", "b", as: PyLegend.self) { interp, l, a in
            if !(try interp.isTruthy(a["b"] ?? .bool(true))) { l.axes.axes.legendSettings = nil }
            return .none
        }
    }

    static func installColorbar(_ t: PyType) {
        Binding.property(t, "ax", as: PyColorbar.self) { _, c in .object(c.bar) }
        Binding.method(t, "set_label", "label, *, loc=None, **kwargs", as: PyColorbar.self) { interp, c, a in
            c.bar.axes.setYLabel(try PlotData.text(interp, a["label"] ?? .str("")))
            return .none
        }
        Binding.method(t, "set_ticks", "ticks, *, labels=None, minor=False, **kwargs", as: PyColorbar.self) { interp, c, a in
            let ticks = try PlotData.vector(interp, a["ticks"] ?? .list([]), name: "ticks")
            let labels = try a.optional("labels").map { try interp.iterateToArray($0).map { try PlotData.text(interp, $0) } }
            try c.bar.axes.setYTicks(ticks, labels: labels)
            return .none
        }
    }

    static func installColormap(_ t: PyType) {
        Binding.property(t, "name", as: PyColormap.self) { _, c in .str(c.colormap.name) }
        Binding.property(t, "N", as: PyColormap.self) { _, _ in .int(256) }
        Binding.method(t, "__call__", "X, alpha=None, bytes=False", as: PyColormap.self) { interp, c, a in
            let x = a["X"] ?? .none
            let alpha = try a.optional("alpha").map { try PlotData.scalar(interp, $0, name: "alpha") }
            let asBytes = try a.optional("bytes").map { try interp.isTruthy($0) } ?? false
            func lookup(_ v: Value) throws -> Value {
                // Floats are fractions of the map, ints index its 256 entries (as matplotlib).
                let t: Double
                if case .int(let i) = v { t = (Double(min(max(i, 0), 255)) + 0.5) / 256 } else { t = try PlotData.scalar(interp, v, name: "X") }
                var col = c.colormap.color(t)
                if let al = alpha { col = col.withAlpha(al) }
                if asBytes {
                    return .tuple([col.r, col.g, col.b, col.a].map { .int(Int(($0 * 255).rounded())) })
                }
                return rgba(col)
            }
            if case .object(let o) = x, !(o is PyStr) {
                let items = try PlotData.vector(interp, x, name: "X")
                return .list(try items.map { try lookup(.float($0)) })
            }
            return try lookup(x)
        }
    }

    /// Gives an artist (a Python wrapper) a legend label, for `legend(handles, labels)`.
    static func setLabel(_ interp: Interpreter, _ handle: Value, _ label: String?) throws {
        guard let label else { return }
        switch handle.asObject {
        case let l as PyLine2D: l.line.label = label
        case let a as PyPlotArtist:
            switch a.artist {
            case let s as ScatterCollection: s.label = label
            case let p as PatchArtist: p.label = label
            case let c as ContourSet: c.label = label
            case let i as ImageArtist: i.label = label
            default: break
            }
        case let t as PyTuple:
            // A BarContainer or ErrorbarContainer: label its first artist.
            if let first = t.items.first {
                if case .object(let o) = first, let p = o as? PyPatch { p.artist.label = label } else { try setLabel(interp, first, label) }
            }
        default:
            throw PyError.type("legend handles must be artists returned by plot, scatter, bar, …; got \(handle.typeName)")
        }
    }

    /// The Plot artist a legend handle stands for (a container stands for its first artist).
    static func plotArtist(_ handle: Value) -> Artist? {
        switch handle.asObject {
        case let l as PyLine2D: return l.line
        case let a as PyPlotArtist: return a.artist
        case let p as PyPatch: return p.artist
        case let t as PyTuple: return t.items.first.flatMap(plotArtist)
        default: return nil
        }
    }

    static func alpha(_ interp: Interpreter, _ v: Value?) throws -> Double? {
        guard let v, !v.isNone else { return nil }
        let a = try PlotData.scalar(interp, v, name: "alpha")
        guard a >= 0 && a <= 1 else { throw PyError.value("alpha (\(a)) is outside 0-1 range") }
        return a
    }

    static func rgba(_ c: Color) -> Value {
        .tuple([.float(c.r), .float(c.g), .float(c.b), .float(c.a)])
    }

    /// `'#1f77b4'`, as `to_hex` prints it.
    static func hex(_ c: Color) -> String {
        func byte(_ v: Double) -> String {
            let b = Int((min(max(v, 0), 1) * 255).rounded())
            return (b < 16 ? "0" : "") + String(b, radix: 16)
        }
        return "#" + byte(c.r) + byte(c.g) + byte(c.b)
    }
}
