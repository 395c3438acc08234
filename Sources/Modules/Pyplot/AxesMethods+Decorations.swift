import Language
import Plot

/// Titles, axis labels, legend, grid and ticks.
extension AxesMethods {
    static func installDecorations(_ t: PyType) {
        Binding.method(t, "set_title", "label, fontdict=None, loc=None, pad=None, *, y=None, **kwargs", as: PyAxes.self) { interp, ax, a in
            let text = try PlotData.text(interp, a["label"] ?? .str(""))
            var kw = ArtistKeywords(try keywords(interp, a), owner: .text, interp: interp)
            let loc = try titleLoc(a.optional("loc"))
            if a.optional("y") != nil { throw PyError.notImplemented("set_title(y=...) is not supported; the title sits above the Axes") }
            let size = try kw.optional("fontsize", "size").map { try PlotValues.fontSize(interp, $0) }
            let color = try kw.color("color", "c")
            let bold = try PlotValues.bold(&kw)
            _ = try kw.take("label")
            try kw.finish()
            ax.axes.setTitle(text, loc: loc, size: size, color: color, bold: bold)
            let axes = ax.axes
            return .object(PyText(x: .float(loc == .left ? 0 : loc == .center ? 0.5 : 1), y: .float(1), text: text,
                                  apply: { axes.setTitle($0.text, loc: loc, size: $0.fontSize) }))
        }
        Binding.method(t, "get_title", "loc='center'", as: PyAxes.self) { _, ax, a in
            switch try titleLoc(a.optional("loc")) {
            case .left: return .str(ax.axes.titleLeft)
            case .right: return .str(ax.axes.titleRight)
            case .center: return .str(ax.axes.title)
            }
        }
        for isX in [true, false] {
            let n = isX ? "x" : "y"
            Binding.method(t, "set_\(n)label", "\(n)label, fontdict=None, labelpad=None, *, loc=None, **kwargs", as: PyAxes.self) { interp, ax, a in
                let text = try PlotData.text(interp, a["\(n)label"] ?? .str(""))
                var kw = ArtistKeywords(try keywords(interp, a), owner: .text, interp: interp)
                if let loc = a.optional("loc"), loc.asString != "center" {
                    throw PyError.notImplemented("axis label loc=\(Formatter.repr(loc)) is not supported; labels are centred")
                }
                let size = try kw.optional("fontsize", "size").map { try PlotValues.fontSize(interp, $0) }
                let color = try kw.color("color", "c")
                let bold = try PlotValues.bold(&kw)
                _ = try kw.take("label")
                try kw.finish()
                if isX {
                    ax.axes.setXLabel(text, size: size, bold: bold)
                    if let color { ax.axes.xaxis.labelColor = color }
                } else {
                    ax.axes.setYLabel(text, size: size, bold: bold)
                    if let color { ax.axes.yaxis.labelColor = color }
                }
                let axes = ax.axes
                return .object(PyText(x: isX ? .float(0.5) : .int(0), y: isX ? .int(0) : .float(0.5), text: text,
                                      apply: { isX ? axes.setXLabel($0.text, size: $0.fontSize) : axes.setYLabel($0.text, size: $0.fontSize) }))
            }
            Binding.method(t, "get_\(n)label", "", as: PyAxes.self) { _, ax, _ in
                .str(isX ? ax.axes.xaxis.label : ax.axes.yaxis.label)
            }
            Binding.method(t, "set_\(n)ticks", "ticks, labels=None, *, minor=False, **kwargs", as: PyAxes.self) { interp, ax, a in
                if let m = a.optional("minor"), try interp.isTruthy(m) {
                    throw PyError.notImplemented("minor ticks cannot be set yet")
                }
                let ticks = try PlotData.vector(interp, a["ticks"] ?? .list([]), name: "ticks")
                let labels = try a.optional("labels").map { try interp.iterateToArray($0).map { try PlotData.text(interp, $0) } }
                if labels == nil && !a.extraKeywords.isEmpty {
                    throw PyError.value("labels argument cannot be None when kwargs are passed")
                }
                try applyTickKeywords(interp, ax.axes, isX: isX, a.extraKeywords)
                if isX { try ax.axes.setXTicks(ticks, labels: labels) } else { try ax.axes.setYTicks(ticks, labels: labels) }
                return .list(ticks.map { .float($0) })
            }
            Binding.method(t, "set_\(n)ticklabels", "labels, *, fontdict=None, minor=False, **kwargs", as: PyAxes.self) { interp, ax, a in
                let labels = try interp.iterateToArray(a["labels"] ?? .list([])).map { try PlotData.text(interp, $0) }
                let axis = isX ? ax.axes.xaxis : ax.axes.yaxis
                guard let ticks = axis.ticks else {
                    throw PyError.notImplemented("set_\(n)ticklabels() needs fixed tick positions: call set_\(n)ticks(positions) first")
                }
                try applyTickKeywords(interp, ax.axes, isX: isX, try keywords(interp, a))
                if isX { try ax.axes.setXTicks(ticks, labels: labels) } else { try ax.axes.setYTicks(ticks, labels: labels) }
                return .list(labels.enumerated().map { i, s in
                    .object(PyText(x: isX ? .float(ticks[i]) : .int(0), y: isX ? .int(0) : .float(ticks[i]), text: s))
                })
            }
            Binding.method(t, "get_\(n)ticklabels", "minor=False, which=None", as: PyAxes.self) { _, ax, _ in
                let ticks = tickValues(ax, isX: isX)
                let axis = isX ? ax.axes.xaxis : ax.axes.yaxis
                let f = axis.tickLabels == nil ? frame(ax) : nil
                let texts = axis.tickLabels ?? (isX ? f?.xTickLabelTexts : f?.yTickLabelTexts) ?? []
                return .list(zip(ticks, texts).map { tick, s in
                    .object(PyText(x: isX ? PyplotNumbers.value(tick) : .int(0), y: isX ? .int(0) : PyplotNumbers.value(tick), text: s))
                })
            }
            Binding.method(t, "get_\(n)ticks", "*, minor=False", as: PyAxes.self) { interp, ax, _ in
                try numbers(interp, tickValues(ax, isX: isX))
            }
        }
        Binding.method(t, "tick_params", "axis='both', **kwargs", as: PyAxes.self) { interp, ax, a in
            let which = a.optional("axis")?.asString ?? "both"
            guard ["x", "y", "both"].contains(which) else { throw PyError.value("axis must be 'x', 'y' or 'both', not '\(which)'") }
            var kws = a.extraKeywords
            kws.removeAll { $0.name.name == "which" && ($0.value.asString == "major" || $0.value.asString == "both") }
            if which != "y" { try applyTickKeywords(interp, ax.axes, isX: true, kws, function: "tick_params") }
            if which != "x" { try applyTickKeywords(interp, ax.axes, isX: false, kws, function: "tick_params") }
            return .none
        }
        Binding.method(t, "legend", "*args, **kwargs", as: PyAxes.self) { interp, ax, a in
            try legend(interp, ax, a)
        }
        Binding.method(t, "get_legend", "", as: PyAxes.self) { _, ax, _ in
            ax.legend.map { .object($0) } ?? .none
        }
        Binding.method(t, "grid", "visible=None, which='major', axis='both', **kwargs", as: PyAxes.self) { interp, ax, a in
            try grid(interp, ax.axes, a)
            return .none
        }
    }

