/// `savefig(..., bbox_inches='tight')`, which the Jupyter inline backend uses by default: the
/// image is cropped to the union of everything drawn (axes, their decorations, suptitle, text
/// artists, legends) plus `padInches` (0.1 in, matplotlib's `savefig.pad_inches`).
extension Figure {
    /// The pixel box of everything drawn, before padding (nil for an empty figure).
    public func tightBounds() -> Rect? {
        let frames = layoutFrames()
        var box: Rect?
        func add(_ r: Rect) {
            guard r.x.isFinite, r.y.isFinite, r.width.isFinite, r.height.isFinite else { return }
            box = box.map { $0.union(r) } ?? r
        }
        for (ax, fr) in zip(axes, frames) {
            if ax.axisOn || ax.isColorbar { add(fr.tightBounds) } else {
                // Without spines only what is drawn counts: titles, texts, the data area itself.
                for (_, r) in fr.decorationBoxes { add(r) }
                add(fr.box)
            }
            for case let t as TextArtist in ax.artists {
                if let r = t.extent(fr.transform, dpi: dpi) { add(r) }
            }
        }
        if let s = placedSuptitle() { add(s.bounds) }
        return box
    }

    /// PNG bytes cropped like `bbox_inches='tight'`. When something lies outside the figure (a
    /// legend placed with `bbox_to_anchor=(1.02, 1)`), the image grows to include it, as in
    /// matplotlib.
    public func renderPNG(tight: Bool, padInches: Double = 0.1) throws -> [UInt8] {
        guard tight else { return try renderPNG() }
        guard let b = tightBounds() else { return try render().pngData() }
        let pad = max(0, padInches.isFinite ? padInches : 0.1) * dpi
        let page = Rect(x: 0, y: 0, width: Double(pixelWidth), height: Double(pixelHeight))
        let want = Rect(x: b.minX - pad, y: b.minY - pad, width: b.width + 2 * pad, height: b.height + 2 * pad)
        if want.minX < page.minX || want.minY < page.minY || want.maxX > page.maxX || want.maxY > page.maxY {
            // Grow: draw the figure shifted onto a canvas the size of the padded content.
            let limit = Double(Figure.maxSide)
            guard want.width <= limit, want.height <= limit else {
                throw PlotError.tooLarge("tight bounding box of \(Int(want.width))x\(Int(want.height)) pixels is too large")
            }
            let tightWas = usesTightLayout
            usesTightLayout = false
            drawOffset = Point(-want.minX.rounded(.down), -want.minY.rounded(.down))
            defer { drawOffset = Point(0, 0); usesTightLayout = tightWas }
            let canvas = try draw(width: max(1, Int(want.width.rounded(.up))), height: max(1, Int(want.height.rounded(.up))))
            return try canvas.pngData()
        }
        let canvas = try render()
        let x0 = (b.minX - pad).rounded(.down).clampedInt(0, canvas.width - 1)
        let y0 = (b.minY - pad).rounded(.down).clampedInt(0, canvas.height - 1)
        let x1 = (b.maxX + pad).rounded(.up).clampedInt(x0 + 1, canvas.width)
        let y1 = (b.maxY + pad).rounded(.up).clampedInt(y0 + 1, canvas.height)
        return try canvas.cropped(x: x0, y: y0, width: x1 - x0, height: y1 - y0).pngData()
    }
}

extension Canvas {
    /// A copy of the pixels in the given rectangle (clamped to the canvas).
    public func cropped(x: Int, y: Int, width w: Int, height h: Int) throws -> Canvas {
        let x0 = max(0, min(x, width - 1)), y0 = max(0, min(y, height - 1))
        let cw = max(1, min(w, width - x0)), ch = max(1, min(h, height - y0))
        let out = try Canvas(width: cw, height: ch, background: .clear)
        out.isOpaque = isOpaque
        for row in 0..<ch {
            let src = ((y0 + row) * width + x0) * 4
            out.pixels.replaceSubrange((row * cw * 4)..<((row + 1) * cw * 4), with: pixels[src..<(src + cw * 4)])
        }
        return out
    }
}
