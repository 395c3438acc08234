/// `bar` and `barh`.
extension Axes {
    public enum BarAlign: String, Sendable { case center, edge }

    /// `ax.bar(x, height, width=0.8, bottom=0, align='center', color, edgecolor, label)`.
    /// Scalars are given as one-element arrays and broadcast.
    @discardableResult
    public func bar(x: [Double], height: [Double], width: [Double] = [0.8], bottom: [Double] = [0], align: BarAlign = .center,
                    colors: [Color]? = nil, edgeColor: Color? = nil, lineWidth: Double = Rc.patchLineWidth,
                    alpha: Double? = nil, label: String = "") throws -> PatchArtist {
        try bars(pos: x, length: height, thickness: width, base: bottom, align: align, colors: colors, edgeColor: edgeColor,
                 lineWidth: lineWidth, alpha: alpha, label: label, horizontal: false)
    }

    /// `ax.barh(y, width, height=0.8, left=0, ...)`.
    @discardableResult
    public func barh(y: [Double], width: [Double], height: [Double] = [0.8], left: [Double] = [0], align: BarAlign = .center,
                     colors: [Color]? = nil, edgeColor: Color? = nil, lineWidth: Double = Rc.patchLineWidth,
                     alpha: Double? = nil, label: String = "") throws -> PatchArtist {
        try bars(pos: y, length: width, thickness: height, base: left, align: align, colors: colors, edgeColor: edgeColor,
                 lineWidth: lineWidth, alpha: alpha, label: label, horizontal: true)
    }

    private func bars(pos: [Double], length: [Double], thickness: [Double], base: [Double], align: BarAlign, colors: [Color]?,
                      edgeColor: Color?, lineWidth: Double, alpha: Double?, label: String, horizontal: Bool) throws -> PatchArtist {
        let n = max(pos.count, length.count)
        func at(_ a: [Double], _ i: Int, _ name: String) throws -> Double {
            if a.count == 1 { return a[0] }
            guard a.count == n else {
                throw PlotError.shapeMismatch("shape mismatch: objects cannot be broadcast to a single shape: \(name) has \(a.count) values, expected \(n)")
            }
            return a[i]
        }
        if let a = alpha, !(a >= 0 && a <= 1) { throw PlotError.invalidArgument("alpha (\(a)) is outside 0-1 range") }
        let fade = alpha ?? 1
        let defaultColor = (colors == nil || colors?.isEmpty == true) ? nextPatchColor() : Color.black
        var patches: [PatchArtist.Patch] = []
        for i in 0..<(pos.count == 0 || length.count == 0 ? 0 : n) {
            let p = try at(pos, i, horizontal ? "y" : "x"), l = try at(length, i, horizontal ? "width" : "height")
            let t = try at(thickness, i, horizontal ? "height" : "width"), b = try at(base, i, horizontal ? "left" : "bottom")
            let p0 = align == .center ? p - t / 2 : p
            let pts: [Point] = horizontal
                ? [Point(b, p0), Point(b + l, p0), Point(b + l, p0 + t), Point(b, p0 + t)]
                : [Point(p0, b), Point(p0 + t, b), Point(p0 + t, b + l), Point(p0, b + l)]
            let face = (colors.flatMap { $0.isEmpty ? nil : $0[i % $0.count] } ?? defaultColor).fading(fade)
            patches.append(.init(points: pts, face: face, edge: edgeColor?.fading(fade)))
        }
        let art = PatchArtist(patches: patches, lineWidth: edgeColor == nil ? 0 : lineWidth, label: label)
        let bases = (0..<n).compactMap { try? at(base, $0, "") }
        if horizontal { art.stickyX = bases } else { art.stickyY = bases }
        add(art)
        return art
    }
}
