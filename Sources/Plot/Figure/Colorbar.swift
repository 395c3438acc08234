/// `fig.colorbar(mappable, ax=ax)`: a thin Axes beside its parent showing the colormap, with
/// the value axis on the right. Geometry follows matplotlib: the parent gives up 15 % of its
/// width (`fraction`) plus a 5 % gap (`pad`); the bar is 20 times taller than wide (`aspect`).
public enum Colorbar {
    static let fraction = 0.15
    static let pad = 0.05
    static let aspect = 20.0

    /// The ticks of a contour set's colorbar: matplotlib's `FixedLocator(levels, nbins=10)`,
    /// every k-th level (k = ceil(levels / 10)), starting where the level nearest zero is kept.
    static func contourTicks(_ levels: [Double]) -> [Double] {
        guard !levels.isEmpty else { return [] }
        let step = max(1, Int((Double(levels.count) / 10).rounded(.up)))
        func every(from start: Int) -> [Double] { stride(from: start, to: levels.count, by: step).map { levels[$0] } }
        func nearestZero(_ t: [Double]) -> Double { t.map(abs).min() ?? .infinity }
        var ticks = every(from: 0)
        for start in 1..<step where nearestZero(every(from: start)) < nearestZero(ticks) { ticks = every(from: start) }
        return ticks
    }

    /// The grid placement covering every Axes of `group` (so tight layout measures the bar
    /// against the cells it stands beside); nil when they are not all cells of one grid.
    static func spanningPlacement(_ group: [Axes]) -> Axes.Placement? {
        var shape: (Int, Int)?
        var r0 = Int.max, r1 = Int.min, c0 = Int.max, c1 = Int.min
        for ax in group {
            guard case let .grid(nr, nc, row, col, rs, cs) = ax.placement else { return nil }
            if let s = shape, s != (nr, nc) { return nil }
            shape = (nr, nc)
            r0 = min(r0, row); r1 = max(r1, row + rs); c0 = min(c0, col); c1 = max(c1, col + cs)
        }
        guard let (nr, nc) = shape else { return nil }
        return .grid(nrows: nr, ncols: nc, row: r0, col: c0, rowSpan: r1 - r0, colSpan: c1 - c0)
    }
}

extension Figure {
    /// Adds a colorbar for the image, scatter or filled contour `mappable` beside `ax`, or beside
    /// all of `group` (matplotlib's `ax=[ax1, ax2]`: each of them shrinks toward the left of
    /// their union by the bar's share).
    /// - Throws: `PlotError.invalidArgument` when the artist was not colour-mapped.
    @discardableResult
    public func colorbar(for mappable: Artist, in ax: Axes, group: [Axes] = [], label: String = "") throws -> Axes {
        let cmap: Colormap, norm: Normalize
        var barAlpha = 1.0
        if let im = mappable as? ImageArtist, let c = im.colormap, let n = im.norm { cmap = c; norm = n }
        else if let sc = mappable as? ScatterCollection, let c = sc.colormap, let n = sc.norm { cmap = c; norm = n; barAlpha = sc.alpha }
        else if let cs = mappable as? ContourSet { cmap = cs.colormap; norm = cs.norm }
        else {
            throw PlotError.invalidArgument("Unable to determine a colormap for the colorbar: pass the result of imshow, scatter with numeric c, or contourf")
        }
        let bar = Axes(placement: group.count > 1 ? Colorbar.spanningPlacement(group) ?? ax.placement : ax.placement)
        bar.isColorbar = true
        bar.colorbarParent = ax
        if group.count > 1 { bar.colorbarGroup = group.map { WeakAxes($0) } }
        bar.yAxisOnRight = true
        bar.xaxis.showTicks = false
        bar.yaxis.margin = 0
        bar.xaxis.margin = 0
        bar.yaxis.label = label
        var lo = norm.vmin, hi = norm.vmax
        if lo == hi { lo -= 0.5; hi += 0.5 }
        if let cs = mappable as? ContourSet, cs.filled, cs.levels.count > 1 {
            // Discrete bands for contourf.
            var patches: [PatchArtist.Patch] = []
            for i in 0..<(cs.levels.count - 1) {
                let a = cs.levels[i], b = cs.levels[i + 1]
                patches.append(.init(points: [Point(0, a), Point(1, a), Point(1, b), Point(0, b)],
                                     face: cs.bandColor(i), edge: nil))
            }
            let p = PatchArtist(patches: patches, lineWidth: 0)
            p.stickyX = [0, 1]; p.stickyY = [cs.levels[0], cs.levels[cs.levels.count - 1]]
            bar.add(p)
        } else {
            let n = 256
            var rgba = [UInt8](repeating: 255, count: n * 4)
            for i in 0..<n {
                let k = (n - 1 - i) * 4
                let c = cmap.color((Double(i) + 0.5) / Double(n))
                rgba[k] = UInt8((c.r * 255).rounded()); rgba[k + 1] = UInt8((c.g * 255).rounded()); rgba[k + 2] = UInt8((c.b * 255).rounded())
            }
            let img = ImageArtist(width: 1, height: n, rgba: rgba, extent: (0, 1, lo, hi), originLower: false, alpha: barAlpha)
            bar.add(img)
        }
        if let cs = mappable as? ContourSet { bar.yaxis.ticks = Colorbar.contourTicks(cs.levels) }
        axes.append(bar)
        return bar
    }
}
