/// `hist`.
extension Axes {
    public enum HistType: String, Sendable { case bar, step, stepfilled }

    /// `ax.hist(x, bins, range, density, histtype, color, alpha, label)`; returns the counts and
    /// edges (as `numpy.histogram`) and the drawn patches.
    @discardableResult
    public func hist(_ values: [Double], bins: Histogram.Bins = .count(Rc.histBins), range: (Double, Double)? = nil,
                     density: Bool = false, weights: [Double]? = nil, histType: HistType = .bar, color: Color? = nil,
                     alpha: Double? = nil, edgeColor: Color? = nil, lineWidth: Double? = nil,
                     label: String = "") throws -> (histogram: Histogram, patches: PatchArtist) {
        let h = try Histogram(values, bins: bins, range: range, density: density, weights: weights)
        if let a = alpha, !(a >= 0 && a <= 1) { throw PlotError.invalidArgument("alpha (\(a)) is outside 0-1 range") }
        let c = (color ?? nextPatchColor()).fading(alpha ?? 1)
        let art: PatchArtist
        switch histType {
        case .bar:
            var patches: [PatchArtist.Patch] = []
            for i in 0..<h.counts.count {
                let a = h.edges[i], b = h.edges[i + 1], v = h.counts[i]
                patches.append(.init(points: [Point(a, 0), Point(b, 0), Point(b, v), Point(a, v)], face: c, edge: edgeColor?.fading(alpha ?? 1)))
            }
            art = PatchArtist(patches: patches, lineWidth: edgeColor == nil ? 0 : (lineWidth ?? Rc.patchLineWidth), label: label)
        case .step, .stepfilled:
            var pts = [Point(h.edges[0], 0)]
            for i in 0..<h.counts.count {
                pts.append(Point(h.edges[i], h.counts[i])); pts.append(Point(h.edges[i + 1], h.counts[i]))
            }
            pts.append(Point(h.edges[h.edges.count - 1], 0))
            if histType == .step {
                art = PatchArtist(patches: [.init(points: pts, face: nil, edge: c)], lineWidth: lineWidth ?? Rc.patchLineWidth, label: label)
                art.openEdges = true
            } else {
                art = PatchArtist(patches: [.init(points: pts, face: c, edge: edgeColor)], lineWidth: edgeColor == nil ? 0 : (lineWidth ?? Rc.patchLineWidth), label: label)
            }
        }
        art.stickyY = [0]
        add(art)
        return (h, art)
    }
}
