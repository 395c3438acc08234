/// `scatter`.
extension Axes {
    /// How `scatter`'s `c` was given.
    public enum ScatterColors: Sendable {
        /// One colour for all points (`c='red'`, or the next cycle colour when nil).
        case single(Color?)
        /// One colour per point.
        case perPoint([Color])
        /// Numbers mapped through a colormap (`c=values, cmap='viridis', vmin, vmax`).
        case mapped([Double], cmap: String = "viridis", vmin: Double? = nil, vmax: Double? = nil)
    }

    /// `ax.scatter(x, y, s, c, marker, alpha, edgecolors, linewidths, label)`.
    /// `sizes` are marker areas in points² (one, or one per point; default 36).
    @discardableResult
    public func scatter(x: [Double], y: [Double], sizes: [Double] = [Rc.scatterSize], colors: ScatterColors = .single(nil),
                        marker: Marker = .circle, alpha: Double? = nil, edgeColors: [Color]? = nil,
                        lineWidth: Double? = nil, label: String = "") throws -> ScatterCollection {
        guard x.count == y.count else { throw PlotError.shapeMismatch("x and y must be the same size, got \(x.count) and \(y.count)") }
        guard sizes.count == 1 || sizes.count == x.count else {
            throw PlotError.shapeMismatch("s must be a scalar, or float array-like with the same size as x and y (\(x.count)), got \(sizes.count)")
        }
        if let a = alpha, !(a >= 0 && a <= 1) { throw PlotError.invalidArgument("alpha (\(a)) is outside 0-1 range") }
        let fade = alpha ?? 1
        var faces: [Color]
        var cmapUsed: Colormap?
        var normUsed: Normalize?
        switch colors {
        case .single(let c):
            faces = [(c ?? nextPatchColor()).fading(fade)]
        case .perPoint(let cs):
            guard cs.count == x.count || cs.count == 1 else {
                throw PlotError.shapeMismatch("'c' argument has \(cs.count) elements, which is inconsistent with 'x' and 'y' with size \(x.count).")
            }
            faces = cs.map { $0.fading(fade) }
        case let .mapped(vals, cmapName, vmin, vmax):
            guard vals.count == x.count else {
                throw PlotError.shapeMismatch("'c' argument has \(vals.count) elements, which is inconsistent with 'x' and 'y' with size \(x.count).")
            }
            let cmap = try Colormap.named(cmapName)
            let norm = Normalize.autoscaled(vals, vmin: vmin, vmax: vmax)
            faces = vals.map { cmap.color(norm($0)).fading(fade) }
            cmapUsed = cmap; normUsed = norm
        }
        let sc = ScatterCollection(x: x, y: y, sizes: sizes, faceColors: faces, edgeColors: edgeColors?.map { $0.fading(fade) },
                                   marker: marker, label: label)
        // matplotlib: 1 pt edges for filled markers; unfilled ones ('x', '+') are drawn in the
        // face colour at the line width (1.5 pt).
        sc.lineWidth = lineWidth ?? (marker.isLineOnly ? Rc.lineWidth : Rc.patchLineWidth)
        sc.colormap = cmapUsed; sc.norm = normUsed; sc.alpha = fade
        add(sc)
        return sc
    }
}
