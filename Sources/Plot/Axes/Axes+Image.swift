/// `imshow`.
extension Axes {
    public enum ImageOrigin: String, Sendable { case upper, lower }

    /// `ax.imshow(Z, cmap, vmin, vmax, aspect, origin, extent, alpha)` for a 2-D array of
    /// numbers, `rows x cols`, row-major. NaN pixels are transparent.
    @discardableResult
    public func imshow(values: [Double], rows: Int, cols: Int, cmap: String = "viridis", vmin: Double? = nil, vmax: Double? = nil,
                       aspectEqual: Bool = true, origin: ImageOrigin = .upper, extent: [Double]? = nil,
                       alpha: Double = 1) throws -> ImageArtist {
        try checkImage(count: values.count, rows: rows, cols: cols, channels: 1)
        let cmap = try Colormap.named(cmap)
        let norm = Normalize.autoscaled(values, vmin: vmin, vmax: vmax)
        let img = try placeImage(rows: rows, cols: cols, aspectEqual: aspectEqual, origin: origin, extent: extent, alpha: alpha) { ext, lower, a in
            ImageArtist(width: cols, height: rows, values: values, colormap: cmap, norm: norm, extent: ext, originLower: lower, alpha: a)
        }
        return img
    }

    /// `ax.imshow(rgb)` for an RGB or RGBA image `rows x cols x channels`, values in 0...`maxValue`
    /// (1 for floats, 255 for uint8), clipped like matplotlib.
    @discardableResult
    public func imshow(rgb: [Double], rows: Int, cols: Int, channels: Int, maxValue: Double = 1, aspectEqual: Bool = true,
                       origin: ImageOrigin = .upper, extent: [Double]? = nil, alpha: Double = 1) throws -> ImageArtist {
        guard channels == 3 || channels == 4 else {
            throw PlotError.shapeMismatch("Invalid shape (\(rows), \(cols), \(channels)) for image data: the last dimension must be 3 (RGB) or 4 (RGBA)")
        }
        try checkImage(count: rgb.count, rows: rows, cols: cols, channels: channels)
        guard maxValue > 0, maxValue.isFinite else { throw PlotError.invalidArgument("maxValue must be positive") }
        var rgba = [UInt8](repeating: 255, count: rows * cols * 4)
        for i in 0..<(rows * cols) {
            for c in 0..<channels {
                let v = rgb[i * channels + c] / maxValue
                rgba[4 * i + c] = UInt8((v.isNaN ? 0 : min(1, max(0, v))) * 255 + 0.5)
            }
        }
        return try placeImage(rows: rows, cols: cols, aspectEqual: aspectEqual, origin: origin, extent: extent, alpha: alpha) { ext, lower, a in
            ImageArtist(width: cols, height: rows, rgba: rgba, extent: ext, originLower: lower, alpha: a)
        }
    }

    private func checkImage(count: Int, rows: Int, cols: Int, channels: Int) throws {
        guard rows > 0, cols > 0 else { throw PlotError.invalidArgument("Invalid shape (\(rows), \(cols)) for image data") }
        guard rows <= Canvas.maxPixels / cols else { throw PlotError.tooLarge("image of \(rows)x\(cols) pixels is too large") }
        guard count == rows * cols * channels else {
            throw PlotError.shapeMismatch("image data has \(count) values, expected \(rows)x\(cols)\(channels > 1 ? "x\(channels)" : "") = \(rows * cols * channels)")
        }
    }

    private func placeImage(rows: Int, cols: Int, aspectEqual eq: Bool, origin: ImageOrigin, extent: [Double]?, alpha: Double,
                            make: ((Double, Double, Double, Double), Bool, Double) -> ImageArtist) throws -> ImageArtist {
        var ext: (Double, Double, Double, Double)
        if let e = extent {
            guard e.count == 4, e.allSatisfy(\.isFinite) else { throw PlotError.invalidArgument("extent must be four finite numbers (left, right, bottom, top)") }
            ext = (e[0], e[1], e[2], e[3])
            if e[3] < e[2] && yaxis.lower == nil { yaxis.inverted = true }
        } else {
            let h = Double(rows) - 0.5
            ext = origin == .upper ? (-0.5, Double(cols) - 0.5, h, -0.5) : (-0.5, Double(cols) - 0.5, -0.5, h)
            if origin == .upper && yaxis.lower == nil && yaxis.upper == nil { yaxis.inverted = true }
        }
        let img = make(ext, origin == .lower, alpha.isFinite ? min(1, max(0, alpha)) : 1)
        aspectEqual = eq
        add(img)
        return img
    }
}