    /// The major tick positions: the fixed ones, or those the locator picks for the current
    /// limits (as the next render draws them).
    static func tickValues(_ ax: PyAxes, isX: Bool) -> [Double] {
        if let fixed = (isX ? ax.axes.xaxis : ax.axes.yaxis).ticks { return fixed }
        guard let f = frame(ax) else { return [] }
        return isX ? f.xTickValues : f.yTickValues
    }

    static func titleLoc(_ v: Value?) throws -> TextStyle.HAlign {
        guard let v else { return .center }
        guard let s = v.asString, let loc = TextStyle.HAlign(rawValue: s) else {
            throw PyError.value("\(Formatter.repr(v)) is not a valid value for loc; supported values are 'left', 'center', 'right'")
        }
        return loc
    }

    /// `rotation=`, `fontsize=` (and `labelsize`, `labelrotation` for `tick_params`).
    static func applyTickKeywords(_ interp: Interpreter, _ axes: Axes, isX: Bool, _ kws: [(name: Symbol, value: Value)],
                                  function: String = "Text") throws {
        for (name, v) in kws {
            switch name.name {
            case "rotation", "labelrotation":
                let r = try PlotValues.rotation(interp, v)
                if isX { axes.xaxis.tickLabelRotation = r } else { axes.yaxis.tickLabelRotation = r }
            case "fontsize", "size", "labelsize":
                let s = try PlotValues.fontSize(interp, v)
                if isX { axes.xaxis.tickLabelSize = s } else { axes.yaxis.tickLabelSize = s }
            case "ha", "horizontalalignment", "va", "verticalalignment", "fontweight", "weight", "rotation_mode":
                continue  // the tick label placement follows the rotation already
            default:
                if function == "tick_params" {
                    throw PyError.notImplemented("tick_params(\(name.name)=...) is not supported; supported: labelsize, labelrotation (or rotation)")
                }
                throw PyError.notImplemented("tick label property '\(name.name)' is not supported; supported: rotation, fontsize")
            }
        }
    }

