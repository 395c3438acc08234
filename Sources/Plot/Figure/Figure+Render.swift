/// Rendering a figure: the place of every Axes, then each Axes, then the suptitle.
extension Figure {
    /// The pixel cell of an Axes before aspect adjustment, with colorbars taking their share.
    func cell(of ax: Axes) -> Rect {
        if ax.isColorbar, let parent = ax.colorbarParent {
            let pc = ax.colorbarGroup.count > 1 ? groupCell(ax) : baseCell(of: parent)
            let slot = Rect(x: pc.minX + pc.width * (1 - Colorbar.fraction), y: pc.minY, width: pc.width * Colorbar.fraction, height: pc.height)
            let cw = min(slot.width, slot.height / Colorbar.aspect)
            return Rect(x: slot.minX, y: slot.minY, width: cw, height: slot.height)
        }
        var c = baseCell(of: ax)
        let keep = 1 - Colorbar.fraction - Colorbar.pad
        if let bar = colorbar(of: ax) {
            // matplotlib maps the parents' union onto its left part: each parent is squeezed
            // toward the union's left edge by the same factor.
            let union = bar.colorbarGroup.count > 1 ? groupCell(bar) : c
            c.x = union.minX + (c.minX - union.minX) * keep
            c.width *= keep
        }
        return c
    }

    /// The colorbar standing beside `ax` (or beside the Axes it twins), if any.
    func colorbar(of ax: Axes) -> Axes? {
        let owner = ax.sharedX ?? ax
        return axes.first { $0.isColorbar && ($0.colorbarParent === owner || $0.colorbarGroup.contains { $0.value === owner }) }
    }

    /// The union of the cells of a group colorbar's Axes.
    private func groupCell(_ bar: Axes) -> Rect {
        let cells = bar.colorbarGroup.compactMap(\.value).map(baseCell(of:))
        guard let first = cells.first else { return bar.colorbarParent.map(baseCell(of:)) ?? baseCell(of: bar) }
        return cells.dropFirst().reduce(first) { u, c in
            Rect(corners: Point(min(u.minX, c.minX), min(u.minY, c.minY)), Point(max(u.maxX, c.maxX), max(u.maxY, c.maxY)))
        }
    }

    private func baseCell(of ax: Axes) -> Rect {
        let w = Double(pixelWidth), h = Double(pixelHeight)
        switch ax.placement {
        case let .grid(nrows, ncols, row, col, rowSpan, colSpan):
            var c = subplotParams.cell(nrows: nrows, ncols: ncols, row: row, col: col, rowSpan: rowSpan, colSpan: colSpan, w: w, h: h)
            c.x += drawOffset.x; c.y += drawOffset.y
            return c
        case let .rect(r):
            return Rect(x: r.x * w + drawOffset.x, y: (1 - r.y - r.height) * h + drawOffset.y, width: r.width * w, height: r.height * h)
        }
    }

    /// Every Axes laid out for the current subplot parameters.
    func frames() -> [AxesFrame] {
        var out: [AxesFrame] = []
        let page = Rect(x: drawOffset.x, y: drawOffset.y, width: Double(pixelWidth), height: Double(pixelHeight))
        for ax in axes {
            let hasBar = !ax.isColorbar && colorbar(of: ax) != nil
            out.append(ax.frame(cell: cell(of: ax), dpi: dpi, anchorX: hasBar ? 1.0 : 0.5, page: page))
        }
        return out
    }

    /// The suptitle, placed at 98 % of the height, centred.
    func placedSuptitle() -> PlacedText? {
        guard !suptitle.isEmpty else { return nil }
        return PlacedText(suptitle, at: Point(Double(pixelWidth) / 2 + drawOffset.x, 0.02 * Double(pixelHeight) + drawOffset.y),
                          style: TextStyle(size: suptitleSize, ha: .center, va: .top, bold: suptitleBold), dpi: dpi)
    }

    /// Draws the figure into a new canvas.
    public func render() throws -> Canvas {
        if usesTightLayout { applyTightLayout(pad: tightPad) }
        return try draw(width: pixelWidth, height: pixelHeight)
    }

    /// Draws every Axes and the suptitle on a new `width x height` canvas (with `drawOffset`).
    func draw(width: Int, height: Int) throws -> Canvas {
        let canvas = try Canvas(width: width, height: height, background: facecolor)
        var drawn: [Rect] = []
        for (ax, fr) in zip(axes, frames()) {
            try PlotInterrupt.checkpoint()
            // The background is already the figure's colour where no other Axes (with its
            // labels and legend) was drawn; otherwise the face covers them, as in matplotlib.
            let skipFace = ax.facecolor == facecolor && facecolor.a >= 1 && !drawn.contains { $0.overlaps(fr.box) }
            ax.render(fr, on: canvas, dpi: dpi, skipFace: skipFace)
            drawn.append(fr.tightBounds)
        }
        if let s = placedSuptitle() { canvas.draw(s) }
        return canvas
    }

    /// The figure as PNG bytes (`fig.savefig(buf, format='png')`).
    public func renderPNG() throws -> [UInt8] {
        try render().pngData()
    }

    /// Runs `body` with the figure at another dpi (`savefig(dpi=…)`), then restores the figure's
    /// own: the size in inches stays, pixels, text and line widths scale.
    /// - Throws: `.invalidArgument` / `.tooLarge` for a dpi the figure cannot be drawn at.
    public func atDPI<T>(_ other: Double?, _ body: () throws -> T) throws -> T {
        guard let other, other != dpi else { return try body() }
        let own = dpi
        try setDPI(other)
        defer { dpi = own }
        return try body()
    }

    /// Axes boxes and their decoration boxes after layout, for tests and for the binding's
    /// `get_position`: one entry per Axes, in order.
    public func layoutFrames() -> [AxesFrame] {
        if usesTightLayout { applyTightLayout(pad: tightPad) }
        return frames()
    }
}
