/// `fig.tight_layout()`: moves the subplot grid so that no title, label, tick label or legend
/// is cut off or overlaps a neighbour, keeping `pad` font sizes (1.08 x 10 pt) of space.
///
/// Like matplotlib, it measures each Axes' decorations (its "tight bbox") at the current
/// parameters, derives the margins and the gaps between rows and columns that they need, and
/// repeats once because tick labels change when the Axes change size.
extension Figure {
    /// Turns on tight layout; it is recomputed at each render.
    public func tightLayout(pad: Double = Rc.tightLayoutPad) {
        usesTightLayout = true
        tightPad = pad.isFinite && pad >= 0 ? pad : Rc.tightLayoutPad
    }

    func applyTightLayout(pad: Double) {
        let W = Double(pixelWidth), H = Double(pixelHeight)
        let padPx = pad * Rc.fontSize * dpi / 72
        // The grid: the largest nrows/ncols among grid Axes.
        var nrows = 1, ncols = 1
        for ax in axes {
            if case let .grid(nr, nc, _, _, _, _) = ax.placement { nrows = max(nrows, nr); ncols = max(ncols, nc) }
        }
        for _ in 0..<3 {
            let frs = frames()
            // Overhangs of the decorations past each Axes box, per grid row and column.
            var left = [Double](repeating: -.infinity, count: ncols), right = left
            var top = [Double](repeating: -.infinity, count: nrows), bottom = top
            var any = false
            for (ax, fr) in zip(axes, frs) {
                guard case let .grid(nr, nc, row, col, rs, cs) = ax.placement else { continue }
                // Scale a coarser grid's cell to this grid's indices.
                let r0 = row * nrows / nr, r1 = (row + rs) * nrows / nr - 1
                let c0 = col * ncols / nc, c1 = (col + cs) * ncols / nc - 1
                let owner = ax.isColorbar ? (ax.colorbarParent ?? ax) : ax
                // Like matplotlib, overhangs are measured from the Axes' actual box (smaller than
                // its cell for equal-aspect images) and then given to the cell.
                let cellRect = ax.isColorbar ? subplotParams.cell(nrows: nr, ncols: nc, row: row, col: col, rowSpan: rs, colSpan: cs, w: W, h: H) : fr.box
                let tb = fr.tightBounds
                _ = owner
                any = true
                left[c0] = max(left[c0], cellRect.minX - tb.minX)
                right[c1] = max(right[c1], tb.maxX - cellRect.maxX)
                top[r0] = max(top[r0], cellRect.minY - tb.minY)
                bottom[r1] = max(bottom[r1], tb.maxY - cellRect.maxY)
            }
            guard any else { return }
            func known(_ v: Double) -> Double { v.isFinite ? v : 0 }
            left = left.map(known); right = right.map(known); top = top.map(known); bottom = bottom.map(known)
            // Outer margins never go below the pad (matplotlib clamps them at zero overhang).
            var topPx = max(0, top[0]) + padPx
            if let st = placedSuptitle() { topPx += st.bounds.maxY + padPx * 0.5 }
            let leftPx = max(0, left[0]) + padPx, rightPx = max(0, right[ncols - 1]) + padPx
            let bottomPx = max(0, bottom[nrows - 1]) + padPx
            var p = subplotParams
            p.left = leftPx / W; p.right = 1 - rightPx / W
            p.top = 1 - topPx / H; p.bottom = bottomPx / H
            guard p.left < p.right - 0.05, p.bottom < p.top - 0.05 else {
                PlotLog.logOnce("Plot: tight_layout cannot make axes large enough to fit all decorations; left the layout unchanged")
                return
            }
            if ncols > 1 {
                var gap = -Double.infinity
                for c in 0..<(ncols - 1) { gap = max(gap, right[c] + left[c + 1] + padPx) }
                let cellW = ((p.right - p.left) * W - Double(ncols - 1) * gap) / Double(ncols)
                p.wspace = cellW > 1 && gap.isFinite ? max(-0.5, gap / cellW) : p.wspace
            }
            if nrows > 1 {
                var gap = -Double.infinity
                for r in 0..<(nrows - 1) { gap = max(gap, bottom[r] + top[r + 1] + padPx) }
                let cellH = ((p.top - p.bottom) * H - Double(nrows - 1) * gap) / Double(nrows)
                p.hspace = cellH > 1 && gap.isFinite ? max(-0.5, gap / cellH) : p.hspace
            }
            subplotParams = p
        }
    }
}
