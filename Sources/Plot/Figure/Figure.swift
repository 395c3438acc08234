import Foundation

/// A matplotlib figure: a canvas size, a background, and the Axes drawn on it.
///
/// ```swift
/// let fig = try Figure(width: 6.4, height: 4.8, dpi: 100)   // plt.figure(figsize=(6.4, 4.8))
/// let axes = try fig.subplots(nrows: 1, ncols: 2)           // fig, axes = plt.subplots(1, 2)
/// try axes[0][0].plot(x: nil, y: [3, 1, 2])
/// fig.tightLayout()
/// let png = try fig.renderPNG()
/// ```
public final class Figure {
    /// Size in inches and resolution. They stay mutable until a render (`fig.set_size_inches`,
    /// `fig.set_dpi`): every pixel position is derived from them when the figure is drawn.
    public internal(set) var width: Double
    public internal(set) var height: Double
    public internal(set) var dpi: Double
    public var facecolor: Color
    public internal(set) var axes: [Axes] = []
    public var subplotParams = SubplotParams()
    public var suptitle = ""
    public var suptitleSize = Rc.suptitleSize
    public var suptitleBold = false
    /// Set by `tightLayout()`: re-run the layout at every render (as `fig.set_tight_layout(True)`).
    public var usesTightLayout = false
    var tightPad = Rc.tightLayoutPad
    /// Where the figure's top-left corner lands on the canvas (non-zero only while rendering a
    /// `bbox_inches='tight'` image that grows past the figure).
    var drawOffset = Point(0, 0)

    /// The largest figure side accepted, in pixels (matplotlib refuses 2^16 and more).
    public static let maxSide = 16_384

    /// - Throws: `PlotError.invalidArgument` for non-finite or non-positive sizes or dpi,
    ///   `.tooLarge` when the image would exceed `maxSide` pixels per side.
    public init(width: Double = Rc.figureWidth, height: Double = Rc.figureHeight, dpi: Double = Rc.dpi, facecolor: Color = .white) throws {
        try Figure.validate(width: width, height: height, dpi: dpi)
        self.width = width; self.height = height; self.dpi = dpi; self.facecolor = facecolor
    }

    /// `fig.set_size_inches(w, h)` (also `set_figwidth` / `set_figheight`).
    /// - Throws: as `init` for a bad size; the figure is unchanged then.
    public func setSize(width: Double, height: Double) throws {
        try Figure.validate(width: width, height: height, dpi: dpi)
        self.width = width; self.height = height
    }

    /// `fig.set_dpi(dpi)`: the pixel size follows (`figsize * dpi`), text and lines scale with it.
    public func setDPI(_ dpi: Double) throws {
        try Figure.validate(width: width, height: height, dpi: dpi)
        self.dpi = dpi
    }

    static func validate(width: Double, height: Double, dpi: Double) throws {
        guard width.isFinite, height.isFinite, width > 0, height > 0 else {
            throw PlotError.invalidArgument("figure size must be two positive finite numbers, got (\(width), \(height))")
        }
        guard dpi.isFinite, dpi > 0 else { throw PlotError.invalidArgument("dpi must be a positive finite number, got \(dpi)") }
        guard width * dpi <= Double(Figure.maxSide), height * dpi <= Double(Figure.maxSide) else {
            throw PlotError.tooLarge("Image size of \(Int(width * dpi))x\(Int(height * dpi)) pixels is too large. It must be less than \(Figure.maxSide) in each direction.")
        }
    }

    /// Size of the rendered image in pixels.
    public var pixelWidth: Int { max(1, Int((width * dpi).rounded())) }
    public var pixelHeight: Int { max(1, Int((height * dpi).rounded())) }

    /// `fig.add_subplot(nrows, ncols, index)` (index from 1, row-major). With `reuse`, an Axes
    /// already at that position is returned instead (what `plt.subplot` does).
    public func addSubplot(nrows: Int = 1, ncols: Int = 1, index: Int = 1, reuse: Bool = false) throws -> Axes {
        try addSubplot(nrows: nrows, ncols: ncols, first: index, last: index, reuse: reuse)
    }

    /// `fig.add_subplot(2, 3, (1, 2))`: an Axes spanning cells `first...last`.
    public func addSubplot(nrows: Int, ncols: Int, first: Int, last: Int, reuse: Bool = false) throws -> Axes {
        guard nrows > 0, ncols > 0, nrows <= 100, ncols <= 100 else {
            throw PlotError.invalidArgument("Number of rows and columns must be integers in 1...100, got (\(nrows), \(ncols))")
        }
        guard first >= 1, last >= first, last <= nrows * ncols else {
            throw PlotError.invalidArgument("num must be an integer with 1 <= num <= \(nrows * ncols), not \(first == last ? "\(first)" : "(\(first), \(last))")")
        }
        let r0 = (first - 1) / ncols, c0 = (first - 1) % ncols
        let r1 = (last - 1) / ncols, c1 = (last - 1) % ncols
        let p = Axes.Placement.grid(nrows: nrows, ncols: ncols, row: min(r0, r1), col: min(c0, c1),
                                    rowSpan: abs(r1 - r0) + 1, colSpan: abs(c1 - c0) + 1)
        if reuse, let existing = axes.first(where: { !$0.isColorbar && $0.sharedX == nil && samePlacement($0.placement, p) }) {
            return existing
        }
        let ax = Axes(placement: p)
        axes.append(ax)
        return ax
    }