    /// `ax.legend()`, `ax.legend(['a', 'b'])`, `ax.legend(handles, labels)`, `ax.legend(loc=…)`.
    static func legend(_ interp: Interpreter, _ ax: PyAxes, _ a: BoundArguments) throws -> Value {
        var kw = ArtistKeywords(a.extraKeywords, owner: .legend, interp: interp)
        let loc = try PlotValues.legendLocation(interp, try kw.take("loc"))
        let title = try kw.string("title") ?? ""
        let fontSize = try kw.optional("fontsize").map { try PlotValues.fontSize(interp, $0) } ?? Rc.legendFontSize
        let frameOn = try kw.optional("frameon").map { try interp.isTruthy($0) } ?? true
        let ncols = try kw.optional("ncols", "ncol").map { try interp.toInt($0) } ?? 1
        var expand = false
        if let m = try kw.optional("mode") {
            guard m.isNone || m.asString == "expand" else { throw PyError.value("\(Formatter.repr(m)) is not a valid value for mode; supported values are 'expand', None") }
            expand = m.asString == "expand"
        }
        let anchor = try kw.optional("bbox_to_anchor").flatMap { try legendAnchor(interp, $0) }
        if let tr = try kw.optional("bbox_transform"), !tr.isNone {
            guard let transform = tr.asObject as? PyTransform, transform.kind == .axes else {
                throw PyError.notImplemented("legend(bbox_transform=...) other than ax.transAxes is not supported; bbox_to_anchor is in axes fractions")
            }
        }
        for cosmetic in ["shadow", "fancybox", "framealpha", "facecolor", "edgecolor", "borderaxespad", "borderpad",
                         "labelspacing", "handlelength", "handletextpad", "columnspacing", "markerscale", "numpoints",
                         "scatterpoints", "title_fontsize", "alignment", "draggable"] {
            _ = try kw.take(cosmetic)  // frame styling: drawn with matplotlib's defaults
        }
        var handles = try kw.optional("handles").map { try interp.iterateToArray($0) }
        var labels = try kw.optional("labels").map { try interp.iterateToArray($0).map { try PlotData.text(interp, $0) } }
        try kw.finish()
        let positional = a.extraPositional
        switch positional.count {
        case 0: break
        case 1: labels = try interp.iterateToArray(positional[0]).map { try PlotData.text(interp, $0) }
        case 2:
            handles = try interp.iterateToArray(positional[0])
            labels = try interp.iterateToArray(positional[1]).map { try PlotData.text(interp, $0) }
        default: throw PyError.type("legend() takes 0-2 positional arguments but \(positional.count) were given")
        }
        if let handles {
            // Exactly these handles, in order, wherever they are drawn (the twinx idiom
            // `ax.legend(l1 + l2, [l.get_label() for l in l1 + l2])`).
            let names = labels ?? []
            if labels != nil && names.count != handles.count {
                throw PyError.value("legend() got \(handles.count) handles and \(names.count) labels")
            }
            var artists: [(artist: Artist, label: String)] = []
            for (i, h) in handles.enumerated() {
                guard let a = ArtistMethods.plotArtist(h) else {
                    throw PyError.type("legend handles must be artists returned by plot, scatter, bar, …; got \(h.typeName)")
                }
                artists.append((a, labels == nil ? a.label : names[i]))
            }
            ax.axes.legend(loc: loc, title: title, fontSize: fontSize, frameOn: frameOn, ncols: ncols, anchor: anchor, expand: expand,
                           handles: artists)
        } else if let labels {
            ax.axes.legend(labels: labels, loc: loc)
            ax.axes.legend(loc: loc, title: title, fontSize: fontSize, frameOn: frameOn, ncols: ncols, anchor: anchor, expand: expand)
        } else {
            ax.axes.legend(loc: loc, title: title, fontSize: fontSize, frameOn: frameOn, ncols: ncols, anchor: anchor, expand: expand)
        }
        let l = PyLegend(axes: ax)
        ax.legend = l
        return .object(l)
    }

