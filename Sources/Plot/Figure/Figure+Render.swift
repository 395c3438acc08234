/// Rendering a figure: the place of every Axes, then each Axes, then the suptitle.
extension Figure {
    /// The pixel cell of an Axes before aspect adjustment, with colorbars taking their share.
    func cell(of ax: Axes) -> Rect {
        let w = Double(pixelWidth), h = Double(pixelHeight)
        if ax.isColorbar, let parent = ax.colorbarParent {
            let pc = baseCell(of: parent)
            let slot = Rect(x: pc.minX + pc.width * (1 - Colorbar.fraction), y: pc.minY, width: pc.width * Colorbar.fraction, height: pc.height)
            let cw = min(slot.width, slot.height / Colorbar.aspect)
            return Rect(x: slot.minX, y: slot.minY, width: cw, height: slot.height)
        }
        var c = baseCell(of: ax)
        let owner = ax.sharedX ?? ax
        if axes.contains(where: { $0.isColorbar && $0.colorbarParent === owner }) {
            c.width *= (1 - Colorbar.fraction - Colorbar.pad)
        }
        _ = w; _ = h
        return c
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
            let owner = ax.sharedX ?? ax
            let hasBar = axes.contains { $0.isColorbar && $0.colorbarParent === owner }
            out.append(ax.frame(cell: cell(of: ax), dpi: dpi, anchorX: hasBar ? 1.0 : 0.5, page: page))
        }
        return out
    }

    /// The suptitle, placed at 98 % of the height, centred.
    func placedSuptitle() -> PlacedText? {
        guard !suptitle.isEmpty else { return nil }
        return PlacedText(suptitle, at: Point(Double(pixelWidth) / 2 + drawOffset.x, 0.02 * Double(pixelHeight) + drawOffset.y),
                          style: TextStyle(size: suptitleSize, ha: .center, va: .top), dpi: dpi)
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
