import Foundation

/// An Axes laid out at a given place: its box in pixels, the data-to-pixel transform, the
/// ticks, and every decoration text already placed. Both drawing and `tightLayout` use it, so
/// what is measured is exactly what is drawn.
public struct AxesFrame {
    /// The Axes box (spines) in pixels.
    public let box: Rect
    public let transform: AxesTransform
    let xticks: TickSet
    let yticks: TickSet
    var xTickLabels: [PlacedText] = []
    var yTickLabels: [PlacedText] = []
    var xOffset: PlacedText?
    var yOffset: PlacedText?
    var xLabel: PlacedText?
    var yLabel: PlacedText?
    var titles: [PlacedText] = []
    /// Top-left corner of the legend and its layout, when there is one.
    var legend: (LegendBox, Point)?

    /// Every decoration box by role, for layout tests: "title", "xlabel", "ylabel",
    /// "xtick", "ytick", "legend", "offset".
    public var decorationBoxes: [(role: String, rect: Rect)] {
        var out: [(String, Rect)] = []
        for t in titles where !t.layout.isEmpty { out.append(("title", t.bounds)) }
        if let l = xLabel, !l.layout.isEmpty { out.append(("xlabel", l.bounds)) }
        if let l = yLabel, !l.layout.isEmpty { out.append(("ylabel", l.bounds)) }
        for t in xTickLabels where !t.layout.isEmpty { out.append(("xtick", t.bounds)) }
        for t in yTickLabels where !t.layout.isEmpty { out.append(("ytick", t.bounds)) }
        for t in [xOffset, yOffset].compactMap({ $0 }) where !t.layout.isEmpty { out.append(("offset", t.bounds)) }
        if let (lb, o) = legend { out.append(("legend", Rect(x: o.x, y: o.y, width: lb.width, height: lb.height))) }
        return out
    }

    /// The major tick positions shown on the x axis (`ax.get_xticks()` within the view).
    public var xTickValues: [Double] { xticks.major }
    /// The major tick positions shown on the y axis.
    public var yTickValues: [Double] { yticks.major }
    /// The x tick label texts (`[t.get_text() for t in ax.get_xticklabels()]`).
    public var xTickLabelTexts: [String] { xticks.labels }
    /// The y tick label texts.
    public var yTickLabelTexts: [String] { yticks.labels }
    /// The offset / scientific-notation texts of the x and y axes ("" when unused).
    public var offsetTexts: (x: String, y: String) { (xticks.offsetText, yticks.offsetText) }

    /// The union of the box and all decorations (matplotlib's `get_tightbbox`).
    public var tightBounds: Rect {
        decorationBoxes.reduce(box) { $0.union($1.rect) }
    }
}