    /// `bbox_to_anchor=(x, y)` or `(x, y, width, height)` in axes fractions.
    static func legendAnchor(_ interp: Interpreter, _ v: Value) throws -> LegendSettings.Anchor? {
        if v.isNone { return nil }
        let n = try PlotData.vector(interp, v, name: "bbox_to_anchor")
        guard n.allSatisfy(\.isFinite) else { throw PyError.value("bbox_to_anchor must be finite numbers") }
        switch n.count {
        case 2: return .point(Point(n[0], n[1]))
        case 4: return .box(Rect(corners: Point(n[0], n[1]), Point(n[0] + n[2], n[1] + n[3])))
        default: throw PyError.type("bbox_to_anchor must be (x, y) or (x, y, width, height), got \(n.count) values")
        }
    }

    static func grid(_ interp: Interpreter, _ axes: Axes, _ a: BoundArguments) throws {
        let axis = a.optional("axis")?.asString ?? "both"
        guard ["x", "y", "both"].contains(axis) else {
            throw PyError.value("keyword axis must be one of 'x', 'y', 'both', not \(Formatter.repr(a.optional("axis") ?? .none))")
        }
        let which = a.optional("which")?.asString ?? "major"
        guard which == "major" || which == "both" || which == "minor" else {
            throw PyError.value("keyword which must be one of 'major', 'minor', 'both'")
        }
        if which == "minor" { throw PyError.notImplemented("minor grid lines are not supported") }
        var color: Color?, width: Double?, style: LineStyle?, alpha: Double?
        for (name, v) in a.extraKeywords {
            switch name.name {
            case "color", "c": color = try PlotValues.color(interp, v)
            case "linewidth", "lw": width = try PlotData.scalar(interp, v, name: "linewidth")
            case "linestyle", "ls": style = try PlotValues.lineStyle(interp, v)
            case "alpha": alpha = try PlotData.scalar(interp, v, name: "alpha")
            case "zorder", "antialiased": continue
            default:
                throw PyError.value("keyword grid_\(name.name) is not recognized; valid keywords are ['grid_color', 'grid_linestyle', 'grid_linewidth', 'grid_alpha'] (and their aliases c, ls, lw)")
            }
        }
        let on: Bool
        if let v = a.optional("visible") {
            on = try interp.isTruthy(v)
        } else if !a.extraKeywords.isEmpty {
            on = true
        } else {
            // grid() with no argument toggles, as matplotlib.
            let current = axis == "y" ? axes.gridY : axes.gridX
            on = !current
        }
        if let w = width, !(w.isFinite && w >= 0) { throw PyError.value("linewidth must be a non-negative number, got \(w)") }
        if let al = alpha, !(al >= 0 && al <= 1) { throw PyError.value("alpha (\(al)) is outside 0-1 range") }
        axes.grid(on, axis: axis, color: color, lineWidth: width, lineStyle: style, alpha: alpha)
    }
}
