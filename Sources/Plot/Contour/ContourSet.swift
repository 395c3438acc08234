/// The result of `contour` (lines) or `contourf` (filled bands): levels, colours and geometry.
///
/// Line colours are `cmap(norm(level))` with the norm spanning the levels; band `i` between
/// `levels[i]` and `levels[i+1]` takes the colour of its midpoint, as matplotlib.
public final class ContourSet: Artist {
    public let levels: [Double]
    public let filled: Bool
    public let colormap: Colormap
    public let norm: Normalize
    public var label: String = ""
    public var zorder: Double
    public var lineWidth: Double = Rc.lineWidth
    public var alpha: Double = 1
    /// Labels along the lines (`clabel`), placed when drawn.
    public var labelSettings: ContourLabelSettings?
    /// Fixed colours (`colors=`) instead of the colormap.
    var fixedColors: [Color]?
    let grid: ContourGrid
    private var geometry: [[[Point]]] = []

    init(grid: ContourGrid, levels: [Double], filled: Bool, colormap: Colormap, fixedColors: [Color]?) {
        self.grid = grid; self.levels = levels; self.filled = filled; self.colormap = colormap
        self.fixedColors = fixedColors
        zorder = filled ? 1 : 2
        if filled {
            norm = Normalize(vmin: levels.first ?? 0, vmax: levels.last ?? 1)
            geometry = grid.bands(levels)
        } else {
            norm = Normalize(vmin: levels.first ?? 0, vmax: levels.last ?? 1)
            geometry = grid.isolines(levels)
        }
    }

    func bandColor(_ i: Int) -> Color {
        if let f = fixedColors, !f.isEmpty { return f[i % f.count].fading(alpha) }
        guard i + 1 < levels.count else { return .clear }
        return colormap.color(norm((levels[i] + levels[i + 1]) / 2)).fading(alpha)
    }

    func lineColor(_ i: Int) -> Color {
        if let f = fixedColors, !f.isEmpty { return f[i % f.count].fading(alpha) }
        return colormap.color(norm(levels[i])).fading(alpha)
    }

    public func dataBounds() -> DataBounds? {
        var b = DataBounds()
        for i in 0..<grid.xs.count { b.add(x: grid.xs[i], y: grid.ys[i]) }
        b.stickyX = [b.xmin, b.xmax]; b.stickyY = [b.ymin, b.ymax]
        return b
    }

    public func draw(_ ctx: RenderContext) {
        let t = ctx.transform
        var labels: [PlacedText] = []
        for (i, polys) in geometry.enumerated() where !polys.isEmpty {
            var px = polys.map { $0.map { t.point($0.x, $0.y) } }
            if !filled, let settings = labelSettings, let text = settings.texts[i] {
                let style = TextStyle(size: settings.fontSize, color: settings.color ?? lineColor(i))
                px = px.flatMap { line -> [[Point]] in
                    guard let placed = ContourLabeler.place(text, on: line, style: style, dpi: ctx.dpi, inline: settings.inline,
                                                            spacing: settings.inlineSpacing) else { return [line] }
                    labels.append(placed.label)
                    return placed.pieces
                }
            }
            if filled {
                ctx.canvas.fill(px, color: bandColor(i), clip: ctx.clip)
            } else {
                // Monochrome contour lines draw negative levels dashed (contour.negative_linestyle).
                let dashed = (fixedColors?.count == 1) && levels[i] < 0
                let style = dashed ? LineStyle.dashed.stroke(width: lineWidth, dpi: ctx.dpi)
                                   : StrokeStyle(width: lineWidth * ctx.pt, join: .round, cap: .round)
                let strokes = px.flatMap { Stroker.stroke($0, style: style, closed: false) }
                ctx.canvas.fill(strokes, color: lineColor(i), clip: ctx.clip)
            }
        }
        for label in labels { ctx.canvas.draw(label, clip: ctx.clip) }
    }

    /// Polylines (contour) or polygon pieces (contourf) of level / band `i`, data coordinates.
    public func paths(at i: Int) -> [[Point]] { i >= 0 && i < geometry.count ? geometry[i] : [] }
}