extension Axes {
    /// Lays the Axes out in `cell` (pixels) at `dpi`, on a figure occupying `page` (pixels).
    func frame(cell: Rect, dpi: Double, anchorX: Double = 0.5, page: Rect? = nil) -> AxesFrame {
        let pt = dpi / 72
        let lim = viewLimits()
        var box = cell
        if aspectEqual {
            func f(_ v: Double, _ log: Bool) -> Double { log ? log10(max(v, 1e-300)) : v }
            let dx = abs(f(lim.x.1, xaxis.scale == .log) - f(lim.x.0, xaxis.scale == .log))
            let dy = abs(f(lim.y.1, yaxis.scale == .log) - f(lim.y.0, yaxis.scale == .log))
            if dx > 0, dy > 0, dx.isFinite, dy.isFinite, cell.width > 0, cell.height > 0 {
                let want = dy / dx
                if cell.height / cell.width > want {
                    let h = cell.width * want
                    box = Rect(x: cell.minX, y: cell.midY - h / 2, width: cell.width, height: h)
                } else {
                    let w = cell.height / want
                    box = Rect(x: cell.minX + (cell.width - w) * anchorX, y: cell.minY, width: w, height: cell.height)
                }
            }
        }
        var t = AxesTransform(box: box, xlim: lim.x, ylim: lim.y, xlog: xaxis.scale == .log, ylog: yaxis.scale == .log)
        t.page = page ?? cell
        let showX = axisOn && xaxis.showTicks && !isColorbar
        let showY = axisOn && yaxis.showTicks
        let xt = showX ? tickSet(xaxis, lim: lim.x, lengthPt: box.width / pt, vertical: false) : TickSet()
        let yt = showY ? tickSet(yaxis, lim: lim.y, lengthPt: box.height / pt, vertical: true) : TickSet()
        var fr = AxesFrame(box: box, transform: t, xticks: xt, yticks: yt)
        let tickOut = (Rc.majorTickSize + Rc.tickPad) * pt
        // x tick labels below the axes.
        // matplotlib keeps ha='center' for rotated tick labels (plt.xticks(rotation=45)) and
        // aligns the rotated box; `xaxis.tickLabelAlign` overrides (autofmt_xdate uses 'right').
        let xStyle = TextStyle(size: xaxis.tickLabelSize, ha: xaxis.tickLabelAlign, va: .top, rotation: xaxis.tickLabelRotation)
        fr.xTickLabels = !xaxis.showTickLabels ? [] : zip(xt.major, xt.labels).map { v, l in
            PlacedText(l, at: Point(snap(t.px(v)), box.maxY + tickOut), style: xStyle, dpi: dpi)
        }
        // y tick labels left (or right) of the axes.
        let right = yAxisOnRight || isColorbar
        let yStyle = TextStyle(size: yaxis.tickLabelSize, ha: right ? .left : .right, va: .centerBaseline, rotation: yaxis.tickLabelRotation)
        let yx = right ? box.maxX + tickOut : box.minX - tickOut
        fr.yTickLabels = !yaxis.showTickLabels ? [] : zip(yt.major, yt.labels).map { v, l in
            PlacedText(l, at: Point(yx, snap(t.py(v))), style: yStyle, dpi: dpi)
        }
        let xLabelTop = fr.xTickLabels.map(\.bounds.maxY).max() ?? (box.maxY + (showX ? Rc.majorTickSize * pt : 0))
        if !xt.offsetText.isEmpty && xaxis.showTickLabels {
            fr.xOffset = PlacedText(xt.offsetText, at: Point(box.maxX, xLabelTop + 3 * pt),
                                    style: TextStyle(size: xaxis.tickLabelSize, ha: .right, va: .top), dpi: dpi)
        }
        if !yt.offsetText.isEmpty && yaxis.showTickLabels {
            fr.yOffset = PlacedText(yt.offsetText, at: Point(right ? box.maxX : box.minX, box.minY - 3 * pt),
                                    style: TextStyle(size: yaxis.tickLabelSize, ha: .left, va: .bottom), dpi: dpi)
        }
        if axisOn && !xaxis.label.isEmpty {
            fr.xLabel = PlacedText(xaxis.label, at: Point(box.midX, xLabelTop + Rc.labelPad * pt),
                                   style: TextStyle(size: xaxis.labelSize, color: xaxis.labelColor, ha: .center, va: .top, bold: xaxis.labelBold), dpi: dpi)
        }
        if axisOn && !yaxis.label.isEmpty {
            if right {
                let edge = fr.yTickLabels.map(\.bounds.maxX).max() ?? (box.maxX + Rc.majorTickSize * pt)
                fr.yLabel = PlacedText(yaxis.label, at: Point(edge + Rc.labelPad * pt, box.midY),
                                       style: TextStyle(size: yaxis.labelSize, color: yaxis.labelColor, ha: .center, va: .top,
                                                        rotation: 90, rotationMode: .anchor, bold: yaxis.labelBold), dpi: dpi)
            } else {
                let edge = fr.yTickLabels.map(\.bounds.minX).min() ?? (box.minX - Rc.majorTickSize * pt)
                fr.yLabel = PlacedText(yaxis.label, at: Point(edge - Rc.labelPad * pt, box.midY),
                                       style: TextStyle(size: yaxis.labelSize, color: yaxis.labelColor, ha: .center, va: .bottom,
                                                        rotation: 90, rotationMode: .anchor, bold: yaxis.labelBold), dpi: dpi)
            }
        }
        // Titles sit 6 pt above the axes (above a top offset text if any).
        var titleY = box.minY - Rc.titlePad * pt
        if let yo = fr.yOffset, !right { titleY = min(titleY, yo.bounds.minY - 2 * pt) }
        for (s, ha, x) in [(title, TextStyle.HAlign.center, box.midX), (titleLeft, .left, box.minX), (titleRight, .right, box.maxX)] where !s.isEmpty {
            fr.titles.append(PlacedText(s, at: Point(x, titleY), style: TextStyle(size: titleSize, color: titleColors[ha] ?? .black, ha: ha, va: .baseline,
                                                                                  bold: boldTitles.contains(ha)), dpi: dpi))
        }
        if let ls = legendSettings {
            let entries = legendEntries()
            if !entries.isEmpty {
                // The box the legend is placed in: the Axes, or the bbox_to_anchor box.
                let area = ls.anchor.map { a -> Rect in
                    let r = a.rect
                    return Rect(corners: t.axesPoint(r.minX, r.minY), t.axesPoint(r.maxX, r.maxY))
                } ?? box
                let inset = 2 * Rc.legendBorderAxesPad * ls.fontSize * pt
                let lb = LegendBox(entries: entries, settings: ls, dpi: dpi, expandTo: ls.expand ? area.width - inset : nil)
                let o = ls.location == .best ? LegendPlacement.best(legend: lb, box: area, artists: artists, transform: t)
                                             : lb.origin(ls.location, in: area)
                fr.legend = (lb, o)
            }
        }
        return fr
    }

    /// The texts of the legend entries, in order (`ax.get_legend().get_texts()`).
    public var legendLabels: [String] { legendEntries().map(\.label) }

    /// The explicit legend handles, else the labelled artists of this Axes in order (not of
    /// its twin, as in matplotlib); labels starting with "_" are hidden.
    func legendEntries() -> [LegendBox.Entry] {
        if let handles = legendHandles {
            return handles.compactMap { h in h.label.isEmpty ? nil : h.artist.legendHandle.map { LegendBox.Entry(handle: $0, label: h.label) } }
        }
        var out: [LegendBox.Entry] = []
        for a in artists where !a.label.isEmpty && !a.label.hasPrefix("_") {
            if let h = a.legendHandle { out.append(LegendBox.Entry(handle: h, label: a.label)) }
        }
        return out
    }
}

/// Snaps a coordinate to the centre of its pixel, so 1-pixel lines (spines, ticks) stay crisp.
@inline(__always)
func snap(_ v: Double) -> Double { v.isFinite ? v.rounded(.down) + 0.5 : v }
