/// `contour` and `contourf`.
extension Axes {
    /// Which levels to draw.
    public enum ContourLevels: Sendable {
        /// About `n` "nice" levels over the data range (matplotlib's default is 7).
        case count(Int)
        /// Exactly these levels (increasing).
        case values([Double])
    }

    /// `ax.contour(X, Y, Z, levels)`: lines of constant value of a `rows x cols` grid.
    /// `x`/`y` are nil (column and row indices), 1-D (`cols` and `rows` values) or 2-D like `z`.
    @discardableResult
    public func contour(x: [Double]? = nil, y: [Double]? = nil, z: [Double], rows: Int, cols: Int,
                        levels: ContourLevels = .count(7), cmap: String = "viridis", colors: [Color]? = nil,
                        lineWidth: Double = Rc.lineWidth, alpha: Double = 1) throws -> ContourSet {
        let cs = try makeContour(x: x, y: y, z: z, rows: rows, cols: cols, levels: levels, filled: false, cmap: cmap, colors: colors)
        cs.lineWidth = lineWidth; cs.alpha = alpha
        add(cs)
        return cs
    }

    /// `ax.contourf(X, Y, Z, levels)`: filled bands between levels.
    @discardableResult
    public func contourf(x: [Double]? = nil, y: [Double]? = nil, z: [Double], rows: Int, cols: Int,
                         levels: ContourLevels = .count(7), cmap: String = "viridis", colors: [Color]? = nil,
                         alpha: Double = 1) throws -> ContourSet {
        let cs = try makeContour(x: x, y: y, z: z, rows: rows, cols: cols, levels: levels, filled: true, cmap: cmap, colors: colors)
        cs.alpha = alpha
        add(cs)
        return cs
    }

    private func makeContour(x: [Double]?, y: [Double]?, z: [Double], rows: Int, cols: Int, levels: ContourLevels,
                             filled: Bool, cmap: String, colors: [Color]?) throws -> ContourSet {
        guard rows >= 2, cols >= 2 else {
            throw PlotError.invalidArgument("Input z must be at least a (2, 2) shaped array, but has shape (\(rows), \(cols))")
        }
        guard z.count == rows * cols else { throw PlotError.shapeMismatch("z has \(z.count) values, expected \(rows)x\(cols)") }
        guard rows <= 4096, cols <= 4096 else { throw PlotError.tooLarge("contour grid of \(rows)x\(cols) is too large (limit 4096x4096)") }
        func coords(_ a: [Double]?, isX: Bool) throws -> [Double] {
            let n = rows * cols
            guard let a else { return (0..<n).map { Double(isX ? $0 % cols : $0 / cols) } }
            if a.count == n { return a }
            if isX && a.count == cols { return (0..<n).map { a[$0 % cols] } }
            if !isX && a.count == rows { return (0..<n).map { a[$0 / cols] } }
            throw PlotError.shapeMismatch("Length of \(isX ? "x" : "y") (\(a.count)) must match number of \(isX ? "columns" : "rows") in z (\(isX ? cols : rows))")
        }
        let grid = ContourGrid(rows: rows, cols: cols, z: z, xs: try coords(x, isX: true), ys: try coords(y, isX: false))
        let finite = z.filter(\.isFinite)
        guard let zmin = finite.min(), let zmax = finite.max() else { throw PlotError.invalidArgument("z contains no finite values") }
        var lev: [Double]
        switch levels {
        case .values(let v):
            guard !v.isEmpty, v.allSatisfy(\.isFinite), zip(v, v.dropFirst()).allSatisfy({ $0 < $1 }) else {
                throw PlotError.invalidArgument("Contour levels must be increasing")
            }
            lev = v
            if filled && lev.count < 2 { throw PlotError.invalidArgument("Filled contours require at least 2 levels.") }
        case .count(let n):
            guard n >= 1, n <= 1000 else { throw PlotError.invalidArgument("number of contour levels must be in 1...1000, got \(n)") }
            // matplotlib: MaxNLocator(N + 1, min_n_ticks=1) with its default steps; all the
            // locator's levels are kept (lines at levels outside the data are simply empty).
            lev = MaxNLocator(nbins: n + 1, steps: [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10], minTicks: 1).ticks(zmin, zmax)
            if lev.count < 2 { lev = [zmin, zmax == zmin ? zmin + 1 : zmax] }
        }
        return ContourSet(grid: grid, levels: lev, filled: filled, colormap: try Colormap.named(cmap), fixedColors: colors)
    }
}
