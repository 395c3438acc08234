import Foundation

/// `pie`.
extension Axes {
    /// `ax.pie(x, labels, colors, autopct, startangle, explode, counterclock)`.
    ///
    /// Wedges go counter-clockwise from `startAngle` degrees (0 = 3 o'clock), sized `x / sum(x)`.
    /// Labels sit at 1.1 radii, `autopct` texts (a printf format such as `'%1.1f%%'`) at 0.6.
    /// The Axes becomes square with limits ±1.25 and no frame, as matplotlib.
    @discardableResult
    public func pie(_ x: [Double], labels: [String]? = nil, colors: [Color]? = nil, autopct: String? = nil,
                    startAngle: Double = 0, explode: [Double]? = nil, counterClock: Bool = true,
                    radius: Double = 1) throws -> PatchArtist {
        guard x.allSatisfy({ $0.isFinite && $0 >= 0 }) else { throw PlotError.invalidArgument("Wedge sizes 'x' must be non negative values") }
        let total = x.reduce(0, +)
        guard total > 0 else { throw PlotError.invalidArgument("pie: the sum of the wedge sizes must be positive") }
        if let l = labels, l.count != x.count { throw PlotError.shapeMismatch("'label' must be of length 'x' (\(x.count)), got \(l.count)") }
        if let e = explode, e.count != x.count { throw PlotError.shapeMismatch("'explode' must be of length 'x' (\(x.count)), got \(e.count)") }
        guard radius > 0, radius.isFinite, startAngle.isFinite else { throw PlotError.invalidArgument("pie: radius and startangle must be finite, radius positive") }
        if let f = autopct { _ = try PercentFormat(f) }
        var patches: [PatchArtist.Patch] = []
        var theta = startAngle / 360
        let sign: Double = counterClock ? 1 : -1
        for (i, v) in x.enumerated() {
            let frac = v / total
            let t1 = theta + sign * frac
            let a0 = 2 * Double.pi * min(theta, t1), a1 = 2 * Double.pi * max(theta, t1)
            let mid = (a0 + a1) / 2
            let off = explode?[i] ?? 0
            let c = Point(off * radius * cos(mid), off * radius * sin(mid))
            let arc = Shapes.arc(center: Point(0, 0), rx: radius, ry: radius, start: a0, end: a1, segments: max(2, Int((a1 - a0) * 180 / Double.pi) + 1)).map { Point(c.x + $0.x, c.y - $0.y) }
            let face = colors.flatMap { $0.isEmpty ? nil : $0[i % $0.count] } ?? nextPatchColor()
            patches.append(.init(points: [c] + arc, face: face, edge: nil))
            if let l = labels?[i], !l.isEmpty {
                let p = Point(c.x + 1.1 * radius * cos(mid), c.y + 1.1 * radius * sin(mid))
                let t = TextArtist(text: l, x: p.x, y: p.y, style: TextStyle(size: Rc.fontSize, ha: p.x - c.x > 0 ? .left : .right, va: .center))
                add(t)
            }
            if let f = autopct, let fmt = try? PercentFormat(f) {
                let p = Point(c.x + 0.6 * radius * cos(mid), c.y + 0.6 * radius * sin(mid))
                add(TextArtist(text: fmt.format(100 * frac), x: p.x, y: p.y, style: TextStyle(size: Rc.fontSize, ha: .center, va: .center)))
            }
            theta = t1
        }
        let art = PatchArtist(patches: patches, lineWidth: 0)
        art.includeInBounds = false
        art.joinMiter = false
        artists.insert(art, at: 0)
        aspectEqual = true
        xaxis.lower = -1.25 * radius; xaxis.upper = 1.25 * radius
        yaxis.lower = -1.25 * radius; yaxis.upper = 1.25 * radius
        axisOn = false
        return art
    }
}

/// A safe subset of printf for `autopct`: `%[flags][width][.precision](f|d|e|g)` and `%%`;
/// anything else is rejected instead of being handed to `String(format:)`.
struct PercentFormat {
    enum Piece { case text(String), number(String) }
    let pieces: [Piece]

    init(_ s: String) throws {
        var out: [Piece] = []
        var lit = ""
        let c = Array(s)
        var i = 0
        while i < c.count {
            if c[i] != "%" { lit.append(c[i]); i += 1; continue }
            if i + 1 < c.count, c[i + 1] == "%" { lit.append("%"); i += 2; continue }
            var j = i + 1
            var spec = "%"
            while j < c.count, "0123456789.+- #".contains(c[j]) { spec.append(c[j]); j += 1 }
            // At most two digits of width and of precision: '%999999999f' must not allocate gigabytes.
            let widths = spec.split(whereSeparator: { !$0.isNumber })
            guard j < c.count, "fdeg".contains(c[j]), spec.count < 12, widths.allSatisfy({ $0.count <= 2 }) else {
                throw PlotError.invalidArgument("autopct must be a format string such as '%1.1f%%', got '\(s)'")
            }
            spec.append(c[j] == "d" ? "0f" : String(c[j]))  // %d: an integer rendered without decimals
            if c[j] == "d" { spec = spec.replacingOccurrences(of: ".", with: "") }
            if !lit.isEmpty { out.append(.text(lit)); lit = "" }
            out.append(.number(spec))
            i = j + 1
        }
        if !lit.isEmpty { out.append(.text(lit)) }
        pieces = out
    }

    func format(_ v: Double) -> String {
        pieces.map { p in
            switch p {
            case .text(let t): return t
            case .number(let spec): return String(format: spec, v)
            }
        }.joined()
    }
}