    private func samePlacement(_ a: Axes.Placement, _ b: Axes.Placement) -> Bool {
        if case let .grid(n1, m1, r1, c1, rs1, cs1) = a, case let .grid(n2, m2, r2, c2, rs2, cs2) = b {
            return n1 == n2 && m1 == m2 && r1 == r2 && c1 == c2 && rs1 == rs2 && cs1 == cs2
        }
        return false
    }

    /// `sharex` / `sharey` of `subplots`: no sharing, all Axes, or per row / per column.
    public enum Share: String, Sendable { case none, all, row, col }

    /// `fig.subplots(nrows, ncols, sharex, sharey)`: a grid of Axes, `result[row][col]`.
    /// Shared Axes autoscale together; as matplotlib, only the bottom row keeps its x tick labels
    /// (sharex `.all`/`.col`) and only the first column its y tick labels (sharey `.all`/`.row`).
    public func subplots(nrows: Int = 1, ncols: Int = 1, sharex: Share = .none, sharey: Share = .none) throws -> [[Axes]] {
        var out: [[Axes]] = []
        for r in 0..<max(0, nrows) {
            var row: [Axes] = []
            for c in 0..<max(0, ncols) { row.append(try addSubplot(nrows: nrows, ncols: ncols, index: r * ncols + c + 1)) }
            out.append(row)
        }
        if out.isEmpty { _ = try addSubplot(nrows: nrows, ncols: ncols) }
        func group(_ r: Int, _ c: Int, _ share: Share) -> [Axes] {
            switch share {
            case .none: return []
            case .all: return out.flatMap { $0 }
            case .row: return out[r]
            case .col: return out.map { $0[c] }
            }
        }
        for r in 0..<out.count {
            for c in 0..<out[r].count {
                let ax = out[r][c]
                ax.xShare = group(r, c, sharex).filter { $0 !== ax }.map(WeakAxes.init)
                ax.yShare = group(r, c, sharey).filter { $0 !== ax }.map(WeakAxes.init)
                if (sharex == .all || sharex == .col) && r < out.count - 1 { ax.xaxis.showTickLabels = false }
                if (sharey == .all || sharey == .row) && c > 0 { ax.yaxis.showTickLabels = false }
            }
        }
        return out
    }

    /// `fig.add_axes([left, bottom, width, height])` in figure fractions.
    public func addAxes(left: Double, bottom: Double, width w: Double, height h: Double) throws -> Axes {
        guard [left, bottom, w, h].allSatisfy(\.isFinite), w > 0, h > 0 else {
            throw PlotError.invalidArgument("add_axes needs a finite [left, bottom, width, height] with positive size")
        }
        let ax = Axes(placement: .rect(Rect(x: left, y: bottom, width: w, height: h)))
        axes.append(ax)
        return ax
    }

    /// `ax.twinx()`: a new Axes over `ax` sharing its x axis, y axis on the right.
    public func twinx(_ ax: Axes) -> Axes {
        let t = Axes(placement: ax.placement)
        t.sharedX = ax
        t.yAxisOnRight = true
        t.facecolor = .clear
        t.xaxis.showTicks = false
        t.lineCycle = ax.lineCycle
        ax.twinList.append(WeakAxes(t))
        axes.append(t)
        return t
    }

    /// Removes an Axes (`fig.delaxes(ax)`).
    public func removeAxes(_ ax: Axes) {
        axes.removeAll { $0 === ax || $0.colorbarParent === ax || $0.colorbarGroup.contains { $0.value === ax } }
    }

    /// Removes everything (`fig.clf()`).
    public func clear() { axes.removeAll(); suptitle = ""; usesTightLayout = false; subplotParams = SubplotParams() }

    /// `fig.suptitle(text)`.
    public func setSuptitle(_ s: String, size: Double? = nil, bold: Bool? = nil) {
        suptitle = s
        if let size { suptitleSize = size }
        if let bold { suptitleBold = bold }
    }

    /// `fig.subplots_adjust(...)`; nil leaves a value unchanged.
    public func subplotsAdjust(left: Double? = nil, bottom: Double? = nil, right: Double? = nil, top: Double? = nil,
                               wspace: Double? = nil, hspace: Double? = nil) throws {
        var p = subplotParams
        if let left { p.left = left }; if let right { p.right = right }
        if let bottom { p.bottom = bottom }; if let top { p.top = top }
        if let wspace { p.wspace = wspace }; if let hspace { p.hspace = hspace }
        guard p.left < p.right, p.bottom < p.top else { throw PlotError.invalidArgument("left cannot be >= right and bottom cannot be >= top") }
        subplotParams = p
        usesTightLayout = false
    }
}
